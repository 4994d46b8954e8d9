// SPDX-License-Identifier: MIT
// The audio module is loaded on first use only, and its absence or a missing audio device
// leaves Knead silent with one message.
#include "AudioCues.h"
#include "Settings.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace knead;

TEST_CASE("audio loads lazily and says once when it cannot sound", "[audio]")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("knead.conf")));
    SECTION("the module, found where the build put it")
    {
        AudioCues cues(settings, {QStringLiteral("/nonexistent/knead_audio"), QStringLiteral(KNEAD_AUDIO_MODULE_FILE)});
        QSignalSpy unavailable(&cues, &CueOutput::unavailable);
        CHECK_FALSE(cues.isLoaded()); // nothing at construction
        cues.prepare();
        REQUIRE(cues.isLoaded()); // the second candidate, after the first failed
        // Without an audio device the person is told exactly once; with one, never.
        CHECK(unavailable.count() == (cues.problem().isEmpty() ? 0 : 1));
        cues.cue({SessionEngine::CueKind::StepStart, 0, QStringLiteral("Step one.")});
        cues.cue({SessionEngine::CueKind::Finished, 0, QStringLiteral("Session complete.")});
        cues.silence();
        CHECK_FALSE(cues.isSpeaking());
        CHECK(unavailable.count() == (cues.problem().isEmpty() ? 0 : 1));
    }
    SECTION("no module at all")
    {
        AudioCues cues(settings, {QStringLiteral("/nonexistent/knead_audio")});
        QSignalSpy unavailable(&cues, &CueOutput::unavailable);
        cues.prepare();
        CHECK_FALSE(cues.isLoaded());
        REQUIRE(unavailable.count() == 1);
        CHECK(unavailable.first().first().toString().contains(QStringLiteral("runs silently")));
        cues.cue({SessionEngine::CueKind::StepStart, 0, QStringLiteral("Step one.")}); // no crash, no sound
        cues.tick();
        cues.prepare();
        CHECK(unavailable.count() == 1); // told once, not at every cue
        CHECK_FALSE(cues.isSpeaking());
    }
}
