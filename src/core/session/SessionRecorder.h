// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"
#include "Journal.h"
#include "SessionEngine.h"
#include "SessionStore.h"

#include <QDateTime>
#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

namespace knead {

// Keeps the person's record of one session: saves the running position (at every step,
// pause and quit, and every few seconds in between) so a crash loses nothing, and writes
// the journal entry when the session finishes or is stopped. The engine knows no files.
class SessionRecorder : public QObject
{
    Q_OBJECT

public:
    using WallClock = std::function<QDateTime()>;

    SessionRecorder(
        SessionEngine& engine, Journal& journal, SessionStore& store, const Clock& clock, QObject* parent = nullptr);

    void setWallClock(WallClock clock) { m_wallClock = std::move(clock); }
    void setTensionBefore(const QMap<QString, int>& ratings) { m_before = ratings; }
    // For a resumed session: keep the original start time and ratings.
    void continueFrom(const StoredSession& stored);

    // The journal entry written at the end, if any.
    std::optional<JournalEntry> entry() const { return m_entry; }
    // Adds the ratings given after the session to its journal entry.
    UserDataProblem setTensionAfter(const QMap<QString, int>& ratings);

    // Its owner passes on what the engine reports, so the journal entry is written before
    // anyone else hears that the session ended.
    void engineStateChanged(SessionEngine::State state);
    // Saves the position if the last save is `intervalMs` or more ago on the monotonic clock.
    void saveIfDue(qint64 intervalMs);
    void saveNow();

Q_SIGNALS:
    void problem(const knead::UserDataProblem& problem);

private:
    void record(JournalEntry::Outcome outcome);

    SessionEngine& m_engine;
    Journal& m_journal;
    SessionStore& m_store;
    const Clock& m_clock;
    WallClock m_wallClock = [] { return QDateTime::currentDateTimeUtc(); };
    QDateTime m_started;
    QMap<QString, int> m_before;
    std::optional<JournalEntry> m_entry;
    qint64 m_lastSaveMs = 0;
    bool m_reportedSaveProblem = false;
};

} // namespace knead
