// SPDX-License-Identifier: MIT
#include "ReminderSchedule.h"

#include "Settings.h"

#include <QDateTime>

namespace knead {

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
// How far ahead a slot is looked for: a week and a day covers every weekday pattern.
constexpr int kLookAheadDays = 8;

} // namespace

ReminderSchedule ReminderSchedule::fromSettings(const Settings& settings)
{
    ReminderSchedule s;
    s.enabled = settings.remindersEnabled();
    s.mode = settings.reminderMode() == Settings::ReminderMode::FixedTimes ? Mode::FixedTimes : Mode::Interval;
    s.intervalMinutes = settings.reminderIntervalMinutes();
    s.workStart = settings.workdayStart();
    s.workEnd = settings.workdayEnd();
    s.weekdays = settings.reminderWeekdays();
    s.fixedTimes = settings.reminderTimes();
    s.routineId = settings.reminderRoutine();
    s.regions = settings.reminderRegions();
    return s;
}

bool ReminderSchedule::canRemind() const
{
    if (weekdays.isEmpty())
        return false;
    return mode == Mode::Interval ? intervalMinutes > 0 : !fixedTimes.isEmpty();
}

qint64 ReminderSchedule::localInstant(const QDate& date, const QTime& time, const QTimeZone& zone)
{
    const QDateTime local(date, time, zone);
    if (local.isValid())
        return local.toMSecsSinceEpoch();
    // In the gap of a spring-forward change: the offset of the day before applies.
    const qint64 naive = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    const int offsetBefore = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(naive - kDayMs, Qt::UTC));
    return naive - qint64(offsetBefore) * 1000;
}

QDate ReminderSchedule::localDate(qint64 ms, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date();
}

ReminderSchedule::Window ReminderSchedule::window(const QDate& day, const QTimeZone& zone) const
{
    const QDate endDay = workEnd <= workStart ? day.addDays(1) : day;
    return {localInstant(day, workStart, zone), localInstant(endDay, workEnd, zone)};
}

std::optional<qint64> ReminderSchedule::nextSlot(qint64 afterMs, qint64 anchorMs, const QTimeZone& zone) const
{
    if (!canRemind())
        return std::nullopt;
    const QDate today = localDate(afterMs, zone);
    if (mode == Mode::FixedTimes) {
        for (int i = 0; i <= kLookAheadDays; ++i) {
            const QDate day = today.addDays(i);
            if (!hasWeekday(day))
                continue;
            for (const QTime& time : fixedTimes) {
                const qint64 at = localInstant(day, time, zone);
                if (at > afterMs)
                    return at;
            }
        }
        return std::nullopt;
    }
    const qint64 step = qint64(intervalMinutes) * 60 * 1000;
    // From yesterday: a window through midnight may still be open.
    for (int i = -1; i <= kLookAheadDays; ++i) {
        const QDate day = today.addDays(i);
        if (!hasWeekday(day))
            continue;
        const Window w = window(day, zone);
        if (w.end <= afterMs)
            continue;
        // Windows that touch (the whole day, day after day) count on from one to the next.
        qint64 spanStart = w.start;
        for (QDate previous = day.addDays(-1); previous >= day.addDays(-7) && hasWeekday(previous);
             previous = previous.addDays(-1)) {
            const Window p = window(previous, zone);
            if (p.end != spanStart)
                break;
            spanStart = p.start;
        }
        const qint64 base = anchorMs >= spanStart && anchorMs < w.end ? anchorMs : w.start;
        const qint64 k = afterMs < base ? 1 : (afterMs - base) / step + 1;
        const qint64 slot = base + k * step;
        if (slot >= w.start && slot < w.end)
            return slot;
    }
    return std::nullopt;
}

bool ReminderSchedule::isActiveAt(qint64 ms, const QTimeZone& zone) const
{
    const QDate today = localDate(ms, zone);
    if (mode == Mode::FixedTimes)
        return hasWeekday(today);
    for (const QDate& day : {today.addDays(-1), today}) {
        if (!hasWeekday(day))
            continue;
        const Window w = window(day, zone);
        if (ms >= w.start && ms < w.end)
            return true;
    }
    return false;
}

qint64 ReminderSchedule::nextDayStart(qint64 afterMs, const QTimeZone& zone) const
{
    const QDate today = localDate(afterMs, zone);
    if (mode == Mode::Interval) {
        // Inside a window: the rest of it is skipped. Before today's window opens: that one too.
        const bool inside = isActiveAt(afterMs, zone);
        for (int i = 0; i <= kLookAheadDays; ++i) {
            const QDate day = today.addDays(i);
            if (!hasWeekday(day) || (!inside && i == 0))
                continue;
            const qint64 start = window(day, zone).start;
            if (start > afterMs)
                return start;
        }
    }
    return localInstant(today.addDays(1), QTime(0, 0), zone);
}

} // namespace knead
