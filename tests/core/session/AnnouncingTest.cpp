// SPDX-License-Identifier: MIT
// The announcing part of a phase, on a fake clock with a fake voice: the countdown starts
// when the words end (or at the cap), the plan stays exact from there, cues inside a step do
// not move it, a pause cuts the words and resume says them again, and without a voice
// nothing waits.
#include "FakeClock.h"
#include "RoutineBuilder.h"
#include "SessionEngine.h"

#include <catch2/catch.hpp>

using namespace knead;
using namespace knead::test;
using State = SessionEngine::State;
using CueKind = SessionEngine::CueKind;

namespace {

// A fake voice: every cue it hears makes it speak until the test says the words ended.
struct FakeVoice
{
    FakeVoice(SessionEngine& e, bool on = true)
        : engine(e)
        , enabled(on)
    {
        QObject::connect(&engine, &SessionEngine::cueTriggered, [this](const SessionEngine::Cue& c) {
            cues.append(c);
            if (enabled)
                speaking = true;
        });
        engine.setSpeechProbe([this] { return speaking; });
    }
    void finish()
    {
        speaking = false;
        engine.finishAnnouncement();
    }
    int count(CueKind kind) const
    {
        return int(
            std::count_if(cues.cbegin(), cues.cend(), [&](const SessionEngine::Cue& c) { return c.kind == kind; }));
    }
    SessionEngine& engine;
    bool enabled;
    bool speaking = false;
    QList<SessionEngine::Cue> cues;
};

} // namespace

TEST_CASE(
    "each phase's countdown starts when its words end, and the plan stays exact from there", "[engine][announcing]")
{
    FakeClock clock;
    Step first = makeStep(10, Side::None, 5);
    first.cues = {{3, QStringLiteral("three")}};
    SessionEngine engine(makeRoutine({first, makeStep(10)}), clock);
    engine.setLeadInSeconds(3);
    FakeVoice voice(engine);
    engine.start();

    // The lead-in's "get ready" is said before its three seconds count.
    CHECK(engine.state() == State::LeadIn);
    CHECK(engine.isAnnouncing());
    CHECK(engine.remainingMs() == 3000);
    CHECK(engine.msUntilNextEvent() == SessionEngine::kAnnouncementCapMs);
    clock.advance(1500);
    engine.update();
    CHECK(engine.remainingMs() == 3000);
    CHECK(engine.announcementElapsedMs() == 1500);
    voice.finish();
    CHECK_FALSE(engine.isAnnouncing());
    clock.advance(2999);
    engine.update();
    CHECK(engine.state() == State::LeadIn);
    clock.advance(1);
    engine.update();

    // The step: title and instruction, 4 s of words, then its full 10 s.
    CHECK(engine.state() == State::Running);
    CHECK(engine.isAnnouncing());
    CHECK(voice.count(CueKind::StepStart) == 1);
    clock.advance(4000);
    engine.update();
    CHECK(engine.remainingMs() == 10000);
    CHECK(engine.displayedSeconds() == 10);
    CHECK(engine.phaseElapsedMs() == 0);
    voice.finish();
    // The in-step cue is at its third second of the countdown, not of the words.
    clock.advance(2999);
    engine.update();
    CHECK(voice.count(CueKind::StepCue) == 0);
    CHECK(engine.msUntilNextEvent() == 1);
    clock.advance(1);
    engine.update();
    CHECK(voice.count(CueKind::StepCue) == 1);
    // ... which is spoken during the step and does not shift its end.
    CHECK(voice.speaking);
    clock.advance(6999);
    engine.update();
    CHECK(engine.state() == State::Running);
    CHECK(engine.remainingMs() == 1);
    clock.advance(1);
    engine.update();

    // A rest is a rest: "Rest." is said, then all five seconds are quiet.
    CHECK(engine.state() == State::Resting);
    CHECK(engine.isAnnouncing());
    clock.advance(700);
    voice.finish();
    CHECK(engine.remainingMs() == 5000);
    clock.advance(5000);
    engine.update();
    CHECK(engine.stepIndex() == 1);
    CHECK(engine.isAnnouncing());
    clock.advance(2000);
    voice.finish();
    clock.advance(10000);
    engine.update();
    CHECK(engine.state() == State::Finished);
    // The time spent listening is part of the session's time.
    CHECK(engine.activeElapsedMs() == 1500 + 3000 + 4000 + 10000 + 700 + 5000 + 2000 + 10000);
    CHECK(engine.stepsDone() == 2);
}

TEST_CASE("words that are never reported to end are capped, on the clock", "[engine][announcing]")
{
    FakeClock clock;
    SessionEngine engine(makeRoutine({makeStep(10), makeStep(10)}), clock);
    engine.setLeadInSeconds(0);
    FakeVoice voice(engine);
    engine.start();
    REQUIRE(engine.isAnnouncing());
    clock.advance(SessionEngine::kAnnouncementCapMs - 1);
    engine.update();
    CHECK(engine.isAnnouncing());
    CHECK(engine.msUntilNextEvent() == 1);
    // A wake-up 4 s late: the countdown began at the cap, not at the wake-up.
    clock.advance(4001);
    engine.update();
    CHECK_FALSE(engine.isAnnouncing());
    CHECK(engine.remainingMs() == 6000);
    clock.advance(6000);
    engine.update();
    CHECK(engine.stepIndex() == 1);
    CHECK(engine.isAnnouncing());
    CHECK(engine.activeElapsedMs() == SessionEngine::kAnnouncementCapMs + 10000);
}

TEST_CASE("switch sides is part of the announcement, before the second side's countdown", "[engine][announcing]")
{
    FakeClock clock;
    SessionEngine engine(makeRoutine({makeStep(10, Side::Right), makeStep(10, Side::Left)}), clock);
    engine.setLeadInSeconds(0);
    FakeVoice voice(engine);
    engine.start();
    voice.finish();
    clock.advance(10000);
    engine.update();
    REQUIRE(engine.stepIndex() == 1);
    REQUIRE(voice.cues.size() >= 3);
    CHECK(voice.cues[voice.cues.size() - 2].kind == CueKind::SwitchSides);
    CHECK(voice.cues.last().kind == CueKind::StepStart);
    CHECK(voice.cues.last().title == QStringLiteral("Step 2"));
    CHECK(engine.isAnnouncing());
    clock.advance(2500);
    engine.update();
    CHECK(engine.remainingMs() == 10000);
    voice.finish();
    clock.advance(9999);
    engine.update();
    CHECK(engine.state() == State::Running);
    clock.advance(1);
    engine.update();
    CHECK(engine.state() == State::Finished);
}

TEST_CASE("pausing during the words cuts them, and resuming says the step again from its start", "[engine][announcing]")
{
    FakeClock clock;
    SessionEngine engine(makeRoutine({makeStep(10), makeStep(10)}), clock);
    engine.setLeadInSeconds(0);
    FakeVoice voice(engine);
    engine.start();
    clock.advance(1000);
    engine.pause();
    voice.speaking = false; // the controller silences the voice when the session pauses
    CHECK(engine.state() == State::Paused);
    CHECK(engine.msUntilNextEvent() == -1);
    engine.finishAnnouncement(); // words cut by the pause have not been said
    CHECK(engine.snapshot().announcing);
    clock.advance(60000);
    engine.update();
    CHECK(engine.activeElapsedMs() == 1000);
    engine.resume();
    CHECK(engine.isAnnouncing());
    CHECK(voice.count(CueKind::StepStart) == 2);
    CHECK(voice.cues.last().repeat); // said again: no second chime
    CHECK(engine.remainingMs() == 10000);
    clock.advance(3000);
    voice.finish();
    clock.advance(10000);
    engine.update();
    CHECK(engine.stepIndex() == 1);
    CHECK(engine.activeElapsedMs() == 1000 + 3000 + 10000);

    // A step reached while paused (skip) is quiet until the session resumes, and then
    // announced as new, chime and all.
    voice.finish();
    clock.advance(2000);
    engine.pause();
    const int before = voice.count(CueKind::StepStart);
    engine.back(); // 2 s in: back to step 1
    CHECK(engine.stepIndex() == 0);
    CHECK(voice.count(CueKind::StepStart) == before);
    engine.resume();
    CHECK(voice.count(CueKind::StepStart) == before + 1);
    CHECK_FALSE(voice.cues.last().repeat);
    CHECK(engine.isAnnouncing());
}

TEST_CASE("with no voice, or nothing said, nothing waits", "[engine][announcing]")
{
    FakeClock clock;
    SessionEngine engine(makeRoutine({makeStep(10, Side::None, 5), makeStep(10)}), clock);
    engine.setLeadInSeconds(3);
    FakeVoice voice(engine, false);
    engine.start();
    CHECK_FALSE(engine.isAnnouncing());
    CHECK(voice.count(CueKind::LeadIn) == 1);
    clock.advance(3000 + 10000 + 5000 + 10000);
    engine.update();
    CHECK(engine.state() == State::Finished);
    CHECK(engine.activeElapsedMs() == 28000);
    // The same without any probe at all.
    SessionEngine bare(makeRoutine({makeStep(10)}), clock);
    bare.start();
    CHECK_FALSE(bare.isAnnouncing());
}

TEST_CASE("a snapshot taken during the words resumes with them", "[engine][announcing]")
{
    FakeClock clock;
    const Routine routine = makeRoutine({makeStep(10), makeStep(10)});
    SessionEngine engine(routine, clock);
    engine.setLeadInSeconds(0);
    FakeVoice voice(engine);
    engine.start();
    voice.finish();
    clock.advance(10000 + 1200);
    engine.update();
    const SessionSnapshot snap = engine.snapshot();
    CHECK(snap.step == 1);
    CHECK(snap.announcing);
    CHECK(snap.phaseElapsedMs == 0);
    CHECK(snap.activeElapsedMs == 11200);

    FakeClock later;
    SessionEngine resumed(routine, later);
    FakeVoice again(resumed);
    REQUIRE(resumed.restore(snap));
    CHECK(resumed.state() == State::Paused);
    CHECK(again.cues.isEmpty());
    resumed.resume();
    CHECK(again.count(CueKind::StepStart) == 1);
    CHECK_FALSE(again.cues.last().repeat); // after a crash the chime is welcome
    CHECK(resumed.isAnnouncing());
    later.advance(2000);
    again.finish();
    CHECK(resumed.remainingMs() == 10000);
    CHECK(resumed.activeElapsedMs() == 11200 + 2000);

    SessionSnapshot wrong = snap;
    wrong.phaseElapsedMs = 500; // counting down and announcing at once cannot be
    CHECK_FALSE(SessionEngine(routine, later).restore(wrong));
}

TEST_CASE("the progress bar weighs the expected words and holds while they run long", "[engine][announcing]")
{
    FakeClock clock;
    SessionEngine engine(makeRoutine({makeStep(10), makeStep(10)}), clock);
    engine.setLeadInSeconds(0);
    engine.setSpeechEstimate([](const SessionEngine::Cue&) { return qint64(2000); });
    FakeVoice voice(engine);
    CHECK(engine.stepWeightsMs() == QList<qint64> {12000, 12000});
    engine.start();
    clock.advance(1000);
    CHECK(engine.progress() == Approx(1000.0 / 24000));
    CHECK(engine.currentStepFraction() == Approx(1000.0 / 12000));
    clock.advance(1500); // longer than expected: the bar waits at the words' estimate
    CHECK(engine.progress() == Approx(2000.0 / 24000));
    voice.finish();
    clock.advance(5000);
    CHECK(engine.progress() == Approx(7000.0 / 24000));
    CHECK(engine.currentStepFraction() == Approx(7000.0 / 12000));
    clock.advance(5000);
    engine.update();
    CHECK(engine.stepIndex() == 1);
    CHECK(engine.progress() == Approx(12000.0 / 24000));
    CHECK(engine.currentStepFraction() == Approx(0.0));
}
