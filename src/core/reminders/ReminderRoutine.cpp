// SPDX-License-Identifier: MIT
#include "ReminderRoutine.h"

#include "Content.h"
#include "Journal.h"
#include "ReminderSchedule.h"

#include <algorithm>
#include <tuple>

namespace knead {

namespace {

// The median drop in tension (before minus after) over the person's finished, rated sessions
// of `routineId` in `regions` (any region when empty); 0 with fewer than two.
double medianDrop(const Journal& journal, const QString& routineId, const QStringList& regions)
{
    QList<int> drops;
    for (const JournalEntry& e : journal.entries()) {
        if (e.routineId != routineId || e.outcome != JournalEntry::Outcome::Finished)
            continue;
        for (auto it = e.tensionBefore.cbegin(); it != e.tensionBefore.cend(); ++it) {
            if ((regions.isEmpty() || regions.contains(it.key())) && e.tensionAfter.contains(it.key()))
                drops.append(it.value() - e.tensionAfter.value(it.key()));
        }
    }
    if (drops.size() < 2)
        return 0.0;
    std::sort(drops.begin(), drops.end());
    const qsizetype n = drops.size();
    return n % 2 ? drops[n / 2] : (drops[n / 2 - 1] + drops[n / 2]) / 2.0;
}

} // namespace

const Routine* bestShortRoutineFor(const Content& content, const Journal& journal, const QStringList& regions)
{
    const Routine* best = nullptr;
    std::tuple<bool, qsizetype, double, bool, int> bestKey; // short, covered, drop, featured, -seconds
    for (const Routine& r : content.routines()) {
        qsizetype covered = 0;
        for (const QString& region : regions)
            covered += r.regions.contains(region) ? 1 : 0;
        if (!regions.isEmpty() && covered == 0)
            continue;
        const int seconds = r.totalSeconds();
        const bool isShort = seconds > 0 && seconds <= kReminderRoutineMaxSeconds;
        const auto key = std::make_tuple(isShort, covered, medianDrop(journal, r.id, regions), r.featured, -seconds);
        if (!best || key > bestKey) {
            best = &r;
            bestKey = key;
        }
    }
    if (!best && !regions.isEmpty())
        return bestShortRoutineFor(content, journal, {});
    return best;
}

QString reminderRoutine(const Content& content, const Journal& journal, const ReminderSchedule& schedule)
{
    if (const Routine* chosen = content.routine(schedule.routineId))
        return chosen->id;
    const Routine* best = bestShortRoutineFor(content, journal, schedule.regions);
    return best ? best->id : QString();
}

} // namespace knead
