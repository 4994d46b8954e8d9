// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace knead {

// The time of day, for what people schedule by the clock on the wall (reminders). Unlike the
// monotonic Clock it jumps: with suspend, a time-zone change, a clock set by hand. Code that
// keeps a wall-clock deadline reads both and notices when they disagree.
class WallClock
{
public:
    virtual ~WallClock() = default;
    virtual qint64 nowMsSinceEpoch() const = 0; // UTC
    virtual QTimeZone timeZone() const = 0; // the zone local times are read in
};

// The system's clock and time zone, read anew each time (the zone can change while Knead runs).
class SystemWallClock final : public WallClock
{
public:
    qint64 nowMsSinceEpoch() const override { return QDateTime::currentMSecsSinceEpoch(); }
    QTimeZone timeZone() const override
    {
        QTimeZone zone = QTimeZone::systemTimeZone();
        // No zone database entry (a bare container): the current offset still gives the right local time.
        return zone.isValid() ? zone : QTimeZone(QDateTime::currentDateTime().offsetFromUtc());
    }
};

} // namespace knead
