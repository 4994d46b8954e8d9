// SPDX-License-Identifier: MIT
#include "History.h"

#include <algorithm>

namespace knead {

bool countsAsPractice(const JournalEntry& entry)
{
    return entry.outcome == JournalEntry::Outcome::Finished || entry.stepsDone > 0 || entry.activeSeconds >= 60;
}

QList<QDate> practiceDays(const QList<JournalEntry>& entries, const LocalDays& days)
{
    QList<QDate> out;
    for (const JournalEntry& e : entries) {
        if (!countsAsPractice(e))
            continue;
        const QDate day = days.dayOf(e.started);
        // Entries come oldest first, so most repeats are the previous day.
        if (out.isEmpty() || out.constLast() != day)
            out.append(day);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Streaks streaks(const QList<QDate>& days, const QDate& today)
{
    Streaks s;
    int run = 0;
    QDate previous;
    for (const QDate& day : days) {
        if (day > today)
            break; // a clock that was ahead: not a streak yet
        run = previous.isValid() && previous.daysTo(day) == 1 ? run + 1 : 1;
        s.longest = std::max(s.longest, run);
        previous = day;
    }
    if (previous.isValid() && previous.daysTo(today) <= 1)
        s.current = run;
    return s;
}

} // namespace knead
