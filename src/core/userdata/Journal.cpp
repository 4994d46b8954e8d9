// SPDX-License-Identifier: MIT
#include "Journal.h"

#include "Settings.h"
#include "StrictJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <unordered_map>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace knead {

namespace {

using json = nlohmann::json;
using ordered = nlohmann::ordered_json;

std::string utf8(const QString& s)
{
    return s.toStdString();
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// ---- Times --------------------------------------------------------------------------------

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

int digits(std::string_view s, std::size_t at, std::size_t n)
{
    int value = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

// The form Knead writes, "2026-11-02T08:00:00.125Z", read without QDateTime's general parser
// (a ten-year journal has 66,000 of them); anything else goes through Qt.
std::optional<QDateTime> readTime(std::string_view s)
{
    if ((s.size() == 24 || s.size() == 20) && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':'
        && s.back() == 'Z' && (s.size() == 20 || s[19] == '.')) {
        const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
        const int h = digits(s, 11, 2), mi = digits(s, 14, 2), sec = digits(s, 17, 2);
        const int ms = s.size() == 24 ? digits(s, 20, 3) : 0;
        if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && h >= 0 && h < 24 && mi >= 0 && mi < 60 && sec >= 0 && sec < 60
            && ms >= 0 && QDate::isValid(y, mo, d)) {
            const qint64 msecs = ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000LL + sec * 1000LL + ms;
            return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        }
        return std::nullopt;
    }
    if (s.empty() || s.size() > 64)
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(QString::fromUtf8(s.data(), qsizetype(s.size())), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

std::string timeString(const QDateTime& t)
{
    return utf8(t.toUTC().toString(Qt::ISODateWithMs));
}

// ---- Fields shared by both formats --------------------------------------------------------

ordered ratings(const QMap<QString, int>& map)
{
    ordered out = ordered::object();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out[utf8(it.key())] = it.value();
    return out;
}

void writeSession(ordered& item, const JournalEntry& e)
{
    item["routine"] = utf8(e.routineId);
    item["routine_name"] = utf8(e.routineName);
    item["started"] = timeString(e.started);
    item["ended"] = timeString(e.ended);
    item["active_seconds"] = e.activeSeconds;
    item["outcome"] = e.outcome == JournalEntry::Outcome::Finished ? "finished" : "stopped";
    item["steps_total"] = e.stepsTotal;
    item["steps_done"] = e.stepsDone;
    item["steps_skipped"] = e.stepsSkipped;
    item["regions"] = ordered::array();
    for (const QString& r : e.regions)
        item["regions"].push_back(utf8(r));
    item["tension_before"] = ratings(e.tensionBefore);
    item["tension_after"] = ratings(e.tensionAfter);
}

bool isEntryId(std::string_view id)
{
    if (id.empty() || id.size() > 64)
        return false;
    return std::all_of(
        id.begin(), id.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-'; });
}

// FNV-1a: the same on every machine and Qt version, unlike qHash.
quint64 fnv1a(std::string_view bytes)
{
    quint64 h = 14695981039346656037ULL;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

// The same few routine ids, names and region ids come back on every line: reading them once
// saves an allocation each time, and the memory of thousands of copies.
class StringCache
{
public:
    QString get(const std::string& s)
    {
        if (const auto it = m_strings.find(s); it != m_strings.end())
            return it->second;
        QString value = QString::fromUtf8(s.data(), qsizetype(s.size()));
        if (m_strings.size() < 4096) // names that never repeat do not fill it up
            m_strings.emplace(s, value);
        return value;
    }

private:
    std::unordered_map<std::string, QString> m_strings;
};

// Reads one journal line straight into a JournalEntry through nlohmann's SAX interface: no
// document is built, so reading a journal of years costs less than parsing its lines into
// nlohmann's DOM would. Strict where it matters (types, ranges, a field given twice), and
// tolerant of fields it does not know, which a newer Knead may add.
class LineReader
{
public:
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    // `legacy`: an entry of the old single-file journal, which has no v, id or updated.
    explicit LineReader(bool legacy, StringCache* strings = nullptr)
        : m_legacy(legacy)
        , m_strings(strings)
    { }

    // Returns the error in plain words, or "" with `line` filled.
    QString read(std::string_view text, Journal::Line& line)
    {
        if (!json::sax_parse(text, this, nlohmann::detail::input_format_t::json, true) || m_syntaxError)
            return Journal::tr("it is not valid JSON");
        if (!m_wasObject)
            return Journal::tr("it is not a journal entry");
        if (!m_legacy) {
            if (!m_version || *m_version < Journal::kFormat)
                return Journal::tr("it is not a journal entry");
            if (*m_version > Journal::kFormat)
                return Journal::tr("it was written by a newer version of Knead");
            if (!m_id || !isEntryId(*m_id))
                return Journal::tr("it has no valid id");
            const auto updated = m_updated ? readTime(*m_updated) : std::nullopt;
            if (!updated)
                return Journal::tr("it has no valid time of change");
            line.entry.id = QString::fromLatin1(m_id->data(), qsizetype(m_id->size()));
            line.entry.updated = *updated;
            if (m_deletedInvalid)
                return Journal::tr("it has an invalid deletion mark");
            line.deleted = m_deleted;
            if (line.deleted)
                return {};
        }
        if (!m_error.isEmpty())
            return m_error;
        JournalEntry& e = line.entry;
        if (!m_routine || !m_routineName)
            return Journal::tr("it has no routine");
        e.routineId = toQString(*m_routine);
        e.routineName = toQString(*m_routineName);
        const auto started = m_started ? readTime(*m_started) : std::nullopt;
        const auto ended = m_ended ? readTime(*m_ended) : std::nullopt;
        if (!started || !ended)
            return Journal::tr("it has no valid start or end time");
        e.started = *started;
        e.ended = *ended;
        if (!m_outcome || (*m_outcome != "finished" && *m_outcome != "stopped"))
            return Journal::tr("it has no valid outcome");
        e.outcome = *m_outcome == "finished" ? JournalEntry::Outcome::Finished : JournalEntry::Outcome::Stopped;
        const qint64 total = m_counts[StepsTotal];
        if (m_counts[ActiveSeconds] < 0 || m_counts[ActiveSeconds] > 365LL * 24 * 3600 || total < 0 || total > 100000
            || m_counts[StepsDone] < 0 || m_counts[StepsDone] > total || m_counts[StepsSkipped] < 0
            || m_counts[StepsSkipped] > total)
            return Journal::tr("it has invalid counts");
        e.activeSeconds = m_counts[ActiveSeconds];
        e.stepsTotal = int(total);
        e.stepsDone = int(m_counts[StepsDone]);
        e.stepsSkipped = int(m_counts[StepsSkipped]);
        if (!m_hasRegions)
            return Journal::tr("it has no regions");
        e.regions = std::move(m_regions);
        e.tensionBefore = std::move(m_before);
        e.tensionAfter = std::move(m_after);
        return {};
    }

    // The SAX interface.
    bool null()
    {
        if (scalar() && m_field != Unknown)
            typeError();
        return true;
    }
    bool boolean(bool value)
    {
        if (!scalar())
            return true;
        if (m_field == Deleted)
            m_deleted = value;
        else
            typeError();
        return true;
    }
    bool number_integer(number_integer_t value) { return number(value); }
    bool number_unsigned(number_unsigned_t value)
    {
        return number(value > number_unsigned_t(std::numeric_limits<qint64>::max()) ? -1 : qint64(value));
    }
    bool number_float(number_float_t, const string_t&)
    {
        if (scalar())
            typeError();
        return true;
    }
    bool binary(binary_t&) { return true; }
    bool string(string_t& value)
    {
        if (m_skip > 0)
            return true;
        if (m_depth == 2 && m_field == Regions) {
            m_regions.append(toQString(value));
            return true;
        }
        if (!scalar())
            return true;
        switch (m_field) {
        case Id:
            m_id = std::move(value);
            break;
        case Updated:
            m_updated = std::move(value);
            break;
        case Routine:
            m_routine = std::move(value);
            break;
        case RoutineName:
            m_routineName = std::move(value);
            break;
        case Started:
            m_started = std::move(value);
            break;
        case Ended:
            m_ended = std::move(value);
            break;
        case Outcome:
            m_outcome = std::move(value);
            break;
        case Unknown:
            break;
        default:
            typeError();
            break;
        }
        return true;
    }
    bool start_object(std::size_t)
    {
        if (m_skip > 0 || (m_depth == 1 && m_field == Unknown)) {
            ++m_skip;
            return true;
        }
        if (m_depth == 0) {
            m_wasObject = true;
            m_depth = 1;
            return true;
        }
        if (m_depth == 1 && (m_field == Before || m_field == After)) {
            m_ratings = m_field == Before ? &m_before : &m_after;
            m_depth = 2;
            return true;
        }
        typeError();
        ++m_skip;
        return true;
    }
    bool end_object()
    {
        if (m_skip > 0) {
            --m_skip;
            return true;
        }
        --m_depth;
        if (m_depth == 1)
            m_ratings = nullptr;
        return true;
    }
    bool start_array(std::size_t)
    {
        if (m_skip > 0 || (m_depth == 1 && m_field == Unknown)) {
            ++m_skip;
            return true;
        }
        if (m_depth == 1 && m_field == Regions) {
            m_hasRegions = true;
            m_depth = 2;
            return true;
        }
        if (m_depth == 0) { // not an object at all: what is inside is passed over
            ++m_skip;
            return true;
        }
        typeError();
        ++m_skip;
        return true;
    }
    bool end_array()
    {
        if (m_skip > 0) {
            --m_skip;
            return true;
        }
        if (m_depth == 2)
            m_depth = 1;
        return true;
    }
    bool key(string_t& name)
    {
        if (m_skip > 0)
            return true;
        if (m_depth == 2) {
            m_ratingKey = std::move(name);
            return true;
        }
        m_field = fieldOf(name);
        if (m_field != Unknown) {
            if (m_seen & (1u << m_field))
                fail(Journal::tr("it has the field \"%1\" twice").arg(QString::fromStdString(name)));
            m_seen |= 1u << m_field;
        }
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&)
    {
        m_syntaxError = true;
        return false;
    }

private:
    enum Field {
        V,
        Id,
        Updated,
        Deleted,
        Routine,
        RoutineName,
        Started,
        Ended,
        ActiveSeconds,
        Outcome,
        StepsTotal,
        StepsDone,
        StepsSkipped,
        Regions,
        Before,
        After,
        Unknown,
    };

    static Field fieldOf(std::string_view name)
    {
        static constexpr std::string_view names[]
            = {"v", "id", "updated", "deleted", "routine", "routine_name", "started", "ended", "active_seconds",
                "outcome", "steps_total", "steps_done", "steps_skipped", "regions", "tension_before", "tension_after"};
        for (std::size_t i = 0; i < std::size(names); ++i) {
            if (names[i] == name)
                return Field(i);
        }
        return Unknown;
    }

    QString toQString(const std::string& s)
    {
        return m_strings ? m_strings->get(s) : QString::fromUtf8(s.data(), qsizetype(s.size()));
    }

    // A scalar in place of a field's value: true when it is to be looked at.
    bool scalar()
    {
        if (m_skip > 0)
            return false;
        if (m_depth != 1) {
            if (m_depth == 2)
                typeError(); // a non-string region, a non-integer rating
            return false;
        }
        return true;
    }

    bool number(qint64 value)
    {
        if (m_skip > 0)
            return true;
        if (m_depth == 2 && m_ratings) {
            if (value < 0 || value > 10 || m_ratingKey.empty())
                fail(Journal::tr("it has invalid tension ratings"));
            else
                m_ratings->insert(toQString(m_ratingKey), int(value));
            return true;
        }
        if (!scalar())
            return true;
        switch (m_field) {
        case V:
            m_version = value;
            break;
        case ActiveSeconds:
        case StepsTotal:
        case StepsDone:
        case StepsSkipped:
            m_counts[m_field] = value;
            break;
        case Unknown:
            break;
        default:
            typeError();
            break;
        }
        return true;
    }

    void typeError()
    {
        switch (m_field) {
        case Regions:
            fail(m_depth == 2 ? Journal::tr("it has an invalid region") : Journal::tr("it has no regions"));
            break;
        case Before:
        case After:
            fail(Journal::tr("it has invalid tension ratings"));
            break;
        case ActiveSeconds:
        case StepsTotal:
        case StepsDone:
        case StepsSkipped:
            fail(Journal::tr("it has invalid counts"));
            break;
        case Started:
        case Ended:
            fail(Journal::tr("it has no valid start or end time"));
            break;
        case Outcome:
            fail(Journal::tr("it has no valid outcome"));
            break;
        case Routine:
        case RoutineName:
            fail(Journal::tr("it has no routine"));
            break;
        case Id:
            m_id = std::string("!");
            break; // reported as "no valid id"
        case Updated:
            m_updated = std::string("!");
            break; // "no valid time of change"
        case Deleted:
            m_deletedInvalid = true;
            break;
        case V:
            m_version = -1;
            break;
        case Unknown:
            break;
        }
    }

    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    bool m_legacy = false;
    StringCache* m_strings = nullptr;
    int m_depth = 0;
    int m_skip = 0; // inside a value being skipped, how deep
    Field m_field = Unknown;
    quint32 m_seen = 0;
    bool m_wasObject = false;
    bool m_syntaxError = false;
    QString m_error;
    std::optional<qint64> m_version;
    std::optional<std::string> m_id, m_updated, m_routine, m_routineName, m_started, m_ended, m_outcome;
    bool m_deleted = false;
    bool m_deletedInvalid = false;
    qint64 m_counts[Unknown] = {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1};
    bool m_hasRegions = false;
    QStringList m_regions;
    std::string m_ratingKey;
    QMap<QString, int>* m_ratings = nullptr;
    QMap<QString, int> m_before;
    QMap<QString, int> m_after;
};

// A folder exists on disk once its entry in the parent is on disk too.
void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;

} // namespace

// ---- The file this instance appends to -----------------------------------------------------

// One open file, locked for this process, written only at its end. Reopened when a sync tool
// or the person replaced or removed it under us (appending to an unlinked file would lose
// everything written after).
class Journal::DeviceFile
{
public:
    ~DeviceFile() { close(); }

    QString open(const QString& folder, const QString& deviceId)
    {
        close();
        if (!QDir().mkpath(folder))
            return Journal::tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(folder));
        for (int n = 1; n <= 99; ++n) {
            const QString name = n == 1 ? deviceId : QStringLiteral("%1-%2").arg(deviceId).arg(n);
            const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".jsonl");
            const bool existed = QFileInfo::exists(path);
            const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
            if (fd < 0)
                return Journal::tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), systemError(errno));
            if (::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
                ::close(fd); // another instance of Knead on this device appends here
                continue;
            }
            // Any other locking error: a file system without locks; one instance is the usual case.
            m_fd = fd;
            m_path = path;
            if (!existed)
                syncFolder(folder);
            trimTornTail();
            return {};
        }
        return Journal::tr("too many instances of Knead are writing the journal at once");
    }

    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd); // releases the lock
        m_fd = -1;
    }

    bool isOpen() const { return m_fd >= 0; }
    QString path() const { return m_path; }

    // Writes the bytes at the end and waits until they are on disk.
    QString append(const QByteArray& bytes)
    {
        if (!stillOurs()) {
            const QString folder = QFileInfo(m_path).absolutePath();
            const QString name = QFileInfo(m_path).completeBaseName();
            if (const QString error = open(folder, name); !error.isEmpty())
                return error;
        }
        struct stat st
        {
        };
        if (::fstat(m_fd, &st) != 0)
            return systemError(errno);
        const off_t before = st.st_size;
        const char* data = bytes.constData();
        qsizetype left = bytes.size();
        while (left > 0) {
            const ssize_t n = ::write(m_fd, data, std::size_t(left));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                const int error = n < 0 ? errno : ENOSPC;
                // No half line stays behind to glue itself to the next one.
                [[maybe_unused]] const int ignored = ::ftruncate(m_fd, before);
                return systemError(error);
            }
            data += n;
            left -= n;
        }
        if (::fdatasync(m_fd) != 0) {
            const int error = errno;
            [[maybe_unused]] const int ignored = ::ftruncate(m_fd, before);
            return systemError(error);
        }
        return {};
    }

private:
    bool stillOurs() const
    {
        if (m_fd < 0)
            return false;
        struct stat onDisk
        {
        }, open {};
        return ::stat(QFile::encodeName(m_path).constData(), &onDisk) == 0 && ::fstat(m_fd, &open) == 0
            && onDisk.st_dev == open.st_dev && onDisk.st_ino == open.st_ino;
    }

    // A line cut off by a crash was never reported written: it goes, so that the next line
    // starts on a line of its own. Only this process writes here (it holds the lock).
    void trimTornTail()
    {
        struct stat st
        {
        };
        if (::fstat(m_fd, &st) != 0 || st.st_size == 0)
            return;
        char last = 0;
        if (::pread(m_fd, &last, 1, st.st_size - 1) != 1 || last == '\n')
            return;
        off_t end = st.st_size;
        off_t keep = 0;
        char buffer[4096];
        while (end > 0) {
            const off_t from = std::max<off_t>(0, end - off_t(sizeof buffer));
            const ssize_t n = ::pread(m_fd, buffer, std::size_t(end - from), from);
            if (n <= 0)
                return;
            const void* nl = nullptr;
            for (ssize_t i = n - 1; i >= 0; --i) {
                if (buffer[i] == '\n') {
                    nl = buffer + i;
                    break;
                }
            }
            if (nl) {
                keep = from + (static_cast<const char*>(nl) - buffer) + 1;
                break;
            }
            end = from;
        }
        if (::ftruncate(m_fd, keep) == 0)
            ::fdatasync(m_fd);
    }

    int m_fd = -1;
    QString m_path;
};

// ---- Journal ------------------------------------------------------------------------------

Journal::Journal(QString folder, QString deviceId)
    : m_folder(QDir::cleanPath(std::move(folder)))
    , m_deviceId(std::move(deviceId))
{
    if (!isValidDeviceId(m_deviceId))
        m_deviceId = QStringLiteral("instance-%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
}

Journal::~Journal() = default;

QString Journal::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Journal::deviceFile() const
{
    return m_file && m_file->isOpen() ? m_file->path() : QString();
}

QString Journal::defaultFolder(const QString& dataFolder)
{
    return dataFolder + QStringLiteral("/journal");
}

bool Journal::isValidDeviceId(const QString& id)
{
    if (id.isEmpty() || id.size() > 64 || id.startsWith(QLatin1Char('-')) || id.endsWith(QLatin1Char('-')))
        return false;
    return std::all_of(id.cbegin(), id.cend(),
        [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'; });
}

QString Journal::deviceIdFor(Settings& settings)
{
    // /etc/machine-id, hashed: the settings file only needs to tell machines apart.
    const QByteArray machineId = QSysInfo::machineUniqueId();
    const QString machine = machineId.isEmpty()
        ? QString()
        : QString::fromLatin1(QCryptographicHash::hash(machineId, QCryptographicHash::Sha256).toHex().left(16));
    const QString stored = settings.journalDeviceId();
    const QString storedMachine = settings.journalDeviceMachine();
    if (isValidDeviceId(stored) && (machine.isEmpty() || storedMachine.isEmpty() || storedMachine == machine)) {
        if (storedMachine.isEmpty() && !machine.isEmpty()) {
            settings.setJournalDeviceMachine(machine);
            settings.flush();
        }
        return stored;
    }
    // The host name makes the files recognisable in a synced folder; the random part keeps
    // two machines of the same name apart.
    QString host;
    for (QChar c : QSysInfo::machineHostName().toLower()) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (plain)
            host.append(c);
        else if (!host.isEmpty() && !host.endsWith(QLatin1Char('-')))
            host.append(QLatin1Char('-'));
        if (host.size() >= 24)
            break;
    }
    while (host.endsWith(QLatin1Char('-')))
        host.chop(1);
    if (host.isEmpty())
        host = QStringLiteral("device");
    const QString id
        = QStringLiteral("%1-%2").arg(host).arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    settings.setJournalDeviceId(id);
    settings.setJournalDeviceMachine(machine);
    settings.flush();
    return id;
}

bool Journal::isJournalFileName(const QString& fileName)
{
    if (fileName.startsWith(QLatin1Char('.')) || !fileName.contains(QLatin1String(".jsonl")))
        return false;
    for (const char* partial : {".tmp", ".part", ".partial", ".lock", "~"}) {
        if (fileName.endsWith(QLatin1String(partial)))
            return false;
    }
    return true;
}

QByteArray Journal::serializeLine(const JournalEntry& e)
{
    ordered item;
    item["v"] = kFormat;
    item["id"] = utf8(e.id);
    item["updated"] = timeString(e.updated);
    writeSession(item, e);
    return QByteArray::fromStdString(item.dump(-1, ' ', false, json::error_handler_t::replace));
}

QByteArray Journal::tombstoneLine(const QString& id, const QDateTime& updated)
{
    ordered item;
    item["v"] = kFormat;
    item["id"] = utf8(id);
    item["updated"] = timeString(updated);
    item["deleted"] = true;
    return QByteArray::fromStdString(item.dump(-1, ' ', false, json::error_handler_t::replace));
}

namespace {

std::optional<Journal::Line> readLine(std::string_view text, QString* error, StringCache* strings)
{
    Journal::Line line;
    LineReader reader(false, strings);
    if (const QString problem = reader.read(text, line); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return line;
}

} // namespace

std::optional<Journal::Line> Journal::parseLine(std::string_view text, QString* error)
{
    return readLine(text, error, nullptr);
}

std::optional<QList<JournalEntry>> Journal::parseLegacy(const QByteArray& data, QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const StrictJsonResult parsed = parseStrictJsonData(data);
    if (!parsed.ok)
        return fail(tr("it is not valid JSON (%1)").arg(parsed.error));
    const json& doc = parsed.value;
    if (!doc.is_object() || !doc.contains("format") || doc["format"] != kLegacyFormat || !doc.contains("entries")
        || !doc["entries"].is_array())
        return fail(tr("it is not a Knead journal of format %1").arg(kLegacyFormat));
    QList<JournalEntry> entries;
    const json& list = doc["entries"];
    for (std::size_t i = 0; i < list.size(); ++i) {
        const json& item = list[i];
        if (!item.is_object())
            return fail(tr("entry %1 is not an object").arg(i + 1));
        // One reader for both formats: the entry goes through the line reader as text.
        Line line;
        LineReader reader(true);
        if (const QString problem = reader.read(item.dump(), line); !problem.isEmpty())
            return fail(tr("entry %1: %2").arg(i + 1).arg(problem));
        entries.append(std::move(line.entry));
    }
    return entries;
}

bool Journal::merge(Line&& line, quint64 tiebreak)
{
    const qint64 updatedMs = line.entry.updated.toMSecsSinceEpoch();
    const QString id = line.entry.id;
    const Record record {updatedMs, tiebreak, line.deleted};
    if (const auto it = m_records.constFind(id); it != m_records.cend() && !record.beats(*it))
        return false;
    m_records.insert(id, record);
    if (m_positions.contains(id))
        removeEntry(id);
    if (!line.deleted)
        insertEntry(std::move(line.entry));
    return true;
}

namespace {

bool startedBefore(const JournalEntry& a, const JournalEntry& b)
{
    return a.started != b.started ? a.started < b.started : a.id < b.id;
}

} // namespace

void Journal::insertEntry(JournalEntry&& entry)
{
    const QString id = entry.id;
    // New sessions end up last: the common case is an append, without reindexing.
    if (m_entries.isEmpty() || startedBefore(m_entries.constLast(), entry)) {
        m_entries.append(std::move(entry));
        m_positions.insert(id, m_entries.size() - 1);
        return;
    }
    const auto at = std::upper_bound(m_entries.begin(), m_entries.end(), entry, startedBefore);
    const qsizetype index = at - m_entries.begin();
    m_entries.insert(index, std::move(entry));
    reindex(index);
}

void Journal::removeEntry(const QString& id)
{
    const qsizetype index = m_positions.take(id);
    m_entries.removeAt(index);
    reindex(index);
}

void Journal::reindex(qsizetype from)
{
    for (qsizetype i = from; i < m_entries.size(); ++i)
        m_positions.insert(m_entries[i].id, i);
}

const JournalEntry* Journal::find(const QString& id) const
{
    const auto it = m_positions.constFind(id);
    return it == m_positions.cend() ? nullptr : &m_entries[*it];
}

QHash<QString, Journal::FileStamp> Journal::stampFolder() const
{
    QHash<QString, FileStamp> stamps;
    const QFileInfoList files = QDir(m_folder).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo& info : files) {
        if (isJournalFileName(info.fileName()))
            stamps.insert(
                info.fileName(), {info.size(), info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch()});
    }
    return stamps;
}

UserDataProblem Journal::load()
{
    m_entries.clear();
    m_positions.clear();
    m_records.clear();
    m_report = {};
    ++m_revision;

    // Every file first, then one sort: merging line by line into a sorted list would cost
    // n² on a large journal.
    QHash<QString, JournalEntry> winners;
    QStringList unreadable;
    QString firstProblemFile;
    QString tornFile;
    qsizetype badLines = 0;
    QString firstBadLine;
    StringCache strings;
    m_stamps = stampFolder();
    QStringList names = m_stamps.keys();
    names.sort();
    for (const QString& name : std::as_const(names)) {
        const QString path = m_folder + QLatin1Char('/') + name;
        QFile file(path);
        if (file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly)) {
            unreadable.append(QDir::toNativeSeparators(path));
            ++m_report.unreadableFiles;
            if (firstProblemFile.isEmpty())
                firstProblemFile = path;
            continue;
        }
        const QByteArray data = file.readAll();
        ++m_report.files;
        const std::string_view text(data.constData(), std::size_t(data.size()));
        std::size_t at = 0;
        int lineNumber = 0;
        while (at < text.size()) {
            ++lineNumber;
            const std::size_t nl = text.find('\n', at);
            if (nl == std::string_view::npos) {
                // No newline at the end: cut off mid-append, never reported as written.
                if (text.find_first_not_of(" \t\r", at) != std::string_view::npos) {
                    ++m_report.tornLines;
                    tornFile = path;
                    if (firstProblemFile.isEmpty())
                        firstProblemFile = path;
                }
                break;
            }
            const std::string_view lineText = text.substr(at, nl - at);
            at = nl + 1;
            if (lineText.find_first_not_of(" \t\r") == std::string_view::npos)
                continue;
            QString error;
            std::optional<Line> line
                = lineText.size() <= std::size_t(kMaxLineBytes) ? readLine(lineText, &error, &strings) : std::nullopt;
            if (!line) {
                if (error.isEmpty())
                    error = tr("it is too long");
                ++m_report.badLines;
                if (badLines++ == 0) {
                    firstBadLine = tr("%1, line %2: %3").arg(QDir::toNativeSeparators(path)).arg(lineNumber).arg(error);
                    if (firstProblemFile.isEmpty())
                        firstProblemFile = path;
                }
                continue;
            }
            const Record record {line->entry.updated.toMSecsSinceEpoch(), fnv1a(lineText), line->deleted};
            if (const auto it = m_records.constFind(line->entry.id); it != m_records.cend() && !record.beats(*it))
                continue;
            m_records.insert(line->entry.id, record);
            if (line->deleted)
                winners.remove(line->entry.id);
            else
                winners.insert(line->entry.id, std::move(line->entry));
        }
    }
    m_entries.reserve(winners.size());
    for (auto it = winners.begin(); it != winners.end(); ++it)
        m_entries.append(std::move(*it));
    winners.clear();
    std::sort(m_entries.begin(), m_entries.end(), startedBefore);
    m_positions.reserve(m_entries.size());
    reindex(0);

    QStringList messages;
    if (!tornFile.isEmpty())
        messages.append(
            tr("The last line of your journal file %1 was cut off, probably because Knead stopped while writing it; "
               "that line was skipped.")
                .arg(QDir::toNativeSeparators(tornFile)));
    if (badLines > 0)
        messages.append(
            tr("%n line(s) of your journal could not be read and were skipped (%1). The files were left as they are.",
                nullptr, int(badLines))
                .arg(firstBadLine));
    if (!unreadable.isEmpty())
        messages.append(tr("These journal files could not be read: %1.").arg(unreadable.join(QStringLiteral(", "))));
    UserDataProblem problem;
    if (!messages.isEmpty()) {
        messages.append(tr("The rest of your journal is loaded."));
        problem.file = firstProblemFile;
        problem.message = messages.join(QLatin1Char(' '));
    }
    if (!m_legacyFile.isEmpty()) {
        const UserDataProblem migration = migrateLegacy();
        if (!migration.isEmpty()) {
            if (problem.isEmpty())
                problem = migration;
            else
                problem.message += QLatin1Char(' ') + migration.message;
        }
    }
    return problem;
}

UserDataProblem Journal::migrateLegacy()
{
    const UserDataFile::ReadResult file = UserDataFile::read(m_legacyFile);
    if (!file.exists)
        return {};
    QString error = file.error;
    std::optional<QList<JournalEntry>> legacy;
    if (error.isEmpty())
        legacy = parseLegacy(file.data, &error);
    if (!legacy) {
        UserDataProblem problem;
        problem.file = m_legacyFile;
        problem.setAsideAs = UserDataFile::setAside(m_legacyFile);
        problem.message = problem.setAsideAs.isEmpty()
            ? tr("Your old journal %1 could not be read (%2) and could not be moved aside.")
                  .arg(QDir::toNativeSeparators(m_legacyFile), error)
            : tr("Your old journal could not be read (%1), so it could not be carried over.").arg(error);
        return problem;
    }
    // Ids made from what each entry is, so that a migration cut short and run again (or run
    // on two instances at once) gives the same ids, which the union then merges.
    static const QUuid kNamespace(QStringLiteral("{5f0c6a2e-2f4b-4c7e-9a51-6b1d3c8e0a47}"));
    QList<QByteArray> lines;
    QList<JournalEntry> migrated;
    for (qsizetype i = 0; i < legacy->size(); ++i) {
        JournalEntry e = (*legacy)[i];
        const QString key
            = QStringLiteral("knead-journal-1/%1/%2/%3").arg(i).arg(e.started.toString(Qt::ISODateWithMs), e.routineId);
        e.id = QUuid::createUuidV5(kNamespace, key).toString(QUuid::WithoutBraces);
        // Older than any change made after the migration.
        e.updated = e.ended.isValid() ? e.ended : e.started;
        if (m_records.contains(e.id))
            continue;
        lines.append(serializeLine(e));
        migrated.append(std::move(e));
    }
    if (!lines.isEmpty()) {
        if (UserDataProblem p = write(lines, tr("Your old journal could not be carried over")); !p.isEmpty())
            return p; // the old file stays where it is, to be tried again at the next start
        m_report.migrated = int(migrated.size());
        for (qsizetype i = 0; i < migrated.size(); ++i)
            merge(Line {std::move(migrated[i]), false},
                fnv1a(std::string_view(lines[i].constData(), std::size_t(lines[i].size()))));
    }
    const QString stamp = m_wallClock().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = m_legacyFile + QStringLiteral(".migrated-") + stamp;
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = m_legacyFile + QStringLiteral(".migrated-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(m_legacyFile, backup))
        return {m_legacyFile, QString(),
            tr("Your old journal was carried over, but %1 could not be renamed; it will be read again at the next "
               "start, "
               "which is harmless.")
                .arg(QDir::toNativeSeparators(m_legacyFile))};
    m_migratedBackup = backup;
    return {};
}

UserDataProblem Journal::write(const QList<QByteArray>& lines, const QString& what)
{
    if (!m_file)
        m_file = std::make_unique<DeviceFile>();
    if (!m_file->isOpen()) {
        if (const QString error = m_file->open(m_folder, m_deviceId); !error.isEmpty())
            return {m_folder, QString(), tr("%1: %2").arg(what, error)};
    }
    QByteArray bytes;
    for (const QByteArray& line : lines) {
        bytes += line;
        bytes += '\n';
    }
    if (const QString error = m_file->append(bytes); !error.isEmpty())
        return {m_file->path(), QString(), tr("%1: %2").arg(what, error)};
    // Our own writes are no reason to read the folder again.
    const QFileInfo info(m_file->path());
    m_stamps.insert(
        info.fileName(), {info.size(), info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch()});
    return {};
}

QDateTime Journal::nextUpdated(const QString& id) const
{
    qint64 ms = m_wallClock().toUTC().toMSecsSinceEpoch();
    // A change always wins over the line it changes, even with a clock that went back.
    if (const auto it = m_records.constFind(id); it != m_records.cend() && it->updatedMs >= ms)
        ms = it->updatedMs + 1;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

UserDataProblem Journal::upsert(const JournalEntry& entry)
{
    JournalEntry e = entry;
    if (e.id.isEmpty())
        e.id = newId();
    e.updated = nextUpdated(e.id);
    const QByteArray line = serializeLine(e);
    if (UserDataProblem p = write({line}, tr("This session could not be saved to your journal")); !p.isEmpty())
        return p;
    merge(Line {std::move(e), false}, fnv1a(std::string_view(line.constData(), std::size_t(line.size()))));
    ++m_revision;
    return {};
}

UserDataProblem Journal::remove(const QString& id)
{
    if (!find(id))
        return {};
    Line tombstone;
    tombstone.entry.id = id;
    tombstone.entry.updated = nextUpdated(id);
    tombstone.deleted = true;
    const QByteArray line = tombstoneLine(id, tombstone.entry.updated);
    if (UserDataProblem p = write({line}, tr("The session could not be deleted from your journal")); !p.isEmpty())
        return p;
    merge(std::move(tombstone), fnv1a(std::string_view(line.constData(), std::size_t(line.size()))));
    ++m_revision;
    return {};
}

bool Journal::reloadIfChanged()
{
    if (stampFolder() == m_stamps)
        return false;
    load();
    return true;
}

Journal::MoveResult Journal::moveTo(const QString& folder)
{
    MoveResult result;
    const QString target = QDir::cleanPath(QDir(folder).absolutePath());
    if (target == m_folder)
        return result;
    if (!QDir().mkpath(target)) {
        result.problem = {target, QString(),
            tr("The folder %1 cannot be created; your journal stays where it is.")
                .arg(QDir::toNativeSeparators(target))};
        return result;
    }
    const QString stamp = m_wallClock().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QStringList failed;
    QStringList names = stampFolder().keys();
    names.sort();
    for (const QString& name : std::as_const(names)) {
        const QString from = m_folder + QLatin1Char('/') + name;
        QString to = target + QLatin1Char('/') + name;
        const UserDataFile::ReadResult source = UserDataFile::read(from);
        if (!source.error.isEmpty() || !source.exists) {
            failed.append(QDir::toNativeSeparators(from));
            continue;
        }
        if (QFileInfo::exists(to)) {
            const UserDataFile::ReadResult there = UserDataFile::read(to);
            if (there.error.isEmpty() && there.data == source.data)
                continue; // already there
            // Never over another file: beside it, and the union reads both.
            const QString stem = name.left(name.indexOf(QLatin1String(".jsonl")));
            to = target + QLatin1Char('/') + stem + QStringLiteral(".moved-") + stamp + QStringLiteral(".jsonl");
            for (int n = 2; QFileInfo::exists(to); ++n)
                to = target + QLatin1Char('/') + stem + QStringLiteral(".moved-") + stamp + QLatin1Char('-')
                    + QString::number(n) + QStringLiteral(".jsonl");
        }
        if (!UserDataFile::write(to, source.data).isEmpty()) {
            failed.append(QDir::toNativeSeparators(from));
            continue;
        }
        ++result.filesCopied;
    }
    if (!failed.isEmpty()) {
        result.problem = {target, QString(),
            tr("Your journal could not be copied to %1 (%2); it stays where it is.")
                .arg(QDir::toNativeSeparators(target), failed.join(QStringLiteral(", ")))};
        return result;
    }
    m_file.reset(); // releases the lock on the old file
    m_folder = target;
    result.problem = load();
    return result;
}

} // namespace knead
