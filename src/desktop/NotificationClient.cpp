// SPDX-License-Identifier: MIT
#include "NotificationClient.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QDBusVariant>

#include <utility>

namespace knead {

namespace {

const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");
// Calls made while a reminder falls due wait at most this long for an answer.
constexpr int kCallTimeoutMs = 1000;

QString escapeMarkup(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

NotificationClient::NotificationClient(QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , m_bus(std::move(bus))
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(
        kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
    m_bus.connect(kService, kPath, kProperties, QStringLiteral("PropertiesChanged"), this,
        SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
    m_bus.connect(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameOwnerChanged"), QStringList {kService}, QString(),
        this, SLOT(onOwnerChanged(QString, QString, QString)));
}

bool NotificationClient::isAvailable() const
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    if (m_bus.interface()->isServiceRegistered(kService))
        return true;
    const QDBusReply<QStringList> activatable = m_bus.interface()->call(QStringLiteral("ListActivatableNames"));
    return activatable.isValid() && activatable.value().contains(kService);
}

QStringList NotificationClient::capabilities()
{
    if (m_capabilities)
        return *m_capabilities;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("GetCapabilities"));
    const QDBusReply<QStringList> reply = m_bus.call(call, QDBus::Block, kCallTimeoutMs);
    if (!reply.isValid())
        return {};
    m_capabilities = reply.value();
    return *m_capabilities;
}

std::optional<bool> NotificationClient::isInhibited()
{
    if (!m_bus.isConnected() || !m_bus.interface() || !m_bus.interface()->isServiceRegistered(kService))
        return std::nullopt;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kProperties, QStringLiteral("Get"));
    call << kInterface << QStringLiteral("Inhibited");
    const QDBusReply<QDBusVariant> reply = m_bus.call(call, QDBus::Block, kCallTimeoutMs);
    if (!reply.isValid())
        return std::nullopt;
    return reply.value().variant().toBool();
}

void NotificationClient::notify(const Notification& notification, uint replacesId)
{
    const QStringList caps = capabilities();
    QStringList actions;
    if (caps.contains(QStringLiteral("actions"))) {
        for (const auto& [key, label] : notification.actions)
            actions << key << label;
    }
    // Pack text (routine names) is untrusted: never let the server read it as markup.
    const QString body
        = caps.contains(QStringLiteral("body-markup")) ? escapeMarkup(notification.body) : notification.body;
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), notification.desktopEntry);
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1))); // normal
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    // The timeout is the server's own (-1): GNOME keeps a notification with actions in its list.
    call << QStringLiteral("Knead") << replacesId << notification.icon << notification.summary << body << actions
         << hints << -1;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, kCallTimeoutMs * 5), this);
    ++m_sending;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_sending;
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            Q_EMIT failed(reply.error().message());
        } else {
            m_ids.insert(reply.value());
            Q_EMIT shown(reply.value());
        }
        // What the server said about this notification before its id reached us, in order.
        const QList<Early> early = std::exchange(m_early, {});
        for (const Early& e : early) {
            if (!reply.isError() && e.id == reply.value())
                e.action ? onActionInvoked(e.id, e.key) : onClosed(e.id, e.reason);
            else if (m_sending > 0)
                m_early.append(e);
        }
    });
}

void NotificationClient::close(uint id)
{
    if (!m_ids.contains(id))
        return;
    m_ids.remove(id);
    QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("CloseNotification"));
    call << id;
    m_bus.asyncCall(call, kCallTimeoutMs);
}

bool NotificationClient::keepEarly(const Early& event)
{
    // QtDBus delivers signals and method replies on separate paths: a server's signal about a
    // notification can overtake the reply that tells its id. Kept until the reply arrives.
    if (m_sending == 0 || m_early.size() >= 32)
        return false;
    m_early.append(event);
    return true;
}

void NotificationClient::onActionInvoked(uint id, const QString& actionKey)
{
    if (m_ids.contains(id))
        Q_EMIT actionInvoked(id, actionKey);
    else
        keepEarly({id, true, actionKey, 0});
}

void NotificationClient::onClosed(uint id, uint reason)
{
    if (!m_ids.remove(id)) {
        keepEarly({id, false, {}, reason});
        return;
    }
    Q_EMIT closed(id, reason >= 1 && reason <= 4 ? CloseReason(reason) : CloseReason::Undefined);
}

void NotificationClient::onPropertiesChanged(
    const QString& interface, const QVariantMap& changed, const QStringList& invalidated)
{
    if (interface == kInterface
        && (changed.contains(QStringLiteral("Inhibited")) || invalidated.contains(QStringLiteral("Inhibited"))))
        Q_EMIT inhibitedChanged();
}

void NotificationClient::onOwnerChanged(const QString& name, const QString&, const QString&)
{
    if (name != kService)
        return;
    // Another server (or none): ask again what it can do; ids of the old one mean nothing.
    m_capabilities.reset();
    m_ids.clear();
    m_early.clear();
    Q_EMIT serverChanged();
    Q_EMIT inhibitedChanged();
}

} // namespace knead
