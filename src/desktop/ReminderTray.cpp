// SPDX-License-Identifier: MIT
#include "ReminderTray.h"

#include "AppIcon.h"
#include "ReminderScheduler.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace knead {

ReminderTray::ReminderTray(ReminderScheduler& scheduler, QObject* parent)
    : QObject(parent)
    , m_scheduler(scheduler)
{
    m_menu = new QMenu;
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_start = m_menu->addAction(tr("&Start a routine now"), this, &ReminderTray::startRequested);
    m_start->setObjectName(QStringLiteral("trayStart"));
    m_snooze = m_menu->addAction(tr("S&nooze 10 min"), this, [this] { m_scheduler.snooze(); });
    m_snooze->setObjectName(QStringLiteral("traySnooze"));
    m_menu->addSeparator();
    m_pauseHour = m_menu->addAction(
        tr("&Pause reminders for 1 hour"), this, [this] { m_scheduler.pauseFor(ReminderScheduler::kPauseMs); });
    m_pauseHour->setObjectName(QStringLiteral("trayPauseHour"));
    m_pauseDay
        = m_menu->addAction(tr("Pause reminders until &tomorrow"), this, [this] { m_scheduler.pauseUntilTomorrow(); });
    m_pauseDay->setObjectName(QStringLiteral("trayPauseDay"));
    m_resume = m_menu->addAction(tr("&Resume reminders"), this, [this] { m_scheduler.resumeReminders(); });
    m_resume->setObjectName(QStringLiteral("trayResume"));
    m_menu->addSeparator();
    m_menu->addAction(tr("&Open Knead"), this, &ReminderTray::openRequested)->setObjectName(QStringLiteral("trayOpen"));
    m_menu->addAction(tr("&Quit Knead"), this, &ReminderTray::quitRequested)->setObjectName(QStringLiteral("trayQuit"));

    m_icon = new QSystemTrayIcon(QIcon::fromTheme(QStringLiteral(KNEAD_APP_ID), appIcon()), this);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &ReminderTray::openRequested);
    connect(&m_scheduler, &ReminderScheduler::statusChanged, this, &ReminderTray::refresh);
    refresh();
}

ReminderTray::~ReminderTray()
{
    delete m_menu; // a context menu has no parent
}

QString ReminderTray::toolTip() const
{
    return tr("Knead: %1").arg(m_scheduler.describeStatus());
}

void ReminderTray::showMessage(const QString& title, const QString& text)
{
    m_icon->showMessage(title, text, m_icon->icon());
}

void ReminderTray::refresh()
{
    const ReminderStatus status = m_scheduler.status();
    const std::optional<Reminder> current = m_scheduler.current();
    m_snooze->setEnabled(current && current->canSnooze());
    const bool paused = status.state == ReminderStatus::State::Paused;
    m_pauseHour->setVisible(!paused);
    m_pauseDay->setVisible(!paused);
    m_resume->setVisible(paused);
    m_icon->setToolTip(toolTip());
    m_icon->setVisible(m_scheduler.isEnabled());
}

} // namespace knead
