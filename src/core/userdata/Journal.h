// SPDX-License-Identifier: MIT
#pragma once

#include "UserDataFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <string_view>

namespace knead {

class Settings;

// One session as it is remembered: what, when, how far, and how tense before and after.
struct JournalEntry
{
    enum class Outcome { Finished, Stopped };

    QString id; // a UUID without braces, the same on every device
    QDateTime updated; // UTC; set by the journal on every write, the newest write wins
    QString routineId;
    QString routineName;
    QDateTime started; // UTC
    QDateTime ended; // UTC
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

// The person's session history, kept so that a folder synced between computers (Syncthing,
// Nextcloud, …) never needs to merge a file:
// - every device, and every running instance on it, appends to a file of its own in the
//   journal folder, `<device-id>.jsonl`, one JSON object a line, never rewritten;
// - a change is a new line for the same id with a newer `updated` time, a deletion a
//   tombstone line; reading takes the union of every file in the folder, conflict copies
//   made by sync tools included, and per id the newest line wins;
// - each append is flushed and fsync'ed before it is reported written, so a crash loses
//   nothing that was reported; a torn last line (a crash mid-append) is skipped with a note.
// Two instances on one device: each holds an exclusive lock (flock) on the file it appends
// to for as long as it runs; a second instance finds the lock taken and appends to
// `<device-id>-2.jsonl` instead, so no file ever has two writers.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)

public:
    using WallClock = std::function<QDateTime()>;

    static constexpr int kLegacyFormat = 1; // the single journal.json of Knead 0.1
    static constexpr int kFormat = 2; // "v" of every line
    static constexpr qsizetype kMaxLineBytes = 256 * 1024;

    // `deviceId` names the file this instance appends to; an empty id gives a random one (a
    // journal that is only read never creates a file).
    explicit Journal(QString folder, QString deviceId = {});
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    void setWallClock(WallClock clock) { m_wallClock = std::move(clock); }
    // The old single-file journal to migrate at load(): its entries are written to this
    // device's file and the original is renamed to "<path>.migrated-<UTC timestamp>".
    void setLegacyFile(const QString& path) { m_legacyFile = path; }

    // Reads every journal file in the folder. Lines that cannot be read are skipped and
    // named in the returned problem; nothing is ever overwritten or deleted.
    UserDataProblem load();
    // Loads again if any file in the folder changed since (another instance, a sync tool).
    // Returns whether it did.
    bool reloadIfChanged();

    // Adds the entry, or replaces the one with the same id. An entry without an id gets one.
    // Returns what went wrong, or an empty problem.
    UserDataProblem upsert(const JournalEntry& entry);
    // Removes the entry with this id (a tombstone line; upsert() brings it back).
    UserDataProblem remove(const QString& id);
    static QString newId();

    // The living entries, oldest `started` first.
    const QList<JournalEntry>& entries() const { return m_entries; }
    const JournalEntry* find(const QString& id) const;
    // Changes whenever entries() does, for views that cache what they computed from it.
    quint64 revision() const { return m_revision; }

    QString folder() const { return m_folder; }
    QString path() const { return m_folder; }
    QString deviceId() const { return m_deviceId; }
    // The file this instance appends to, once it has appended (else empty).
    QString deviceFile() const;
    // Where the migrated legacy journal was kept, after a migration in this run.
    QString migratedBackup() const { return m_migratedBackup; }

    // What the last load() skipped.
    struct LoadReport
    {
        int files = 0; // journal files read
        int tornLines = 0; // last lines cut off mid-append
        int badLines = 0; // lines that are not journal lines (or from a newer Knead)
        int unreadableFiles = 0;
        int migrated = 0; // entries carried over from the old single-file journal
    };
    const LoadReport& loadReport() const { return m_report; }

    // Copies every journal file to `folder`, appends there from now on and loads it. The old
    // files stay where they are. A file of the same name that differs is copied beside it.
    struct MoveResult
    {
        UserDataProblem problem;
        int filesCopied = 0;
    };
    MoveResult moveTo(const QString& folder);

    // The default folder inside the data folder.
    static QString defaultFolder(const QString& dataFolder);
    // The id this installation appends under: kept in the settings (which do not sync), made
    // once from the host name and a random part, and made anew when the settings were copied
    // to another machine.
    static QString deviceIdFor(Settings& settings);
    static bool isValidDeviceId(const QString& id);
    // Whether a file in the journal folder is read: "*.jsonl" and what sync tools make of it
    // ("x.sync-conflict-….jsonl", "x (conflicted copy …).jsonl", …), not hidden or temporary files.
    static bool isJournalFileName(const QString& fileName);

    // The line format (one JSON object, no newline).
    struct Line
    {
        JournalEntry entry; // for a tombstone only id and updated are set
        bool deleted = false;
    };
    static QByteArray serializeLine(const JournalEntry& entry);
    static QByteArray tombstoneLine(const QString& id, const QDateTime& updated);
    static std::optional<Line> parseLine(std::string_view line, QString* error);
    // The legacy single-file format.
    static std::optional<QList<JournalEntry>> parseLegacy(const QByteArray& data, QString* error);

private:
    class DeviceFile;
    struct Record
    {
        qint64 updatedMs = 0;
        quint64 tiebreak = 0; // a hash of the line: the same winner on every device
        bool deleted = false;
        // Newest wins; at the same millisecond a deletion, then the larger hash: every device
        // picks the same line.
        bool beats(const Record& other) const
        {
            if (updatedMs != other.updatedMs)
                return updatedMs > other.updatedMs;
            if (deleted != other.deleted)
                return deleted;
            return tiebreak > other.tiebreak;
        }
    };
    struct FileStamp
    {
        qint64 size = -1;
        qint64 modifiedMs = 0;
        friend bool operator==(const FileStamp&, const FileStamp&) = default;
    };

    // Takes a line into the union; returns true when it won.
    bool merge(Line&& line, quint64 tiebreak);
    void insertEntry(JournalEntry&& entry);
    void removeEntry(const QString& id);
    void reindex(qsizetype from);
    QHash<QString, FileStamp> stampFolder() const;
    UserDataProblem migrateLegacy();
    UserDataProblem write(const QList<QByteArray>& lines, const QString& what);
    QDateTime nextUpdated(const QString& id) const;

    QString m_folder;
    QString m_deviceId;
    QString m_legacyFile;
    QString m_migratedBackup;
    WallClock m_wallClock = [] { return QDateTime::currentDateTimeUtc(); };
    std::unique_ptr<DeviceFile> m_file;
    QList<JournalEntry> m_entries;
    QHash<QString, qsizetype> m_positions; // id -> index in m_entries
    QHash<QString, Record> m_records; // id -> the winning line, tombstones included
    QHash<QString, FileStamp> m_stamps; // what load() read, to notice changes
    LoadReport m_report;
    quint64 m_revision = 0;
};

} // namespace knead
