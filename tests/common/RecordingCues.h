// SPDX-License-Identifier: MIT
#pragma once

#include "CueOutput.h"

#include <algorithm>

namespace knead::test {

// Records cues instead of playing them. With `voice` on it is also a fake speech back end:
// every cue it is given makes it speak until the test calls finishSpeaking(), which reports
// the end of the words as the real back end does when the speech engine is ready again.
class RecordingCues final : public CueOutput
{
public:
    void prepare() override { ++prepared; }
    void cue(const SessionEngine::Cue& c) override
    {
        cues.append(c);
        if (voice)
            speaking = true;
    }
    void tick() override { ++ticks; }
    void silence() override
    {
        ++silenced;
        speaking = false; // cut, not finished: no speechFinished()
    }
    bool isSpeaking() const override { return speaking; }
    qint64 estimatedSpeechMs(const SessionEngine::Cue&) const override { return voice ? wordsMs : 0; }
    QStringList speechEngines() const override { return engines; }
    QString currentSpeechEngine() const override { return engines.value(0); }
    QStringList voices() const override { return voiceNames; }
    void preview() override { ++previews; }
    void settingsChanged() override { ++settingsChanges; }

    void finishSpeaking()
    {
        if (!speaking)
            return;
        speaking = false;
        Q_EMIT speechFinished();
    }

    int count(SessionEngine::CueKind kind) const
    {
        return int(
            std::count_if(cues.cbegin(), cues.cend(), [&](const SessionEngine::Cue& c) { return c.kind == kind; }));
    }

    QList<SessionEngine::Cue> cues;
    int prepared = 0;
    int ticks = 0;
    int silenced = 0;
    int previews = 0;
    int settingsChanges = 0;
    QStringList engines; // what speechEngines() lists
    QStringList voiceNames; // what voices() lists
    bool speaking = false;
    bool voice = false;
    qint64 wordsMs = 0; // what estimatedSpeechMs() answers while `voice` is on
};

} // namespace knead::test
