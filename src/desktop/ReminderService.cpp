// SPDX-License-Identifier: MIT
#include "ReminderService.h"

#include "ContentStore.h"
#include "DesktopConditions.h"
#include "Journal.h"
#include "NotificationClient.h"
#include "ReminderRoutine.h"
#include "ReminderTray.h"
#include "SessionController.h"

#include <QGuiApplication>
#include <QSystemTrayIcon>

namespace knead {

ReminderService::ReminderService(ReminderScheduler& scheduler, SessionController& session, const ContentStore& content,
    const Journal& journal, QDBusConnection sessionBus, QObject* parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_session(session)
    , m_content(content)
    , m_journal(journal)
    , m_notifications(std::make_unique<NotificationClient>(sessionBus))
    , m_conditions(std::make_unique<DesktopConditions>(sessionBus, *m_notifications))
{
    m_scheduler.setBlocker([this]() -> std::optional<PostponeReason> {
        if (m_session.isActive())
            return PostponeReason::SessionRunning;
        return m_conditions->blocker();
    });
    m_scheduler.setRoutinePicker(
        [this] { return reminderRoutine(m_content.content(), m_journal, m_scheduler.schedule()); });
    // A session is a break: it takes a reminder's place, and the interval counts from its end.
    connect(&m_session, &SessionController::sessionChanged, &m_scheduler, &ReminderScheduler::noteBreak);
    connect(&m_session, &SessionController::ended, &m_scheduler, [this] { m_scheduler.noteBreak(); });

    connect(&m_scheduler, &ReminderScheduler::reminderDue, this, &ReminderService::deliver);
    connect(&m_scheduler, &ReminderScheduler::reminderWithdrawn, this, &ReminderService::withdraw);
    connect(&m_scheduler, &ReminderScheduler::statusChanged, this, [this] {
        if (m_scheduler.isEnabled())
            m_conditions->watch();
        updateTray();
    });
    connect(m_notifications.get(), &NotificationClient::shown, this, [this](uint id) {
        m_notificationId = id;
        m_sending.reset();
    });
    connect(m_notifications.get(), &NotificationClient::failed, this, [this] {
        // The server went away between the check and the call: the next layer shows it.
        if (m_sending) {
            const Reminder r = *m_sending;
            m_sending.reset();
            if (m_tray && m_tray->icon()->isVisible())
                m_tray->showMessage(summary(r), body(r, false));
            else
                Q_EMIT windowReminder(r, true);
        }
    });
    connect(m_notifications.get(), &NotificationClient::actionInvoked, this, &ReminderService::onAction);
    connect(m_notifications.get(), &NotificationClient::closed, this,
        [this](uint id, NotificationClient::CloseReason reason) {
            if (id != m_notificationId)
                return;
            m_notificationId = 0;
            if (reason == NotificationClient::CloseReason::Dismissed)
                m_scheduler.dismiss();
        });
    // A waiting reminder may come as soon as what held it ends.
    connect(m_notifications.get(), &NotificationClient::inhibitedChanged, &m_scheduler, &ReminderScheduler::recheck);
    connect(m_conditions.get(), &DesktopConditions::changed, &m_scheduler, &ReminderScheduler::recheck);
    connect(m_conditions.get(), &DesktopConditions::clockMayHaveJumped, &m_scheduler, &ReminderScheduler::recheck);
}

ReminderService::~ReminderService() = default;

void ReminderService::start(bool useTray)
{
    m_useTray = useTray;
    // The journal knows the last break from before this start.
    if (!m_journal.entries().isEmpty())
        m_scheduler.noteBreakAt(m_journal.entries().constLast().ended.toMSecsSinceEpoch());
    m_scheduler.reload();
}

ReminderEnvironment ReminderService::environment() const
{
    ReminderEnvironment env;
    env.notifications = m_notifications->isAvailable();
    env.actions = env.notifications && m_notifications->supportsActions();
    env.tray = QSystemTrayIcon::isSystemTrayAvailable();
    env.fullScreenVisible = m_conditions->canSeeFullScreen();
    env.wayland = QGuiApplication::platformName().startsWith(QLatin1String("wayland"));
    return env;
}

void ReminderService::updateTray()
{
    const bool want = m_useTray && m_scheduler.isEnabled() && QSystemTrayIcon::isSystemTrayAvailable();
    if (want && !m_tray) {
        m_tray = std::make_unique<ReminderTray>(m_scheduler);
        connect(m_tray.get(), &ReminderTray::startRequested, this, &ReminderService::startRoutine);
        connect(m_tray.get(), &ReminderTray::openRequested, this, &ReminderService::openRequested);
        connect(m_tray.get(), &ReminderTray::quitRequested, this, &ReminderService::quitRequested);
    } else if (!want && m_tray && !m_scheduler.isEnabled()) {
        m_tray.reset();
    }
}

QString ReminderService::summary(const Reminder&) const
{
    return tr("Time for a short break");
}

QString ReminderService::body(const Reminder& reminder, bool withActions) const
{
    const Routine* routine = m_content.content().routine(reminder.routineId);
    QString text = routine
        ? tr("“%1” takes %2. Start it when you are ready.").arg(routine->name, formatDuration(routine->totalSeconds()))
        : tr("Stand up, stretch, and let your shoulders drop.");
    if (withActions && reminder.snoozes > 0)
        text += QLatin1Char('\n')
            + (reminder.canSnooze() ? tr("You can snooze it %n more time(s).", nullptr, reminder.snoozesLeft())
                                    : tr("No snoozes left: start it, or skip today."));
    return text;
}

void ReminderService::deliver(const Reminder& reminder)
{
    if (m_notifications->isAvailable()) {
        const bool actions = m_notifications->supportsActions();
        NotificationClient::Notification n;
        n.summary = summary(reminder);
        n.body = body(reminder, actions);
        n.actions.append({kOpenAction, tr("Open Knead")});
        n.actions.append({kStartAction, tr("Start")});
        if (reminder.canSnooze())
            n.actions.append({kSnoozeAction, tr("Snooze 10 min")});
        n.actions.append({kSkipAction, tr("Skip today")});
        m_sending = reminder;
        m_notifications->notify(n, m_notificationId);
        if (!actions)
            Q_EMIT windowReminder(reminder, false);
        return;
    }
    if (m_tray && m_tray->icon()->isVisible()) {
        m_tray->showMessage(summary(reminder), body(reminder, false));
        return;
    }
    Q_EMIT windowReminder(reminder, true);
}

bool ReminderService::tell(const QString& summaryText, const QString& bodyText)
{
    if (m_notifications->isAvailable()) {
        NotificationClient::Notification n;
        n.summary = summaryText;
        n.body = bodyText;
        m_notifications->notify(n);
        return true;
    }
    if (m_tray && m_tray->icon()->isVisible()) {
        m_tray->showMessage(summaryText, bodyText);
        return true;
    }
    return false;
}

void ReminderService::withdraw()
{
    if (m_notificationId != 0)
        m_notifications->close(m_notificationId);
    m_notificationId = 0;
}

void ReminderService::onAction(uint id, const QString& key)
{
    if (id != m_notificationId)
        return;
    if (key == kStartAction)
        startRoutine();
    else if (key == kSnoozeAction)
        m_scheduler.snooze();
    else if (key == kSkipAction)
        m_scheduler.skipToday();
    else if (key == kOpenAction)
        Q_EMIT openRequested();
}

void ReminderService::startRoutine()
{
    const QString id = m_scheduler.routineToOffer();
    // The reminder is answered; the break itself begins when the session starts.
    m_scheduler.dismiss();
    withdraw();
    if (id.isEmpty())
        Q_EMIT openRequested();
    else
        Q_EMIT routineRequested(id);
}

} // namespace knead
