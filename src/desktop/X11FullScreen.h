// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

struct xcb_connection_t;

namespace knead::x11 {

// Whether the window the window manager reports as active (EWMH _NET_ACTIVE_WINDOW on the
// first screen's root) is full screen (_NET_WM_STATE_FULLSCREEN in its _NET_WM_STATE): a
// video, a presentation, a shared screen. Empty when it cannot be told (no connection, no
// window manager that names the active window).
std::optional<bool> activeWindowIsFullScreen(xcb_connection_t* connection);

// The running application's X11 connection (Qt's xcb platform), or null on Wayland,
// offscreen, or without a QGuiApplication.
xcb_connection_t* applicationConnection();

} // namespace knead::x11
