// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace knead {

// Turns UTC instants into the person's calendar days and clock times in one time zone, so
// that a session at 00:30 in summer counts on the day it was for them. Remembers the
// zone's current offset period: a journal read in order asks the zone's rules twice a year,
// not once per session.
class LocalDays
{
public:
    // The system's zone.
    LocalDays();
    explicit LocalDays(const QTimeZone& zone);

    QDate dayOf(const QDateTime& instant) const;
    // The same instant as a local date and time in the zone (for showing it).
    QDateTime localTime(const QDateTime& instant) const;
    // The instant a local day starts (midnight, or the first valid time after a gap).
    QDateTime startOf(const QDate& day) const;
    int offsetSeconds(const QDateTime& instant) const;
    const QTimeZone& zone() const { return m_zone; }

private:
    QTimeZone m_zone;
    mutable qint64 m_periodStart = 1; // [start, end) in ms since the epoch; empty at first
    mutable qint64 m_periodEnd = 0;
    mutable int m_offset = 0;
};

} // namespace knead
