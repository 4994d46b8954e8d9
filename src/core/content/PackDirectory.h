// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace knead {

// One pack's folder (on disk or in Qt resources). Every file it hands out lies inside the
// folder's canonical path: references from content are checked before they touch the file
// system, and symbolic links that lead out of the pack are refused, whether files or folders.
class PackDirectory
{
    Q_DECLARE_TR_FUNCTIONS(PackDirectory)

public:
    static constexpr qint64 kMaxJsonBytes = 4 * 1024 * 1024;
    static constexpr qint64 kMaxImageBytes = 4 * 1024 * 1024;
    static constexpr int kMaxImageSide = 4096;

    explicit PackDirectory(const QString& root);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString root() const { return m_root; }

    struct ReadResult
    {
        QByteArray data;
        QString error; // empty on success
        bool missing = false;
    };
    // Reads a pack-relative file (a trusted name, e.g. "pack.json", a listed file, or a
    // checked reference), safe to call from several threads. The one way files are read: the
    // file is opened without following a link (a name that is a link is resolved first, and
    // must stay inside), from a folder whose real path lies inside the pack, so a file
    // swapped for a link after a check is refused, not followed.
    ReadResult read(const QString& relative, qint64 maxBytes = kMaxJsonBytes) const;

    // The "*.json" files of a subfolder, pack-relative and sorted. Entries that lead out of
    // the pack are left out and described in `refused` as "path: why".
    QStringList jsonFiles(const QString& folder, QStringList* refused) const;
    // The subfolders of a folder whose names are language tags ("de", "pt-BR"), sorted.
    QStringList subfolders(const QString& folder) const;

    struct Resolved
    {
        QString path; // absolute (or ":/…") path to use
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
    // `canonicalOut`, if given, receives the resolved path.
    QString checkInside(const QString& absolute, QString* canonicalOut = nullptr) const;
    // Empty when `canonical` (a resolved path) lies inside the pack.
    QString isInside(const QString& canonical) const;
    // checkInside() for a folder, remembered: a pack's files share a few folders.
    QString folderInside(const QString& absoluteFolder) const;

    QString m_root; // as given, without a trailing slash
    QString m_canonicalRoot; // resolved, for containment checks
    bool m_resource = false;
    QString m_error;
    mutable QMutex m_foldersMutex;
    mutable QHash<QString, QString> m_folders; // absolute folder → checkInside() of it
};

} // namespace knead
