// SPDX-License-Identifier: MIT
#include "SessionRecorder.h"

namespace knead {

SessionRecorder::SessionRecorder(SessionEngine& engine, Journal& journal, SessionStore& store, QObject* parent)
    : QObject(parent), m_engine(engine), m_journal(journal), m_store(store)
{
    // Coarse is enough for saving, and lets the system batch this wake-up with others.
    m_saveTimer.setTimerType(Qt::CoarseTimer);
    m_saveTimer.setInterval(kSaveIntervalMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &SessionRecorder::saveNow);
    connect(&m_engine, &SessionEngine::stateChanged, this, &SessionRecorder::onStateChanged);
    connect(&m_engine, &SessionEngine::stepChanged, this, &SessionRecorder::saveNow);
}

void SessionRecorder::continueFrom(const StoredSession& stored)
{
    m_started = stored.started;
    m_before = stored.tensionBefore;
}

void SessionRecorder::onStateChanged(SessionEngine::State state)
{
    switch (state) {
    case SessionEngine::State::LeadIn:
    case SessionEngine::State::Running:
    case SessionEngine::State::Resting:
        if (!m_started.isValid())
            m_started = m_wallClock();
        if (!m_saveTimer.isActive())
            m_saveTimer.start();
        break;
    case SessionEngine::State::Paused:
        m_saveTimer.stop();
        saveNow();
        break;
    case SessionEngine::State::Finished:
        m_saveTimer.stop();
        record(JournalEntry::Outcome::Finished);
        break;
    case SessionEngine::State::Stopped:
        m_saveTimer.stop();
        record(JournalEntry::Outcome::Stopped);
        break;
    case SessionEngine::State::Ready:
        break;
    }
}

void SessionRecorder::saveNow()
{
    if (!m_engine.isActive())
        return;
    StoredSession stored;
    stored.snapshot = m_engine.snapshot();
    stored.started = m_started.isValid() ? m_started : m_wallClock();
    stored.saved = m_wallClock();
    stored.tensionBefore = m_before;
    const UserDataProblem p = m_store.save(stored);
    // One message is enough: a full disk would otherwise complain every five seconds.
    if (!p.isEmpty() && !m_reportedSaveProblem) {
        m_reportedSaveProblem = true;
        Q_EMIT problem(p);
    }
}

void SessionRecorder::record(JournalEntry::Outcome outcome)
{
    m_store.clear();
    if (m_entry)
        return; // one entry per session, even if restarted after stopping
    JournalEntry e;
    const Routine& routine = m_engine.routine();
    e.routineId = routine.id;
    e.routineName = routine.name;
    e.ended = m_wallClock();
    e.started = m_started.isValid() ? m_started : e.ended;
    e.activeSeconds = (m_engine.activeElapsedMs() + 500) / 1000;
    e.outcome = outcome;
    e.stepsTotal = m_engine.stepCount();
    e.stepsDone = m_engine.stepsDone();
    e.stepsSkipped = m_engine.stepsSkipped();
    e.regions = routine.regions;
    e.tensionBefore = m_before;
    m_entry = e;
    const UserDataProblem p = m_journal.append(e);
    if (!p.isEmpty()) {
        Q_EMIT problem(p);
        return;
    }
    m_entryIndex = m_journal.entries().size() - 1;
    Q_EMIT recorded(e);
}

UserDataProblem SessionRecorder::setTensionAfter(const QMap<QString, int>& ratings)
{
    if (!m_entry || m_entryIndex < 0)
        return {};
    m_entry->tensionAfter = ratings;
    return m_journal.replace(m_entryIndex, *m_entry);
}

} // namespace knead
