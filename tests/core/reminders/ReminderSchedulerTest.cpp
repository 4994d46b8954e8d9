// SPDX-License-Identifier: MIT
// The reminder scheduler on fake clocks (a wall clock in Europe/Berlin and a monotonic one)
// and real Settings in a temporary folder: the one timer, a suspend gap, clock and time-zone
// changes, snooze limit, postponement with its reason, pause and skip, state kept across
// a restart.
#include "ReminderScheduler.h"
#include "FakeClock.h"
#include "FakeWallClock.h"
#include "Settings.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace knead;
using namespace knead::test;

namespace {

constexpr qint64 kMinute = 60 * 1000;

// Monday 2024-06-03, 09:30 in Berlin; reminders every hour, 09:00-17:00, Monday to Friday.
struct Fixture
{
    Fixture()
        : settings(dir.filePath(QStringLiteral("knead.conf")))
    {
        wall.setLocal(QDate(2024, 6, 3), QTime(9, 30));
        settings.setReminderIntervalMinutes(60);
        scheduler.emplace(settings, wall, mono);
        scheduler->setRoutinePicker([] { return QStringLiteral("neck-release"); });
        scheduler->setBlocker([this] { return block; });
    }

    // Time passes for both clocks, and the one timer fires if it fell due, as the event loop
    // would (a whole-second timer may fire up to a second early).
    void pass(qint64 ms)
    {
        wall.advance(ms);
        mono.advance(ms);
        if (scheduler->isArmed() && scheduler->wakeUpAtMs() <= wall.nowMsSinceEpoch() + ReminderScheduler::kEarlyMs)
            fire();
    }
    void fire() { scheduler->recheck(); }
    void enable() { scheduler->setEnabled(true); }
    QString status() const { return scheduler->describeStatus(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    QString localTime() const { return wall.local().toString(QStringLiteral("HH:mm")); }

    QTemporaryDir dir;
    Settings settings;
    FakeWallClock wall;
    FakeClock mono;
    std::optional<PostponeReason> block;
    std::optional<ReminderScheduler> scheduler;
};

// The one timer is armed for `ms` of wall-clock time from now (and the real QTimer for about
// as long: real time passes while the test runs, and the coarse timer rounds to seconds).
bool armedFor(const ReminderScheduler& s, const WallClock& wall, qint64 ms)
{
    return s.isArmed() && s.wakeUpAtMs() - wall.nowMsSinceEpoch() == ms && std::abs(s.msUntilWakeUp() - ms) <= 5000;
}

} // namespace

TEST_CASE("off by default, and then nothing is armed", "[reminders]")
{
    Fixture f;
    f.scheduler->reload();
    CHECK_FALSE(f.scheduler->isEnabled());
    CHECK_FALSE(f.scheduler->isArmed());
    CHECK(f.status() == QStringLiteral("Reminders are off."));
}

TEST_CASE("exactly one timer, armed for the next reminder", "[reminders]")
{
    Fixture f;
    QSignalSpy due(&*f.scheduler, &ReminderScheduler::reminderDue);
    f.enable(); // at 09:30: the interval counts from now
    CHECK(armedFor(*f.scheduler, f.wall, 60 * kMinute));
    CHECK(f.status() == QStringLiteral("Next reminder at 10:30."));
    f.pass(59 * kMinute);
    CHECK(due.isEmpty());
    f.pass(kMinute);
    REQUIRE(due.size() == 1);
    const Reminder r = due.constFirst().constFirst().value<Reminder>();
    CHECK(r.routineId == QStringLiteral("neck-release"));
    CHECK(r.snoozes == 0);
    CHECK(f.localTime() == QStringLiteral("10:30"));
    CHECK(armedFor(*f.scheduler, f.wall, 60 * kMinute));
    // The rest of the day: 11:30 .. 16:30, then Tuesday at 10:00 (counted from the start of work).
    for (int hour = 0; hour < 6; ++hour)
        f.pass(60 * kMinute);
    CHECK(due.size() == 7);
    CHECK(f.status() == QStringLiteral("Next reminder tomorrow at 10:00."));
    CHECK(armedFor(*f.scheduler, f.wall, (24 * 60 - 6 * 60 - 30) * kMinute)); // 16:30 -> 10:00 tomorrow
}

TEST_CASE("a timer that comes a little early still shows its reminder once", "[reminders]")
{
    Fixture f;
    f.settings.setReminderMode(Settings::ReminderMode::FixedTimes);
    f.settings.setReminderTimes({QTime(10, 0)});
    QSignalSpy due(&*f.scheduler, &ReminderScheduler::reminderDue);
    f.enable();
    f.wall.setLocal(QDate(2024, 6, 3), QTime(9, 59, 59, 400)); // a coarse timer, 600 ms early
    f.fire();
    CHECK(due.size() == 1);
    f.wall.setLocal(QDate(2024, 6, 3), QTime(10, 0, 0, 200));
    f.fire();
    CHECK(due.size() == 1);
    CHECK(f.status() == QStringLiteral("Next reminder tomorrow at 10:00."));
}

TEST_CASE(
    "after a suspend the next reminder is worked out again, and the sleep counts as a break", "[reminders][suspend]")
{
    Fixture f;
    QSignalSpy due(&*f.scheduler, &ReminderScheduler::reminderDue);
    f.enable(); // next at 10:30
    // The lid is closed at 10:00 and opened at 12:10: the wall clock moved 130 minutes, the
    // monotonic clock (which stops in suspend) only the 30 before. The timer fires late.
    f.wall.advance(160 * kMinute);
    f.mono.advance(30 * kMinute);
    f.fire();
    CHECK(due.isEmpty()); // 10:30 and 11:30 are not shown late
    CHECK(f.localTime() == QStringLiteral("12:10"));
    CHECK(armedFor(*f.scheduler, f.wall, 60 * kMinute)); // 13:10, counted from waking
    CHECK(f.status().startsWith(QStringLiteral("Next reminder at 13:10. The computer was asleep")));
    f.pass(60 * kMinute);
    CHECK(due.size() == 1);
}

TEST_CASE("a short suspend or a clock set by hand re-arms without losing the reminder", "[reminders][suspend]")
{
    Fixture f;
    QSignalSpy due(&*f.scheduler, &ReminderScheduler::reminderDue);
    f.enable(); // next at 10:30
    f.pass(10 * kMinute);
    // The clock is put back 20 minutes (09:40 -> 09:20): the reminder stays at 10:30 wall time.
    f.wall.advance(-20 * kMinute);
    f.fire();
    CHECK(due.isEmpty());
    CHECK(armedFor(*f.scheduler, f.wall, 70 * kMinute));
    CHECK(f.status().contains(QStringLiteral("The clock was changed at 09:20")));
    // Two minutes of suspend: not a break, the reminder keeps its time.
    f.wall.advance(2 * kMinute);
    f.fire();
    CHECK(armedFor(*f.scheduler, f.wall, 68 * kMinute));
    f.pass(68 * kMinute);
    CHECK(due.size() == 1);
}

TEST_CASE("a time-zone change moves fixed times to the new local time", "[reminders]")
{
    Fixture f;
    f.settings.setReminderMode(Settings::ReminderMode::FixedTimes);
    f.settings.setReminderTimes({QTime(11, 0)});
    f.enable();
    CHECK(armedFor(*f.scheduler, f.wall, 90 * kMinute)); // 11:00 Berlin
    // Travelling west: 09:30 Berlin is 08:30 in London, where 11:00 is 150 minutes away.
    f.wall.setTimeZone(QTimeZone(QByteArrayLiteral("Europe/London")));
    f.fire();
    CHECK(armedFor(*f.scheduler, f.wall, 150 * kMinute));
    CHECK(f.status().contains(QStringLiteral("The time zone changed to Europe/London")));
}

TEST_CASE("snoozes are limited, so a reminder cannot be pushed away forever", "[reminders][snooze]")
{
    Fixture f;
    QSignalSpy due(&*f.scheduler, &ReminderScheduler::reminderDue);
    QSignalSpy withdrawn(&*f.scheduler, &ReminderScheduler::reminderWithdrawn);
    f.enable();
    f.pass(60 * kMinute);
    REQUIRE(due.size() == 1);
    for (int i = 1; i <= Reminder::kSnoozeLimit; ++i) {
        INFO("snooze " << i);
        REQUIRE(f.scheduler->snooze());
        CHECK(withdrawn.size() == i);
        CHECK(armedFor(*f.scheduler, f.wall, 10 * kMinute));
        CHECK(f.status().startsWith(QStringLiteral("Snoozed: the reminder comes again at")));
        f.pass(10 * kMinute);
        REQUIRE(due.size() == i + 1);
        const Reminder r = due.constLast().constFirst().value<Reminder>();
        CHECK(r.snoozes == i);
        CHECK(r.routineId == QStringLiteral("neck-release"));
    }
    CHECK_FALSE(f.scheduler->current()->canSnooze());
    CHECK_FALSE(f.scheduler->snooze());
    // Counted from the last showing (11:00): the next plain reminder.
    CHECK(armedFor(*f.scheduler, f.wall, 60 * kMinute));
    f.pass(60 * kMinute);
    CHECK(due.constLast().constFirst().value<Reminder>().snoozes == 0);
}

TEST_CASE("a reminder that falls due while something blocks it is postponed, says why, and comes later",
    "[reminders][postpone]")
{
    for (const auto& [reason, text] :
        {std::pair {PostponeReason::DoNotDisturb, "Reminder postponed: do not disturb. It comes when that ends."},
            std::pair {
                PostponeReason::SessionRunning, "Reminder postponed: a session is running. It comes when that ends."},
            std::pair {PostponeReason::FullScreen,
                "Reminder postponed: a full-screen window is active. It comes when that ends."},
            std::pair {
                PostponeReason::ScreenLocked, "Reminder postponed: the screen is locked. It comes when that ends."}}) {
        INFO(text);
        Fixture f;
        QSignalSpy due(&*f.scheduler, &ReminderScheduler::reminderDue);
        f.enable();
        f.block = reason;
        f.pass(60 * kMinute);
        CHECK(due.isEmpty());
        CHECK(f.scheduler->status().state == ReminderStatus::State::Postponed);
        CHECK(f.scheduler->status().reason == reason);
        CHECK(f.status() == QString::fromUtf8(text));
        // It waits, checking once a minute; neither dropped nor reset.
        CHECK(armedFor(*f.scheduler, f.wall, ReminderScheduler::kRecheckMs));
        f.pass(25 * kMinute);
        CHECK(due.isEmpty());
        CHECK(f.scheduler->current().has_value());
        f.block.reset();
        f.pass(kMinute);
        REQUIRE(due.size() == 1);
        CHECK(QDateTime::fromMSecsSinceEpoch(due.constFirst().constFirst().value<Reminder>().dueMs, f.wall.timeZone())
                  .time()
            == QTime(10, 30));
        CHECK(f.localTime() == QStringLiteral("10:56"));
        // The next one counts from when this one was shown.
        CHECK(armedFor(*f.scheduler, f.wall, 60 * kMinute));
    }
}

TEST_CASE("a session is a break: it answers a postponed reminder and restarts the count", "[reminders][postpone]")
{
    Fixture f;
    QSignalSpy due(&*f.scheduler, &ReminderScheduler::reminderDue);
    f.enable();
    f.block = PostponeReason::SessionRunning;
    f.pass(65 * kMinute);
    CHECK(f.scheduler->status().state == ReminderStatus::State::Postponed);
    f.block.reset();
    f.scheduler->noteBreak(); // the session ended at 10:35
    CHECK(due.isEmpty());
    CHECK(armedFor(*f.scheduler, f.wall, 60 * kMinute));
    CHECK(f.status() == QStringLiteral("Next reminder at 11:35."));
}

TEST_CASE("skip today and pause until tomorrow end at the next working day", "[reminders]")
{
    Fixture f;
    QSignalSpy due(&*f.scheduler, &ReminderScheduler::reminderDue);
    QSignalSpy withdrawn(&*f.scheduler, &ReminderScheduler::reminderWithdrawn);
    f.enable();
    f.pass(60 * kMinute);
    REQUIRE(due.size() == 1);
    f.scheduler->skipToday();
    CHECK(withdrawn.size() == 1);
    CHECK(f.status() == QStringLiteral("Skipped for today. Next reminder tomorrow at 10:00."));
    CHECK(armedFor(*f.scheduler, f.wall, (23 * 60 + 30) * kMinute)); // 10:30 today to 10:00 tomorrow
    for (int hour = 0; hour < 23; ++hour)
        f.pass(60 * kMinute);
    CHECK(due.size() == 1);
    f.pass(30 * kMinute);
    CHECK(due.size() == 2);
    CHECK(f.wall.local().toString(QStringLiteral("ddd HH:mm")) == QStringLiteral("Tue 10:00"));
}

TEST_CASE("a pause for an hour holds the reminders that fall in it until it ends", "[reminders]")
{
    Fixture f;
    QSignalSpy due(&*f.scheduler, &ReminderScheduler::reminderDue);
    f.enable();
    f.pass(40 * kMinute); // 10:10
    f.scheduler->pauseFor(ReminderScheduler::kPauseMs);
    CHECK(f.status() == QStringLiteral("Reminders paused until 11:10."));
    CHECK(armedFor(*f.scheduler, f.wall, 60 * kMinute));
    f.pass(20 * kMinute); // 10:30 falls in the pause
    CHECK(due.isEmpty());
    f.pass(40 * kMinute);
    REQUIRE(due.size() == 1);
    CHECK(f.localTime() == QStringLiteral("11:10"));
    CHECK(f.status() == QStringLiteral("Next reminder at 12:10."));
    // Resuming early brings the schedule back at once.
    f.scheduler->pauseFor(ReminderScheduler::kPauseMs);
    f.scheduler->resumeReminders();
    CHECK(f.status() == QStringLiteral("Next reminder at 12:10."));
}

TEST_CASE("the interval's anchor and a pause are kept across a restart", "[reminders]")
{
    Fixture f;
    f.enable();
    f.pass(60 * kMinute); // shown at 10:30
    f.pass(5 * kMinute);
    f.scheduler->skipToday();
    f.settings.flush();
    // Knead restarts at 12:00: still skipped for today.
    f.scheduler.reset();
    f.wall.setLocal(QDate(2024, 6, 3), QTime(12, 0));
    Settings reread(f.settings.path());
    ReminderScheduler again(reread, f.wall, f.mono);
    again.reload();
    CHECK(again.describeStatus(QLocale(QLocale::English, QLocale::UnitedKingdom))
        == QStringLiteral("Skipped for today. Next reminder tomorrow at 10:00."));
    CHECK(reread.reminderAnchor()
        == QDateTime(QDate(2024, 6, 3), QTime(10, 30), QTimeZone(QByteArrayLiteral("Europe/Berlin"))).toUTC());
}

TEST_CASE("turning reminders off withdraws the one on screen and disarms", "[reminders]")
{
    Fixture f;
    QSignalSpy withdrawn(&*f.scheduler, &ReminderScheduler::reminderWithdrawn);
    f.enable();
    f.pass(60 * kMinute);
    REQUIRE(f.scheduler->current());
    f.scheduler->setEnabled(false);
    CHECK(withdrawn.size() == 1);
    CHECK_FALSE(f.scheduler->isArmed());
    CHECK_FALSE(f.scheduler->current());
}

TEST_CASE("no weekday chosen: on, but says that none can come", "[reminders]")
{
    Fixture f;
    f.settings.setReminderWeekdays({});
    f.enable();
    CHECK_FALSE(f.scheduler->isArmed());
    CHECK(f.scheduler->status().state == ReminderStatus::State::Never);
    CHECK(f.status().startsWith(QStringLiteral("Reminders are on, but none can come")));
}

TEST_CASE("a timer that fires late without a suspend still shows its reminder", "[reminders]")
{
    Fixture f;
    QSignalSpy due(&*f.scheduler, &ReminderScheduler::reminderDue);
    f.enable();
    f.pass(63 * kMinute); // a busy machine: three minutes late, both clocks agree
    REQUIRE(due.size() == 1);
    CHECK(
        QDateTime::fromMSecsSinceEpoch(due.constFirst().constFirst().value<Reminder>().dueMs, f.wall.timeZone()).time()
        == QTime(10, 30));
    CHECK(armedFor(*f.scheduler, f.wall, 60 * kMinute)); // counted from when it was shown
}

TEST_CASE("a postponed reminder answered with Start is not shown again", "[reminders][postpone]")
{
    Fixture f;
    QSignalSpy due(&*f.scheduler, &ReminderScheduler::reminderDue);
    f.enable();
    f.block = PostponeReason::FullScreen;
    f.pass(60 * kMinute);
    REQUIRE(f.scheduler->current());
    CHECK(f.scheduler->routineToOffer() == QStringLiteral("neck-release"));
    f.scheduler->dismiss(); // Start from the tray
    f.block.reset();
    f.pass(kMinute);
    CHECK(due.isEmpty());
    CHECK(f.scheduler->status().state == ReminderStatus::State::Waiting);
}

TEST_CASE("reminder times are shown to the minute in the locale's own format", "[reminders]")
{
    const QTime time(9, 45, 30);
    // The C locale's short format has seconds; a reminder time never shows them.
    CHECK(ReminderStatus::timeText(time, QLocale::c()) == QStringLiteral("09:45"));
    CHECK(ReminderStatus::timeText(time, QLocale(QLocale::English, QLocale::UnitedKingdom)) == QStringLiteral("09:45"));
    CHECK(ReminderStatus::timeText(time, QLocale(QLocale::English, QLocale::UnitedStates))
              .startsWith(QStringLiteral("9:45")));
    CHECK(ReminderStatus::timeText(time, QLocale(QLocale::German, QLocale::Germany)) == QStringLiteral("09:45"));
}
