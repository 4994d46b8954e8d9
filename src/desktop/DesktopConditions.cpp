// SPDX-License-Identifier: MIT
#include "DesktopConditions.h"

#include "NotificationClient.h"
#include "X11FullScreen.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVariant>
#include <QProcess>
#include <QStandardPaths>

namespace knead {

namespace {

const QString kPortal = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kPortalSettings = QStringLiteral("org.freedesktop.portal.Settings");
const QString kNotificationsSchema = QStringLiteral("org.gnome.desktop.notifications");
const QString kShowBanners = QStringLiteral("show-banners");
const QString kLogin = QStringLiteral("org.freedesktop.login1");
constexpr int kCallTimeoutMs = 1000;

// Read returns the value in a variant in a variant; ReadOne (newer portals) in one.
QVariant unwrap(QVariant v)
{
    for (int i = 0; i < 3 && v.canConvert<QDBusVariant>() && v.metaType() == QMetaType::fromType<QDBusVariant>(); ++i)
        v = qvariant_cast<QDBusVariant>(v).variant();
    return v;
}

bool registered(const QDBusConnection& bus, const QString& service)
{
    return bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(service);
}

std::optional<bool> screenSaverActive(const QDBusConnection& bus, const QString& service, const QString& path)
{
    if (!registered(bus, service))
        return std::nullopt;
    const QDBusMessage call = QDBusMessage::createMethodCall(service, path, service, QStringLiteral("GetActive"));
    const QDBusReply<bool> reply = bus.call(call, QDBus::Block, kCallTimeoutMs);
    if (!reply.isValid())
        return std::nullopt; // e.g. GNOME's org.freedesktop.ScreenSaver only inhibits
    return reply.value();
}

} // namespace

DesktopConditions::DesktopConditions(QDBusConnection sessionBus, NotificationClient& notifications, QObject* parent)
    : QObject(parent)
    , m_bus(std::move(sessionBus))
    , m_notifications(notifications)
{ }

xcb_connection_t* DesktopConditions::connection() const
{
    return m_x11Set ? m_x11 : x11::applicationConnection();
}

std::optional<PostponeReason> DesktopConditions::blocker()
{
    if (isScreenLocked())
        return PostponeReason::ScreenLocked;
    if (isDoNotDisturb())
        return PostponeReason::DoNotDisturb;
    if (isFullScreenActive())
        return PostponeReason::FullScreen;
    return std::nullopt;
}

bool DesktopConditions::isDoNotDisturb()
{
    if (m_notifications.isInhibited().value_or(false))
        return true;
    return gnomeShowBanners() == false;
}

std::optional<bool> DesktopConditions::gnomeShowBanners()
{
    if (registered(m_bus, kPortal)) {
        QDBusMessage call
            = QDBusMessage::createMethodCall(kPortal, kPortalPath, kPortalSettings, QStringLiteral("Read"));
        call << kNotificationsSchema << kShowBanners;
        const QDBusMessage reply = m_bus.call(call, QDBus::Block, kCallTimeoutMs);
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
            const QVariant value = unwrap(reply.arguments().constFirst());
            if (value.metaType() == QMetaType::fromType<bool>())
                return value.toBool();
        }
        // Not a GNOME portal, or no such setting here: nothing more to ask.
        return std::nullopt;
    }
    const QString gsettings = QStandardPaths::findExecutable(QStringLiteral("gsettings"));
    if (gsettings.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(gsettings, {QStringLiteral("get"), kNotificationsSchema, kShowBanners});
    if (!process.waitForFinished(kCallTimeoutMs)) {
        process.kill();
        process.waitForFinished(kCallTimeoutMs);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt; // no such schema: not GNOME
    const QByteArray out = process.readAllStandardOutput().trimmed();
    if (out == "true")
        return true;
    if (out == "false")
        return false;
    return std::nullopt;
}

bool DesktopConditions::isScreenLocked()
{
    if (screenSaverActive(
            m_bus, QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver"))
            .value_or(false))
        return true;
    if (screenSaverActive(m_bus, QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("/org/gnome/ScreenSaver"))
            .value_or(false))
        return true;
    const QDBusConnection system = m_systemBus.value_or(QDBusConnection::systemBus());
    if (!registered(system, kLogin))
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(kLogin, QStringLiteral("/org/freedesktop/login1/session/auto"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    call << QStringLiteral("org.freedesktop.login1.Session") << QStringLiteral("LockedHint");
    const QDBusReply<QDBusVariant> reply = system.call(call, QDBus::Block, kCallTimeoutMs);
    return reply.isValid() && reply.value().variant().toBool();
}

bool DesktopConditions::isFullScreenActive()
{
    return x11::activeWindowIsFullScreen(connection()).value_or(false);
}

void DesktopConditions::watch()
{
    if (m_watching)
        return;
    m_watching = true;
    if (m_bus.isConnected()) {
        m_bus.connect(kPortal, kPortalPath, kPortalSettings, QStringLiteral("SettingChanged"), this,
            SLOT(onSettingChanged(QString, QString, QDBusVariant)));
        for (const auto& [service, path] :
            {std::pair {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver")},
                std::pair {QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("/org/gnome/ScreenSaver")}})
            m_bus.connect(
                service, path, service, QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActiveChanged(bool)));
    }
    QDBusConnection system = m_systemBus.value_or(QDBusConnection::systemBus());
    if (system.isConnected()) {
        // Resume from suspend, and a new time zone or clock set through timedated.
        system.connect(kLogin, QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), this,
            SLOT(onPrepareForSleep(bool)));
        system.connect(QStringLiteral("org.freedesktop.timedate1"), QStringLiteral("/org/freedesktop/timedate1"),
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("PropertiesChanged"), this,
            SLOT(onTimeDatePropertiesChanged(QString, QVariantMap, QStringList)));
    }
}

void DesktopConditions::onSettingChanged(const QString& group, const QString& key, const QDBusVariant&)
{
    if (group == kNotificationsSchema && key == kShowBanners)
        Q_EMIT changed();
}

void DesktopConditions::onScreenSaverActiveChanged(bool)
{
    Q_EMIT changed();
}

void DesktopConditions::onPrepareForSleep(bool sleeping)
{
    if (!sleeping)
        Q_EMIT clockMayHaveJumped();
}

void DesktopConditions::onTimeDatePropertiesChanged(const QString&, const QVariantMap&, const QStringList&)
{
    Q_EMIT clockMayHaveJumped();
}

} // namespace knead
