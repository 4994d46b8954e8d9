// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace knead {

class Content;
class Journal;
struct ReminderSchedule;
struct Routine;

// A reminder is a short break: routines up to this long are offered for "the best for the
// regions I pick".
constexpr int kReminderRoutineMaxSeconds = 10 * 60;

// The routine a reminder offers: the one the person chose, if it still exists, else the best
// for the regions they picked. Empty only when there is no routine at all. The one place that
// decides, so that it can ask core/history once that knows more.
QString reminderRoutine(const Content& content, const Journal& journal, const ReminderSchedule& schedule);

// The best short routine for `regions` (all regions when empty): the one covering most of
// them, then the one that lowered the person's tension there most (median of at least two
// rated sessions in the journal), then a featured one, then the shortest. Longer routines
// only when no short one covers a region; null when no routine exists.
const Routine* bestShortRoutineFor(const Content& content, const Journal& journal, const QStringList& regions);

} // namespace knead
