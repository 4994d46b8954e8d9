// SPDX-License-Identifier: MIT
#include "SessionRecorder.h"

namespace knead {

SessionRecorder::SessionRecorder(
    SessionEngine& engine, Journal& journal, SessionStore& store, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_journal(journal)
    , m_store(store)
    , m_clock(clock)
{
    m_lastSaveMs = m_clock.nowMs();
}

void SessionRecorder::continueFrom(const StoredSession& stored)
{
    m_started = stored.started;
    m_before = stored.tensionBefore;
}

void SessionRecorder::engineStateChanged(SessionEngine::State state)
{
    switch (state) {
    case SessionEngine::State::LeadIn:
    case SessionEngine::State::Running:
    case SessionEngine::State::Resting:
        if (!m_started.isValid())
            m_started = m_wallClock();
        break;
    case SessionEngine::State::Paused:
        saveNow();
        break;
    case SessionEngine::State::Finished:
        record(JournalEntry::Outcome::Finished);
        break;
    case SessionEngine::State::Stopped:
        record(JournalEntry::Outcome::Stopped);
        break;
    case SessionEngine::State::Ready:
        break;
    }
}

void SessionRecorder::saveIfDue(qint64 intervalMs)
{
    if (m_clock.nowMs() - m_lastSaveMs >= intervalMs)
        saveNow();
}

void SessionRecorder::saveNow()
{
    if (!m_engine.isActive())
        return;
    m_lastSaveMs = m_clock.nowMs();
    StoredSession stored;
    stored.snapshot = m_engine.snapshot();
    stored.started = m_started.isValid() ? m_started : m_wallClock();
    stored.saved = m_wallClock();
    stored.tensionBefore = m_before;
    const UserDataProblem p = m_store.save(stored);
    // One message is enough: a full disk would otherwise complain at every save.
    if (!p.isEmpty() && !m_reportedSaveProblem) {
        m_reportedSaveProblem = true;
        Q_EMIT problem(p);
    }
}

void SessionRecorder::record(JournalEntry::Outcome outcome)
{
    m_store.clear();
    JournalEntry e = m_entry.value_or(JournalEntry());
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
    // The entry has its id from the first time it is written: a session resumed after "stop"
    // (undo) ends once more, and its entry is updated, not doubled.
    if (e.id.isEmpty())
        e.id = Journal::newId();
    m_entry = e;
    if (const UserDataProblem p = m_journal.upsert(e); !p.isEmpty())
        Q_EMIT problem(p);
}

UserDataProblem SessionRecorder::setTensionAfter(const QMap<QString, int>& ratings)
{
    if (!m_entry)
        return {};
    m_entry->tensionAfter = ratings;
    return m_journal.upsert(*m_entry);
}

} // namespace knead
