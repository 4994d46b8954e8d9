// SPDX-License-Identifier: MIT
#pragma once

#include "ReminderService.h"

#include <QWidget>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace knead {

class Autostart;
class Content;
class ReminderScheduler;
class Settings;

// The Reminders settings page, self-contained so it can sit in a settings dialog: on or off
// and what the scheduler is doing now (the next reminder, or why one is postponed); every N
// minutes in working hours or fixed times; weekdays; which routine (one, or the best for the
// regions picked); how reminders reach the person on this desktop and what Knead can and
// cannot see here (full-screen windows on Wayland); start at login. Changes apply at once.
class ReminderSettings : public QWidget
{
    Q_OBJECT

public:
    using Environment = std::function<ReminderEnvironment()>;

    ReminderSettings(Settings& settings, const Content& content, ReminderScheduler& scheduler,
        const Autostart& autostart, Environment environment, QWidget* parent = nullptr);

    // Re-reads everything (another view, the home page's toggle, changed it).
    void refresh();
    // What the page says about how reminders reach the person, and what cannot be seen.
    QString routeText() const;
    QString detectionText() const;

private:
    void apply();
    void updateStatus();
    void updateEnabledStates();

    Settings& m_settings;
    const Content& m_content;
    ReminderScheduler& m_scheduler;
    const Autostart& m_autostart;
    Environment m_environment;
    bool m_loading = false;

    QCheckBox* m_enabled = nullptr;
    QLabel* m_status = nullptr;
    QRadioButton* m_intervalMode = nullptr;
    QRadioButton* m_timesMode = nullptr;
    QSpinBox* m_interval = nullptr;
    QTimeEdit* m_workStart = nullptr;
    QTimeEdit* m_workEnd = nullptr;
    QList<QCheckBox*> m_days; // index = Qt::DayOfWeek - 1
    QListWidget* m_times = nullptr;
    QTimeEdit* m_newTime = nullptr;
    QPushButton* m_addTime = nullptr;
    QPushButton* m_removeTime = nullptr;
    QComboBox* m_routine = nullptr;
    QListWidget* m_regions = nullptr;
    QLabel* m_route = nullptr;
    QLabel* m_detection = nullptr;
    QCheckBox* m_autostartBox = nullptr;
    QLabel* m_autostartNote = nullptr;
};

} // namespace knead
