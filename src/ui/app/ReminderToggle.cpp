// SPDX-License-Identifier: MIT
#include "ReminderToggle.h"

#include "Controls.h"
#include "ReminderScheduler.h"
#include "Typography.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>

namespace knead {

ReminderToggle::ReminderToggle(ReminderScheduler& scheduler, std::function<void()> openSettings, QWidget* parent)
    : QWidget(parent)
    , m_scheduler(scheduler)
{
    setObjectName(QStringLiteral("reminderToggle"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* row = new QHBoxLayout;
    m_box = new QCheckBox(tr("Re&mind me to take a break"), this);
    m_box->setObjectName(QStringLiteral("homeRemindersToggle"));
    m_box->setAccessibleName(tr("Break reminders"));
    m_settings
        = makeButton(tr("Reminder settings…"), Icon::Settings, this, "homeReminderSettings", tr("Reminder settings"));
    m_settings->setFlat(true);
    row->addWidget(m_box);
    row->addStretch(1);
    row->addWidget(m_settings);
    layout->addLayout(row);
    m_status = makeLabel(QString(), TextStyle::Caption, this, "homeReminderStatus");
    layout->addWidget(m_status);

    connect(m_box, &QCheckBox::toggled, &m_scheduler, &ReminderScheduler::setEnabled);
    connect(m_settings, &QPushButton::clicked, this, [openSettings = std::move(openSettings)] {
        if (openSettings)
            openSettings();
    });
    connect(&m_scheduler, &ReminderScheduler::statusChanged, this, &ReminderToggle::refresh);
    refresh();
}

void ReminderToggle::refresh()
{
    const QSignalBlocker block(m_box);
    m_box->setChecked(m_scheduler.isEnabled());
    m_status->setText(m_scheduler.describeStatus());
    m_status->setVisible(m_scheduler.isEnabled());
}

} // namespace knead
