// SPDX-License-Identifier: MIT
#pragma once

#include "CueOutput.h"

#include <algorithm>

namespace knead::test {

// Records cues instead of playing them.
class RecordingCues final : public CueOutput
{
public:
    void prepare() override { ++prepared; }
    void cue(const SessionEngine::Cue& c) override { cues.append(c); }
    void tick() override { ++ticks; }
    void silence() override { ++silenced; }
    bool isSpeaking() const override { return speaking; }

    int count(SessionEngine::CueKind kind) const
    {
        return int(std::count_if(cues.cbegin(), cues.cend(), [&](const SessionEngine::Cue& c) { return c.kind == kind; }));
    }

    QList<SessionEngine::Cue> cues;
    int prepared = 0;
    int ticks = 0;
    int silenced = 0;
    bool speaking = false;
};

} // namespace knead::test
