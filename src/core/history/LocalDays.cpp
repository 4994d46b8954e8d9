// SPDX-License-Identifier: MIT
#include "LocalDays.h"

#include <limits>

namespace knead {

LocalDays::LocalDays()
    : LocalDays(QTimeZone::systemTimeZone())
{ }

LocalDays::LocalDays(const QTimeZone& zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{ }

int LocalDays::offsetSeconds(const QDateTime& instant) const
{
    const qint64 ms = instant.toMSecsSinceEpoch();
    if (ms >= m_periodStart && ms < m_periodEnd)
        return m_offset;
    m_offset = m_zone.offsetFromUtc(instant);
    // The period around this instant in which the offset holds.
    const QTimeZone::OffsetData previous = m_zone.previousTransition(instant.addMSecs(1));
    const QTimeZone::OffsetData next = m_zone.nextTransition(instant);
    m_periodStart = previous.atUtc.isValid() ? previous.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    m_periodEnd = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    if (ms < m_periodStart || ms >= m_periodEnd) { // a zone without transition data: ask each time
        m_periodStart = 1;
        m_periodEnd = 0;
    }
    return m_offset;
}

QDate LocalDays::dayOf(const QDateTime& instant) const
{
    const qint64 local = instant.toMSecsSinceEpoch() + qint64(offsetSeconds(instant)) * 1000;
    // Floor division: days before 1970 are negative.
    constexpr qint64 day = 86400000;
    const qint64 days = local >= 0 ? local / day : -((-local + day - 1) / day);
    constexpr qint64 epochJulianDay = 2440588; // 1970-01-01
    return QDate::fromJulianDay(epochJulianDay + days);
}

QDateTime LocalDays::localTime(const QDateTime& instant) const
{
    return instant.toTimeZone(m_zone);
}

QDateTime LocalDays::startOf(const QDate& day) const
{
    return day.startOfDay(m_zone).toUTC();
}

} // namespace knead
