// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "SessionEngine.h"
#include "UserDataFile.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace knead {

// A running session as saved to disk, for resuming after a crash or a forced quit.
struct StoredSession
{
    SessionSnapshot snapshot;
    QDateTime started; // UTC, when the session began
    QDateTime saved; // UTC, when this was written
    QMap<QString, int> tensionBefore;

    friend bool operator==(const StoredSession& a, const StoredSession& b)
    {
        return a.snapshot.routineId == b.snapshot.routineId && a.snapshot.phase == b.snapshot.phase
            && a.snapshot.step == b.snapshot.step && a.snapshot.phaseElapsedMs == b.snapshot.phaseElapsedMs
            && a.snapshot.activeElapsedMs == b.snapshot.activeElapsedMs && a.snapshot.steps == b.snapshot.steps
            && a.snapshot.halfwayAnnounced == b.snapshot.halfwayAnnounced
            && a.snapshot.announcing == b.snapshot.announcing && a.started == b.started && a.saved == b.saved
            && a.tensionBefore == b.tensionBefore;
    }
};

// The file holding the interrupted session (session.json). Saved every few seconds while a
// session runs and when Knead quits; removed when the session ends normally.
class SessionStore
{
    Q_DECLARE_TR_FUNCTIONS(SessionStore)

public:
    // 2 adds "announcing"; format 1 files are still read.
    static constexpr int kFormat = 2;
    static constexpr qint64 kOfferResumeWithinSecs = 12 * 3600;

    explicit SessionStore(QString path);

    UserDataProblem save(const StoredSession& session);
    // The stored session, if there is a readable one. A file that cannot be understood is
    // moved aside and reported through `problem`.
    std::optional<StoredSession> load(UserDataProblem* problem);
    void clear();
    // A session worth offering to resume: saved within 12 hours of `nowUtc`.
    static bool isRecent(const StoredSession& session, const QDateTime& nowUtc);

    QString path() const { return m_path; }

    static QByteArray serialize(const StoredSession& session);
    static std::optional<StoredSession> parse(const QByteArray& data, QString* error);

private:
    QString m_path;
};

} // namespace knead
