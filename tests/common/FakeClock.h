// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"

namespace knead::test {

// A clock that moves only when told to, so timing tests never sleep.
class FakeClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now = 1'000'000; // not zero, so code cannot confuse "unset" with "now"
};

} // namespace knead::test
