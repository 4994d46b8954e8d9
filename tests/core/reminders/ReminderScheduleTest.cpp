// SPDX-License-Identifier: MIT
// The reminder schedule as pure computation: working hours, weekdays, fixed times, windows
// through midnight, and the two DST change days of Europe/Berlin (fixed dates, so the test
// means the same every day it runs).
#include "ReminderSchedule.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDateTime>

using namespace knead;

namespace {

const QTimeZone& berlin()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));
    return zone;
}

qint64 at(int y, int m, int d, int h, int min)
{
    const QDateTime local(QDate(y, m, d), QTime(h, min), berlin());
    REQUIRE(local.isValid());
    return local.toMSecsSinceEpoch();
}

QString local(std::optional<qint64> ms)
{
    if (!ms)
        return QStringLiteral("none");
    return QDateTime::fromMSecsSinceEpoch(*ms, berlin()).toString(QStringLiteral("ddd yyyy-MM-dd HH:mm t"));
}

ReminderSchedule interval(int minutes, QTime start = {9, 0}, QTime end = {17, 0}, QList<int> days = {1, 2, 3, 4, 5})
{
    ReminderSchedule s;
    s.enabled = true;
    s.mode = ReminderSchedule::Mode::Interval;
    s.intervalMinutes = minutes;
    s.workStart = start;
    s.workEnd = end;
    s.weekdays = days;
    return s;
}

ReminderSchedule fixed(QList<QTime> times, QList<int> days = {1, 2, 3, 4, 5, 6, 7})
{
    ReminderSchedule s;
    s.enabled = true;
    s.mode = ReminderSchedule::Mode::FixedTimes;
    s.fixedTimes = times;
    s.weekdays = days;
    return s;
}

// Every slot of a schedule from `from` until `until`, counting from `anchor`.
QStringList slots(const ReminderSchedule& s, qint64 from, qint64 until, qint64 anchor = 0)
{
    QStringList out;
    qint64 after = from;
    while (true) {
        const std::optional<qint64> next = s.nextSlot(after, anchor, berlin());
        if (!next || *next >= until)
            break;
        out.append(QDateTime::fromMSecsSinceEpoch(*next, berlin()).toString(QStringLiteral("HH:mm t")));
        after = *next;
    }
    return out;
}

} // namespace

// 2024-06-03 is a Monday.
TEST_CASE("interval reminders fall within working hours on chosen weekdays only", "[reminders]")
{
    const ReminderSchedule s = interval(60);
    CHECK(local(s.nextSlot(at(2024, 6, 3, 7, 0), 0, berlin())) == QStringLiteral("Mon 2024-06-03 10:00 CEST"));
    CHECK(local(s.nextSlot(at(2024, 6, 3, 10, 0), 0, berlin())) == QStringLiteral("Mon 2024-06-03 11:00 CEST"));
    // 17:00 closes the day: the last reminder is at 16:00, the next on Tuesday.
    CHECK(local(s.nextSlot(at(2024, 6, 3, 16, 0), 0, berlin())) == QStringLiteral("Tue 2024-06-04 10:00 CEST"));
    // Friday afternoon to Monday morning; Saturday and Sunday are not chosen.
    CHECK(local(s.nextSlot(at(2024, 6, 7, 16, 30), 0, berlin())) == QStringLiteral("Mon 2024-06-10 10:00 CEST"));
    CHECK(local(s.nextSlot(at(2024, 6, 8, 12, 0), 0, berlin())) == QStringLiteral("Mon 2024-06-10 10:00 CEST"));
    CHECK(slots(s, at(2024, 6, 3, 0, 0), at(2024, 6, 4, 0, 0)).size() == 7); // 10:00 .. 16:00
}

TEST_CASE("the interval counts from the last reminder or break inside the working window", "[reminders]")
{
    const ReminderSchedule s = interval(45);
    const qint64 breakEnded = at(2024, 6, 3, 10, 20);
    CHECK(
        local(s.nextSlot(at(2024, 6, 3, 10, 30), breakEnded, berlin())) == QStringLiteral("Mon 2024-06-03 11:05 CEST"));
    CHECK(
        local(s.nextSlot(at(2024, 6, 3, 11, 5), breakEnded, berlin())) == QStringLiteral("Mon 2024-06-03 11:50 CEST"));
    // Yesterday's break does not move today's reminders: they count from the start of work.
    CHECK(local(s.nextSlot(at(2024, 6, 4, 8, 0), breakEnded, berlin())) == QStringLiteral("Tue 2024-06-04 09:45 CEST"));
    // A one-minute interval, as a person trying reminders out would set it.
    CHECK(local(interval(1).nextSlot(at(2024, 6, 3, 12, 0) + 30'000, at(2024, 6, 3, 12, 0), berlin()))
        == QStringLiteral("Mon 2024-06-03 12:01 CEST"));
}

TEST_CASE("fixed times come on the chosen weekdays", "[reminders]")
{
    const ReminderSchedule s = fixed({QTime(10, 30), QTime(15, 0)}, {1, 3});
    CHECK(local(s.nextSlot(at(2024, 6, 3, 11, 0), 0, berlin())) == QStringLiteral("Mon 2024-06-03 15:00 CEST"));
    CHECK(local(s.nextSlot(at(2024, 6, 3, 15, 0), 0, berlin())) == QStringLiteral("Wed 2024-06-05 10:30 CEST"));
    CHECK(local(s.nextSlot(at(2024, 6, 5, 15, 0), 0, berlin())) == QStringLiteral("Mon 2024-06-10 10:30 CEST"));
}

TEST_CASE("nothing can come without a weekday, or without a time", "[reminders]")
{
    CHECK_FALSE(interval(60, {9, 0}, {17, 0}, {}).nextSlot(at(2024, 6, 3, 9, 0), 0, berlin()));
    CHECK_FALSE(fixed({}).nextSlot(at(2024, 6, 3, 9, 0), 0, berlin()));
    CHECK_FALSE(fixed({}).canRemind());
}

TEST_CASE("a working window may run through midnight, or be the whole day", "[reminders]")
{
    // A night shift that starts on Monday at 22:00 and ends on Tuesday at 06:00.
    const ReminderSchedule night = interval(60, {22, 0}, {6, 0}, {1});
    CHECK(local(night.nextSlot(at(2024, 6, 4, 1, 30), 0, berlin())) == QStringLiteral("Tue 2024-06-04 02:00 CEST"));
    CHECK(local(night.nextSlot(at(2024, 6, 4, 6, 30), 0, berlin())) == QStringLiteral("Mon 2024-06-10 23:00 CEST"));
    CHECK(night.isActiveAt(at(2024, 6, 4, 3, 0), berlin()));
    CHECK_FALSE(night.isActiveAt(at(2024, 6, 4, 22, 30), berlin())); // Tuesday is not chosen

    // All day, every day: the count runs on through midnight instead of starting again.
    const ReminderSchedule allDay = interval(25, {0, 0}, {0, 0}, {1, 2, 3, 4, 5, 6, 7});
    CHECK(local(allDay.nextSlot(at(2024, 6, 3, 23, 55), at(2024, 6, 3, 23, 50), berlin()))
        == QStringLiteral("Tue 2024-06-04 00:15 CEST"));
}

TEST_CASE("skip today ends at the next working window", "[reminders]")
{
    const ReminderSchedule s = interval(60);
    // During work, and before work: both skip today's window.
    CHECK(local(s.nextDayStart(at(2024, 6, 3, 11, 0), berlin())) == QStringLiteral("Tue 2024-06-04 09:00 CEST"));
    CHECK(local(s.nextDayStart(at(2024, 6, 3, 7, 0), berlin())) == QStringLiteral("Tue 2024-06-04 09:00 CEST"));
    CHECK(local(s.nextDayStart(at(2024, 6, 7, 11, 0), berlin())) == QStringLiteral("Mon 2024-06-10 09:00 CEST"));
    // A night shift skipped at 03:00 resumes with the next shift, not at midnight.
    const ReminderSchedule night = interval(60, {22, 0}, {6, 0}, {1, 2, 3, 4, 5, 6, 7});
    CHECK(local(night.nextDayStart(at(2024, 6, 4, 3, 0), berlin())) == QStringLiteral("Tue 2024-06-04 22:00 CEST"));
    CHECK(local(fixed({QTime(10, 0)}).nextDayStart(at(2024, 6, 3, 11, 0), berlin()))
        == QStringLiteral("Tue 2024-06-04 00:00 CEST"));
}

// Europe/Berlin: on 2024-03-31 the clock goes from 02:00 CET to 03:00 CEST; on 2024-10-27
// from 03:00 CEST back to 02:00 CET.
TEST_CASE("DST change day: fixed times keep their local time", "[reminders][dst]")
{
    const ReminderSchedule s = fixed({QTime(9, 0)});
    const std::optional<qint64> sunday = s.nextSlot(at(2024, 3, 30, 9, 0), 0, berlin());
    CHECK(local(sunday) == QStringLiteral("Sun 2024-03-31 09:00 CEST"));
    CHECK(*sunday - at(2024, 3, 30, 9, 0) == 23LL * 3600 * 1000); // a 23-hour day
    const std::optional<qint64> autumn = s.nextSlot(at(2024, 10, 26, 9, 0), 0, berlin());
    CHECK(local(autumn) == QStringLiteral("Sun 2024-10-27 09:00 CET"));
    CHECK(*autumn - at(2024, 10, 26, 9, 0) == 25LL * 3600 * 1000); // a 25-hour day

    // 02:30 does not exist on the spring day: it comes at the moment it would have had.
    const ReminderSchedule night = fixed({QTime(2, 30)});
    CHECK(local(night.nextSlot(at(2024, 3, 31, 0, 0), 0, berlin())) == QStringLiteral("Sun 2024-03-31 03:30 CEST"));
    // 02:30 happens twice on the autumn day: one reminder, not two.
    CHECK(slots(night, at(2024, 10, 27, 0, 0), at(2024, 10, 28, 0, 0)).size() == 1);
}

TEST_CASE("DST change day: an interval is real elapsed time", "[reminders][dst]")
{
    // Working 00:00 to 06:00 on a Sunday, every hour: the spring night is an hour shorter.
    const ReminderSchedule s = interval(60, {0, 0}, {6, 0}, {7});
    CHECK(slots(s, at(2024, 3, 31, 0, 0), at(2024, 3, 31, 12, 0))
        == QStringList {QStringLiteral("01:00 CET"), QStringLiteral("03:00 CEST"), QStringLiteral("04:00 CEST"),
            QStringLiteral("05:00 CEST")});
    CHECK(slots(s, at(2024, 10, 27, 0, 0), at(2024, 10, 27, 12, 0))
        == QStringList {QStringLiteral("01:00 CEST"), QStringLiteral("02:00 CEST"), QStringLiteral("02:00 CET"),
            QStringLiteral("03:00 CET"), QStringLiteral("04:00 CET"), QStringLiteral("05:00 CET")});
    // Ordinary working hours on those days are what they always are.
    const ReminderSchedule day = interval(60, {9, 0}, {17, 0}, {7});
    CHECK(slots(day, at(2024, 3, 31, 0, 0), at(2024, 4, 1, 0, 0)).size() == 7);
    CHECK(slots(day, at(2024, 3, 31, 0, 0), at(2024, 4, 1, 0, 0)).constFirst() == QStringLiteral("10:00 CEST"));
}
