// SPDX-License-Identifier: MIT
#include "SessionBus.h"

#include <QFileInfo>

namespace knead {

QDBusConnection sessionBusIfRunning()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        || (!runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"))))
        return QDBusConnection::sessionBus();
    return QDBusConnection(QStringLiteral("knead-no-session-bus")); // never connected
}

} // namespace knead
