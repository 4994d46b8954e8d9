// SPDX-License-Identifier: MIT
#include "X11FullScreen.h"

#include <QGuiApplication>

#include <xcb/xcb.h>

#include <cstdlib>
#include <cstring>
#include <memory>

namespace knead::x11 {

namespace {

struct FreeDeleter
{
    void operator()(void* p) const { std::free(p); }
};
template<typename T> using Reply = std::unique_ptr<T, FreeDeleter>;

// A property of a window; errors (a window that is gone) are taken here, so they never reach
// Qt's event queue as warnings.
Reply<xcb_get_property_reply_t> property(
    xcb_connection_t* c, xcb_window_t window, xcb_atom_t name, xcb_atom_t type, uint32_t length)
{
    xcb_generic_error_t* error = nullptr;
    Reply<xcb_get_property_reply_t> reply(
        xcb_get_property_reply(c, xcb_get_property(c, 0, window, name, type, 0, length), &error));
    std::free(error);
    return reply;
}

xcb_atom_t atom(xcb_connection_t* c, const char* name)
{
    xcb_generic_error_t* error = nullptr;
    const Reply<xcb_intern_atom_reply_t> reply(
        xcb_intern_atom_reply(c, xcb_intern_atom(c, 1, uint16_t(std::strlen(name)), name), &error));
    std::free(error);
    return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
}

} // namespace

std::optional<bool> activeWindowIsFullScreen(xcb_connection_t* c)
{
    if (!c || xcb_connection_has_error(c))
        return std::nullopt;
    const xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(c));
    if (screens.rem == 0)
        return std::nullopt;
    const xcb_window_t root = screens.data->root;
    const xcb_atom_t activeAtom = atom(c, "_NET_ACTIVE_WINDOW");
    const xcb_atom_t stateAtom = atom(c, "_NET_WM_STATE");
    const xcb_atom_t fullScreenAtom = atom(c, "_NET_WM_STATE_FULLSCREEN");
    if (activeAtom == XCB_ATOM_NONE || stateAtom == XCB_ATOM_NONE || fullScreenAtom == XCB_ATOM_NONE)
        return std::nullopt;

    const Reply<xcb_get_property_reply_t> active = property(c, root, activeAtom, XCB_ATOM_WINDOW, 1);
    if (!active || active->format != 32 || xcb_get_property_value_length(active.get()) < 4)
        return std::nullopt; // no EWMH window manager, or none active
    xcb_window_t window = 0;
    std::memcpy(&window, xcb_get_property_value(active.get()), sizeof window);
    if (window == XCB_WINDOW_NONE)
        return false;

    const Reply<xcb_get_property_reply_t> state = property(c, window, stateAtom, XCB_ATOM_ATOM, 64);
    if (!state || state->format != 32)
        return false; // the window is gone, or has no state
    const int count = xcb_get_property_value_length(state.get()) / 4;
    const auto* atoms = static_cast<const xcb_atom_t*>(xcb_get_property_value(state.get()));
    for (int i = 0; i < count; ++i) {
        if (atoms[i] == fullScreenAtom)
            return true;
    }
    return false;
}

xcb_connection_t* applicationConnection()
{
    const auto* app = qGuiApp;
    if (!app)
        return nullptr;
    if (const auto* x11 = app->nativeInterface<QNativeInterface::QX11Application>())
        return x11->connection();
    return nullptr;
}

} // namespace knead::x11
