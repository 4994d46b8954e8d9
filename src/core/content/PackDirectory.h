// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace knead {

// One pack's folder (on disk or in Qt resources). Every file it hands out lies inside the
// folder's canonical path: references from content are checked before they touch the file
// system, and symbolic links that lead out of the pack are refused, whether files or folders.
class PackDirectory
{
public:
    static constexpr qint64 kMaxJsonBytes = 4 * 1024 * 1024;
    static constexpr qint64 kMaxImageBytes = 4 * 1024 * 1024;
    static constexpr int kMaxImageSide = 4096;

    explicit PackDirectory(const QString& root);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool isResource() const { return m_resource; }
    QString root() const { return m_root; }

    struct ReadResult
    {
        QByteArray data;
        QString error; // empty on success
        bool missing = false;
    };
    // Reads a pack-relative file (a trusted name, e.g. "pack.json", or a checked reference).
    ReadResult read(const QString& relative, qint64 maxBytes = kMaxJsonBytes) const;

    // The "*.json" files of a subfolder, listed once and read by index, from any thread.
    // Entries that lead out of the pack are left out and described in refused().
    // Large packs hold thousands of files and each system call counts: on Linux a plain file
    // found in the (checked) folder is opened relative to the folder's descriptor, without
    // following links, so it needs no further path resolution; links still get the full check.
    class Folder
    {
    public:
        const QStringList& files() const { return m_files; } // pack-relative, sorted
        const QStringList& refused() const { return m_refused; } // "path: why"
        // `buffer` lends its memory to the result's data, so a caller reading many files can
        // hand the same buffer back each time.
        ReadResult read(qsizetype index, QByteArray buffer = {}) const;

        Folder(const Folder&) = delete;
        Folder& operator=(const Folder&) = delete;
        Folder(Folder&&) noexcept;
        ~Folder();

    private:
        friend class PackDirectory;
        explicit Folder(const PackDirectory& dir) : m_dir(dir) {}

        const PackDirectory& m_dir;
        QStringList m_files;
        QStringList m_refused;
        std::vector<QByteArray> m_plainNames; // file name when opened by descriptor, else empty
        int m_fd = -1;
    };
    Folder jsonFolder(const QString& folder) const;

    struct Resolved
    {
        QString path;  // absolute (or ":/…") path to use
        QString error; // empty on success
    };
    // Checks a reference written in content (an image path) and the file it names.
    Resolved resolveImage(const QString& reference) const;

    // Returns an error message when `reference` is not a clean pack-relative path.
    static QString checkRelativePath(const QString& reference);
    // Returns an error message when the bytes are not a usable PNG or a self-contained SVG.
    static QString checkImageData(const QByteArray& data, bool svg);

private:
    // Empty when `absolute` (an existing entry) stays inside the pack once links are followed.
    QString checkInside(const QString& absolute) const;

    QString m_root;          // as given, without a trailing slash
    QString m_canonicalRoot; // resolved, for containment checks
    bool m_resource = false;
    QString m_error;
};

} // namespace knead
