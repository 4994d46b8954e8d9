// SPDX-License-Identifier: MIT
#pragma once

#include "Journal.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace knead {

class Content;

// How much one session lowered the tension in the regions looked at: the drop in percent of
// the ratings before, over the regions rated both before and after.
struct SessionDrop
{
    double start = 0; // the mean rating before, over those regions
    double dropPercent = 0; // (before − after) / before × 100; negative when tension rose
};

// A session with no region rated both before and after, or rated 0 before (nothing to
// lower), has no drop.
std::optional<SessionDrop> sessionDrop(const JournalEntry& entry, const QStringList& regions = {});

// What the person's own ratings say about one routine.
struct RoutineEffect
{
    // A drop of 30 % or more is the change commonly taken as meaningful on a 0–10 pain
    // scale: Farrar et al., Pain 2001 (94:149–158); Dworkin et al., J Pain 2008 (9:105–121),
    // IMMPACT recommendations.
    static constexpr double kMeaningfulDropPercent = 30;
    // Below this many rated sessions nothing is said: one or two good days are not a pattern.
    static constexpr int kMinSessions = 5;

    QString routineId;
    QString routineName;
    int sessions = 0; // rated sessions
    double medianDropPercent = 0;
    int meaningfulDrops = 0; // sessions with a drop of 30 % or more

    bool isEnough() const { return sessions >= kMinSessions; }
    int sessionsNeeded() const { return std::max(0, kMinSessions - sessions); }
    int meaningfulPercent() const { return sessions > 0 ? int(std::lround(100.0 * meaningfulDrops / sessions)) : 0; }
};

// Which routine lowered the tension most, compared like with like: sessions that start high
// tend to end lower whatever was done (regression to the mean), so routines are ranked only
// over sessions that started at similar tension, within kBand points of each other.
struct Comparison
{
    static constexpr int kBand = 2;
    enum class Status {
        Compared, // `ranked` holds two or more routines, best first
        TooFewRoutines, // fewer than two routines have enough rated sessions
        NoCommonTension, // they have, but not at similar starting tension
    };

    Status status = Status::TooFewRoutines;
    int low = 0; // the starting tension compared over, inclusive
    int high = 0;
    QList<RoutineEffect> ranked; // over the sessions in [low, high] only
};

struct WhatWorks
{
    Q_DECLARE_TR_FUNCTIONS(WhatWorks)

public:
    QList<RoutineEffect> routines; // every routine with a rated session, most sessions first
    Comparison comparison;
};

// Over the regions given (all rated regions when empty), and only the routines in `only`
// when it is not empty.
WhatWorks whatWorks(
    const QList<JournalEntry>& entries, const QStringList& regions = {}, const QSet<QString>& only = {});

// The routine to suggest for the regions picked on the home page, from the person's own
// ratings: the best of a like-with-like comparison, or the one routine with enough rated
// sessions; nothing when no routine lowered the tension or none can be named fairly.
struct Suggestion
{
    RoutineEffect effect;
    bool compared = false; // ranked against at least one other routine
    int low = 0;
    int high = 0;
};
std::optional<Suggestion> bestRoutineFor(const QStringList& regions, const Journal& journal, const Content& content);

// The words, always about "your sessions", never a claim about the routine itself.
QString describeEffect(const RoutineEffect& effect);
QString describeComparison(const Comparison& comparison);
QString describeSuggestion(const Suggestion& suggestion, const QString& regionNames);
// What the numbers can and cannot mean.
QString whatWorksExplanation();

} // namespace knead
