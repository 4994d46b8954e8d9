// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <chrono>

namespace knead {

// A monotonic clock in milliseconds. The session engine reads time only through this, so
// tests can move time by hand (see tests/common/FakeClock.h) instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

// The real thing: std::chrono::steady_clock, which never jumps with the wall clock.
class SteadyClock final : public Clock
{
public:
    qint64 nowMs() const override
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    }
};

} // namespace knead
