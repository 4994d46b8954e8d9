// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>
#include <utility>

namespace knead {

// Knead's own client of the desktop's notification server (org.freedesktop.Notifications,
// the Desktop Notifications Specification) over QtDBus: Notify, CloseNotification,
// GetCapabilities, and the ActionInvoked / NotificationClosed signals for the notifications
// it sent (the signals go to every client; others' ids are ignored). Also reads the server's
// `Inhibited` property (do not disturb, where the server offers it, e.g. KDE Plasma).
class NotificationClient : public QObject
{
    Q_OBJECT

public:
    static inline const QString kService = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
    // NotificationClosed reasons, from the specification.
    enum class CloseReason : uint { Expired = 1, Dismissed = 2, Closed = 3, Undefined = 4 };
    Q_ENUM(CloseReason)

    struct Notification
    {
        QString summary;
        QString body; // plain text; escaped here when the server reads markup
        QList<std::pair<QString, QString>> actions; // key, label; sent only to servers with "actions"
        QString desktopEntry = QStringLiteral(KNEAD_APP_ID); // resources/<id>.desktop: a click opens Knead
        QString icon = QStringLiteral(KNEAD_APP_ID);
    };

    explicit NotificationClient(QDBusConnection bus, QObject* parent = nullptr);

    // A server is running, or the bus can start one on the first call.
    bool isAvailable() const;
    // GetCapabilities, asked once and again after the server changes.
    QStringList capabilities();
    bool supportsActions() { return capabilities().contains(QStringLiteral("actions")); }
    // The server's Inhibited property: empty where the server has none.
    std::optional<bool> isInhibited();

    // Sends a notification, replacing `replacesId` if not 0. The reply (the id) comes
    // asynchronously through shown(); a failure through failed().
    void notify(const Notification& notification, uint replacesId = 0);
    void close(uint id);

Q_SIGNALS:
    void shown(uint id);
    void failed(const QString& message);
    void actionInvoked(uint id, const QString& actionKey);
    void closed(uint id, knead::NotificationClient::CloseReason reason);
    // The server's Inhibited property changed, or the server came or went.
    void inhibitedChanged();
    void serverChanged();

private Q_SLOTS:
    // QtDBus relays (string-based connects are the only way to receive bus signals).
    void onActionInvoked(uint id, const QString& actionKey);
    void onClosed(uint id, uint reason);
    void onPropertiesChanged(const QString& interface, const QVariantMap& changed, const QStringList& invalidated);
    void onOwnerChanged(const QString& name, const QString& oldOwner, const QString& newOwner);

private:
    struct Early
    {
        uint id = 0;
        bool action = false;
        QString key;
        uint reason = 0;
    };
    bool keepEarly(const Early& event);

    QDBusConnection m_bus;
    std::optional<QStringList> m_capabilities;
    QSet<uint> m_ids; // notifications this client sent and that are not closed
    int m_sending = 0; // Notify calls without a reply yet
    QList<Early> m_early;
};

} // namespace knead
