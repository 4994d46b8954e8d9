// SPDX-License-Identifier: MIT
#pragma once

#include "ReminderScheduler.h"

#include <QDBusConnection>
#include <QObject>

#include <memory>

namespace knead {

class ContentStore;
class DesktopConditions;
class Journal;
class NotificationClient;
class ReminderTray;
class SessionController;

// What reaches the person on this desktop, for Settings to explain.
struct ReminderEnvironment
{
    bool notifications = false; // a notification server on the session bus
    bool actions = false; // ... that shows buttons (Start, Snooze, Skip today)
    bool tray = false; // a system tray
    bool fullScreenVisible = false; // X11: other windows' full-screen state can be read
    bool wayland = false;

    bool canReachInBackground() const { return notifications || tray; }
};

// Reminders on the desktop, in layers: Knead's own notification (with Start, Snooze 10 min and
// Skip today where the server shows actions, a plain one that opens Knead on a click
// elsewhere, the window then offering the choices), the tray where there is one, and the window
// where there is neither (windowReminder()). It tells the scheduler what blocks a reminder (a
// running session, do not disturb, a locked screen, a full-screen window), and that a session
// is a break.
class ReminderService : public QObject
{
    Q_OBJECT

public:
    static inline const QString kStartAction = QStringLiteral("start");
    static inline const QString kSnoozeAction = QStringLiteral("snooze");
    static inline const QString kSkipAction = QStringLiteral("skip-today");
    static inline const QString kOpenAction = QStringLiteral("default");

    ReminderService(ReminderScheduler& scheduler, SessionController& session, const ContentStore& content,
        const Journal& journal, QDBusConnection sessionBus, QObject* parent = nullptr);
    ~ReminderService() override;

    ReminderScheduler& scheduler() const { return m_scheduler; }
    NotificationClient& notifications() const { return *m_notifications; }
    DesktopConditions& conditions() const { return *m_conditions; }
    ReminderTray* tray() const { return m_tray.get(); }

    // Arms the scheduler; shows the tray when reminders are on and the desktop has one.
    // `useTray` false leaves the tray out (tests).
    void start(bool useTray = true);
    ReminderEnvironment environment() const;
    // The reminder's text, as the notification shows it.
    QString summary(const Reminder& reminder) const;
    QString body(const Reminder& reminder, bool withActions) const;

    // A message that is not a reminder (Knead went to the background): a notification without
    // buttons, else the tray's. False when neither exists.
    bool tell(const QString& summary, const QString& body);

public Q_SLOTS:
    // Start: the current reminder's routine (or the best one now) is opened.
    void startRoutine();

Q_SIGNALS:
    void openRequested();
    void routineRequested(const QString& routineId);
    void quitRequested();
    // The window should offer this reminder (Start, Snooze, Skip today): `onlyRoute` when
    // neither a notification server nor a tray exists, else because the server's
    // notifications have no buttons.
    void windowReminder(const knead::Reminder& reminder, bool onlyRoute);

private:
    void deliver(const Reminder& reminder);
    void withdraw();
    void onAction(uint id, const QString& key);
    void updateTray();

    ReminderScheduler& m_scheduler;
    SessionController& m_session;
    const ContentStore& m_content;
    const Journal& m_journal;
    std::unique_ptr<NotificationClient> m_notifications;
    std::unique_ptr<DesktopConditions> m_conditions;
    std::unique_ptr<ReminderTray> m_tray;
    bool m_useTray = true;
    uint m_notificationId = 0; // the reminder on screen, replaced by the next
    std::optional<Reminder> m_sending;
};

} // namespace knead
