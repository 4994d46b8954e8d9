// SPDX-License-Identifier: MIT
#pragma once

#include "MainWindow.h"
#include "ReminderScheduler.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QDialog;

namespace knead {

class Autostart;
struct CommandLine;
class ReminderService;
class ReminderSettings;

// The running Knead around its window: builds the window when it is first needed (a Knead
// started in the background for reminders has none) and lets it go when it is closed to the
// background; routes the reminders' requests (open, start a routine, quit) and the arguments
// a later launch hands over; shows a reminder in the window where nothing else can; opens the
// Reminders settings page.
class AppShell : public QObject
{
    Q_OBJECT

public:
    AppShell(AppServices services, ReminderScheduler& scheduler, ReminderService& reminders, const Autostart& autostart,
        QObject* parent = nullptr);
    ~AppShell() override;

    // The first launch: the window with `command`'s routine, or none with --background when
    // reminders can reach the person without it. False when there is nothing to do (in the
    // background with reminders off).
    bool launch(const CommandLine& command);
    // A later launch's arguments (without the program name). Returns an error message for it
    // to print, or an empty string.
    QString handOver(const QStringList& arguments);

    MainWindow* window() const { return m_window.get(); }
    // Builds the window if needed, shows it, brings it forward.
    MainWindow* showWindow();
    ReminderSettings* reminderSettings() const;
    void openReminderSettings();
    // Whether closing the window now leaves Knead running: reminders on, and a notification
    // server or a tray to reach the person without it.
    bool keepsRunningWhenClosed() const;

    // Tests: questions answered without modal loops, and what quitting does.
    void setConfirmation(MainWindow::Confirmation confirmation) { m_confirmation = std::move(confirmation); }
    void setQuit(std::function<void()> quit) { m_quit = std::move(quit); }

Q_SIGNALS:
    void windowCreated(knead::MainWindow* window);

private:
    MainWindow* ensureWindow();
    void startUpIfFresh(const QString& startRoutine);
    void onWindowClosed(bool toBackground);
    void showReminderInWindow(const Reminder& reminder, bool onlyRoute);
    void quit();
    void finishQuit();

    AppServices m_services;
    ReminderScheduler& m_scheduler;
    ReminderService& m_reminders;
    const Autostart& m_autostart;
    std::unique_ptr<MainWindow> m_window;
    QPointer<QDialog> m_settingsDialog;
    MainWindow::Confirmation m_confirmation;
    std::function<void()> m_quit;
    std::optional<Reminder> m_windowReminder; // offered in the window, until answered
    QString m_reminderMessage;
    bool m_fresh = false; // built, not yet started up
};

} // namespace knead
