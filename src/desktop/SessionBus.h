// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusConnection>

namespace knead {

// The person's session bus if one runs (named by DBUS_SESSION_BUS_ADDRESS, or the user bus at
// $XDG_RUNTIME_DIR/bus), else a connection that is not connected. Without either, libdbus
// "autolaunches": it runs dbus-launch to find, or start, a bus for the X display (10 ms of
// Knead's start-up, measured), and a bus started that way has no notification server or portal
// on it.
QDBusConnection sessionBusIfRunning();

} // namespace knead
