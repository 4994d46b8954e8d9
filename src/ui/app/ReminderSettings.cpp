// SPDX-License-Identifier: MIT
#include "ReminderSettings.h"

#include "Autostart.h"
#include "Content.h"
#include "Controls.h"
#include "ReminderScheduler.h"
#include "Settings.h"
#include "Typography.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeEdit>

namespace knead {

ReminderSettings::ReminderSettings(Settings& settings, const Content& content, ReminderScheduler& scheduler,
    const Autostart& autostart, Environment environment, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_content(content)
    , m_scheduler(scheduler)
    , m_autostart(autostart)
    , m_environment(std::move(environment))
{
    setObjectName(QStringLiteral("reminderSettings"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // it follows the focused control; Tab goes to the controls
    outer->addWidget(scroll);
    auto* page = new QWidget(scroll);
    scroll->setWidget(page);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(3 * kUnit, 3 * kUnit, 3 * kUnit, 3 * kUnit);
    layout->setSpacing(kUnit);

    layout->addWidget(makeLabel(tr("Reminders"), TextStyle::Title, page, "reminderSettingsTitle"));
    m_enabled = new QCheckBox(tr("&Remind me to take a short massage break"), page);
    m_enabled->setObjectName(QStringLiteral("remindersEnabled"));
    m_enabled->setAccessibleName(tr("Reminders on"));
    layout->addWidget(m_enabled);
    m_status = makeLabel(QString(), TextStyle::Body, page, "reminderStatus");
    layout->addWidget(m_status);

    // When.
    layout->addSpacing(2 * kUnit);
    layout->addWidget(makeLabel(tr("When"), TextStyle::Heading, page));
    auto* modes = new QButtonGroup(page);
    m_intervalMode = new QRadioButton(tr("&Every few minutes during working hours"), page);
    m_intervalMode->setObjectName(QStringLiteral("reminderIntervalMode"));
    layout->addWidget(m_intervalMode);
    auto* intervalRow = new QHBoxLayout;
    intervalRow->setContentsMargins(3 * kUnit, 0, 0, 0);
    auto* intervalLabel = new QLabel(tr("Minutes &between reminders"), page);
    m_interval = new QSpinBox(page);
    m_interval->setObjectName(QStringLiteral("reminderInterval"));
    m_interval->setAccessibleName(tr("Minutes between reminders"));
    m_interval->setRange(1, 720);
    intervalLabel->setBuddy(m_interval);
    intervalRow->addWidget(intervalLabel);
    intervalRow->addWidget(m_interval);
    intervalRow->addStretch(1);
    layout->addLayout(intervalRow);

    auto* hours = new QHBoxLayout;
    hours->setContentsMargins(3 * kUnit, 0, 0, 0);
    auto* hoursLabel = new QLabel(tr("&Working hours from"), page);
    m_workStart = new QTimeEdit(page);
    m_workStart->setObjectName(QStringLiteral("workdayStart"));
    m_workStart->setAccessibleName(tr("Working hours start"));
    hoursLabel->setBuddy(m_workStart);
    auto* toLabel = new QLabel(tr("t&o"), page);
    m_workEnd = new QTimeEdit(page);
    m_workEnd->setObjectName(QStringLiteral("workdayEnd"));
    m_workEnd->setAccessibleName(tr("Working hours end"));
    toLabel->setBuddy(m_workEnd);
    for (QTimeEdit* edit : {m_workStart, m_workEnd})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    hours->addWidget(hoursLabel);
    hours->addWidget(m_workStart);
    hours->addWidget(toLabel);
    hours->addWidget(m_workEnd);
    hours->addStretch(1);
    layout->addLayout(hours);
    auto* hoursHint
        = makeLabel(tr("The count starts again after each reminder and each session. An end before the start runs "
                       "past midnight; the same time at both ends is the whole day."),
            TextStyle::Caption, page);
    hoursHint->setContentsMargins(3 * kUnit, 0, 0, 0);
    layout->addWidget(hoursHint);

    m_timesMode = new QRadioButton(tr("At &fixed times"), page);
    m_timesMode->setObjectName(QStringLiteral("reminderTimesMode"));
    layout->addWidget(m_timesMode);
    modes->addButton(m_intervalMode);
    modes->addButton(m_timesMode);
    auto* timesRow = new QHBoxLayout;
    timesRow->setContentsMargins(3 * kUnit, 0, 0, 0);
    m_times = new QListWidget(page);
    m_times->setObjectName(QStringLiteral("reminderTimes"));
    m_times->setAccessibleName(tr("Reminder times"));
    m_times->setMaximumHeight(12 * kUnit);
    m_newTime = new QTimeEdit(QTime(12, 0), page);
    m_newTime->setObjectName(QStringLiteral("reminderNewTime"));
    m_newTime->setAccessibleName(tr("Time to add"));
    m_newTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_addTime = makeButton(tr("&Add"), Icon::Add, page, "reminderAddTime", tr("Add this reminder time"));
    m_removeTime
        = makeButton(tr("Re&move"), Icon::Remove, page, "reminderRemoveTime", tr("Remove the selected reminder time"));
    auto* timeButtons = new QVBoxLayout;
    timeButtons->addWidget(m_newTime);
    timeButtons->addWidget(m_addTime);
    timeButtons->addWidget(m_removeTime);
    timeButtons->addStretch(1);
    timesRow->addWidget(m_times, 1);
    timesRow->addLayout(timeButtons);
    layout->addLayout(timesRow);

    auto* daysRow = new QHBoxLayout;
    daysRow->addWidget(new QLabel(tr("On"), page));
    const QLocale locale;
    m_days.resize(7);
    for (int i = 0; i < 7; ++i) {
        // In the order of the person's week.
        const int day = (int(locale.firstDayOfWeek()) - 1 + i) % 7 + 1;
        auto* box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), page);
        box->setObjectName(QStringLiteral("reminderDay%1").arg(day));
        box->setAccessibleName(locale.dayName(day));
        m_days[day - 1] = box;
        daysRow->addWidget(box);
    }
    daysRow->addStretch(1);
    layout->addLayout(daysRow);

    // What.
    layout->addSpacing(2 * kUnit);
    layout->addWidget(makeLabel(tr("Which routine"), TextStyle::Heading, page));
    m_routine = new QComboBox(page);
    m_routine->setObjectName(QStringLiteral("reminderRoutine"));
    m_routine->setAccessibleName(tr("Routine a reminder offers"));
    layout->addWidget(m_routine);
    m_regions = new QListWidget(page);
    m_regions->setObjectName(QStringLiteral("reminderRegions"));
    m_regions->setAccessibleName(tr("Regions for the best short routine"));
    m_regions->setFlow(QListView::LeftToRight);
    m_regions->setWrapping(true);
    m_regions->setResizeMode(QListView::Adjust);
    m_regions->setMaximumHeight(10 * kUnit);
    layout->addWidget(m_regions);

    // How and what is seen.
    layout->addSpacing(2 * kUnit);
    layout->addWidget(makeLabel(tr("How reminders reach you"), TextStyle::Heading, page));
    m_route = makeLabel(QString(), TextStyle::Body, page, "reminderRoute");
    layout->addWidget(m_route);
    m_detection = makeLabel(QString(), TextStyle::Body, page, "reminderDetection");
    layout->addWidget(m_detection);
    m_autostartBox = new QCheckBox(tr("Start Knead when I &log in, waiting in the background"), page);
    m_autostartBox->setObjectName(QStringLiteral("reminderAutostart"));
    layout->addWidget(m_autostartBox);
    m_autostartNote = makeLabel(QString(), TextStyle::Caption, page, "reminderAutostartNote");
    layout->addWidget(m_autostartNote);
    layout->addStretch(1);
    for (QLabel* label : page->findChildren<QLabel*>())
        label->setMaximumWidth(label->fontMetrics().averageCharWidth() * kReadingWidth * 3 / 2);

    refresh();

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        m_scheduler.setEnabled(on);
        updateEnabledStates();
    });
    for (QRadioButton* mode : {m_intervalMode, m_timesMode})
        connect(mode, &QRadioButton::toggled, this, &ReminderSettings::apply);
    connect(m_interval, &QSpinBox::valueChanged, this, &ReminderSettings::apply);
    for (QTimeEdit* edit : {m_workStart, m_workEnd})
        connect(edit, &QTimeEdit::timeChanged, this, &ReminderSettings::apply);
    for (QCheckBox* box : std::as_const(m_days))
        connect(box, &QCheckBox::toggled, this, &ReminderSettings::apply);
    connect(m_addTime, &QPushButton::clicked, this, [this] {
        QList<QTime> times = m_settings.reminderTimes();
        times.append(QTime(m_newTime->time().hour(), m_newTime->time().minute()));
        m_settings.setReminderTimes(times);
        refresh();
        m_scheduler.reload();
    });
    connect(m_removeTime, &QPushButton::clicked, this, [this] {
        const QListWidgetItem* item = m_times->currentItem();
        if (!item)
            return;
        QList<QTime> times = m_settings.reminderTimes();
        times.removeAll(item->data(Qt::UserRole).toTime());
        m_settings.setReminderTimes(times);
        refresh();
        m_scheduler.reload();
    });
    connect(m_routine, &QComboBox::currentIndexChanged, this, &ReminderSettings::apply);
    connect(m_regions, &QListWidget::itemChanged, this, &ReminderSettings::apply);
    connect(m_autostartBox, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        const QString error = m_autostart.setEnabled(on);
        m_autostartNote->setText(error.isEmpty()
                ? (on ? tr("Written: %1").arg(QDir::toNativeSeparators(m_autostart.filePath()))
                      : tr("Knead no longer starts at login."))
                : error);
        const QSignalBlocker block(m_autostartBox);
        m_autostartBox->setChecked(m_autostart.isEnabled());
    });
    connect(&m_scheduler, &ReminderScheduler::statusChanged, this, &ReminderSettings::updateStatus);
}

void ReminderSettings::refresh()
{
    m_loading = true;
    const Settings& s = m_settings;
    m_enabled->setChecked(s.remindersEnabled());
    const bool interval = s.reminderMode() == Settings::ReminderMode::Interval;
    m_intervalMode->setChecked(interval);
    m_timesMode->setChecked(!interval);
    m_interval->setValue(s.reminderIntervalMinutes());
    m_workStart->setTime(s.workdayStart());
    m_workEnd->setTime(s.workdayEnd());
    const QList<int> days = s.reminderWeekdays();
    for (int day = 1; day <= 7; ++day)
        m_days[day - 1]->setChecked(days.contains(day));
    m_times->clear();
    const QLocale locale;
    for (const QTime& t : s.reminderTimes()) {
        auto* item = new QListWidgetItem(ReminderStatus::timeText(t, locale), m_times);
        item->setData(Qt::UserRole, t);
    }

    m_routine->clear();
    m_routine->addItem(tr("The best short routine for the regions I pick"), QString());
    QList<const Routine*> routines;
    for (const Routine& r : m_content.routines())
        routines.append(&r);
    std::sort(routines.begin(), routines.end(),
        [](const Routine* a, const Routine* b) { return a->name.localeAwareCompare(b->name) < 0; });
    for (const Routine* r : std::as_const(routines))
        m_routine->addItem(tr("%1 (%2)").arg(r->name, formatDuration(r->totalSeconds())), r->id);
    const int chosen = m_routine->findData(s.reminderRoutine());
    m_routine->setCurrentIndex(chosen < 0 ? 0 : chosen);

    m_regions->clear();
    const QStringList picked = s.reminderRegions();
    for (const Region& region : m_content.regions()) {
        auto* item = new QListWidgetItem(region.name, m_regions);
        item->setData(Qt::UserRole, region.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(picked.contains(region.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_autostartBox->setChecked(m_autostart.isEnabled());
    m_route->setText(routeText());
    m_detection->setText(detectionText());
    m_loading = false;
    updateEnabledStates();
    updateStatus();
}

void ReminderSettings::apply()
{
    if (m_loading)
        return;
    Settings& s = m_settings;
    s.setReminderMode(m_timesMode->isChecked() ? Settings::ReminderMode::FixedTimes : Settings::ReminderMode::Interval);
    s.setReminderIntervalMinutes(m_interval->value());
    s.setWorkdayStart(m_workStart->time());
    s.setWorkdayEnd(m_workEnd->time());
    QList<int> days;
    for (int day = 1; day <= 7; ++day) {
        if (m_days[day - 1]->isChecked())
            days.append(day);
    }
    s.setReminderWeekdays(days);
    s.setReminderRoutine(m_routine->currentData().toString());
    QStringList regions;
    for (int i = 0; i < m_regions->count(); ++i) {
        if (m_regions->item(i)->checkState() == Qt::Checked)
            regions.append(m_regions->item(i)->data(Qt::UserRole).toString());
    }
    s.setReminderRegions(regions);
    updateEnabledStates();
    m_scheduler.reload();
}

void ReminderSettings::updateEnabledStates()
{
    const bool interval = m_intervalMode->isChecked();
    m_interval->setEnabled(interval);
    m_workStart->setEnabled(interval);
    m_workEnd->setEnabled(interval);
    m_times->setEnabled(!interval);
    m_newTime->setEnabled(!interval);
    m_addTime->setEnabled(!interval && m_times->count() < Settings::kMaxReminderTimes);
    m_removeTime->setEnabled(!interval && m_times->count() > 0);
    m_regions->setEnabled(m_routine->currentIndex() == 0);
}

void ReminderSettings::updateStatus()
{
    m_status->setText(m_scheduler.describeStatus());
    // The toggle may have been flipped elsewhere (the home page, the tray).
    if (m_enabled->isChecked() != m_scheduler.isEnabled()) {
        const QSignalBlocker block(m_enabled);
        m_enabled->setChecked(m_scheduler.isEnabled());
    }
}

QString ReminderSettings::routeText() const
{
    const ReminderEnvironment env = m_environment ? m_environment() : ReminderEnvironment {};
    QStringList parts;
    if (env.notifications && env.actions)
        parts.append(tr(
            "Each reminder is a desktop notification with Start, Snooze 10 min (three times at most) and Skip today."));
    else if (env.notifications && env.tray)
        parts.append(
            tr("Each reminder is a desktop notification; click it to open Knead. This desktop's notifications show no "
               "buttons, so snooze and pause are in the tray menu."));
    else if (env.notifications)
        parts.append(
            tr("Each reminder is a desktop notification; click it to open Knead. This desktop's notifications show no "
               "buttons: start the routine from Knead's window."));
    if (env.tray)
        parts.append(tr(
            "The tray icon's tooltip says when the next reminder comes, or why one waits; its menu starts a routine, "
            "snoozes, or pauses reminders for an hour or until tomorrow."));
    else
        parts.append(tr("This desktop shows no tray icons, so Knead has none."));
    if (env.tray)
        parts.append(
            tr("With reminders on, closing the window keeps Knead running in the background; quit from the Knead menu "
               "or the tray."));
    else if (env.notifications)
        parts.append(
            tr("With reminders on, closing the window keeps Knead running in the background; to quit, open Knead "
               "(from the menu of applications, or a reminder) and choose Knead, Quit."));
    else
        parts.append(tr(
            "There is neither a notification service nor a tray here, so reminders appear in Knead's window: keep it "
            "open (minimised is fine). Closing it quits Knead."));
    return parts.join(QLatin1Char(' '));
}

QString ReminderSettings::detectionText() const
{
    const ReminderEnvironment env = m_environment ? m_environment() : ReminderEnvironment {};
    QString text
        = tr("A reminder waits while a session runs, while Do Not Disturb is on, while the screen is locked and while "
             "a full-screen window (a video, a presentation, a shared screen) is active, and comes when that ends.");
    if (env.wayland)
        text += QLatin1Char(' ')
            + tr("On Wayland Knead cannot see other windows, so it cannot tell when one is full screen: turn on Do Not "
                 "Disturb for meetings and videos.");
    else if (!env.fullScreenVisible)
        text += QLatin1Char(' ')
            + tr(
                "Full-screen windows cannot be seen on this display, so only Do Not Disturb holds reminders for them.");
    return text;
}

} // namespace knead
