// SPDX-License-Identifier: MIT
#include "WhatWorks.h"

#include "Content.h"
#include "TensionSeries.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <span>
#include <vector>

namespace knead {

std::optional<SessionDrop> sessionDrop(const JournalEntry& entry, const QStringList& regions)
{
    int before = 0, after = 0, rated = 0;
    for (auto it = entry.tensionBefore.cbegin(); it != entry.tensionBefore.cend(); ++it) {
        if (!regions.isEmpty() && !regions.contains(it.key()))
            continue;
        const auto a = entry.tensionAfter.constFind(it.key());
        if (a == entry.tensionAfter.cend())
            continue;
        before += it.value();
        after += *a;
        ++rated;
    }
    if (rated == 0 || before == 0)
        return std::nullopt;
    return SessionDrop {double(before) / rated, 100.0 * (before - after) / before};
}

namespace {

// A routine seen in the journal: the journal's routines are numbered in the order they first
// appear, so the tallies below are arrays rather than string-keyed hashes.
struct Seen
{
    QString id;
    const JournalEntry* latest; // its newest rated session, for the name it was recorded under
};

// Sessions are tallied by starting tension in slots: 2t for exactly t, 2t+1 for between t and
// t+1. A band of whole tensions [low, high] is then the slots 2·low to 2·high.
constexpr int kSlots = 21;

int slotOf(double start)
{
    const double whole = std::floor(start);
    return std::clamp(int(2 * whole) + (start > whole ? 1 : 0), 0, kSlots - 1);
}

struct Rated
{
    int routine; // into the list of Seen
    int slot;
    double dropPercent;
};

// `drops` is reordered.
RoutineEffect effectOf(const Seen& routine, std::span<double> drops)
{
    RoutineEffect e;
    e.routineId = routine.id;
    e.routineName = routine.latest->routineName;
    e.sessions = int(drops.size());
    e.meaningfulDrops = int(
        std::count_if(drops.begin(), drops.end(), [](double d) { return d >= RoutineEffect::kMeaningfulDropPercent; }));
    e.medianDropPercent = medianOf(drops);
    return e;
}

bool better(const RoutineEffect& a, const RoutineEffect& b)
{
    if (a.medianDropPercent != b.medianDropPercent)
        return a.medianDropPercent > b.medianDropPercent;
    if (a.meaningfulPercent() != b.meaningfulPercent())
        return a.meaningfulPercent() > b.meaningfulPercent();
    if (a.sessions != b.sessions)
        return a.sessions > b.sessions;
    return a.routineId < b.routineId;
}

} // namespace

WhatWorks whatWorks(const QList<JournalEntry>& entries, const QStringList& regions, const QSet<QString>& only)
{
    std::vector<Seen> seen;
    QHash<QString, int> number;
    std::vector<Rated> rated;
    rated.reserve(size_t(entries.size()));
    for (const JournalEntry& e : entries) {
        if (!only.isEmpty() && !only.contains(e.routineId))
            continue;
        const std::optional<SessionDrop> drop = sessionDrop(e, regions);
        if (!drop)
            continue;
        auto it = number.constFind(e.routineId);
        if (it == number.cend()) {
            it = number.insert(e.routineId, int(seen.size()));
            seen.push_back({e.routineId, nullptr});
        }
        seen[size_t(*it)].latest = &e;
        rated.push_back({*it, slotOf(drop->start), drop->dropPercent});
    }
    // The drops ordered by routine, then slot (a counting sort): a routine's sessions, or
    // those of a band, are then one run. `begin[routine · kSlots + slot]` is where a slot starts.
    std::vector<int> begin(seen.size() * kSlots + 1, 0);
    for (const Rated& r : rated)
        ++begin[size_t(r.routine * kSlots + r.slot) + 1];
    std::partial_sum(begin.cbegin(), begin.cend(), begin.begin());
    std::vector<double> ordered(rated.size());
    {
        std::vector<int> next(begin.cbegin(), begin.cend() - 1);
        for (const Rated& r : rated)
            ordered[size_t(next[size_t(r.routine * kSlots + r.slot)]++)] = r.dropPercent;
    }
    std::vector<double> drops;
    const auto effect = [&](size_t routine, int fromSlot, int toSlot) {
        const size_t at = routine * kSlots;
        drops.assign(ordered.cbegin() + begin[at + size_t(fromSlot)], ordered.cbegin() + begin[at + size_t(toSlot)]);
        return effectOf(seen[routine], drops);
    };

    WhatWorks out;
    for (size_t i = 0; i < seen.size(); ++i)
        out.routines.append(effect(i, 0, kSlots));
    std::stable_sort(out.routines.begin(), out.routines.end(),
        [](const RoutineEffect& a, const RoutineEffect& b) { return a.sessions > b.sessions; });

    Comparison& c = out.comparison;
    const auto enough = std::count_if(
        out.routines.cbegin(), out.routines.cend(), [](const RoutineEffect& e) { return e.isEnough(); });
    if (enough < 2) {
        c.status = Comparison::Status::TooFewRoutines;
        return out;
    }
    // The band of starting tension where most sessions of routines with enough of them lie.
    c.status = Comparison::Status::NoCommonTension;
    int bestCovered = 0;
    for (int low = 0; low + Comparison::kBand <= 10; ++low) {
        const int high = low + Comparison::kBand;
        QList<RoutineEffect> qualifying;
        int covered = 0;
        for (size_t i = 0; i < seen.size(); ++i) {
            const size_t at = i * kSlots;
            const int sessions = begin[at + size_t(2 * high + 1)] - begin[at + size_t(2 * low)];
            if (sessions >= RoutineEffect::kMinSessions) {
                qualifying.append(effect(i, 2 * low, 2 * high + 1));
                covered += sessions;
            }
        }
        if (qualifying.size() >= 2 && covered > bestCovered) {
            bestCovered = covered;
            std::sort(qualifying.begin(), qualifying.end(), better);
            c.status = Comparison::Status::Compared;
            c.low = low;
            c.high = high;
            c.ranked = qualifying;
        }
    }
    return out;
}

std::optional<Suggestion> bestRoutineFor(const QStringList& regions, const Journal& journal, const Content& content)
{
    if (regions.isEmpty())
        return std::nullopt;
    QSet<QString> candidates;
    for (const QString& region : regions) {
        for (const Routine* r : content.routinesForRegion(region))
            candidates.insert(r->id);
    }
    if (candidates.isEmpty())
        return std::nullopt;
    const WhatWorks works = whatWorks(journal.entries(), regions, candidates);
    Suggestion s;
    if (works.comparison.status == Comparison::Status::Compared) {
        s.effect = works.comparison.ranked.first();
        s.compared = true;
        s.low = works.comparison.low;
        s.high = works.comparison.high;
    } else {
        // One routine with enough ratings can be described on its own, but not ranked.
        QList<RoutineEffect> enough;
        for (const RoutineEffect& e : works.routines) {
            if (e.isEnough())
                enough.append(e);
        }
        if (enough.size() != 1)
            return std::nullopt;
        s.effect = enough.first();
    }
    if (s.effect.medianDropPercent <= 0)
        return std::nullopt;
    if (const Routine* r = content.routine(s.effect.routineId))
        s.effect.routineName = r->name;
    else
        return std::nullopt; // no longer installed: nothing to start
    return s;
}

namespace {

QString percent(double value)
{
    return QLocale().toString(std::lround(value));
}

QString number(int value)
{
    return QLocale().toString(value);
}

} // namespace

QString describeEffect(const RoutineEffect& e)
{
    if (!e.isEnough())
        return WhatWorks::tr("%1: rate %n more session(s) to see this.", nullptr, e.sessionsNeeded())
            .arg(e.routineName);
    if (e.medianDropPercent < 0)
        return WhatWorks::tr(
            "%1: in your sessions, tension rose by a median %2 %; %3 of %n session(s) dropped by 30 % or more.",
            nullptr, e.sessions)
            .arg(e.routineName, percent(-e.medianDropPercent), number(e.meaningfulDrops));
    return WhatWorks::tr(
        "%1: in your sessions, tension dropped by a median %2 %; %3 of %n session(s) (%4 %) dropped by 30 % or more.",
        nullptr, e.sessions)
        .arg(e.routineName, percent(e.medianDropPercent), number(e.meaningfulDrops), number(e.meaningfulPercent()));
}

QString describeComparison(const Comparison& c)
{
    switch (c.status) {
    case Comparison::Status::TooFewRoutines:
        return WhatWorks::tr(
            "To compare routines, rate at least %1 sessions of two or more routines, before and after.")
            .arg(number(RoutineEffect::kMinSessions));
    case Comparison::Status::NoCommonTension:
        return WhatWorks::tr(
            "Your routines could not be compared like with like yet: no two of them have %1 rated sessions that "
            "started at a similar tension (within %2 points). Sessions that start tenser tend to drop more "
            "whatever you do, so comparing them would not be fair.")
            .arg(number(RoutineEffect::kMinSessions), number(Comparison::kBand));
    case Comparison::Status::Compared:
        break;
    }
    const RoutineEffect& best = c.ranked.first();
    const RoutineEffect& next = c.ranked.at(1);
    return WhatWorks::tr(
        "Compared over sessions that started at tension %1 to %2: in your sessions, %3 lowered it most "
        "(median %4 %, %5 sessions), then %6 (median %7 %, %8 sessions).")
        .arg(number(c.low), number(c.high), best.routineName, percent(best.medianDropPercent), number(best.sessions),
            next.routineName, percent(next.medianDropPercent), number(next.sessions));
}

QString describeSuggestion(const Suggestion& s, const QString& regionNames)
{
    if (s.compared)
        return WhatWorks::tr(
            "In your sessions, %1 lowered your %2 tension most: by a median %3 % over %n session(s) that "
            "started at tension %4 to %5.",
            nullptr, s.effect.sessions)
            .arg(s.effect.routineName, regionNames, percent(s.effect.medianDropPercent), number(s.low), number(s.high));
    return WhatWorks::tr(
        "In your sessions, %1 lowered your %2 tension by a median %3 % (%n session(s)).", nullptr, s.effect.sessions)
        .arg(s.effect.routineName, regionNames, percent(s.effect.medianDropPercent));
}

QString whatWorksExplanation()
{
    return WhatWorks::tr(
        "These numbers describe your own sessions, nothing more. They show how your ratings changed during a routine, "
        "not whether the routine treats anything: tension also eases with rest, warmth or time, ratings vary from day "
        "to "
        "day, and a few sessions are easily swayed by chance. A drop of 30 % or more is the change commonly taken as "
        "meaningful on a 0–10 scale (Farrar et al., Pain 2001; Dworkin et al., J Pain 2008, IMMPACT). For pain that "
        "persists or worsens, see a professional.");
}

} // namespace knead
