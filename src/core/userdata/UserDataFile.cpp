// SPDX-License-Identifier: MIT
#include "UserDataFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace knead {

namespace {

// This file's messages, in one translation context.
struct UserDataText
{
    Q_DECLARE_TR_FUNCTIONS(UserDataFile)
};

} // namespace

QString UserDataProblem::toString() const
{
    QString text = message;
    if (!setAsideAs.isEmpty())
        text += QLatin1Char(' ')
            + UserDataText::tr("The unreadable file was kept as %1.").arg(QDir::toNativeSeparators(setAsideAs));
    return text;
}

namespace UserDataFile {

ReadResult read(const QString& path)
{
    ReadResult result;
    const QFileInfo info(path);
    if (!info.exists())
        return result;
    result.exists = true;
    if (!info.isFile()) {
        result.error = UserDataText::tr("%1 is not a regular file").arg(QDir::toNativeSeparators(path));
        return result;
    }
    if (info.size() > kMaxBytes) {
        result.error = UserDataText::tr("%1 is larger than %2 MiB")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(kMaxBytes / (1024 * 1024));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error
            = UserDataText::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    result.data = file.readAll();
    return result;
}

QString write(const QString& path, const QByteArray& data)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return UserDataText::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return UserDataText::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (file.write(data) != data.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return UserDataText::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), error);
    }
    if (!file.commit())
        return UserDataText::tr("%1 cannot be saved: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString setAside(const QString& path, const QDateTime& nowUtc)
{
    const QString stamp = nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    return QFile::rename(path, target) ? target : QString();
}

UserDataProblem checkFolder(const QString& folder)
{
    // A real write, not a permission bit: read-only mounts, full disks and root-owned folders
    // all show up here. Not flushed to the disk (the journal's own writes are): that waited
    // for the disk at every start, up to tens of milliseconds when the disk is busy.
    if (QDir().mkpath(folder)) {
        QFile probe(folder + QStringLiteral("/.knead-write-check"));
        const QByteArray data = QByteArrayLiteral("ok");
        const bool written = probe.open(QIODevice::WriteOnly | QIODevice::Truncate) && probe.write(data) == data.size()
            && probe.flush();
        probe.close();
        probe.remove();
        if (written)
            return {};
    }
    return {folder, QString(),
        UserDataText::tr("Your data folder %1 cannot be written, so sessions will not be saved to your journal. "
                         "Knead still works; check the folder's permissions and free space.")
            .arg(QDir::toNativeSeparators(folder))};
}

} // namespace UserDataFile

} // namespace knead
