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
        qputenv("KNEAD_AUDIO_MODULE", KNEAD_AUDIO_MODULE_FILE);
        AudioCues cues(settings);
        QSignalSpy unavailable(&cues, &CueOutput::unavailable);
        CHECK_FALSE(cues.isLoaded()); // nothing at construction
        cues.prepare();
        CHECK(cues.isLoaded());
        // Without an audio device (as in CI) the person is told, once; with one, nothing.
        CHECK(unavailable.count() <= 1);
        cues.cue({SessionEngine::CueKind::StepStart, 0, QStringLiteral("Step one.")});
        cues.cue({SessionEngine::CueKind::Finished, 0, QStringLiteral("Session complete.")});
        cues.silence();
        CHECK(unavailable.count() <= 1);
    }
    SECTION("no module at all")
    {
        qputenv("KNEAD_AUDIO_MODULE", "/nonexistent/knead_audio");
        AudioCues cues(settings);
        QSignalSpy unavailable(&cues, &CueOutput::unavailable);
        // Make sure the other places are not found either: only the environment's choice and
        // the install path are tried from a test binary's folder.
        cues.prepare();
        if (!cues.isLoaded()) {
            REQUIRE(unavailable.count() == 1);
            CHECK(unavailable.first().first().toString().contains(QStringLiteral("runs silently")));
        }
        cues.cue({SessionEngine::CueKind::StepStart, 0, QStringLiteral("Step one.")}); // no crash, no sound
        cues.prepare();
        CHECK(unavailable.count() <= 1);
    }
    qunsetenv("KNEAD_AUDIO_MODULE");
}
