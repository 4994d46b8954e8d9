// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace knead {

class ReminderScheduler;

// The tray icon, where the desktop has a tray (QSystemTrayIcon::isSystemTrayAvailable();
// stock GNOME has none): the next reminder, or why one is postponed, in its tooltip, and a
// menu to start a routine, snooze, pause for an hour or until tomorrow, open and quit.
class ReminderTray : public QObject
{
    Q_OBJECT

public:
    explicit ReminderTray(ReminderScheduler& scheduler, QObject* parent = nullptr);
    ~ReminderTray() override;

    QSystemTrayIcon* icon() const { return m_icon; }
    QMenu* menu() const { return m_menu; }
    QString toolTip() const;
    // A message from the tray, where there is no notification server to show one.
    void showMessage(const QString& title, const QString& text);
    // Shown while reminders are on.
    void refresh();

Q_SIGNALS:
    void startRequested();
    void openRequested();
    void quitRequested();

private:
    ReminderScheduler& m_scheduler;
    QSystemTrayIcon* m_icon = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_start = nullptr;
    QAction* m_snooze = nullptr;
    QAction* m_pauseHour = nullptr;
    QAction* m_pauseDay = nullptr;
    QAction* m_resume = nullptr;
};

} // namespace knead
