// SPDX-License-Identifier: MIT
#include "SessionController.h"

#include "CueOutput.h"
#include "SessionRecorder.h"
#include "Settings.h"

#include <algorithm>

namespace knead {

SessionController::SessionController(const Settings& settings, Journal& journal, SessionStore& store,
    const Clock& clock, CueOutput& cues, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_journal(journal)
    , m_store(store)
    , m_clock(clock)
    , m_cues(cues)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // coarse timers may be 5 % late: 50 ms a second
    connect(&m_timer, &QTimer::timeout, this, &SessionController::catchUp);
    // The words that open a phase have ended: its countdown starts.
    connect(&m_cues, &CueOutput::speechFinished, this, [this] {
        if (m_engine && m_engine->isAnnouncing())
            m_engine->finishAnnouncement(); // refreshes through progressChanged
    });
}

SessionController::~SessionController()
{
    // The engine's signals must not reach a half-destroyed controller.
    if (m_engine)
        disconnect(m_engine.get(), nullptr, this, nullptr);
}

bool SessionController::isActive() const
{
    return m_engine && m_engine->isActive();
}

bool SessionController::isPaused() const
{
    return m_engine && m_engine->isPaused();
}

bool SessionController::isDemonstrating() const
{
    if (!m_engine || m_engine->state() != SessionEngine::State::Running || !m_engine->currentStep().motion)
        return false;
    return m_engine->phaseElapsedMs() < kDemonstrationMs;
}

qint64 SessionController::guidePositionMs() const
{
    const qint64 elapsed = m_engine ? m_engine->phaseElapsedMs() : 0;
    return elapsed < kDemonstrationMs ? elapsed : 0;
}

qint64 SessionController::msUntilWakeUp() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

std::optional<StoredSession> SessionController::interruptedSession(const Content& content)
{
    UserDataProblem problem;
    std::optional<StoredSession> stored = m_store.load(&problem);
    reportProblem(problem);
    if (!stored)
        return std::nullopt;
    if (!content.routine(stored->snapshot.routineId)
        || !SessionStore::isRecent(*stored, QDateTime::currentDateTimeUtc())) {
        m_store.clear();
        return std::nullopt;
    }
    return stored;
}

void SessionController::adopt(std::unique_ptr<SessionEngine> engine, std::unique_ptr<SessionRecorder> recorder)
{
    release();
    m_engine = std::move(engine);
    m_recorder = std::move(recorder);
    m_cueLine.clear();
    m_lastShownSecond = -1;
    m_lastPhase = -1;
    m_beforeStop.reset();
    // The controller alone listens to the engine and tells the recorder first, so the
    // journal entry exists before anyone hears that the session ended.
    connect(m_recorder.get(), &SessionRecorder::problem, this, &SessionController::reportProblem);
    connect(m_engine.get(), &SessionEngine::cueTriggered, this, &SessionController::onCue);
    connect(m_engine.get(), &SessionEngine::stateChanged, this, &SessionController::onStateChanged);
    connect(m_engine.get(), &SessionEngine::stepChanged, this, [this] {
        m_cueLine.clear();
        m_recorder->saveNow();
    });
    connect(m_engine.get(), &SessionEngine::progressChanged, this, &SessionController::refresh);
    m_cues.prepare();
    // The countdown waits for the words only while the cue output is really saying them:
    // with the voice off or no audio device nothing waits.
    m_engine->setSpeechProbe([this] { return m_cues.isSpeaking(); });
    m_engine->setSpeechEstimate([this](const SessionEngine::Cue& cue) { return m_cues.estimatedSpeechMs(cue); });
}

void SessionController::release()
{
    m_timer.stop();
    if (!m_engine)
        return;
    disconnect(m_engine.get(), nullptr, this, nullptr);
    if (m_engine->isActive()) {
        // The old session is kept in the journal as stopped.
        m_engine->stop();
        m_recorder->engineStateChanged(SessionEngine::State::Stopped);
    }
    m_cues.silence();
    m_recorder.reset();
    m_engine.reset();
}

void SessionController::start(const Routine& routine, const QMap<QString, int>& tensionBefore)
{
    if (routine.steps.isEmpty())
        return;
    auto engine = std::make_unique<SessionEngine>(routine, m_clock);
    engine->setLeadInSeconds(m_settings.leadInSeconds());
    auto recorder = std::make_unique<SessionRecorder>(*engine, m_journal, m_store, m_clock);
    recorder->setTensionBefore(tensionBefore);
    adopt(std::move(engine), std::move(recorder));
    Q_EMIT sessionChanged();
    m_engine->start();
}

bool SessionController::resumeInterrupted(const Routine& routine, const StoredSession& stored)
{
    auto engine = std::make_unique<SessionEngine>(routine, m_clock);
    engine->setLeadInSeconds(m_settings.leadInSeconds());
    auto recorder = std::make_unique<SessionRecorder>(*engine, m_journal, m_store, m_clock);
    recorder->continueFrom(stored);
    adopt(std::move(engine), std::move(recorder));
    if (!m_engine->restore(stored.snapshot)) {
        m_store.clear();
        disconnect(m_engine.get(), nullptr, this, nullptr);
        m_recorder.reset();
        m_engine.reset();
        return false;
    }
    Q_EMIT sessionChanged();
    refresh();
    return true;
}

void SessionController::discardInterrupted(const Routine& routine, const StoredSession& stored)
{
    if (isActive())
        return; // never ends a session the person is in
    SessionEngine engine(routine, m_clock);
    SessionRecorder recorder(engine, m_journal, m_store, m_clock);
    recorder.continueFrom(stored);
    connect(&recorder, &SessionRecorder::problem, this, &SessionController::reportProblem);
    if (engine.restore(stored.snapshot)) {
        engine.stop();
        recorder.engineStateChanged(SessionEngine::State::Stopped);
    }
    m_store.clear();
}

void SessionController::togglePause()
{
    if (!m_engine)
        return;
    if (!m_engine->isActive() && m_engine->state() != SessionEngine::State::Ready)
        return; // an ended session starts again only through start()
    m_engine->togglePause();
}

void SessionController::pause()
{
    if (m_engine)
        m_engine->pause();
}

void SessionController::resume()
{
    if (m_engine)
        m_engine->resume();
}

void SessionController::back()
{
    if (m_engine)
        m_engine->back();
}

void SessionController::skip()
{
    if (m_engine)
        m_engine->skip();
}

void SessionController::continueStep()
{
    if (m_engine)
        m_engine->continueStep();
}

void SessionController::stop()
{
    if (!isActive())
        return;
    // Kept before stopping: the engine reports the end at once, and whoever shows it asks
    // whether it can be undone.
    m_beforeStop = m_engine->snapshot();
    m_engine->stop();
    if (m_engine->state() != SessionEngine::State::Stopped)
        m_beforeStop.reset();
}

bool SessionController::canUndoStop() const
{
    return m_beforeStop.has_value() && m_engine && m_engine->state() == SessionEngine::State::Stopped;
}

void SessionController::undoStop()
{
    if (!canUndoStop())
        return;
    const SessionSnapshot snapshot = *m_beforeStop;
    m_beforeStop.reset();
    // Back where it was, paused; the journal entry is updated when it ends again.
    if (m_engine->restore(snapshot)) {
        m_recorder->saveNow();
        Q_EMIT sessionChanged();
        refresh();
    }
}

void SessionController::setTensionAfter(const QMap<QString, int>& ratings)
{
    if (!m_recorder || ratings.isEmpty())
        return;
    reportProblem(m_recorder->setTensionAfter(ratings));
}

void SessionController::saveForQuit()
{
    if (m_recorder)
        m_recorder->saveNow();
    m_cues.silence();
}

void SessionController::catchUp()
{
    if (!m_engine)
        return;
    m_engine->update(); // fires due cues and advances phases, which refresh through signals
    if (m_engine && m_engine->isActive() && !m_engine->isPaused())
        m_recorder->saveIfDue(kSaveIntervalMs);
    refresh();
}

void SessionController::onCue(const SessionEngine::Cue& cue)
{
    m_cues.cue(cue);
    using Kind = SessionEngine::CueKind;
    // In-step prompts are also shown, for people without sound.
    if (cue.kind == Kind::StepCue || cue.kind == Kind::Halfway || cue.kind == Kind::SwitchSides)
        m_cueLine = cue.text;
    else if ((cue.kind == Kind::StepStart && m_lastCue != Kind::SwitchSides) || cue.kind == Kind::RestStart)
        m_cueLine.clear(); // "switch sides" stays under the step it belongs to
    m_lastCue = cue.kind;
}

void SessionController::onStateChanged(SessionEngine::State state)
{
    m_recorder->engineStateChanged(state);
    if (state == SessionEngine::State::Paused || state == SessionEngine::State::Stopped)
        m_cues.silence();
    if (state != SessionEngine::State::Stopped)
        m_beforeStop.reset();
    refresh();
    if (state == SessionEngine::State::Finished || state == SessionEngine::State::Stopped) {
        if (const std::optional<JournalEntry> entry = m_recorder->entry())
            Q_EMIT ended(*entry, state == SessionEngine::State::Finished);
    }
}

void SessionController::refresh()
{
    if (!m_engine)
        return;
    const SessionEngine::State state = m_engine->state();
    const qint64 shownSeconds = m_engine->displayedSeconds();
    const qint64 remaining = m_engine->remainingMs();
    // A new phase starts its own countdown: its first seconds are never "the last three".
    if (m_engine->phaseIndex() != m_lastPhase) {
        m_lastPhase = m_engine->phaseIndex();
        m_lastShownSecond = -1;
    }
    // The optional tick in the last three seconds of a step or rest, never over speech.
    const bool counting = (state == SessionEngine::State::Running || state == SessionEngine::State::Resting)
        && !m_engine->isAnnouncing();
    if (counting && remaining > 0 && shownSeconds != m_lastShownSecond && shownSeconds <= 3 && m_lastShownSecond != -1
        && m_settings.ticksEnabled() && !m_cues.isSpeaking())
        m_cues.tick();
    m_lastShownSecond = shownSeconds;

    const bool demonstrating = isDemonstrating();
    if (demonstrating != m_demonstrating) {
        m_demonstrating = demonstrating;
        Q_EMIT demonstratingChanged(demonstrating);
    }
    schedule();
    Q_EMIT updated();
}

void SessionController::schedule()
{
    qint64 wait = m_engine ? m_engine->msUntilNextEvent() : -1;
    if (m_demonstrating) {
        const qint64 untilStill = std::max<qint64>(0, kDemonstrationMs - m_engine->phaseElapsedMs());
        wait = wait < 0 ? untilStill : std::min(wait, untilStill);
    }
    if (wait < 0) {
        m_timer.stop();
        return;
    }
    // One millisecond past the boundary, so the display has certainly moved on.
    m_timer.start(int(std::min<qint64>(wait + 1, 24 * 3600 * 1000)));
}

void SessionController::reportProblem(const UserDataProblem& found)
{
    if (!found.isEmpty())
        Q_EMIT problem(found);
}

} // namespace knead
