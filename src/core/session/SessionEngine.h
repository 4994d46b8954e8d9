// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"
#include "Content.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace knead {

// Where a session stands, saved every few seconds so that a crash loses nothing.
struct SessionSnapshot
{
    enum class StepStatus { NotReached, Done, Skipped };
    enum class Phase { LeadIn, Step, Rest };

    QString routineId;
    Phase phase = Phase::LeadIn;
    int step = 0; // the step of that phase (for a rest: the step before it)
    qint64 phaseElapsedMs = 0; // time already spent in that phase
    qint64 activeElapsedMs = 0; // time spent running, pauses excluded
    QList<StepStatus> steps;
    bool halfwayAnnounced = false;
    // The phase's words were still being spoken (or not yet): its countdown had not begun,
    // and it is announced again from its start when the session resumes.
    bool announcing = false;
};

// Runs one routine: lead-in, steps, rests. Time is never counted: every phase has a
// deadline on the injected monotonic clock, the next phase starts at the previous deadline
// (so a late wake-up shifts nothing), and what remains is computed from the deadline on
// demand. The engine has no timer; its owner calls update() whenever it wants the engine
// to catch up with the clock (msUntilNextEvent() says when that is next useful).
//
// Spoken words never eat the time of a phase: when the cue output is speaking the words that
// open a phase (lead-in, step with its "switch sides", rest), the phase first *announces*,
// and its countdown starts when the words end (finishAnnouncement()) or at the latest after
// kAnnouncementCapMs. Cues inside a step are timed from the countdown's start and never
// shift it. Pausing during the words announces the phase again from its start on resume.
class SessionEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { Ready, LeadIn, Running, Resting, Paused, Finished, Stopped };
    Q_ENUM(State)

    enum class CueKind {
        LeadIn, // the lead-in started: "get ready"
        StepStart, // a step started: its title and instruction
        SwitchSides, // a sided step continues the previous one on the other side
        StepCue, // a cue written in the content, at its second
        Halfway, // half of the routine's timed length has passed
        RestStart, // a rest after a step started
        Finished, // the routine is complete
    };
    Q_ENUM(CueKind)

    struct Cue
    {
        CueKind kind = CueKind::StepStart;
        int step = -1;
        QString text; // what is shown and, by default, said
        QString title = {}; // StepStart: the step's title alone (for "say the title only")
        bool repeat = false; // the same phase announced again after a pause: no chime
    };

    // Asked right after the cues that open a phase: is the voice saying them? Without a
    // probe, or when it answers no, nothing waits.
    using SpeechProbe = std::function<bool()>;
    // How long the words of a cue will probably take, 0 when nothing is said; only weighs
    // the progress bar (the real length is what finishAnnouncement() reports).
    using SpeechEstimate = std::function<qint64(const Cue&)>;

    static constexpr int kMaxLeadInSeconds = 10;
    static constexpr qint64 kBackRestartsAfterMs = 3000;
    // The words that open a phase end here at the latest, should the speech engine never
    // say that it has finished.
    static constexpr qint64 kAnnouncementCapMs = 30000;

    SessionEngine(Routine routine, const Clock& clock, QObject* parent = nullptr);

    void setLeadInSeconds(int seconds); // clamped to 0..10; takes effect at the next start
    void setSpeechProbe(SpeechProbe probe) { m_speechProbe = std::move(probe); }
    void setSpeechEstimate(SpeechEstimate estimate); // takes effect at the next start

    const Routine& routine() const { return m_routine; }
    State state() const;
    bool isPaused() const { return m_paused; }
    bool isActive() const; // started and not yet finished or stopped
    int stepIndex() const { return m_phases.isEmpty() ? 0 : m_phases[m_phase].step; }
    int phaseIndex() const { return m_phase; } // changes whenever a lead-in, step or rest begins
    int stepCount() const { return int(m_routine.steps.size()); }
    const Step& currentStep() const { return m_routine.steps[stepIndex()]; }
    const Step* nextStep() const; // the step after the current phase, or null at the end
    bool isWaitingForContinue() const; // an untimed step is running

    // The opening words of the current phase are being spoken: its countdown waits.
    bool isAnnouncing() const { return isActive() && m_announcing; }
    qint64 announcementElapsedMs() const;

    // The current phase (lead-in, step or rest): its length, the time spent in its timed
    // part (0 while announcing) and the time left, in milliseconds. For an untimed step
    // length and remaining are -1.
    qint64 phaseDurationMs() const;
    qint64 phaseElapsedMs() const;
    qint64 remainingMs() const;
    // Seconds as the countdown shows them: rounded up, so "0:01" lasts until the very end.
    qint64 displayedSeconds() const;
    qint64 activeElapsedMs() const;

    // Milliseconds until the displayed second changes or a cue is due, whichever comes
    // first; -1 when nothing will happen without the person (ready, paused, untimed, over).
    qint64 msUntilNextEvent() const;

    // Progress through the routine, 0..1: the timed plan plus the estimated words.
    double progress() const;
    // For the progress bar: each step's weight (its words, its time, its rest and the rest's
    // words, in ms) and how far the current step's weight is done, 0..1.
    QList<qint64> stepWeightsMs() const;
    double currentStepFraction() const;
    SessionSnapshot::StepStatus stepStatus(int step) const { return m_status.value(step); }
    int stepsDone() const;
    int stepsSkipped() const;

    SessionSnapshot snapshot() const;
    // Continues from a snapshot of the same routine, paused. Returns false when it does not fit.
    bool restore(const SessionSnapshot& snapshot);

public Q_SLOTS:
    void start();
    void pause();
    void resume();
    void togglePause();
    void skip();
    void back();
    void restart();
    void stop();
    void continueStep(); // finishes an untimed step as done
    // The cue output has finished saying the phase's opening words: the countdown starts now.
    void finishAnnouncement();
    void update();

Q_SIGNALS:
    void stateChanged(knead::SessionEngine::State state);
    void stepChanged(int step);
    void cueTriggered(const knead::SessionEngine::Cue& cue);
    void finished();
    void progressChanged(); // anything that changes the display besides the passing of time

private:
    using PhaseKind = SessionSnapshot::Phase;
    struct Phase
    {
        PhaseKind kind;
        int step;
        qint64 durationMs; // -1: untimed
        qint64 planStartMs; // where the phase begins in the routine's timed plan
        qint64 wordsMs = 0; // the estimated length of its opening words
        qint64 weightStartMs = 0; // where it begins in the plan with the words, for progress
    };
    struct PendingCue
    {
        qint64 atMs; // into the phase
        Cue cue;
    };

    void buildPhases();
    void enterPhase(int phase, qint64 startMs, bool announce);
    QList<Cue> openingCues(int phase) const;
    void announce(qint64 startMs, bool repeat);
    void startCountdown(qint64 atMs);
    qint64 phaseActiveMs(qint64 atMs) const; // time spent in the current phase, words included
    qint64 weightPosition() const; // where the session is in the plan with the words
    void completePhase(qint64 endMs, bool skipped);
    void finish();
    void fireDueCues(qint64 now);
    qint64 now() const { return m_clock.nowMs(); }
    qint64 effectiveNow() const { return m_paused ? m_pausedAtMs : now(); }
    QList<PendingCue> cuesForPhase(int phase) const;
    void setRunningState();
    void emitStateIfChanged();
    int firstStepPhase(int step) const;

    Routine m_routine;
    const Clock& m_clock;
    int m_leadInSeconds = 3;
    QList<Phase> m_phases;
    qint64 m_planTotalMs = 0; // timed parts only: where "halfway" is
    qint64 m_weightTotalMs = 0; // with the estimated words: what the progress bar shows
    int m_phase = 0;
    qint64 m_phaseStartMs = 0; // clock time the current phase's countdown began, shifted by pauses
    bool m_announcing = false; // the countdown waits for the opening words
    bool m_announced = false; // the opening words were said (else they are due on resume)
    qint64 m_announceStartMs = 0;
    qint64 m_announceCapMs = 0; // clock time the words are taken to have ended at the latest
    SpeechProbe m_speechProbe;
    SpeechEstimate m_speechEstimate;
    bool m_started = false;
    bool m_over = false;
    bool m_stopped = false;
    bool m_paused = false;
    qint64 m_pausedAtMs = 0;
    qint64 m_activeBeforePhaseMs = 0; // active time spent in earlier phases
    QList<SessionSnapshot::StepStatus> m_status;
    QList<PendingCue> m_pendingCues; // for the current phase, in time order
    bool m_halfwayAnnounced = false;
    State m_lastState = State::Ready;
};

} // namespace knead
