// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"

namespace knead::test {

// A timed step for engine tests: "Do it." on the head, for `seconds`, then `rest`.
inline Step makeStep(int seconds, Side side = Side::None, int rest = 0)
{
    Step s;
    s.title = QStringLiteral("Step");
    s.instruction = QStringLiteral("Do it.");
    s.durationSeconds = seconds;
    s.technique = QStringLiteral("t");
    s.region = QStringLiteral("head");
    s.side = side;
    s.restSeconds = rest;
    return s;
}

// A routine of these steps, titled "Step 1", "Step 2"… in order.
inline Routine makeRoutine(QList<Step> steps)
{
    Routine r;
    r.id = QStringLiteral("test");
    r.name = QStringLiteral("Test");
    for (int i = 0; i < steps.size(); ++i)
        steps[i].title = QStringLiteral("Step %1").arg(i + 1);
    r.steps = std::move(steps);
    return r;
}

} // namespace knead::test
