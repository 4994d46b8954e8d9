// SPDX-License-Identifier: MIT
#pragma once

#include "UserDataFile.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace knead {

// One session as it is remembered: what, when, how far, and how tense before and after.
struct JournalEntry
{
    enum class Outcome { Finished, Stopped };

    QString routineId;
    QString routineName;
    QDateTime started; // UTC
    QDateTime ended;   // UTC
    qint64 activeSeconds = 0;
    Outcome outcome = Outcome::Finished;
    int stepsTotal = 0;
    int stepsDone = 0;
    int stepsSkipped = 0;
    QStringList regions;
    QMap<QString, int> tensionBefore; // region id -> 0..10, only those the person rated
    QMap<QString, int> tensionAfter;

    friend bool operator==(const JournalEntry&, const JournalEntry&) = default;
};

// The person's session history: one JSON file, appended by rewriting it atomically, so a
// crash at any moment leaves either the old or the new file, both complete.
class Journal
{
public:
    static constexpr int kFormat = 1;

    explicit Journal(QString path);

    // Reads the file. A file that is not a journal is moved aside (never overwritten) and
    // a new, empty journal starts; the returned problem says what happened.
    UserDataProblem load();
    // Appends and saves. Returns what went wrong, or an empty problem.
    UserDataProblem append(const JournalEntry& entry);
    // Rewrites one entry, e.g. to add the ratings given after a session.
    UserDataProblem replace(qsizetype index, const JournalEntry& entry);

    const QList<JournalEntry>& entries() const { return m_entries; }
    QString path() const { return m_path; }

    // The (ended, rating) pairs of a region, oldest first: "after" ratings where given,
    // else "before" ratings.
    QList<std::pair<QDateTime, int>> tensionTrend(const QString& regionId) const;

    static QByteArray serialize(const QList<JournalEntry>& entries);
    // Returns the entries, or an error message describing the first problem.
    static std::optional<QList<JournalEntry>> parse(const QByteArray& data, QString* error);

private:
    QString m_path;
    QList<JournalEntry> m_entries;
};

} // namespace knead
