// SPDX-License-Identifier: MIT
// The reminder settings (typed, range-checked on read) and the routine a reminder offers,
// over the bundled content.
#include "ContentLoader.h"
#include "Journal.h"
#include "ReminderRoutine.h"
#include "ReminderSchedule.h"
#include "Settings.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QSettings>
#include <QTemporaryDir>

using namespace knead;
using namespace knead::test;

TEST_CASE("reminder settings have defaults and are range-checked when read", "[reminders][settings]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("knead.conf"));
    {
        Settings s(path);
        CHECK_FALSE(s.remindersEnabled());
        CHECK(s.reminderMode() == Settings::ReminderMode::Interval);
        CHECK(s.reminderIntervalMinutes() == 60);
        CHECK(s.workdayStart() == QTime(9, 0));
        CHECK(s.workdayEnd() == QTime(17, 0));
        CHECK(s.reminderWeekdays() == QList<int> {1, 2, 3, 4, 5});
        CHECK(s.reminderTimes() == QList<QTime> {QTime(10, 30), QTime(15, 0)});
        CHECK(s.reminderRoutine().isEmpty());
        CHECK_FALSE(s.reminderAnchor().isValid());
        CHECK_FALSE(s.remindersPausedUntil().isValid());
    }
    {
        // A hand-edited file.
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(QStringLiteral("reminders/enabled"), QStringLiteral("maybe"));
        raw.setValue(QStringLiteral("reminders/intervalMinutes"), 0);
        raw.setValue(QStringLiteral("reminders/workdayStart"), QStringLiteral("25:00"));
        raw.setValue(QStringLiteral("reminders/workdayEnd"), QStringLiteral("18:30"));
        raw.setValue(QStringLiteral("reminders/weekdays"),
            QStringList {QStringLiteral("7"), QStringLiteral("9"), QStringLiteral("x"), QStringLiteral("1"),
                QStringLiteral("7")});
        raw.setValue(QStringLiteral("reminders/times"),
            QStringList {
                QStringLiteral("15:00"), QStringLiteral("08:05"), QStringLiteral("noon"), QStringLiteral("15:00")});
        raw.setValue(QStringLiteral("reminders/routine"), QStringLiteral("../../etc"));
        raw.setValue(QStringLiteral("reminders/anchor"), QStringLiteral("yesterday"));
        raw.setValue(QStringLiteral("reminders/pausedUntil"), QStringLiteral("2024-06-03T10:00:00.000Z"));
    }
    Settings s(path);
    CHECK_FALSE(s.remindersEnabled());
    CHECK(s.reminderIntervalMinutes() == 60);
    CHECK(s.workdayStart() == QTime(9, 0));
    CHECK(s.workdayEnd() == QTime(18, 30));
    CHECK(s.reminderWeekdays() == QList<int> {1, 7});
    CHECK(s.reminderTimes() == QList<QTime> {QTime(8, 5), QTime(15, 0)});
    CHECK(s.reminderRoutine().isEmpty());
    CHECK_FALSE(s.reminderAnchor().isValid());
    CHECK(s.remindersPausedUntil() == QDateTime(QDate(2024, 6, 3), QTime(10, 0), Qt::UTC));

    s.setReminderIntervalMinutes(100000);
    CHECK(s.reminderIntervalMinutes() == 720);
    s.setReminderWeekdays({});
    CHECK(s.reminderWeekdays().isEmpty()); // no day chosen stays no day, not the default
    s.setReminderTimes({QTime(14, 0, 30), QTime(9, 0), QTime(14, 0)});
    CHECK(s.reminderTimes() == QList<QTime> {QTime(9, 0), QTime(14, 0)});
    s.setRemindersPausedUntil({}, true);
    CHECK_FALSE(s.remindersPausedUntil().isValid());
    CHECK_FALSE(s.reminderPauseHolds());

    const ReminderSchedule schedule = ReminderSchedule::fromSettings(s);
    CHECK(schedule.weekdays.isEmpty());
    CHECK(schedule.intervalMinutes == 720);
    CHECK(schedule.workEnd == QTime(18, 30));
}

TEST_CASE("a reminder offers the chosen routine, or the best short one for the chosen regions", "[reminders][routine]")
{
    const LoadResult loaded = ContentLoader::load({{sourcePath(QStringLiteral("content")), QStringLiteral("content")}});
    REQUIRE(loaded.content.routine(QStringLiteral("neck-micro-break")));
    QTemporaryDir dir;
    Journal journal(dir.filePath(QStringLiteral("journal")));
    ReminderSchedule s;

    s.routineId = QStringLiteral("legs-and-feet");
    CHECK(reminderRoutine(loaded.content, journal, s) == QStringLiteral("legs-and-feet"));
    s.routineId = QStringLiteral("no-such-routine");
    s.regions = {QStringLiteral("neck")};
    // Short routines for the neck: the shortest wins when the journal cannot tell.
    CHECK(reminderRoutine(loaded.content, journal, s) == QStringLiteral("neck-micro-break"));
    // Nothing chosen: the featured routine, which is short enough.
    s.regions.clear();
    CHECK(reminderRoutine(loaded.content, journal, s) == QStringLiteral("scalp-tension-relief"));
    // Only long routines cover both legs and calves: a short one for one of them comes first.
    s.regions = {QStringLiteral("thighs"), QStringLiteral("calves")};
    const QString legs = reminderRoutine(loaded.content, journal, s);
    REQUIRE(loaded.content.routine(legs));
    CHECK(loaded.content.routine(legs)->totalSeconds() <= kReminderRoutineMaxSeconds);

    // The journal tells: two sessions of "neck and shoulders" lowered neck tension by 3.
    for (int i = 0; i < 2; ++i) {
        JournalEntry e;
        e.routineId = QStringLiteral("neck-and-shoulders");
        e.routineName = QStringLiteral("Neck and shoulders");
        e.started = QDateTime(QDate(2024, 6, 1 + i), QTime(10, 0), Qt::UTC);
        e.ended = e.started.addSecs(540);
        e.regions = {QStringLiteral("neck")};
        e.tensionBefore = {{QStringLiteral("neck"), 6}};
        e.tensionAfter = {{QStringLiteral("neck"), 3}};
        REQUIRE(journal.upsert(e).isEmpty());
    }
    s.regions = {QStringLiteral("neck")};
    CHECK(reminderRoutine(loaded.content, journal, s) == QStringLiteral("neck-and-shoulders"));
    CHECK(reminderRoutine(Content(), journal, s).isEmpty());
}
