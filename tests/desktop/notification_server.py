#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A small desktop for Knead's tests, on the session bus it is started on:

- org.freedesktop.Notifications (Desktop Notifications Specification 1.2): Notify,
  CloseNotification, GetCapabilities, GetServerInformation, the ActionInvoked and
  NotificationClosed signals, and an `Inhibited` property (do not disturb, as KDE has it);
- org.freedesktop.portal.Desktop's Settings.Read / SettingChanged for GNOME's
  org.gnome.desktop.notifications show-banners;
- org.freedesktop.ScreenSaver GetActive / ActiveChanged.

A test drives it through org.knead.TestDesktop (/org/knead/TestDesktop): what was shown,
invoke an action, dismiss, set Inhibited, show-banners, the lock, the capabilities, and which
of the above calls were made (so a test can wait for Knead's decision instead of sleeping).
Prints "ready" on stdout once every name is owned."""
import json
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NOTIFICATIONS = "org.freedesktop.Notifications"
PORTAL = "org.freedesktop.portal.Desktop"
SETTINGS = "org.freedesktop.portal.Settings"
SCREENSAVER = "org.freedesktop.ScreenSaver"
CONTROL = "org.knead.TestDesktop"
PROPERTIES = "org.freedesktop.DBus.Properties"


class State:
    def __init__(self):
        self.next_id = 1
        self.shown = []       # every Notify, in order
        self.calls = []       # method names called by clients, in order
        self.capabilities = ["actions", "body", "body-markup"]
        self.inhibited = False
        self.show_banners = True
        self.locked = False


STATE = State()


class Notifications(dbus.service.Object):
    @dbus.service.method(NOTIFICATIONS, in_signature="", out_signature="as")
    def GetCapabilities(self):
        STATE.calls.append("GetCapabilities")
        return dbus.Array(STATE.capabilities, signature="s")

    @dbus.service.method(NOTIFICATIONS, in_signature="", out_signature="ssss")
    def GetServerInformation(self):
        return ("knead-test-desktop", "Knead", "1.0", "1.2")

    @dbus.service.method(NOTIFICATIONS, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout):
        STATE.calls.append("Notify")
        nid = int(replaces_id) if replaces_id else STATE.next_id
        if not replaces_id:
            STATE.next_id += 1
        STATE.shown.append({
            "id": nid, "app_name": str(app_name), "replaces_id": int(replaces_id), "app_icon": str(app_icon),
            "summary": str(summary), "body": str(body), "actions": [str(a) for a in actions],
            "hints": {str(k): (int(v) if isinstance(v, (dbus.Byte, dbus.Int32, dbus.UInt32)) else str(v)) for k, v in hints.items()},
            "expire_timeout": int(expire_timeout), "closed": None,
        })
        return dbus.UInt32(nid)

    @dbus.service.method(NOTIFICATIONS, in_signature="u", out_signature="")
    def CloseNotification(self, nid):
        STATE.calls.append("CloseNotification")
        self.close(int(nid), 3)

    def close(self, nid, reason):
        for n in STATE.shown:
            if n["id"] == nid and n["closed"] is None:
                n["closed"] = reason
        self.NotificationClosed(dbus.UInt32(nid), dbus.UInt32(reason))

    @dbus.service.signal(NOTIFICATIONS, signature="uu")
    def NotificationClosed(self, nid, reason):
        pass

    @dbus.service.signal(NOTIFICATIONS, signature="us")
    def ActionInvoked(self, nid, key):
        pass

    @dbus.service.method(PROPERTIES, in_signature="ss", out_signature="v")
    def Get(self, interface, name):
        STATE.calls.append("Get:" + name)
        if interface == NOTIFICATIONS and name == "Inhibited":
            return dbus.Boolean(STATE.inhibited, variant_level=1)
        raise dbus.exceptions.DBusException("no such property", name="org.freedesktop.DBus.Error.UnknownProperty")

    @dbus.service.method(PROPERTIES, in_signature="s", out_signature="a{sv}")
    def GetAll(self, interface):
        return {"Inhibited": dbus.Boolean(STATE.inhibited)} if interface == NOTIFICATIONS else {}

    @dbus.service.signal(PROPERTIES, signature="sa{sv}as")
    def PropertiesChanged(self, interface, changed, invalidated):
        pass


class Portal(dbus.service.Object):
    @dbus.service.method(SETTINGS, in_signature="ss", out_signature="v")
    def Read(self, namespace, key):
        STATE.calls.append("Read:" + key)
        if namespace == "org.gnome.desktop.notifications" and key == "show-banners":
            # The portal's Read wraps the value in a second variant.
            return dbus.Boolean(STATE.show_banners, variant_level=2)
        raise dbus.exceptions.DBusException("not found", name="org.freedesktop.portal.Error.NotFound")

    @dbus.service.signal(SETTINGS, signature="ssv")
    def SettingChanged(self, namespace, key, value):
        pass


class ScreenSaver(dbus.service.Object):
    @dbus.service.method(SCREENSAVER, in_signature="", out_signature="b")
    def GetActive(self):
        STATE.calls.append("GetActive")
        return STATE.locked

    @dbus.service.signal(SCREENSAVER, signature="b")
    def ActiveChanged(self, active):
        pass


class Control(dbus.service.Object):
    def __init__(self, bus, notifications, portal, screensaver, names):
        super().__init__(bus, "/org/knead/TestDesktop")
        self.notifications, self.portal, self.screensaver, self.names = notifications, portal, screensaver, names

    @dbus.service.method(CONTROL, in_signature="", out_signature="s")
    def Shown(self):
        return json.dumps(STATE.shown)

    @dbus.service.method(CONTROL, in_signature="", out_signature="s")
    def Calls(self):
        return json.dumps(STATE.calls)

    @dbus.service.method(CONTROL, in_signature="us", out_signature="")
    def InvokeAction(self, nid, key):
        # As a server does: the action, then the notification closes (dismissed by the user).
        self.notifications.ActionInvoked(dbus.UInt32(nid), key)
        self.notifications.close(int(nid), 2)

    @dbus.service.method(CONTROL, in_signature="u", out_signature="")
    def Dismiss(self, nid):
        self.notifications.close(int(nid), 2)

    @dbus.service.method(CONTROL, in_signature="b", out_signature="")
    def SetInhibited(self, on):
        STATE.inhibited = bool(on)
        self.notifications.PropertiesChanged(NOTIFICATIONS, {"Inhibited": dbus.Boolean(STATE.inhibited)}, dbus.Array([], signature="s"))

    @dbus.service.method(CONTROL, in_signature="b", out_signature="")
    def SetShowBanners(self, on):
        STATE.show_banners = bool(on)
        self.portal.SettingChanged("org.gnome.desktop.notifications", "show-banners", dbus.Boolean(STATE.show_banners, variant_level=1))

    @dbus.service.method(CONTROL, in_signature="b", out_signature="")
    def SetLocked(self, on):
        STATE.locked = bool(on)
        self.screensaver.ActiveChanged(STATE.locked)

    @dbus.service.method(CONTROL, in_signature="as", out_signature="")
    def SetCapabilities(self, caps):
        STATE.capabilities = [str(c) for c in caps]

    @dbus.service.method(CONTROL, in_signature="s", out_signature="")
    def Release(self, name):
        # Leave the bus name (the portal, the notification server): as on a desktop without it.
        self.names.pop(name, None)


def main():
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    STATE.inhibited = "--inhibited" in sys.argv
    notifications = Notifications(bus, "/org/freedesktop/Notifications")
    portal = Portal(bus, "/org/freedesktop/portal/desktop")
    screensaver = ScreenSaver(bus, "/org/freedesktop/ScreenSaver")
    names = {}
    for name in (NOTIFICATIONS, PORTAL, SCREENSAVER):
        names[name] = dbus.service.BusName(name, bus, do_not_queue=True)
    Control(bus, notifications, portal, screensaver, names)
    names[CONTROL] = dbus.service.BusName(CONTROL, bus, do_not_queue=True)
    print("ready", flush=True)
    GLib.MainLoop().run()


if __name__ == "__main__":
    main()
