// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace knead {

class Settings;

// When reminders come, as the person chose it: every N minutes within working hours on
// chosen weekdays, or at fixed times on chosen weekdays. Pure computation over wall-clock
// instants (UTC milliseconds) and a time zone, so that tests can walk through a DST change day.
struct ReminderSchedule
{
    enum class Mode { Interval, FixedTimes };

    bool enabled = false;
    Mode mode = Mode::Interval;
    int intervalMinutes = 60;
    // Working hours; an end at or before the start runs through midnight (night shifts), the
    // same start and end is the whole day. A window belongs to the weekday it starts on.
    QTime workStart {9, 0};
    QTime workEnd {17, 0};
    QList<int> weekdays {1, 2, 3, 4, 5}; // Qt::DayOfWeek
    QList<QTime> fixedTimes; // sorted
    QString routineId; // empty: the best routine for `regions`
    QStringList regions;

    static ReminderSchedule fromSettings(const Settings& settings);

    bool hasWeekday(const QDate& date) const { return weekdays.contains(date.dayOfWeek()); }
    // Whether any reminder can ever come (a weekday, and a time in fixed-times mode).
    bool canRemind() const;

    // The first reminder strictly after `afterMs`. In interval mode the reminders of a working
    // window fall every N minutes counted from `anchorMs` (the last reminder or break) when
    // that lies inside the window, else from the window's start; a window of yesterday that
    // ends where today's begins counts as one. Intervals are real elapsed time, so a DST change
    // inside a window moves the clock times, not the spacing. Fixed times are local times; one
    // that the clock skips (spring forward) comes at the moment it would have had, one that
    // happens twice (fall back) comes once.
    std::optional<qint64> nextSlot(qint64 afterMs, qint64 anchorMs, const QTimeZone& zone) const;
    // Whether `ms` lies in working hours on a chosen day (interval mode), or on a chosen day
    // (fixed times): where a reminder held by a pause may come.
    bool isActiveAt(qint64 ms, const QTimeZone& zone) const;
    // Where "skip today" ends: the start of the next working window (interval mode), or the
    // next local midnight (fixed times).
    qint64 nextDayStart(qint64 afterMs, const QTimeZone& zone) const;

    // A local date and time as an instant; a time skipped by a DST change is read with the
    // offset in force before the change (02:30 on the spring-forward day is 03:30 summer time).
    static qint64 localInstant(const QDate& date, const QTime& time, const QTimeZone& zone);
    static QDate localDate(qint64 ms, const QTimeZone& zone);

    friend bool operator==(const ReminderSchedule&, const ReminderSchedule&) = default;

private:
    struct Window
    {
        qint64 start = 0;
        qint64 end = 0;
    };
    Window window(const QDate& day, const QTimeZone& zone) const;
};

} // namespace knead
