// SPDX-License-Identifier: MIT
#include "AppShell.h"

#include "Autostart.h"
#include "Banner.h"
#include "CommandLine.h"
#include "ContentStore.h"
#include "Controls.h"
#include "PreferencesDialog.h"
#include "ReminderService.h"
#include "ReminderSettings.h"
#include "SessionController.h"
#include "Settings.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QTextStream>
#include <QVBoxLayout>

namespace knead {

AppShell::AppShell(AppServices services, ReminderScheduler& scheduler, ReminderService& reminders,
    const Autostart& autostart, QObject* parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_scheduler(scheduler)
    , m_reminders(reminders)
    , m_autostart(autostart)
{
    m_quit = [] { QCoreApplication::quit(); };
    connect(&m_reminders, &ReminderService::openRequested, this, &AppShell::showWindow);
    connect(&m_reminders, &ReminderService::routineRequested, this,
        [this](const QString& id) { showWindow()->openPreparation(id); });
    connect(&m_reminders, &ReminderService::quitRequested, this, &AppShell::quit);
    connect(&m_reminders, &ReminderService::windowReminder, this, &AppShell::showReminderInWindow);
    connect(&m_scheduler, &ReminderScheduler::reminderWithdrawn, this, [this] {
        m_windowReminder.reset();
        if (m_window && !m_reminderMessage.isEmpty() && m_window->banner()->message() == m_reminderMessage)
            m_window->banner()->dismiss();
        m_reminderMessage.clear();
    });
}

AppShell::~AppShell() = default; // Preferences belongs to the window

bool AppShell::keepsRunningWhenClosed() const
{
    return m_scheduler.isEnabled() && m_reminders.environment().canReachInBackground();
}

bool AppShell::launch(const CommandLine& command)
{
    if (command.background) {
        if (!m_scheduler.isEnabled())
            return false;
        if (m_reminders.environment().canReachInBackground())
            return true;
        // Nothing else can reach the person: a window stays within reach, out of the way.
        ensureWindow()->showMinimized();
        startUpIfFresh({});
        return true;
    }
    ensureWindow()->show();
    startUpIfFresh(command.startRoutine);
    return true;
}

void AppShell::startUpIfFresh(const QString& startRoutine)
{
    if (!m_fresh)
        return;
    m_fresh = false;
    m_window->startUp(startRoutine);
}

MainWindow* AppShell::ensureWindow()
{
    if (m_window)
        return m_window.get();
    m_fresh = true;
    m_window = std::make_unique<MainWindow>(m_services);
    // Problems found at start are told once, not each time the window is built again.
    m_services.problems.clear();
    if (m_confirmation)
        m_window->setConfirmation(m_confirmation);
    m_window->attachReminders(
        m_scheduler, [this] { openReminderSettings(); },
        [this](QWidget* parent) {
            return new ReminderSettings(
                m_services.settings, m_services.content.content(), m_scheduler, m_autostart,
                [this] { return m_reminders.environment(); }, parent);
        });
    m_window->setCloseToBackground([this] { return keepsRunningWhenClosed(); });
    connect(m_window.get(), &MainWindow::closed, this, &AppShell::onWindowClosed);
    Q_EMIT windowCreated(m_window.get());
    return m_window.get();
}

MainWindow* AppShell::showWindow()
{
    const bool fresh = !m_window;
    MainWindow* window = ensureWindow();
    if (window->isMinimized())
        window->showNormal();
    else
        window->show();
    window->raise();
    window->activateWindow();
    startUpIfFresh({});
    // Opened from a notification without buttons: the reminder's choices are here.
    if (fresh && m_windowReminder)
        showReminderInWindow(*m_windowReminder, false);
    return window;
}

QString AppShell::handOver(const QStringList& arguments)
{
    const CommandLine command = CommandLine::parse(QStringList {QStringLiteral("knead")} + arguments);
    if (!command.error.isEmpty())
        return command.error;
    if (command.needsNoDisplay())
        return tr("Knead is running; --help, --version, --list and --validate run on their own only when it is not.");
    if (command.background)
        return {}; // already running: nothing to change
    if (!command.startRoutine.isEmpty()) {
        if (!m_services.content.content().routine(command.startRoutine))
            return tr("no routine has the id \"%1\".").arg(command.startRoutine);
        showWindow()->openPreparation(command.startRoutine);
        return {};
    }
    showWindow();
    return {};
}

void AppShell::onWindowClosed(bool toBackground)
{
    if (!toBackground) {
        finishQuit();
        return;
    }
    if (m_settingsDialog)
        m_settingsDialog->close();
    // The first time, say where Knead went.
    if (!m_services.settings.backgroundNoticeShown()) {
        m_services.settings.setBackgroundNoticeShown(true);
        m_reminders.tell(tr("Knead keeps running for your reminders"),
            tr("Closing the window leaves Knead waiting in the background, so that reminders can reach you. "
               "To quit, open Knead and choose Knead, Quit, or turn reminders off."));
    }
    // The background Knead holds no window: it is built again when needed.
    m_window.release()->deleteLater();
}

void AppShell::showReminderInWindow(const Reminder& reminder, bool onlyRoute)
{
    m_windowReminder = reminder;
    if (!m_window) {
        if (!onlyRoute)
            return; // offered when the person opens Knead (a click on the notification)
        ensureWindow()->showMinimized();
        startUpIfFresh({});
    }
    const QString text = tr("Time for a short break. %1").arg(m_reminders.body(reminder, true));
    QList<Banner::Action> actions {{tr("&Start"), [this] { m_reminders.startRoutine(); }, "reminderStart"}};
    if (reminder.canSnooze())
        actions.append({tr("S&nooze 10 min"), [this] { m_scheduler.snooze(); }, "reminderSnooze"});
    actions.append({tr("S&kip today"), [this] { m_scheduler.skipToday(); }, "reminderSkip"});
    m_reminderMessage = text;
    m_window->banner()->post(text, actions);
    if (onlyRoute)
        QApplication::alert(m_window.get());
}

ReminderSettings* AppShell::reminderSettings() const
{
    return m_settingsDialog ? m_settingsDialog->findChild<ReminderSettings*>() : nullptr;
}

void AppShell::openReminderSettings()
{
    // The Reminders page of Preferences, beside the other preferences.
    m_settingsDialog = ensureWindow()->showPreferences(QStringLiteral("reminderPreferences"));
}

void AppShell::quit()
{
    // The window asks during a session, saves its geometry, and comes back through closed().
    if (m_window && m_window->isVisible()) {
        m_window->quit();
        return;
    }
    finishQuit();
}

void AppShell::finishQuit()
{
    m_services.settings.flush();
    m_services.session.saveForQuit();
    if (m_quit)
        m_quit();
}

} // namespace knead
