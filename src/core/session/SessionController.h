// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"
#include "Content.h"
#include "Journal.h"
#include "SessionEngine.h"
#include "SessionStore.h"
#include "UserDataFile.h"

#include <QMap>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace knead {

class CueOutput;
class SessionRecorder;
class Settings;

// The one owner of a running session: the engine, the recorder that saves its position and
// writes the journal, the interrupted session offered for resuming, the cues the person
// hears (the final-seconds ticks included), when the motion guide demonstrates, and the one
// timer that wakes the session when something is due. It knows no page: it says what
// happened, and the window decides what to show.
class SessionController : public QObject
{
    Q_OBJECT

public:
    // The motion guide demonstrates the movement for this long at the start of each step,
    // then rests as a still diagram: people follow with eyes closed, and a still picture
    // costs no wake-ups.
    static constexpr qint64 kDemonstrationMs = 12000;
    // The routine's position is saved at least this often while it runs, and at once on every
    // step, pause and quit: after a crash, a session resumes at most this much earlier. Each
    // save waits for the disk (fdatasync); every 5 s that was most of a session's wake-ups.
    static constexpr qint64 kSaveIntervalMs = 15000;

    SessionController(const Settings& settings, Journal& journal, SessionStore& store, const Clock& clock,
        CueOutput& cues, QObject* parent = nullptr);
    ~SessionController() override;

    // The current session, or null before the first start. It stays after the session ends,
    // so the summary can read it, until the next start.
    SessionEngine* engine() const { return m_engine.get(); }
    // Started and neither finished nor stopped (paused counts as active).
    bool isActive() const;
    bool isPaused() const;

    // The prompt shown under the step: the last in-step cue, "switch sides" or "halfway".
    QString cueLine() const { return m_cueLine; }
    // Whether the motion guide should demonstrate now.
    bool isDemonstrating() const;
    // Where in its movement the motion guide stands: the step's elapsed time during the
    // demonstration (paused in it, where it stopped), else 0 (the still diagram shows the start
    // of the movement).
    qint64 guidePositionMs() const;
    // Whether the wake-up timer is armed, and for when: the next second on the countdown, a
    // cue, or the end of the demonstration, whichever is first; nothing while paused or idle.
    bool isTicking() const { return m_timer.isActive(); }
    qint64 msUntilWakeUp() const;

    // The session saved when Knead last stopped mid-routine, if it is recent and its routine
    // is in `content`. Reading it may set aside an unreadable file (reported through problem()).
    std::optional<StoredSession> interruptedSession(const Content& content);

public Q_SLOTS:
    // Starts a routine. A session that is still active is first recorded as stopped.
    void start(const knead::Routine& routine, const QMap<QString, int>& tensionBefore);
    // Continues the interrupted session, paused where it stopped. False when it no longer fits.
    bool resumeInterrupted(const knead::Routine& routine, const knead::StoredSession& stored);
    // Keeps the interrupted session in the journal as stopped, and forgets it.
    void discardInterrupted(const knead::Routine& routine, const knead::StoredSession& stored);

    void togglePause();
    void pause();
    void resume();
    void back();
    void skip();
    void continueStep();
    // Ends the session and records it as stopped; undoStop() brings it back, paused.
    void stop();
    bool canUndoStop() const;
    void undoStop();
    // Adds the ratings given after the session to its journal entry.
    void setTensionAfter(const QMap<QString, int>& ratings);
    // Knead is quitting: the position is saved for resuming next time.
    void saveForQuit();

    // What the timer does when it fires: the session catches up with the clock. Public so
    // that tests with a fake clock move time and call it.
    void catchUp();

Q_SIGNALS:
    // A new session replaced the old one (start, resume, undo): displays read engine() anew.
    void sessionChanged();
    // Anything a display shows changed: state, step, the second on the countdown, cue line.
    void updated();
    // The session finished or was stopped, and its journal entry is written.
    void ended(const knead::JournalEntry& entry, bool finished);
    void demonstratingChanged(bool demonstrating);
    void problem(const knead::UserDataProblem& problem);

private:
    void adopt(std::unique_ptr<SessionEngine> engine, std::unique_ptr<SessionRecorder> recorder);
    void release();
    void onCue(const SessionEngine::Cue& cue);
    void onStateChanged(SessionEngine::State state);
    void refresh();
    void schedule();
    void reportProblem(const UserDataProblem& found);

    const Settings& m_settings;
    Journal& m_journal;
    SessionStore& m_store;
    const Clock& m_clock;
    CueOutput& m_cues;
    std::unique_ptr<SessionEngine> m_engine;
    std::unique_ptr<SessionRecorder> m_recorder;
    QTimer m_timer;
    QString m_cueLine;
    qint64 m_lastShownSecond = -1;
    int m_lastPhase = -1;
    SessionEngine::CueKind m_lastCue = SessionEngine::CueKind::Finished;
    bool m_demonstrating = false;
    std::optional<SessionSnapshot> m_beforeStop; // for undoStop()
};

} // namespace knead
