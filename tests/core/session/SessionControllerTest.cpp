// SPDX-License-Identifier: MIT
// The session controller against a fake clock and real user-data files in a temporary
// folder: cues and ticks, the position saved every fifteen seconds, stop and undo, resuming an
// interrupted session, when the motion guide demonstrates.
#include "SessionController.h"
#include "FakeClock.h"
#include "Journal.h"
#include "RecordingCues.h"
#include "SessionStore.h"
#include "Settings.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace knead;
using namespace knead::test;
using State = SessionEngine::State;
using Kind = SessionEngine::CueKind;

namespace {

Step makeStep(const QString& title, int seconds, bool motion = false)
{
    Step s;
    s.title = title;
    s.instruction = QStringLiteral("Do it.");
    s.durationSeconds = seconds;
    s.technique = QStringLiteral("t");
    s.region = QStringLiteral("head");
    if (motion)
        s.motion = Motion {MotionPattern::Circles, {}, std::nullopt, 2.0};
    return s;
}

Routine routine()
{
    Routine r;
    r.id = QStringLiteral("test");
    r.name = QStringLiteral("Test routine");
    r.regions = {QStringLiteral("head")};
    r.steps = {makeStep(QStringLiteral("One"), 20, true), makeStep(QStringLiteral("Two"), 30),
        makeStep(QStringLiteral("Three"), 10)};
    r.steps[1].cues = {Cue {8, QStringLiteral("Keep going.")}};
    return r;
}

// A controller over files in a temporary folder, as main() builds it.
struct Fixture
{
    Fixture()
        : settings(dir.filePath(QStringLiteral("knead.conf")))
        , journal(dir.filePath(QStringLiteral("journal.json")))
        , store(dir.filePath(QStringLiteral("session.json")))
    {
        settings.setLeadInSeconds(0);
        controller.emplace(settings, journal, store, clock, cues);
    }

    // Moves the clock and lets the controller catch up, as its timer would.
    void advance(qint64 ms)
    {
        clock.advance(ms);
        controller->catchUp();
    }

    std::optional<StoredSession> stored() { return store.load(nullptr); }

    QTemporaryDir dir;
    Settings settings;
    Journal journal;
    SessionStore store;
    FakeClock clock;
    RecordingCues cues;
    std::optional<SessionController> controller;
};

} // namespace

TEST_CASE("a session runs to its end and is written to the journal once", "[controller]")
{
    Fixture f;
    SessionController& c = *f.controller;
    QSignalSpy changed(&c, &SessionController::sessionChanged);
    QSignalSpy ended(&c, &SessionController::ended);
    c.start(routine(), {{QStringLiteral("head"), 6}});
    CHECK(changed.count() == 1);
    CHECK(f.cues.prepared == 1);
    REQUIRE(c.isActive());
    CHECK(c.engine()->state() == State::Running);
    CHECK(f.cues.count(Kind::StepStart) == 1);
    // The timer is armed for the next second on the countdown, never more often.
    CHECK(c.isTicking());
    CHECK(c.msUntilWakeUp() <= 1001);
    f.advance(20000);
    CHECK(c.engine()->stepIndex() == 1);
    f.advance(8000);
    CHECK(c.cueLine() == QStringLiteral("Keep going."));
    f.advance(2000); // the routine's own halfway, at 30 of 60 seconds
    CHECK(c.cueLine() == QStringLiteral("Halfway through the routine."));
    f.advance(20000 + 10000);
    CHECK_FALSE(c.isActive());
    CHECK_FALSE(c.isTicking());
    REQUIRE(ended.count() == 1);
    CHECK(ended.first().at(1).toBool()); // finished
    REQUIRE(f.journal.entries().size() == 1);
    const JournalEntry& e = f.journal.entries().first();
    CHECK(e.outcome == JournalEntry::Outcome::Finished);
    CHECK(e.stepsDone == 3);
    CHECK(e.activeSeconds == 60);
    CHECK(e.tensionBefore.value(QStringLiteral("head")) == 6);
    // The interrupted-session file is gone: nothing to resume.
    CHECK_FALSE(QFile::exists(f.store.path()));
    c.setTensionAfter({{QStringLiteral("head"), 3}});
    CHECK(f.journal.entries().first().tensionAfter.value(QStringLiteral("head")) == 3);
}

TEST_CASE("the position is saved every fifteen seconds on the monotonic clock", "[controller]")
{
    Fixture f;
    SessionController& c = *f.controller;
    Routine r = routine();
    r.steps[0].durationSeconds = 60; // no step change in the way
    c.start(r, {});
    REQUIRE(SessionController::kSaveIntervalMs == 15000);
    // Saved as the first step starts.
    REQUIRE(f.stored());
    CHECK(f.stored()->snapshot.phaseElapsedMs == 0);
    for (int i = 0; i < 14; ++i)
        f.advance(1000);
    CHECK(f.stored()->snapshot.phaseElapsedMs == 0); // 14 s: not yet
    f.advance(1000);
    REQUIRE(f.stored());
    CHECK(f.stored()->snapshot.phaseElapsedMs == 15000);
    f.advance(14000);
    CHECK(f.stored()->snapshot.phaseElapsedMs == 15000);
    f.advance(1000);
    CHECK(f.stored()->snapshot.phaseElapsedMs == 30000);
    // Pausing saves at once; nothing is saved while paused.
    f.clock.advance(700);
    c.pause();
    CHECK(f.stored()->snapshot.phaseElapsedMs == 30700);
    CHECK_FALSE(c.isTicking());
    f.advance(60000);
    CHECK(f.stored()->snapshot.phaseElapsedMs == 30700);
    // Quitting saves too.
    c.resume();
    f.clock.advance(1200);
    c.saveForQuit();
    CHECK(f.stored()->snapshot.phaseElapsedMs == 31900);
}

TEST_CASE("the last three seconds tick, but never over speech and never at a phase's start", "[controller]")
{
    Fixture f;
    f.settings.setTicksEnabled(true);
    SessionController& c = *f.controller;
    Routine r = routine();
    r.steps = {makeStep(QStringLiteral("Short"), 3), makeStep(QStringLiteral("Long"), 10)};
    c.start(r, {});
    CHECK(f.cues.ticks == 0); // "0:03" at the start of a 3-second step is the start, not a countdown
    f.advance(1000);
    f.advance(1000);
    CHECK(f.cues.ticks == 2); // 0:02, 0:01
    f.advance(1000); // the next step
    CHECK(c.engine()->stepIndex() == 1);
    f.advance(7000); // 0:03 of the second step
    CHECK(f.cues.ticks == 3);
    f.cues.speaking = true;
    f.advance(1000); // 0:02, while words are spoken
    CHECK(f.cues.ticks == 3);
    f.cues.speaking = false;
    f.settings.setTicksEnabled(false);
    f.advance(1000);
    CHECK(f.cues.ticks == 3);
}

TEST_CASE("stop ends the session, and undo takes it up again without a second journal entry", "[controller]")
{
    Fixture f;
    SessionController& c = *f.controller;
    QSignalSpy ended(&c, &SessionController::ended);
    c.start(routine(), {});
    f.advance(25000); // 5 s into step two
    c.stop();
    REQUIRE(ended.count() == 1);
    CHECK_FALSE(ended.first().at(1).toBool());
    CHECK(f.cues.silenced > 0);
    REQUIRE(f.journal.entries().size() == 1);
    CHECK(f.journal.entries().first().outcome == JournalEntry::Outcome::Stopped);
    CHECK_FALSE(QFile::exists(f.store.path()));
    REQUIRE(c.canUndoStop());

    c.undoStop();
    REQUIRE(c.isActive());
    CHECK(c.isPaused());
    CHECK(c.engine()->stepIndex() == 1);
    CHECK(c.engine()->remainingMs() == 25000);
    CHECK(QFile::exists(f.store.path())); // a crash now would still offer to resume
    CHECK_FALSE(c.canUndoStop());
    c.resume();
    f.advance(25000 + 10000);
    CHECK_FALSE(c.isActive());
    REQUIRE(ended.count() == 2);
    REQUIRE(f.journal.entries().size() == 1); // the same entry, updated
    CHECK(f.journal.entries().first().outcome == JournalEntry::Outcome::Finished);
    CHECK(f.journal.entries().first().activeSeconds == 60);
}

TEST_CASE("starting another routine records the active one as stopped", "[controller]")
{
    Fixture f;
    SessionController& c = *f.controller;
    QSignalSpy ended(&c, &SessionController::ended);
    c.start(routine(), {});
    f.advance(5000);
    c.start(routine(), {});
    CHECK(ended.isEmpty()); // nobody is taken to a summary of the old one
    REQUIRE(f.journal.entries().size() == 1);
    CHECK(f.journal.entries().first().outcome == JournalEntry::Outcome::Stopped);
    CHECK(f.journal.entries().first().activeSeconds == 5);
    CHECK(c.isActive());
    CHECK(c.engine()->phaseElapsedMs() == 0);
}

TEST_CASE("an interrupted session resumes paused where it was, or is kept as stopped", "[controller]")
{
    Fixture f;
    Content content;
    content.setRoutine(routine());
    f.controller->start(routine(), {{QStringLiteral("head"), 4}});
    f.advance(20000 + 5000);
    f.controller->saveForQuit();
    f.controller.reset(); // Knead quits without ending the session
    f.controller.emplace(f.settings, f.journal, f.store, f.clock, f.cues);
    SessionController& c = *f.controller;

    const std::optional<StoredSession> stored = c.interruptedSession(content);
    REQUIRE(stored);
    CHECK(stored->snapshot.step == 1);
    SECTION("resume")
    {
        REQUIRE(c.resumeInterrupted(*content.routine(QStringLiteral("test")), *stored));
        CHECK(c.isPaused());
        CHECK(c.engine()->stepIndex() == 1);
        CHECK(c.engine()->remainingMs() == 25000);
        c.resume();
        f.advance(25000 + 10000);
        REQUIRE(f.journal.entries().size() == 1);
        CHECK(f.journal.entries().first().activeSeconds == 60);
        CHECK(f.journal.entries().first().tensionBefore.value(QStringLiteral("head")) == 4);
    }
    SECTION("discard")
    {
        c.discardInterrupted(*content.routine(QStringLiteral("test")), *stored);
        CHECK_FALSE(c.isActive());
        REQUIRE(f.journal.entries().size() == 1);
        CHECK(f.journal.entries().first().outcome == JournalEntry::Outcome::Stopped);
        CHECK(f.journal.entries().first().activeSeconds == 25);
        CHECK_FALSE(c.interruptedSession(content));
    }
    SECTION("a routine that no longer exists is not offered")
    {
        CHECK_FALSE(c.interruptedSession(Content()));
        CHECK_FALSE(QFile::exists(f.store.path()));
    }
}

TEST_CASE("the motion guide demonstrates for the first twelve seconds of a step with a motion", "[controller]")
{
    Fixture f;
    SessionController& c = *f.controller;
    QSignalSpy demonstrating(&c, &SessionController::demonstratingChanged);
    c.start(routine(), {});
    CHECK(c.isDemonstrating());
    REQUIRE(demonstrating.count() == 1);
    CHECK(c.guidePositionMs() == 0);
    f.advance(4000);
    CHECK(c.guidePositionMs() == 4000);
    // Paused in the demonstration, the guide stays where it stopped.
    c.pause();
    CHECK_FALSE(c.isDemonstrating());
    f.clock.advance(30000);
    CHECK(c.guidePositionMs() == 4000);
    c.resume();
    CHECK(c.isDemonstrating());
    f.advance(7999);
    CHECK(c.isDemonstrating());
    CHECK(c.guidePositionMs() == 11999);
    f.advance(1);
    CHECK_FALSE(c.isDemonstrating());
    CHECK(c.guidePositionMs() == 0); // the still diagram: the start of the movement
    CHECK(demonstrating.count() == 4);
    c.pause();
    CHECK_FALSE(c.isDemonstrating());
    c.resume();
    f.advance(8000); // step two has no motion
    CHECK(c.engine()->stepIndex() == 1);
    CHECK_FALSE(c.isDemonstrating());
}

TEST_CASE("the wake-up comes when the demonstration ends, even between countdown seconds", "[controller]")
{
    Fixture f;
    SessionController& c = *f.controller;
    c.start(routine(), {});
    f.clock.advance(11500);
    c.catchUp();
    CHECK(c.isDemonstrating());
    CHECK(c.msUntilWakeUp() <= 501);
}

TEST_CASE(
    "the countdown waits for the voice's words, which a pause cuts and resume repeats", "[controller][announcing]")
{
    Fixture f;
    f.settings.setTicksEnabled(true);
    f.cues.voice = true;
    SessionController& c = *f.controller;
    Routine r = routine();
    r.steps = {makeStep(QStringLiteral("Short"), 3), makeStep(QStringLiteral("Long"), 10)};
    c.start(r, {});
    SessionEngine* e = c.engine();
    REQUIRE(e->isAnnouncing());
    CHECK(c.msUntilWakeUp() > 3000); // only the cap: the words' end is reported
    f.advance(2500);
    CHECK(e->remainingMs() == 3000);
    CHECK(f.cues.ticks == 0);
    f.cues.finishSpeaking(); // the fake voice's words end: the countdown starts now
    CHECK_FALSE(e->isAnnouncing());
    CHECK(c.isTicking());
    CHECK(c.msUntilWakeUp() <= 1001);
    f.advance(1000);
    f.advance(1000);
    CHECK(f.cues.ticks == 2); // 0:02 and 0:01 of the countdown, none during the words
    f.advance(1000);
    REQUIRE(e->stepIndex() == 1);
    CHECK(e->isAnnouncing());
    f.advance(500);
    c.pause();
    CHECK(f.cues.silenced >= 1);
    CHECK_FALSE(f.cues.isSpeaking());
    const int said = f.cues.count(Kind::StepStart);
    f.advance(5000);
    c.resume();
    CHECK(f.cues.count(Kind::StepStart) == said + 1);
    CHECK(f.cues.cues.last().repeat);
    CHECK(e->isAnnouncing());
    f.cues.finishSpeaking();
    f.advance(10000);
    CHECK(e->state() == State::Finished);
    // Words, countdowns and the words said twice: 2.5 + 3 + 0.5 + 0 + 10 s.
    CHECK(e->activeElapsedMs() == 16000);
}

TEST_CASE("with the voice off or silent nothing waits", "[controller][announcing]")
{
    Fixture f;
    SessionController& c = *f.controller;
    c.start(routine(), {});
    CHECK_FALSE(c.engine()->isAnnouncing());
    f.advance(20000);
    CHECK(c.engine()->stepIndex() == 1);
    // A stale "finished" from the speech engine changes nothing.
    f.cues.speaking = true;
    f.cues.finishSpeaking();
    CHECK(c.engine()->remainingMs() == 30000);
}

TEST_CASE("switch sides stays on screen under the step it announces", "[controller][announcing]")
{
    Fixture f;
    SessionController& c = *f.controller;
    Routine r = routine();
    r.steps = {makeStep(QStringLiteral("Right"), 5), makeStep(QStringLiteral("Left"), 10)};
    r.steps[0].side = Side::Right;
    r.steps[1].side = Side::Left;
    c.start(r, {});
    f.advance(5000);
    REQUIRE(c.engine()->stepIndex() == 1);
    CHECK(c.cueLine() == QStringLiteral("Switch sides."));
}
