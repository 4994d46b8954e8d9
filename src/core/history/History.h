// SPDX-License-Identifier: MIT
#pragma once

#include "Journal.h"
#include "LocalDays.h"

#include <QDate>
#include <QList>

namespace knead {

// How regularly the person practises: the days with a session, and the streaks they make.
struct Streaks
{
    int current = 0; // days in a row up to today (or up to yesterday, while today is still open)
    int longest = 0;
    friend bool operator==(const Streaks&, const Streaks&) = default;
};

// A day counts with any finished or partly finished session: finished, or stopped after at
// least one step or a minute of massage. A session stopped in its first seconds does not.
bool countsAsPractice(const JournalEntry& entry);
// The local days on which the person practised, oldest first, each once.
QList<QDate> practiceDays(const QList<JournalEntry>& entries, const LocalDays& days);
// A streak is not broken until a day without practice is over: on a day without a session
// yet, the current streak is the one that ended yesterday.
Streaks streaks(const QList<QDate>& days, const QDate& today);

} // namespace knead
