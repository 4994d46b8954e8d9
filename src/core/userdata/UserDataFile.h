// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace knead {

// What happened when a user data file was read, for telling the person.
struct UserDataProblem
{
    QString file; // the file that had the problem
    QString setAsideAs; // where the unreadable original was moved, if it was
    QString message; // what went wrong, in plain words

    bool isEmpty() const { return message.isEmpty(); }
    QString toString() const;
};

// Reading and writing the person's own files (journal, interrupted session, settings):
// writes are atomic (QSaveFile), and a file that cannot be understood is never overwritten
// but moved aside as "<name>.corrupt-<UTC timestamp>".
namespace UserDataFile {

struct ReadResult
{
    bool exists = false;
    QByteArray data;
    QString error; // the file exists but cannot be read
};

inline constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

ReadResult read(const QString& path);
// Writes through QSaveFile, creating the folder if needed. Returns an error message or "".
QString write(const QString& path, const QByteArray& data);
// Renames `path` aside; returns the new name, or "" when even that failed.
QString setAside(const QString& path, const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());
// Creates the folder if needed and checks that a file can be written in it. An empty
// problem when all is well; else what to tell the person (Knead still runs).
UserDataProblem checkFolder(const QString& folder);

} // namespace UserDataFile

} // namespace knead
