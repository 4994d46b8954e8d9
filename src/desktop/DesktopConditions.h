// SPDX-License-Identifier: MIT
#pragma once

#include "ReminderScheduler.h"

#include <QDBusConnection>
#include <QDBusVariant>
#include <QObject>

#include <optional>

struct xcb_connection_t;

namespace knead {

class NotificationClient;

// What the desktop says about interrupting the person now: do not disturb, a locked screen,
// a full-screen window. Asked only when a reminder falls due (and once a minute while one
// waits), so nothing here runs between reminders; the change signals it listens to (on the
// buses Knead is connected to anyway) only shorten a wait.
//
// Do not disturb: the notification server's `Inhibited` property where it has one (KDE), and
// GNOME's org.gnome.desktop.notifications show-banners, read through the settings portal
// (org.freedesktop.portal.Settings): one D-Bus call to a service GNOME runs anyway, with a
// SettingChanged signal when the person turns do not disturb off, and it works inside a
// sandbox. Without a portal, `gsettings get` is run instead (a child process, so only when a
// reminder falls due, never watched).
// Locked: org.freedesktop.ScreenSaver and org.gnome.ScreenSaver GetActive, logind's LockedHint.
// Full screen: on X11 only (see X11FullScreen.h); Wayland does not let an app see others' windows.
class DesktopConditions : public QObject
{
    Q_OBJECT

public:
    DesktopConditions(QDBusConnection sessionBus, NotificationClient& notifications, QObject* parent = nullptr);

    // The first thing that should hold a reminder now, if any.
    std::optional<PostponeReason> blocker();
    bool isDoNotDisturb();
    bool isScreenLocked();
    bool isFullScreenActive();
    // Whether full-screen windows can be seen at all (X11 only).
    bool canSeeFullScreen() const { return connection() != nullptr; }

    // The X11 connection to ask; by default the application's. Tests pass their own.
    void setX11Connection(xcb_connection_t* connection)
    {
        m_x11 = connection;
        m_x11Set = true;
    }
    // The system bus for logind and timedated; unset, the real one is used once watching.
    void setSystemBus(const QDBusConnection& bus) { m_systemBus = bus; }

    // Starts listening for the change signals (once reminders are on).
    void watch();

Q_SIGNALS:
    // Do not disturb, the lock or the screen saver changed: a waiting reminder may come now.
    void changed();
    // The computer woke from sleep, or the time zone or clock was changed.
    void clockMayHaveJumped();

private Q_SLOTS:
    // QtDBus relays.
    void onSettingChanged(const QString& group, const QString& key, const QDBusVariant& value);
    void onScreenSaverActiveChanged(bool active);
    void onPrepareForSleep(bool sleeping);
    void onTimeDatePropertiesChanged(
        const QString& interface, const QVariantMap& changed, const QStringList& invalidated);

private:
    std::optional<bool> gnomeShowBanners();
    xcb_connection_t* connection() const;

    QDBusConnection m_bus;
    std::optional<QDBusConnection> m_systemBus;
    NotificationClient& m_notifications;
    xcb_connection_t* m_x11 = nullptr;
    bool m_x11Set = false;
    bool m_watching = false;
};

} // namespace knead
