// SPDX-License-Identifier: MIT
// The session engine against a fake clock: exact deadlines, no drift, pauses, cues, navigation.
#include "SessionEngine.h"
#include "FakeClock.h"
#include "RoutineBuilder.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

#include <random>

using namespace knead;
using namespace knead::test;
using State = SessionEngine::State;
using CueKind = SessionEngine::CueKind;
using Status = SessionSnapshot::StepStatus;

namespace {

// Records every cue the engine fires.
struct CueLog
{
    explicit CueLog(SessionEngine& engine)
    {
        QObject::connect(
            &engine, &SessionEngine::cueTriggered, [this](const SessionEngine::Cue& c) { cues.append(c); });
    }
    int count(CueKind kind) const
    {
        return int(
            std::count_if(cues.cbegin(), cues.cend(), [&](const SessionEngine::Cue& c) { return c.kind == kind; }));
    }
    QList<SessionEngine::Cue> cues;
};

} // namespace

TEST_CASE("a routine runs from lead-in to finish on exact deadlines", "[engine]")
{
    FakeClock clock;
    SessionEngine engine(makeRoutine({makeStep(10), makeStep(10), makeStep(10)}), clock);
    engine.setLeadInSeconds(3);
    CueLog log(engine);
    QSignalSpy finished(&engine, &SessionEngine::finished);

    CHECK(engine.state() == State::Ready);
    engine.start();
    CHECK(engine.state() == State::LeadIn);
    CHECK(engine.remainingMs() == 3000);
    CHECK(log.count(CueKind::LeadIn) == 1);

    clock.advance(3000);
    engine.update();
    CHECK(engine.state() == State::Running);
    CHECK(engine.stepIndex() == 0);
    CHECK(engine.remainingMs() == 10000);
    CHECK(engine.displayedSeconds() == 10);

    clock.advance(9999);
    engine.update();
    CHECK(engine.stepIndex() == 0);
    CHECK(engine.displayedSeconds() == 1); // "0:01" lasts to the very end
    clock.advance(1);
    engine.update();
    CHECK(engine.stepIndex() == 1);

    clock.advance(20000);
    engine.update();
    CHECK(engine.state() == State::Finished);
    CHECK(finished.count() == 1);
    CHECK(engine.stepsDone() == 3);
    CHECK(engine.stepsSkipped() == 0);
    CHECK(engine.activeElapsedMs() == 33000);
    CHECK(log.count(CueKind::StepStart) == 3);
    CHECK(log.count(CueKind::Finished) == 1);
    CHECK(engine.progress() == 1.0);
}

TEST_CASE("no drift accumulates over 1,000 steps with late, irregular wake-ups", "[engine]")
{
    FakeClock clock;
    QList<Step> steps;
    for (int i = 0; i < 1000; ++i)
        steps.append(makeStep(1 + i % 7));
    const Routine routine = makeRoutine(steps);
    qint64 total = 0;
    for (const Step& s : routine.steps)
        total += s.durationSeconds * 1000LL;

    SessionEngine engine(routine, clock);
    engine.setLeadInSeconds(0);
    const qint64 t0 = clock.nowMs();
    engine.start();
    std::mt19937 random(42);
    std::uniform_int_distribution<int> lateness(0, 250);
    // Wake up roughly once per second, always late by a random amount.
    qint64 planned = 0;
    while (engine.state() != State::Finished) {
        planned += 1000;
        clock.set(t0 + planned + lateness(random));
        engine.update();
        if (engine.state() == State::Finished)
            break;
        // The position in the plan must match the clock exactly: elapsed plan time of
        // finished steps plus elapsed time in this step equals the time since start.
        qint64 before = 0;
        for (int i = 0; i < engine.stepIndex(); ++i)
            before += routine.steps[i].durationSeconds * 1000LL;
        REQUIRE(before + engine.phaseElapsedMs() == clock.nowMs() - t0);
    }
    CHECK(engine.activeElapsedMs() == total);
    CHECK(engine.stepsDone() == 1000);

    // And a deadline-exact probe at the very end of the plan: one millisecond before the
    // last deadline the last step is still running.
    SessionEngine again(routine, clock);
    again.setLeadInSeconds(0);
    const qint64 t1 = clock.nowMs();
    again.start();
    clock.set(t1 + total - 1);
    again.update();
    CHECK(again.stepIndex() == 999);
    CHECK(again.remainingMs() == 1);
    clock.set(t1 + total);
    again.update();
    CHECK(again.state() == State::Finished);
}

TEST_CASE("a wake-up 900 ms late does not shift later deadlines", "[engine]")
{
    FakeClock clock;
    SessionEngine engine(makeRoutine({makeStep(5), makeStep(5), makeStep(5)}), clock);
    engine.setLeadInSeconds(0);
    engine.start();
    clock.advance(5900);
    engine.update();
    CHECK(engine.stepIndex() == 1);
    CHECK(engine.remainingMs() == 4100); // step 2 began at its deadline, not at the wake-up
    clock.advance(4099);
    engine.update();
    CHECK(engine.stepIndex() == 1);
    clock.advance(1);
    engine.update();
    CHECK(engine.stepIndex() == 2);
    CHECK(engine.remainingMs() == 5000);
}

TEST_CASE("pausing stops time and resuming continues where it was", "[engine]")
{
    FakeClock clock;
    SessionEngine engine(makeRoutine({makeStep(5), makeStep(5)}), clock);
    engine.setLeadInSeconds(0);
    engine.start();
    clock.advance(2500);
    engine.pause();
    CHECK(engine.state() == State::Paused);
    CHECK(engine.msUntilNextEvent() == -1); // nothing to wake up for
    clock.advance(60000);
    engine.update();
    CHECK(engine.remainingMs() == 2500);
    CHECK(engine.activeElapsedMs() == 2500);
    engine.resume();
    CHECK(engine.state() == State::Running);
    CHECK(engine.remainingMs() == 2500);
    clock.advance(2499);
    engine.update();
    CHECK(engine.stepIndex() == 0);
    clock.advance(1);
    engine.update();
    CHECK(engine.stepIndex() == 1);
    // Several pauses add up exactly.
    clock.advance(1000);
    engine.togglePause();
    clock.advance(777);
    engine.togglePause();
    clock.advance(1000);
    engine.togglePause();
    clock.advance(12345);
    engine.togglePause();
    CHECK(engine.remainingMs() == 3000);
    CHECK(engine.activeElapsedMs() == 7000);
}

TEST_CASE("each in-step cue fires once, at its second", "[engine]")
{
    FakeClock clock;
    Step step = makeStep(10);
    step.cues = {{3, QStringLiteral("three")}, {7, QStringLiteral("seven")}};
    SessionEngine engine(makeRoutine({step, makeStep(10)}), clock);
    engine.setLeadInSeconds(0);
    CueLog log(engine);
    engine.start();
    clock.advance(2999);
    engine.update();
    CHECK(log.count(CueKind::StepCue) == 0);
    CHECK(engine.msUntilNextEvent() == 1); // the cue is due before the next second
    clock.advance(1);
    engine.update();
    engine.update();
    engine.update();
    REQUIRE(log.count(CueKind::StepCue) == 1);
    CHECK(log.cues.last().text == QStringLiteral("three"));
    // A late wake-up that jumps over the second cue still fires it, once.
    clock.advance(5500);
    engine.update();
    engine.update();
    CHECK(log.count(CueKind::StepCue) == 2);
    // Skipping a step drops its remaining cues instead of firing them late.
    Step other = makeStep(10);
    other.cues = {{8, QStringLiteral("eight")}};
    FakeClock clock2;
    SessionEngine skipped(makeRoutine({other, makeStep(10)}), clock2);
    skipped.setLeadInSeconds(0);
    CueLog log2(skipped);
    skipped.start();
    clock2.advance(2000);
    skipped.skip();
    clock2.advance(20000);
    skipped.update();
    CHECK(log2.count(CueKind::StepCue) == 0);
}

TEST_CASE("back restarts the step after 3 s, else goes to the previous one", "[engine]")
{
    FakeClock clock;
    SessionEngine engine(makeRoutine({makeStep(10), makeStep(10), makeStep(10)}), clock);
    engine.setLeadInSeconds(0);
    QSignalSpy steps(&engine, &SessionEngine::stepChanged);
    engine.start();

    SECTION("at the first step back restarts it")
    {
        clock.advance(1000);
        engine.back();
        CHECK(engine.stepIndex() == 0);
        CHECK(engine.remainingMs() == 10000);
    }
    SECTION("more than 3 s in, back restarts the current step")
    {
        engine.skip();
        clock.advance(3001);
        engine.back();
        CHECK(engine.stepIndex() == 1);
        CHECK(engine.remainingMs() == 10000);
    }
    SECTION("within 3 s, back goes to the previous step")
    {
        engine.skip();
        clock.advance(3000);
        engine.back();
        CHECK(engine.stepIndex() == 0);
        CHECK(engine.stepStatus(0) == Status::NotReached); // it will be done again
    }
    SECTION("skip at the last step finishes the session, with the step counted as skipped")
    {
        engine.skip();
        engine.skip();
        CHECK(engine.stepIndex() == 2);
        engine.skip();
        CHECK(engine.state() == State::Finished);
        CHECK(engine.stepsSkipped() == 3);
        CHECK(engine.stepsDone() == 0);
        engine.skip(); // nothing left to skip
        engine.back();
        CHECK(engine.state() == State::Finished);
    }
    SECTION("navigation while paused stays paused")
    {
        clock.advance(4000);
        engine.pause();
        engine.skip();
        CHECK(engine.state() == State::Paused);
        CHECK(engine.stepIndex() == 1);
        CHECK(engine.remainingMs() == 10000);
        clock.advance(50000);
        engine.back();
        CHECK(engine.stepIndex() == 0);
        CHECK(engine.state() == State::Paused);
        CHECK(engine.remainingMs() == 10000);
    }
    CHECK(steps.count() >= 1);
}

TEST_CASE("untimed steps wait for continue", "[engine]")
{
    FakeClock clock;
    SessionEngine engine(makeRoutine({makeStep(0), makeStep(5), makeStep(0)}), clock);
    engine.setLeadInSeconds(0);
    engine.start();
    CHECK(engine.isWaitingForContinue());
    CHECK(engine.remainingMs() == -1);
    CHECK(engine.msUntilNextEvent() == -1);
    clock.advance(3'600'000);
    engine.update();
    CHECK(engine.stepIndex() == 0);
    engine.continueStep();
    CHECK(engine.stepIndex() == 1);
    CHECK(engine.stepStatus(0) == Status::Done);
    CHECK(engine.remainingMs() == 5000);
    engine.continueStep(); // a timed step ignores continue
    CHECK(engine.stepIndex() == 1);
    clock.advance(5000);
    engine.update();
    CHECK(engine.stepIndex() == 2);
    engine.skip();
    CHECK(engine.state() == State::Finished);
    CHECK(engine.stepStatus(2) == Status::Skipped);
    CHECK(engine.activeElapsedMs() == 3'605'000);
}

TEST_CASE("sided steps announce the switch, and the halfway point is announced once", "[engine]")
{
    FakeClock clock;
    SessionEngine engine(makeRoutine({makeStep(10, Side::Right), makeStep(10, Side::Left), makeStep(20)}), clock);
    engine.setLeadInSeconds(0);
    CueLog log(engine);
    engine.start();
    CHECK(log.count(CueKind::SwitchSides) == 0);
    clock.advance(10000);
    engine.update();
    REQUIRE(log.count(CueKind::SwitchSides) == 1);
    CHECK(log.count(CueKind::Halfway) == 0);
    clock.advance(10000); // 20 of 40 s: halfway
    engine.update();
    CHECK(log.count(CueKind::Halfway) == 1);
    engine.back(); // back to the left step and through the halfway point again
    clock.advance(30000);
    engine.update();
    CHECK(log.count(CueKind::Halfway) == 1);
}

TEST_CASE("rests follow their step and can be skipped", "[engine]")
{
    FakeClock clock;
    SessionEngine engine(makeRoutine({makeStep(5, Side::None, 10), makeStep(5, Side::None, 10)}), clock);
    engine.setLeadInSeconds(0);
    CueLog log(engine);
    engine.start();
    clock.advance(5000);
    engine.update();
    CHECK(engine.state() == State::Resting);
    CHECK(engine.remainingMs() == 10000);
    REQUIRE(engine.nextStep());
    CHECK(engine.nextStep()->title == QStringLiteral("Step 2"));
    CHECK(log.count(CueKind::RestStart) == 1);
    engine.skip();
    CHECK(engine.state() == State::Running);
    CHECK(engine.stepIndex() == 1);
    clock.advance(5000);
    engine.update();
    CHECK(engine.state() == State::Finished); // no rest after the last step
    CHECK(engine.activeElapsedMs() == 10000);
}

TEST_CASE("the display wakes once per shown second, aligned to the deadline", "[engine]")
{
    FakeClock clock;
    SessionEngine engine(makeRoutine({makeStep(10)}), clock);
    engine.setLeadInSeconds(0);
    CHECK(engine.msUntilNextEvent() == -1); // idle: nothing scheduled
    engine.start();
    CHECK(engine.msUntilNextEvent() == 1000);
    clock.advance(300);
    engine.update();
    CHECK(engine.msUntilNextEvent() == 700);
    CHECK(engine.displayedSeconds() == 10);
    clock.advance(700);
    engine.update();
    CHECK(engine.displayedSeconds() == 9);
    CHECK(engine.msUntilNextEvent() == 1000);
    clock.advance(3999);
    CHECK(engine.msUntilNextEvent() == 1); // the halfway cue at 5 s
    clock.advance(5000);
    engine.update();
    CHECK(engine.msUntilNextEvent() == 1);
    clock.advance(1);
    engine.update();
    CHECK(engine.state() == State::Finished);
    CHECK(engine.msUntilNextEvent() == -1);
}

TEST_CASE("stop ends the session and keeps its counts", "[engine]")
{
    FakeClock clock;
    SessionEngine engine(makeRoutine({makeStep(5), makeStep(5), makeStep(5)}), clock);
    engine.setLeadInSeconds(0);
    QSignalSpy finished(&engine, &SessionEngine::finished);
    engine.start();
    clock.advance(6000);
    engine.update();
    engine.stop();
    CHECK(engine.state() == State::Stopped);
    CHECK(finished.count() == 0);
    CHECK(engine.stepsDone() == 1);
    CHECK(engine.activeElapsedMs() == 6000);
    clock.advance(10000);
    engine.update();
    CHECK(engine.activeElapsedMs() == 6000);
    engine.restart();
    CHECK(engine.state() == State::Running);
    CHECK(engine.stepIndex() == 0);
    CHECK(engine.stepsDone() == 0);
}

TEST_CASE("a snapshot restores the same position, paused, without repeating cues", "[engine]")
{
    FakeClock clock;
    Step first = makeStep(10);
    first.cues = {{2, QStringLiteral("early")}, {8, QStringLiteral("late")}};
    const Routine routine = makeRoutine({makeStep(5), first, makeStep(5)});
    SessionEngine engine(routine, clock);
    engine.setLeadInSeconds(3);
    engine.start();
    clock.advance(3000 + 5000 + 4000);
    engine.update();
    const SessionSnapshot snap = engine.snapshot();
    CHECK(snap.step == 1);
    CHECK(snap.phaseElapsedMs == 4000);
    CHECK(snap.activeElapsedMs == 12000);

    FakeClock later;
    later.set(99'000'000);
    SessionEngine resumed(routine, later);
    resumed.setLeadInSeconds(0); // a different lead-in does not confuse the position
    CueLog log(resumed);
    REQUIRE(resumed.restore(snap));
    CHECK(resumed.state() == State::Paused);
    CHECK(resumed.stepIndex() == 1);
    CHECK(resumed.remainingMs() == 6000);
    CHECK(resumed.stepStatus(0) == Status::Done);
    resumed.resume();
    later.advance(6000);
    resumed.update();
    CHECK(resumed.stepIndex() == 2);
    REQUIRE(log.count(CueKind::StepCue) == 1);
    const auto stepCue = std::find_if(
        log.cues.cbegin(), log.cues.cend(), [](const SessionEngine::Cue& c) { return c.kind == CueKind::StepCue; });
    CHECK(stepCue->text == QStringLiteral("late"));
    CHECK(log.count(CueKind::Halfway) == 1); // not yet heard before the snapshot
    CHECK(resumed.activeElapsedMs() == 18000);

    SessionSnapshot wrong = snap;
    wrong.routineId = QStringLiteral("other");
    CHECK_FALSE(SessionEngine(routine, later).restore(wrong));
    wrong = snap;
    wrong.phaseElapsedMs = 11000;
    CHECK_FALSE(SessionEngine(routine, later).restore(wrong));
}
