// SPDX-License-Identifier: MIT
#include "PackDirectory.h"

#include "Identifiers.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace knead {

namespace {

QString tooLarge(qint64 maxBytes)
{
    return PackDirectory::tr("file is larger than %1 MiB").arg(maxBytes / (1024 * 1024));
}

bool isResourcePath(const QString& path)
{
    return path.startsWith(QLatin1String(":/")) || path.startsWith(QLatin1String("qrc:/"));
}

} // namespace

PackDirectory::PackDirectory(const QString& root)
    : m_root(root)
{
    while (m_root.size() > 1 && m_root.endsWith(QLatin1Char('/')))
        m_root.chop(1);
    m_resource = isResourcePath(m_root);
    const QFileInfo info(m_root);
    if (!info.exists()) {
        m_error = PackDirectory::tr("folder not found");
        return;
    }
    if (!info.isDir()) {
        m_error = PackDirectory::tr("not a folder");
        return;
    }
    m_canonicalRoot = m_resource ? m_root : info.canonicalFilePath();
    if (m_canonicalRoot.isEmpty())
        m_error = PackDirectory::tr("folder cannot be resolved");
}

QString PackDirectory::checkInside(const QString& absolute, QString* canonicalOut) const
{
    if (m_resource)
        return {};
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    if (canonicalOut)
        *canonicalOut = canonical;
    return isInside(canonical);
}

QString PackDirectory::isInside(const QString& canonical) const
{
    if (canonical.isEmpty())
        return PackDirectory::tr("is a broken symbolic link");
    // The separator matters: "/packs/mine-evil" must not pass as inside "/packs/mine".
    if (canonical != m_canonicalRoot && !canonical.startsWith(m_canonicalRoot + QLatin1Char('/')))
        return PackDirectory::tr("leads outside the pack (through a symbolic link) to %1").arg(canonical);
    return {};
}

QString PackDirectory::folderInside(const QString& absoluteFolder) const
{
    // A pack has a handful of folders and thousands of files: each folder is resolved once.
    const QMutexLocker lock(&m_foldersMutex);
    const auto known = m_folders.constFind(absoluteFolder);
    if (known != m_folders.cend())
        return *known;
    const QString inside = checkInside(absoluteFolder);
    m_folders.insert(absoluteFolder, inside);
    return inside;
}

namespace {

struct JsonEntry
{
    QString name;
    bool link; // a symbolic link (to a file, or broken)
};

// A folder's "*.json" entries that are not folders (nor links to one), hidden ones included.
// ".json" is matched as QDir's filter does, ignoring case, so "Notes.JSON" is read (and then
// reported for a name that does not match its id) rather than silently passed over.
QList<JsonEntry> jsonEntries(const QString& absoluteFolder, bool resource)
{
    QList<JsonEntry> out;
#ifdef Q_OS_UNIX
    if (!resource) {
        // readdir, whose entries say their type: a plain file costs no stat of its own, and a
        // pack of thousands of files is listed in a tenth of QDirIterator's time.
        DIR* dir = ::opendir(QFile::encodeName(absoluteFolder).constData());
        if (!dir)
            return out;
        while (const dirent* entry = ::readdir(dir)) {
            const std::string_view name(entry->d_name);
            if (name.size() < 5 || ::strncasecmp(name.data() + name.size() - 5, ".json", 5) != 0)
                continue;
            unsigned char type = entry->d_type;
            if (type == DT_UNKNOWN) { // a file system that does not say
                struct stat info
                {
                };
                if (::fstatat(::dirfd(dir), entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0)
                    continue;
                type = S_ISDIR(info.st_mode) ? DT_DIR : S_ISLNK(info.st_mode) ? DT_LNK : DT_REG;
            }
            const QString fileName = QFile::decodeName(entry->d_name);
            if (type == DT_DIR || (type == DT_LNK && QFileInfo(absoluteFolder + QLatin1Char('/') + fileName).isDir()))
                continue;
            out.append({fileName, type == DT_LNK});
        }
        ::closedir(dir);
        return out;
    }
#endif
    QDirIterator entries(absoluteFolder, QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
    while (entries.hasNext()) {
        entries.next();
        const QFileInfo entry = entries.fileInfo();
        if (entry.fileName().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            out.append({entry.fileName(), entry.isSymLink() && !resource});
    }
    return out;
}

PackDirectory::ReadResult readResource(const QString& path, qint64 maxBytes)
{
    PackDirectory::ReadResult result;
    QFile file(path);
    if (!file.exists()) {
        result.missing = true;
        result.error = PackDirectory::tr("file not found");
    } else if (file.size() > maxBytes) {
        result.error = tooLarge(maxBytes);
    } else if (!file.open(QIODevice::ReadOnly)) {
        result.error = PackDirectory::tr("cannot be read: %1").arg(file.errorString());
    } else {
        result.data = file.readAll();
    }
    return result;
}

#ifdef Q_OS_UNIX
int openNoFollow(const QString& path)
{
    // O_NONBLOCK: a FIFO opens at once (and is refused below) instead of waiting for a writer.
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
}

constexpr qint64 kKeptBufferBytes = 256 * 1024;

// Reads at most maxBytes of a regular file, and closes it.
PackDirectory::ReadResult readOpened(int fd, qint64 maxBytes)
{
    PackDirectory::ReadResult result;
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        result.error = PackDirectory::tr("not a regular file");
        return result;
    }
    if (info.st_size > maxBytes) {
        ::close(fd);
        result.error = tooLarge(maxBytes);
        return result;
    }
    // One byte more than the file's size, to see it grow past the limit after fstat.
    const qint64 want = std::min<qint64>(qint64(info.st_size) + 1, maxBytes + 1);
    // Each reading thread reuses one buffer (shared with the caller, so one the caller keeps
    // is never overwritten): a fresh buffer for every file made malloc merge its free lists
    // at every file of a large pack.
    thread_local QByteArray buffer;
    QByteArray& data = buffer;
    data.resize(want);
    qint64 got = 0;
    while (true) {
        if (got == data.size()) {
            if (data.size() > maxBytes)
                break;
            data.resize(std::min<qint64>(data.size() * 2, maxBytes + 1));
        }
        const ssize_t n = ::read(fd, data.data() + got, std::size_t(data.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            ::close(fd);
            result.error = PackDirectory::tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return result;
        }
        if (n == 0)
            break;
        got += n;
    }
    ::close(fd);
    data.truncate(got);
    if (data.size() > maxBytes) {
        result.error = tooLarge(maxBytes);
        return result;
    }
    result.data = data;
    if (data.capacity() > kKeptBufferBytes)
        data = QByteArray(); // a large file's buffer is not kept for the thread's lifetime
    return result;
}
#endif

} // namespace

PackDirectory::ReadResult PackDirectory::read(const QString& relative, qint64 maxBytes) const
{
    const QString absolute = m_root + QLatin1Char('/') + relative;
    if (m_resource)
        return readResource(absolute, maxBytes);
    ReadResult result;
#ifdef Q_OS_UNIX
    // The file is opened without following a link, in a folder that stays inside the pack.
    // A name that is itself a link is resolved first, and must stay inside.
    QString opened = absolute;
    int fd = openNoFollow(opened);
    if (fd < 0 && errno == ELOOP) {
        if (QString inside = checkInside(absolute, &opened); !inside.isEmpty()) {
            result.error = inside;
            return result;
        }
        fd = openNoFollow(opened);
        if (fd < 0 && errno == ELOOP) {
            result.error = PackDirectory::tr("was replaced by a symbolic link while Knead read the pack");
            return result;
        }
    }
    if (fd < 0) {
        result.missing = errno == ENOENT;
        result.error = result.missing
            ? PackDirectory::tr("file not found")
            : PackDirectory::tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    if (QString inside = folderInside(opened.left(opened.lastIndexOf(QLatin1Char('/')))); !inside.isEmpty()) {
        ::close(fd);
        result.error = inside;
        return result;
    }
    return readOpened(fd, maxBytes);
#else
    const QFileInfo info(absolute);
    if (!info.exists() && !info.isSymLink()) {
        result.missing = true;
        result.error = PackDirectory::tr("file not found");
        return result;
    }
    QString canonical;
    if (QString inside = checkInside(absolute, &canonical); !inside.isEmpty()) {
        result.error = inside;
        return result;
    }
    // Only regular files: reading a FIFO or a device could block or never end.
    if (!QFileInfo(canonical).isFile()) {
        result.error = PackDirectory::tr("not a regular file");
        return result;
    }
    return readResource(canonical, maxBytes);
#endif
}

QStringList PackDirectory::jsonFiles(const QString& folder, QStringList* refused) const
{
    QStringList files;
    const QString absoluteFolder = m_root + QLatin1Char('/') + folder;
    const QFileInfo folderInfo(absoluteFolder);
    if (!folderInfo.exists() && !folderInfo.isSymLink())
        return files;
    if (QString inside = checkInside(absoluteFolder); !inside.isEmpty()) {
        if (refused)
            refused->append(folder + QLatin1String(": ") + inside);
        return files;
    }
    // Sorted by name below, so loading never depends on the file system.
    const qsizetype refusedBefore = refused ? refused->size() : 0;
    for (const JsonEntry& entry : jsonEntries(absoluteFolder, m_resource)) {
        const QString relative = folder + QLatin1Char('/') + entry.name;
        // A link is listed only when it stays inside the pack; read() checks every file again.
        if (entry.link) {
            if (QString inside = checkInside(absoluteFolder + QLatin1Char('/') + entry.name); !inside.isEmpty()) {
                if (refused)
                    refused->append(relative + QLatin1String(": ") + inside);
                continue;
            }
        }
        files.append(relative);
    }
    std::sort(files.begin(), files.end());
    if (refused)
        std::sort(refused->begin() + refusedBefore, refused->end());
    return files;
}

QStringList PackDirectory::subfolders(const QString& folder) const
{
    // Only plain names ("de", "pt-BR"), and only folders that stay inside the pack.
    QStringList names;
    const QString absoluteFolder = m_root + QLatin1Char('/') + folder;
    if (!QFileInfo(absoluteFolder).isDir() || !checkInside(absoluteFolder).isEmpty())
        return names;
    const QFileInfoList entries = QDir(absoluteFolder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& entry : entries) {
        if (isLanguageTag(entry.fileName()) && (m_resource || checkInside(entry.absoluteFilePath()).isEmpty()))
            names.append(entry.fileName());
    }
    return names;
}

QString PackDirectory::checkRelativePath(const QString& reference)
{
    if (reference.isEmpty())
        return PackDirectory::tr("is empty");
    if (reference.contains(QChar(u'\0')))
        return PackDirectory::tr("contains a NUL character");
    if (reference.contains(QLatin1Char('\\')))
        return PackDirectory::tr("contains a backslash; write paths with \"/\"");
    const bool drive = reference.size() >= 2 && reference[1] == QLatin1Char(':') && reference[0].isLetter();
    if (reference.startsWith(QLatin1Char('/')) || drive || reference.startsWith(QLatin1Char('~'))
        || isResourcePath(reference))
        return PackDirectory::tr("is an absolute path; write it relative to the pack folder");
    if (reference.contains(QLatin1String("://")))
        return PackDirectory::tr("is a URL; only files inside the pack can be used");
    const QStringList parts = reference.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part == QLatin1String(".."))
            return PackDirectory::tr("contains \"..\"; files must stay inside the pack");
        if (part.isEmpty() || part == QLatin1String("."))
            return PackDirectory::tr("is not a clean path (empty or \".\" parts)");
    }
    return {};
}

QString PackDirectory::checkImageData(const QByteArray& data, bool svg)
{
    if (data.isEmpty())
        return PackDirectory::tr("the image file is empty");
    if (!svg) {
        static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
        if (!data.startsWith(signature) || data.size() < 24 || data.mid(12, 4) != QByteArrayLiteral("IHDR"))
            return PackDirectory::tr("the file is not a PNG image");
        const auto be32 = [&](int at) {
            return (quint32(quint8(data[at])) << 24) | (quint32(quint8(data[at + 1])) << 16)
                | (quint32(quint8(data[at + 2])) << 8) | quint32(quint8(data[at + 3]));
        };
        const quint32 width = be32(16);
        const quint32 height = be32(20);
        if (width == 0 || height == 0 || width > quint32(kMaxImageSide) || height > quint32(kMaxImageSide))
            return PackDirectory::tr("the PNG is %1×%2 pixels; images may be at most %3 pixels on each side")
                .arg(width)
                .arg(height)
                .arg(kMaxImageSide);
        return {};
    }
    // SVG: must be text with an <svg> element and must not reach outside itself. Qt's SVG
    // renderer loads files named in <image href>, so any reference that is not a fragment
    // (#id) or inline data is refused, as are entities that could pull in other files.
    const QString text = QString::fromUtf8(data);
    if (text.contains(QChar::ReplacementCharacter))
        return PackDirectory::tr("the SVG is not valid UTF-8 text");
    if (!text.contains(QLatin1String("<svg")))
        return PackDirectory::tr("the file is not an SVG image");
    if (text.contains(QLatin1String("<!ENTITY"), Qt::CaseInsensitive))
        return PackDirectory::tr("the SVG declares entities, which are not allowed");
    thread_local const QRegularExpression reference(
        QStringLiteral(R"((?:href|src)\s*=\s*["']\s*([^"']*))"), QRegularExpression::CaseInsensitiveOption);
    auto it = reference.globalMatch(text);
    while (it.hasNext()) {
        const QString target = it.next().captured(1);
        if (!target.startsWith(QLatin1Char('#')) && !target.startsWith(QLatin1String("data:image/")))
            return PackDirectory::tr("the SVG refers to \"%1\"; only #fragments and data:image URIs are allowed")
                .arg(target.left(80));
    }
    thread_local const QRegularExpression cssUrl(
        QStringLiteral(R"re(url\s*\(\s*["']?\s*([^)"'\s]*))re"), QRegularExpression::CaseInsensitiveOption);
    auto urls = cssUrl.globalMatch(text);
    while (urls.hasNext()) {
        const QString target = urls.next().captured(1);
        if (!target.startsWith(QLatin1Char('#')))
            return PackDirectory::tr("the SVG refers to \"%1\"; only #fragments are allowed in url()")
                .arg(target.left(80));
    }
    return {};
}

PackDirectory::Resolved PackDirectory::resolveImage(const QString& reference) const
{
    Resolved out;
    if (QString bad = checkRelativePath(reference); !bad.isEmpty()) {
        out.error = bad;
        return out;
    }
    const QString lower = reference.toLower();
    const bool svg = lower.endsWith(QLatin1String(".svg"));
    if (!svg && !lower.endsWith(QLatin1String(".png"))) {
        out.error = PackDirectory::tr("must be an .svg or .png file");
        return out;
    }
    const ReadResult file = read(reference, kMaxImageBytes);
    if (!file.error.isEmpty()) {
        out.error = file.error;
        return out;
    }
    if (QString bad = checkImageData(file.data, svg); !bad.isEmpty()) {
        out.error = bad;
        return out;
    }
    out.path = m_resource ? m_root + QLatin1Char('/') + reference
                          : QFileInfo(m_root + QLatin1Char('/') + reference).canonicalFilePath();
    return out;
}

} // namespace knead
