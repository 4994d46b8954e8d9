// SPDX-License-Identifier: MIT
#pragma once

#include "WallClock.h"

#include <QDateTime>

namespace knead::test {

// A wall clock and time zone that move only when told to. Pair it with FakeClock (the
// monotonic one): advancing both alike is time passing, advancing only this one is a suspend
// or a clock set by hand.
class FakeWallClock final : public WallClock
{
public:
    explicit FakeWallClock(QTimeZone zone = QTimeZone(QByteArrayLiteral("Europe/Berlin")))
        : m_zone(std::move(zone))
    { }
    qint64 nowMsSinceEpoch() const override { return m_now; }
    QTimeZone timeZone() const override { return m_zone; }

    void setLocal(const QDate& date, const QTime& time) { m_now = QDateTime(date, time, m_zone).toMSecsSinceEpoch(); }
    void set(qint64 ms) { m_now = ms; }
    void advance(qint64 ms) { m_now += ms; }
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }
    QDateTime local() const { return QDateTime::fromMSecsSinceEpoch(m_now, m_zone); }

private:
    QTimeZone m_zone;
    qint64 m_now = 0;
};

} // namespace knead::test
