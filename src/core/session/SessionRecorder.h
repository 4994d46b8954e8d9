// SPDX-License-Identifier: MIT
#pragma once

#include "Journal.h"
#include "SessionEngine.h"
#include "SessionStore.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <functional>

namespace knead {

// Keeps the person's record of one session: saves the running position every few seconds
// (and at every step, pause and quit) so a crash loses nothing, and appends the journal
// entry when the session finishes or is stopped. The engine knows nothing about files.
class SessionRecorder : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSaveIntervalMs = 5000;
    using WallClock = std::function<QDateTime()>;

    SessionRecorder(SessionEngine& engine, Journal& journal, SessionStore& store, QObject* parent = nullptr);

    void setWallClock(WallClock clock) { m_wallClock = std::move(clock); }
    void setTensionBefore(const QMap<QString, int>& ratings) { m_before = ratings; }
    // For a resumed session: keep the original start time and ratings.
    void continueFrom(const StoredSession& stored);

    // The journal entry written at the end, if any, and its index in the journal.
    std::optional<JournalEntry> entry() const { return m_entry; }
    // Adds the ratings given after the session to its journal entry.
    UserDataProblem setTensionAfter(const QMap<QString, int>& ratings);

public Q_SLOTS:
    void saveNow(); // also called when Knead quits

Q_SIGNALS:
    void problem(const knead::UserDataProblem& problem);
    void recorded(const knead::JournalEntry& entry);

private:
    void onStateChanged(SessionEngine::State state);
    void record(JournalEntry::Outcome outcome);

    SessionEngine& m_engine;
    Journal& m_journal;
    SessionStore& m_store;
    QTimer m_saveTimer;
    WallClock m_wallClock = [] { return QDateTime::currentDateTimeUtc(); };
    QDateTime m_started;
    QMap<QString, int> m_before;
    std::optional<JournalEntry> m_entry;
    qsizetype m_entryIndex = -1;
    bool m_reportedSaveProblem = false;
};

} // namespace knead
