// SPDX-License-Identifier: MIT
#include "PackDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace knead {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("knead::PackDirectory", text);
}

QString tooLarge(qint64 maxBytes)
{
    return tr("file is larger than %1 MiB").arg(maxBytes / (1024 * 1024));
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
        m_error = tr("folder not found");
        return;
    }
    if (!info.isDir()) {
        m_error = tr("not a folder");
        return;
    }
    m_canonicalRoot = m_resource ? m_root : info.canonicalFilePath();
    if (m_canonicalRoot.isEmpty())
        m_error = tr("folder cannot be resolved");
}

QString PackDirectory::checkInside(const QString& absolute) const
{
    if (m_resource)
        return {};
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    if (canonical.isEmpty())
        return tr("is a broken symbolic link");
    // The separator matters: "/packs/mine-evil" must not pass as inside "/packs/mine".
    if (canonical != m_canonicalRoot && !canonical.startsWith(m_canonicalRoot + QLatin1Char('/')))
        return tr("leads outside the pack (through a symbolic link) to %1").arg(canonical);
    return {};
}

PackDirectory::ReadResult PackDirectory::read(const QString& relative, qint64 maxBytes) const
{
    ReadResult result;
    const QString absolute = m_root + QLatin1Char('/') + relative;
    const QFileInfo info(absolute);
    if (!info.exists() && !info.isSymLink()) {
        result.missing = true;
        result.error = tr("file not found");
        return result;
    }
    if (QString inside = checkInside(absolute); !inside.isEmpty()) {
        result.error = inside;
        return result;
    }
    // Only regular files: reading a FIFO or a device could block or never end.
    if (!info.isFile()) {
        result.error = tr("not a regular file");
        return result;
    }
    if (info.size() > maxBytes) {
        result.error = tooLarge(maxBytes);
        return result;
    }
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("cannot be read: %1").arg(file.errorString());
        return result;
    }
    // Read one byte more than allowed, in case the file grew after the size check.
    result.data = file.read(maxBytes + 1);
    if (result.data.size() > maxBytes) {
        result.data.clear();
        result.error = tooLarge(maxBytes);
    }
    return result;
}

namespace {

// As QDir's "*.json" filter: case-insensitive, so "Notes.JSON" is read (and then reported
// for a name that does not match its id) rather than silently passed over.
bool isJsonName(const QString& name)
{
    return name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

} // namespace

PackDirectory::Folder PackDirectory::jsonFolder(const QString& folder) const
{
    Folder out(*this);
    const QString absoluteFolder = m_root + QLatin1Char('/') + folder;
    const QFileInfo folderInfo(absoluteFolder);
    if (!folderInfo.exists() && !folderInfo.isSymLink())
        return out;
    if (QString inside = checkInside(absoluteFolder); !inside.isEmpty()) {
        out.m_refused.append(folder + QLatin1String(": ") + inside);
        return out;
    }
    // A name and whether it is a plain file (no link) that can be opened by descriptor.
    std::vector<std::pair<QString, bool>> entries;
#ifdef Q_OS_UNIX
    if (!m_resource) {
        // The folder's canonical path has no links left in it, and it is inside the pack.
        const QByteArray canonical = QFile::encodeName(QFileInfo(absoluteFolder).canonicalFilePath());
        out.m_fd = ::open(canonical.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (out.m_fd >= 0) {
            if (DIR* dir = ::fdopendir(::dup(out.m_fd))) {
                while (const dirent* entry = ::readdir(dir)) {
                    const QString name = QFile::decodeName(entry->d_name);
                    if (!isJsonName(name) || entry->d_type == DT_DIR)
                        continue;
                    // Anything else (a link, a FIFO, an unknown type) takes the checked path,
                    // which names what is wrong with it.
                    entries.emplace_back(name, entry->d_type == DT_REG);
                }
                ::closedir(dir);
            } else {
                ::close(out.m_fd);
                out.m_fd = -1;
            }
        }
    }
#endif
    if (out.m_fd < 0) {
        const QDir dir(absoluteFolder);
        const QStringList names = dir.entryList({QStringLiteral("*.json")},
                                                QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString& name : names)
            entries.emplace_back(name, false);
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    out.m_files.reserve(qsizetype(entries.size()));
    out.m_plainNames.reserve(entries.size());
    for (const auto& [name, plain] : entries) {
        const QString relative = folder + QLatin1Char('/') + name;
        if (!plain && !m_resource) {
            const QString absolute = m_root + QLatin1Char('/') + relative;
            if (QFileInfo(absolute).isDir())
                continue; // a link to a folder is not a file of the pack
            if (QString inside = checkInside(absolute); !inside.isEmpty()) {
                out.m_refused.append(relative + QLatin1String(": ") + inside);
                continue;
            }
        }
        out.m_files.append(relative);
        out.m_plainNames.push_back(plain ? QFile::encodeName(name) : QByteArray());
    }
    return out;
}

PackDirectory::Folder::Folder(Folder&& other) noexcept
    : m_dir(other.m_dir), m_files(std::move(other.m_files)), m_refused(std::move(other.m_refused)),
      m_plainNames(std::move(other.m_plainNames)), m_fd(std::exchange(other.m_fd, -1))
{
}

PackDirectory::Folder::~Folder()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

PackDirectory::ReadResult PackDirectory::Folder::read(qsizetype index, QByteArray buffer) const
{
    const QByteArray& plain = m_plainNames[std::size_t(index)];
#ifdef Q_OS_UNIX
    if (m_fd >= 0 && !plain.isEmpty()) {
        // O_NOFOLLOW: if the file has been swapped for a link since it was listed as a plain
        // file, opening it fails rather than following the link. O_NONBLOCK: a FIFO swapped in
        // reads as empty instead of blocking; a device reads until the size limit. No fstat:
        // the listing said it is a regular file, and the size is checked while reading.
        const int fd = ::openat(m_fd, plain.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            return m_dir.read(m_files[index]); // changed under us: take the checked path
        ReadResult result;
        result.data = std::move(buffer);
        result.data.resize(std::max<qsizetype>(result.data.capacity(), 64 * 1024));
        qsizetype filled = 0;
        for (;;) {
            const ssize_t n = ::read(fd, result.data.data() + filled, std::size_t(result.data.size() - filled));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                result.error = tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
                break;
            }
            filled += n;
            if (filled > kMaxJsonBytes) {
                result.error = tooLarge(kMaxJsonBytes);
                break;
            }
            // A short read of a regular file is its end.
            if (n == 0 || filled < result.data.size())
                break;
            result.data.resize(std::min<qsizetype>(filled * 2, kMaxJsonBytes + 1));
        }
        ::close(fd);
        result.data.resize(result.error.isEmpty() ? filled : 0);
        return result;
    }
#endif
    return m_dir.read(m_files[index]);
}

QString PackDirectory::checkRelativePath(const QString& reference)
{
    if (reference.isEmpty())
        return tr("is empty");
    if (reference.contains(QChar(u'\0')))
        return tr("contains a NUL character");
    if (reference.contains(QLatin1Char('\\')))
        return tr("contains a backslash; write paths with \"/\"");
    const bool drive = reference.size() >= 2 && reference[1] == QLatin1Char(':') && reference[0].isLetter();
    if (reference.startsWith(QLatin1Char('/')) || drive
        || reference.startsWith(QLatin1Char('~')) || isResourcePath(reference))
        return tr("is an absolute path; write it relative to the pack folder");
    if (reference.contains(QLatin1String("://")))
        return tr("is a URL; only files inside the pack can be used");
    const QStringList parts = reference.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part == QLatin1String(".."))
            return tr("contains \"..\"; files must stay inside the pack");
        if (part.isEmpty() || part == QLatin1String("."))
            return tr("is not a clean path (empty or \".\" parts)");
    }
    return {};
}

QString PackDirectory::checkImageData(const QByteArray& data, bool svg)
{
    if (data.isEmpty())
        return tr("the image file is empty");
    if (!svg) {
        static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
        if (!data.startsWith(signature) || data.size() < 24 || data.mid(12, 4) != QByteArrayLiteral("IHDR"))
            return tr("the file is not a PNG image");
        const auto be32 = [&](int at) {
            return (quint32(quint8(data[at])) << 24) | (quint32(quint8(data[at + 1])) << 16)
                | (quint32(quint8(data[at + 2])) << 8) | quint32(quint8(data[at + 3]));
        };
        const quint32 width = be32(16);
        const quint32 height = be32(20);
        if (width == 0 || height == 0 || width > quint32(kMaxImageSide) || height > quint32(kMaxImageSide))
            return tr("the PNG is %1×%2 pixels; images may be at most %3 pixels on each side")
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
        return tr("the SVG is not valid UTF-8 text");
    if (!text.contains(QLatin1String("<svg")))
        return tr("the file is not an SVG image");
    if (text.contains(QLatin1String("<!ENTITY"), Qt::CaseInsensitive))
        return tr("the SVG declares entities, which are not allowed");
    thread_local const QRegularExpression reference(
        QStringLiteral(R"((?:href|src)\s*=\s*["']\s*([^"']*))"), QRegularExpression::CaseInsensitiveOption);
    auto it = reference.globalMatch(text);
    while (it.hasNext()) {
        const QString target = it.next().captured(1);
        if (!target.startsWith(QLatin1Char('#')) && !target.startsWith(QLatin1String("data:image/")))
            return tr("the SVG refers to \"%1\"; only #fragments and data:image URIs are allowed")
                .arg(target.left(80));
    }
    thread_local const QRegularExpression cssUrl(QStringLiteral(R"re(url\s*\(\s*["']?\s*([^)"'\s]*))re"),
                                           QRegularExpression::CaseInsensitiveOption);
    auto urls = cssUrl.globalMatch(text);
    while (urls.hasNext()) {
        const QString target = urls.next().captured(1);
        if (!target.startsWith(QLatin1Char('#')))
            return tr("the SVG refers to \"%1\"; only #fragments are allowed in url()").arg(target.left(80));
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
        out.error = tr("must be an .svg or .png file");
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
