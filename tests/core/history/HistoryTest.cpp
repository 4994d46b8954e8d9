// SPDX-License-Identifier: MIT
// What the History page says, computed from fixed journals: practice days in the local time
// zone (across daylight-saving changes), streaks, tension series with their rolling median,
// "what works for you" compared like with like, the home page's suggestion and the CSV export.
#include "History.h"
#include "Journal.h"
#include "JournalCsv.h"
#include "LocalDays.h"
#include "SessionListModel.h"
#include "TensionSeries.h"
#include "TestSupport.h"
#include "WhatWorks.h"

#include "Content.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <vector>

using namespace knead;
using namespace knead::test;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

int g_next = 0;

// A session of `routine` that started at `startedUtc`, rated in one region.
JournalEntry rated(const QString& routine, const QDateTime& startedUtc, int before, int after,
    const QString& region = QStringLiteral("neck"))
{
    JournalEntry e;
    e.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(++g_next, 12, 10, QLatin1Char('0'));
    e.routineId = routine;
    e.routineName = QStringLiteral("Routine %1").arg(routine);
    e.started = startedUtc;
    e.ended = startedUtc.addSecs(300);
    e.activeSeconds = 300;
    e.stepsTotal = 4;
    e.stepsDone = 4;
    e.regions = {region};
    if (before >= 0)
        e.tensionBefore.insert(region, before);
    if (after >= 0)
        e.tensionAfter.insert(region, after);
    return e;
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

Content contentWith(const QList<std::pair<QString, QStringList>>& routines)
{
    Content c;
    for (const char* id : {"neck", "head", "lower-back"}) {
        Region r;
        r.id = QString::fromLatin1(id);
        r.name = r.id == QLatin1String("neck") ? QStringLiteral("Neck")
            : r.id == QLatin1String("head")    ? QStringLiteral("Head")
                                               : QStringLiteral("Lower back");
        c.setRegion(r);
    }
    for (const auto& [id, regions] : routines) {
        Routine r;
        r.id = id;
        r.name = QStringLiteral("Installed %1").arg(id);
        r.regions = regions;
        c.setRoutine(r);
    }
    return c;
}

} // namespace

TEST_CASE("practice days are the person's local days, across daylight-saving changes", "[history]")
{
    REQUIRE(kBerlin.isValid()); // tzdata (scripts/common.sh installs it)
    const LocalDays days(kBerlin);
    // Spring forward in Berlin: 29 March 2026, 02:00 CET becomes 03:00 CEST.
    CHECK(days.dayOf(utc(2026, 3, 28, 22, 30)) == QDate(2026, 3, 28)); // 23:30 CET
    CHECK(days.dayOf(utc(2026, 3, 28, 23, 30)) == QDate(2026, 3, 29)); // 00:30 CET: already the 29th there
    CHECK(days.dayOf(utc(2026, 3, 29, 22, 30)) == QDate(2026, 3, 30)); // 00:30 CEST
    CHECK(days.dayOf(utc(2026, 3, 29, 21, 59)) == QDate(2026, 3, 29)); // 23:59 CEST
    // Fall back: 25 October 2026, 03:00 CEST becomes 02:00 CET; that day has 25 hours.
    CHECK(days.dayOf(utc(2026, 10, 24, 22, 30)) == QDate(2026, 10, 25)); // 00:30 CEST
    CHECK(days.dayOf(utc(2026, 10, 25, 22, 30)) == QDate(2026, 10, 25)); // 23:30 CET
    CHECK(days.dayOf(utc(2026, 10, 25, 23, 0)) == QDate(2026, 10, 26));
    // Asked out of order, the remembered offset period is not trusted blindly.
    CHECK(days.dayOf(utc(2026, 7, 1, 22, 30)) == QDate(2026, 7, 2));
    CHECK(days.dayOf(utc(2026, 1, 1, 22, 30)) == QDate(2026, 1, 1));
    CHECK(days.dayOf(utc(1969, 12, 31, 22, 30)) == QDate(1969, 12, 31)); // before the epoch
    CHECK(days.startOf(QDate(2026, 3, 29)) == utc(2026, 3, 28, 23, 0));

    // In UTC the same sessions fall on other days: the zone matters.
    QList<JournalEntry> entries {rated(QStringLiteral("a"), utc(2026, 3, 28, 22, 30), -1, -1),
        rated(QStringLiteral("a"), utc(2026, 3, 28, 23, 30), -1, -1),
        rated(QStringLiteral("a"), utc(2026, 3, 29, 22, 30), -1, -1)};
    CHECK(practiceDays(entries, days) == QList<QDate> {QDate(2026, 3, 28), QDate(2026, 3, 29), QDate(2026, 3, 30)});
    CHECK(practiceDays(entries, LocalDays(QTimeZone::utc())) == QList<QDate> {QDate(2026, 3, 28), QDate(2026, 3, 29)});
    CHECK(streaks(practiceDays(entries, days), QDate(2026, 3, 30)) == Streaks {3, 3});
    CHECK(streaks(practiceDays(entries, LocalDays(QTimeZone::utc())), QDate(2026, 3, 30)) == Streaks {2, 2});
}

TEST_CASE("a day counts with a finished or partly finished session, and streaks run to today or yesterday", "[history]")
{
    JournalEntry finished = rated(QStringLiteral("a"), utc(2026, 5, 1, 10, 0), -1, -1);
    JournalEntry partly = rated(QStringLiteral("a"), utc(2026, 5, 2, 10, 0), -1, -1);
    partly.outcome = JournalEntry::Outcome::Stopped;
    partly.stepsDone = 1;
    partly.activeSeconds = 40;
    JournalEntry longStep = partly; // stopped inside its first, long step
    longStep.started = utc(2026, 5, 3, 10, 0);
    longStep.stepsDone = 0;
    longStep.activeSeconds = 90;
    JournalEntry barely = partly; // stopped at once: not practice
    barely.started = utc(2026, 5, 4, 10, 0);
    barely.stepsDone = 0;
    barely.activeSeconds = 8;
    CHECK(countsAsPractice(finished));
    CHECK(countsAsPractice(partly));
    CHECK(countsAsPractice(longStep));
    CHECK_FALSE(countsAsPractice(barely));
    const LocalDays days(QTimeZone::utc());
    QList<JournalEntry> entries {finished, partly, longStep, barely,
        rated(QStringLiteral("a"), utc(2026, 5, 6, 10, 0), -1, -1),
        rated(QStringLiteral("a"), utc(2026, 5, 6, 18, 0), -1, -1),
        rated(QStringLiteral("a"), utc(2026, 5, 7, 7, 0), -1, -1)};
    const QList<QDate> practised = practiceDays(entries, days);
    CHECK(practised
        == QList<QDate> {
            QDate(2026, 5, 1), QDate(2026, 5, 2), QDate(2026, 5, 3), QDate(2026, 5, 6), QDate(2026, 5, 7)});
    CHECK(streaks(practised, QDate(2026, 5, 7)) == Streaks {2, 3});
    CHECK(streaks(practised, QDate(2026, 5, 8)) == Streaks {2, 3}); // today is not over yet
    CHECK(streaks(practised, QDate(2026, 5, 9)) == Streaks {0, 3});
    CHECK(streaks({}, QDate(2026, 5, 9)) == Streaks {0, 0});
    // Across a month and a year boundary.
    CHECK(streaks({QDate(2025, 12, 30), QDate(2025, 12, 31), QDate(2026, 1, 1)}, QDate(2026, 1, 1)) == Streaks {3, 3});
}

TEST_CASE("a region's series has each rating and a seven-session rolling median", "[history]")
{
    QList<JournalEntry> entries;
    const QList<int> levels {6, 7, 5, 8, 6, 4, 3, 2};
    for (int i = 0; i < levels.size(); ++i)
        entries.append(rated(QStringLiteral("a"), utc(2026, 6, 1 + i, 8, 0), levels[i], std::max(0, levels[i] - 3)));
    entries[2].tensionBefore.clear(); // rated after only: the level is the rating after
    entries.append(rated(QStringLiteral("a"), utc(2026, 6, 20, 8, 0), 9, 1, QStringLiteral("head")));
    const RegionSeries neck = regionSeries(entries, QStringLiteral("neck"));
    REQUIRE(neck.points.size() == 8);
    CHECK(neck.points[2].level() == 2);
    CHECK_FALSE(neck.points[2].hasBefore());
    CHECK(neck.points[0].before == 6);
    CHECK(neck.points[0].after == 3);
    CHECK(neck.median == QList<double> {6, 6.5, 6, 6.5, 6, 6, 6, 4});
    CHECK(neck.recentLevels(3) == QList<int> {4, 3, 2});
    CHECK(ratedRegions(entries) == QStringList {QStringLiteral("head"), QStringLiteral("neck")});

    const auto [begin, end] = neck.range(utc(2026, 6, 3, 0, 0), utc(2026, 6, 7, 0, 0));
    CHECK(begin == 2);
    CHECK(end == 6);
    const LocalDays days(QTimeZone::utc());
    const SeriesSummary s = summarize(neck, utc(2026, 6, 3, 0, 0), utc(2026, 6, 9, 0, 0), days);
    CHECK(s.sessions == 6);
    CHECK(s.firstMedian == 6);
    CHECK(s.lastMedian == 4);
    CHECK(s.since == QDate(2026, 6, 3));
    CHECK(medianOf({}) == 0);
    std::vector<double> odd {9, 1, 3};
    CHECK(medianOf(odd) == 3);
    std::vector<double> even {5, 1, 4, 2}; // the mean of the middle two
    CHECK(medianOf(even) == 3);
    CHECK(formatTension(6.5) == QLocale().toString(6.5, 'f', 1));
    CHECK(formatTension(3) == QStringLiteral("3"));
}

TEST_CASE("the chart's summary says what it shows, in one sentence", "[history]")
{
    // 20 sessions before the last 30 days at tension 7, then 14 within them falling to 2.
    QList<JournalEntry> entries;
    const QDateTime now = utc(2026, 9, 30, 12, 0);
    for (int i = 0; i < 20; ++i)
        entries.append(rated(QStringLiteral("a"), now.addDays(-90 + i), 6, 4));
    const QList<int> recent {6, 6, 5, 5, 4, 4, 4, 3, 3, 3, 3, 2, 2, 2};
    for (int i = 0; i < recent.size(); ++i)
        entries.append(rated(QStringLiteral("a"), now.addDays(-28 + 2 * i), recent[i], 1));
    const RegionSeries neck = regionSeries(entries, QStringLiteral("neck"));
    const LocalDays days(QTimeZone::utc());
    const SeriesSummary s = summarize(neck, spanStart(ChartSpan::Days30, now), now, days);
    CHECK(s.sessions == 14);
    CHECK(describeSeries(QStringLiteral("Neck"), s, ChartSpan::Days30)
        == QStringLiteral("Neck: median tension 6 → 3 over the last 30 days, 14 session(s)"));
    const SeriesSummary all = summarize(neck, spanStart(ChartSpan::All, now), now, days);
    CHECK(all.sessions == 34);
    CHECK(describeSeries(QStringLiteral("Neck"), all, ChartSpan::All)
              .startsWith(QStringLiteral("Neck: median tension 6 → 3 since ")));
    CHECK(describeSeries(QStringLiteral("Neck"), SeriesSummary {}, ChartSpan::Year)
        == QStringLiteral("Neck: no ratings over the last year."));
}

TEST_CASE("date ticks fall on round steps and never crowd the axis", "[history]")
{
    CHECK(dateTicks(QDate(2026, 1, 1), QDate(2026, 1, 5), 6).size() == 5);
    const QList<QDate> weeks = dateTicks(QDate(2026, 9, 1), QDate(2026, 9, 30), 6);
    REQUIRE_FALSE(weeks.isEmpty());
    CHECK(weeks.size() <= 6);
    for (const QDate& d : weeks)
        CHECK(d.dayOfWeek() == 1);
    const QList<QDate> years = dateTicks(QDate(2016, 5, 3), QDate(2026, 5, 3), 6);
    CHECK(years
        == QList<QDate> {
            QDate(2018, 1, 1), QDate(2020, 1, 1), QDate(2022, 1, 1), QDate(2024, 1, 1), QDate(2026, 1, 1)});
    const QList<QDate> months = dateTicks(QDate(2026, 1, 15), QDate(2026, 6, 20), 6);
    CHECK(months
        == QList<QDate> {
            QDate(2026, 2, 1), QDate(2026, 3, 1), QDate(2026, 4, 1), QDate(2026, 5, 1), QDate(2026, 6, 1)});
    CHECK(dateTicks(QDate(2026, 1, 2), QDate(2026, 1, 1), 6).isEmpty());
}

TEST_CASE("what works: median drop, share of drops of 30 % or more, and nothing below five rated sessions", "[history]")
{
    QList<JournalEntry> entries;
    // Routine a: drops of 50, 50, 20, 0, 75 % (before 4 → after 2, 2, 3.2…)
    const QList<std::pair<int, int>> a {{4, 2}, {6, 3}, {5, 4}, {5, 5}, {8, 2}};
    for (int i = 0; i < a.size(); ++i)
        entries.append(rated(QStringLiteral("a"), utc(2026, 1, 1 + i, 8, 0), a[i].first, a[i].second));
    // Routine b: three rated sessions, one rated before only, one rated 0 before.
    for (int i = 0; i < 3; ++i)
        entries.append(rated(QStringLiteral("b"), utc(2026, 2, 1 + i, 8, 0), 5, 4));
    entries.append(rated(QStringLiteral("b"), utc(2026, 2, 10, 8, 0), 5, -1));
    entries.append(rated(QStringLiteral("b"), utc(2026, 2, 11, 8, 0), 0, 0));

    CHECK(sessionDrop(entries[0])->dropPercent == 50);
    CHECK(sessionDrop(entries[0])->start == 4);
    CHECK_FALSE(sessionDrop(entries.last())); // nothing to lower
    CHECK_FALSE(sessionDrop(entries[entries.size() - 2])); // not rated after
    CHECK_FALSE(sessionDrop(entries[0], {QStringLiteral("head")}));

    const WhatWorks works = whatWorks(entries);
    REQUIRE(works.routines.size() == 2);
    const RoutineEffect& ea = works.routines[0];
    CHECK(ea.routineId == QStringLiteral("a"));
    CHECK(ea.sessions == 5);
    CHECK(ea.isEnough());
    CHECK(ea.medianDropPercent == 50);
    CHECK(ea.meaningfulDrops == 3); // 50, 50, 75
    CHECK(ea.meaningfulPercent() == 60);
    CHECK(describeEffect(ea)
        == QStringLiteral("Routine a: in your sessions, tension dropped by a median 50 %; 3 of 5 session(s) (60 %) "
                          "dropped by 30 % or more."));
    const RoutineEffect& eb = works.routines[1];
    CHECK(eb.sessions == 3);
    CHECK_FALSE(eb.isEnough());
    CHECK(eb.sessionsNeeded() == 2);
    CHECK(describeEffect(eb) == QStringLiteral("Routine b: rate 2 more session(s) to see this."));
    CHECK(works.comparison.status == Comparison::Status::TooFewRoutines);
    CHECK(describeComparison(works.comparison).contains(QStringLiteral("rate at least 5 sessions")));
    CHECK(whatWorksExplanation().contains(QStringLiteral("Farrar et al., Pain 2001")));
    CHECK(whatWorksExplanation().contains(QStringLiteral("Dworkin et al., J Pain 2008, IMMPACT")));
    CHECK(whatWorksExplanation().contains(QStringLiteral("your own sessions")));

    // A tension that rose is said so, not as a negative drop.
    QList<JournalEntry> worse;
    for (int i = 0; i < 5; ++i)
        worse.append(rated(QStringLiteral("c"), utc(2026, 3, 1 + i, 8, 0), 4, 5));
    CHECK(describeEffect(whatWorks(worse).routines.first()).contains(QStringLiteral("tension rose by a median 25 %")));
}

TEST_CASE("routines are ranked like with like: only over sessions that started at similar tension", "[history]")
{
    QList<JournalEntry> entries;
    // Routine b is done when tension is high, and high tension falls a lot whatever is done:
    // over all its sessions it looks best.
    for (int i = 0; i < 6; ++i)
        entries.append(rated(QStringLiteral("b"), utc(2026, 1, 1 + i, 8, 0), 10, 4)); // 60 %
    for (int i = 0; i < 5; ++i)
        entries.append(rated(QStringLiteral("b"), utc(2026, 2, 1 + i, 8, 0), 5, 4)); // 20 %
    // Routine a is done at moderate tension, and helps more there.
    for (int i = 0; i < 5; ++i)
        entries.append(rated(QStringLiteral("a"), utc(2026, 3, 1 + i, 8, 0), 6, 3)); // 50 %
    const WhatWorks works = whatWorks(entries);
    REQUIRE(works.routines.size() == 2);
    const auto overall = [&](const QString& id) {
        return std::find_if(works.routines.cbegin(), works.routines.cend(), [&](const RoutineEffect& e) {
            return e.routineId == id;
        })->medianDropPercent;
    };
    CHECK(overall(QStringLiteral("b")) == 60); // naively the better one
    CHECK(overall(QStringLiteral("a")) == 50);
    const Comparison& c = works.comparison;
    REQUIRE(c.status == Comparison::Status::Compared);
    CHECK(c.low == 4); // the first band holding both: starts 5 and 6
    CHECK(c.high == 6);
    REQUIRE(c.ranked.size() == 2);
    CHECK(c.ranked[0].routineId == QStringLiteral("a"));
    CHECK(c.ranked[0].sessions == 5);
    CHECK(c.ranked[1].routineId == QStringLiteral("b"));
    CHECK(c.ranked[1].sessions == 5); // its sessions at tension 10 are left out
    CHECK(c.ranked[1].medianDropPercent == 20);
    CHECK(describeComparison(c)
        == QStringLiteral("Compared over sessions that started at tension 4 to 6: in your sessions, Routine a "
                          "lowered it most (median 50 %, 5 sessions), then Routine b (median 20 %, 5 sessions)."));

    // A session's starting tension is the mean over its regions, and a band holds whole
    // tensions at both ends: 6.5 lies in 5 to 7 and 6 to 8, not in 4 to 6.
    QList<JournalEntry> edges;
    for (int i = 0; i < 5; ++i)
        edges.append(rated(QStringLiteral("whole"), utc(2026, 6, 1 + i, 8, 0), 6, 3));
    for (int i = 0; i < 5; ++i) {
        JournalEntry e = rated(QStringLiteral("half"), utc(2026, 7, 1 + i, 8, 0), 6, 3);
        e.tensionBefore.insert(QStringLiteral("shoulders"), 7);
        e.tensionAfter.insert(QStringLiteral("shoulders"), 4);
        edges.append(e);
    }
    const Comparison& atEdges = whatWorks(edges).comparison;
    REQUIRE(atEdges.status == Comparison::Status::Compared);
    CHECK(atEdges.low == 5);
    CHECK(atEdges.high == 7);
    CHECK(atEdges.ranked.size() == 2);

    // Enough sessions each, but never at similar tension: no ranking, and it says why.
    QList<JournalEntry> apart;
    for (int i = 0; i < 6; ++i)
        apart.append(rated(QStringLiteral("hot"), utc(2026, 4, 1 + i, 8, 0), 9, 5));
    for (int i = 0; i < 6; ++i)
        apart.append(rated(QStringLiteral("calm"), utc(2026, 5, 1 + i, 8, 0), 3, 2));
    const WhatWorks notComparable = whatWorks(apart);
    CHECK(notComparable.comparison.status == Comparison::Status::NoCommonTension);
    CHECK(notComparable.comparison.ranked.isEmpty());
    CHECK(
        describeComparison(notComparable.comparison).contains(QStringLiteral("could not be compared like with like")));
}

TEST_CASE("the home page's suggestion comes from what works for the regions picked", "[history]")
{
    QTemporaryDir dir;
    Journal journal(dir.path(), QStringLiteral("desk"));
    REQUIRE(journal.load().isEmpty());
    const Content content = contentWith({{QStringLiteral("a"), {QStringLiteral("neck")}},
        {QStringLiteral("b"), {QStringLiteral("neck"), QStringLiteral("head")}},
        {QStringLiteral("c"), {QStringLiteral("lower-back")}}});
    CHECK_FALSE(bestRoutineFor({QStringLiteral("neck")}, journal, content)); // nothing rated yet
    for (int i = 0; i < 5; ++i)
        REQUIRE(journal.upsert(rated(QStringLiteral("a"), utc(2026, 3, 1 + i, 8, 0), 6, 3)).isEmpty());
    // One routine with enough ratings: described, not ranked.
    auto one = bestRoutineFor({QStringLiteral("neck")}, journal, content);
    REQUIRE(one);
    CHECK(one->effect.routineId == QStringLiteral("a"));
    CHECK(one->effect.routineName == QStringLiteral("Installed a")); // the name it has now
    CHECK_FALSE(one->compared);
    CHECK(describeSuggestion(*one, QStringLiteral("neck"))
        == QStringLiteral("In your sessions, Installed a lowered your neck tension by a median 50 % (5 session(s))."));
    for (int i = 0; i < 5; ++i)
        REQUIRE(journal.upsert(rated(QStringLiteral("b"), utc(2026, 4, 1 + i, 8, 0), 5, 1)).isEmpty());
    for (int i = 0; i < 5; ++i) // lots of drop, but on another region
        REQUIRE(
            journal.upsert(rated(QStringLiteral("c"), utc(2026, 5, 1 + i, 8, 0), 9, 0, QStringLiteral("lower-back")))
                .isEmpty());
    auto best = bestRoutineFor({QStringLiteral("neck")}, journal, content);
    REQUIRE(best);
    CHECK(best->effect.routineId == QStringLiteral("b")); // 80 % against 50 %, both starting at 5–6
    CHECK(best->compared);
    CHECK(describeSuggestion(*best, QStringLiteral("neck"))
              .startsWith(QStringLiteral("In your sessions, Installed b lowered your neck tension most")));
    CHECK(bestRoutineFor({QStringLiteral("lower-back")}, journal, content)->effect.routineId == QStringLiteral("c"));
    CHECK_FALSE(bestRoutineFor({QStringLiteral("head")}, journal, content)); // b was rated on the neck only
    CHECK_FALSE(bestRoutineFor({}, journal, content));
    // A routine that is no longer installed is not suggested.
    const Content without = contentWith({{QStringLiteral("b"), {QStringLiteral("neck")}}});
    CHECK_FALSE(bestRoutineFor({QStringLiteral("lower-back")}, journal, without));
}

TEST_CASE("the CSV export has one row per rating, quoted as RFC 4180 asks", "[history]")
{
    const Content content = contentWith({});
    JournalEntry e = rated(QStringLiteral("desk-reset"), utc(2026, 3, 28, 23, 30), 7, 3);
    e.id = QStringLiteral("11111111-2222-4333-8444-555555555555");
    e.routineName = QStringLiteral("Desk \"reset\", short\nversion");
    e.tensionBefore.insert(QStringLiteral("head"), 4);
    JournalEntry formula = rated(QStringLiteral("evil"), utc(2026, 3, 30, 8, 0), -1, 2);
    formula.id = QStringLiteral("66666666-2222-4333-8444-555555555555");
    formula.routineName = QStringLiteral("=HYPERLINK(\"http://x\")");
    formula.outcome = JournalEntry::Outcome::Stopped;
    const QByteArray csv = JournalCsv::toCsv({e, formula}, content, LocalDays(kBerlin));
    CHECK(csv.endsWith("\r\n"));
    CHECK(csv.count("\r\n") == 5); // the header and four ratings; the newline inside a field stays a bare \n
    CHECK(csv.startsWith(
        "date,time,started_utc,session_id,routine_id,routine_name,region_id,region_name,when,tension,outcome,"
        "active_seconds,steps_done,steps_total\r\n"));
    const QString text = QString::fromUtf8(csv);
    CHECK(text.contains(
        QStringLiteral("2026-03-29,00:30,2026-03-28T23:30:00Z,11111111-2222-4333-8444-555555555555,desk-reset,"
                       "\"Desk \"\"reset\"\", short\nversion\",neck,Neck,before,7,finished,300,4,4\r\n")));
    CHECK(text.contains(QStringLiteral(",neck,Neck,after,3,finished,300,4,4\r\n")));
    CHECK(text.contains(QStringLiteral(",head,Head,before,4,finished,300,4,4\r\n")));
    CHECK(text.contains(QStringLiteral(",evil,\"'=HYPERLINK(\"\"http://x\"\")\",neck,Neck,after,2,stopped,")));
    CHECK(JournalCsv::field(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(JournalCsv::field(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(JournalCsv::field(QStringLiteral("-1")) == QStringLiteral("'-1"));
    CHECK(JournalCsv::field(QStringLiteral("@x")) == QStringLiteral("'@x"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out/journal.csv"));
    CHECK(JournalCsv::write(path, {e, formula}, content, LocalDays(kBerlin)).isEmpty());
    CHECK(readFile(path) == csv);
    writeFile(dir.filePath(QStringLiteral("blocked")), "x");
    CHECK_FALSE(
        JournalCsv::write(dir.filePath(QStringLiteral("blocked/x.csv")), {e}, content, LocalDays(kBerlin)).isEmpty());
}

TEST_CASE("the sessions list shows the newest first, with how long, how far and the ratings", "[history]")
{
    QTemporaryDir dir;
    Journal journal(dir.path(), QStringLiteral("desk"));
    REQUIRE(journal.load().isEmpty());
    const Content content = contentWith({});
    JournalEntry first = rated(QStringLiteral("a"), utc(2026, 3, 1, 8, 0), 6, 3);
    JournalEntry second = rated(QStringLiteral("b"), utc(2026, 3, 2, 8, 0), 5, -1);
    second.outcome = JournalEntry::Outcome::Stopped;
    second.stepsDone = 2;
    REQUIRE(journal.upsert(first).isEmpty());
    REQUIRE(journal.upsert(second).isEmpty());
    SessionListModel model(content, journal);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.entryId(0) == second.id);
    CHECK(model.rowOf(first.id) == 1);
    const QString text = model.index(0).data().toString();
    CHECK(text.startsWith(QStringLiteral("Routine b\n")));
    CHECK(text.contains(QStringLiteral("stopped after 2 of 4 steps")));
    CHECK(text.contains(QStringLiteral("Neck 5 before")));
    CHECK(model.index(1).data().toString().contains(QStringLiteral("Neck 6 → 3")));
    CHECK(model.index(1).data().toString().contains(QStringLiteral("5 min")));
    CHECK(model.index(1).data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Routine a, ")));
    REQUIRE(journal.remove(second.id).isEmpty());
    model.refresh();
    CHECK(model.rowCount() == 1);
    CHECK(model.entryId(0) == first.id);
}
