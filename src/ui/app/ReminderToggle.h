// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace knead {

class ReminderScheduler;

// Reminders on or off from the home page, with what they are doing now ("Next reminder at
// 11:00.") and the way to their settings.
class ReminderToggle : public QWidget
{
    Q_OBJECT

public:
    ReminderToggle(ReminderScheduler& scheduler, std::function<void()> openSettings, QWidget* parent = nullptr);

    QCheckBox* checkBox() const { return m_box; }
    QLabel* statusLabel() const { return m_status; }

private:
    void refresh();

    ReminderScheduler& m_scheduler;
    QCheckBox* m_box = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_settings = nullptr;
};

} // namespace knead
