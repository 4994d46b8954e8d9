// SPDX-License-Identifier: MIT
#include "Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace knead {

Autostart::Autostart(const QString& folder)
    : m_path(QDir(folder).filePath(QStringLiteral("knead.desktop")))
{ }

QString Autostart::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart");
}

bool Autostart::isEnabled() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // Desktop entries are key=value lines; the desktop's start-up settings switch an entry off
    // with Hidden=true or X-GNOME-Autostart-enabled=false instead of deleting it.
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(4096).trimmed();
        if (line == "Hidden=true" || line == "X-GNOME-Autostart-enabled=false")
            return false;
    }
    return true;
}

QString Autostart::program()
{
    const QString self = QCoreApplication::applicationFilePath();
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("knead"));
    if (self.isEmpty()
        || (!onPath.isEmpty() && QFileInfo(onPath).canonicalFilePath() == QFileInfo(self).canonicalFilePath()))
        return QStringLiteral("knead");
    return self;
}

QByteArray Autostart::entry(const QString& program)
{
    // Exec quoting (Desktop Entry Specification): a path with spaces or specials is quoted,
    // with \ " ` $ escaped.
    QString exec = program;
    if (exec.contains(QRegularExpression(QStringLiteral("[\\s\"'`$\\\\<>~|&;*?#()]")))) {
        exec.replace(QLatin1Char('\\'), QStringLiteral("\\\\\\\\"));
        for (const QLatin1Char c : {QLatin1Char('"'), QLatin1Char('`'), QLatin1Char('$')})
            exec.replace(c, QStringLiteral("\\\\") + c);
        exec = QLatin1Char('"') + exec + QLatin1Char('"');
    }
    exec.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Knead\n"
                          "Comment=%1\n"
                          "Exec=%2 --background\n"
                          "Icon=" KNEAD_APP_ID "\n"
                          "Terminal=false\n"
                          "NoDisplay=true\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(tr("Wait for break reminders in the background"), exec)
        .toUtf8();
}

QString Autostart::setEnabled(bool on) const
{
    if (!on) {
        if (QFile::exists(m_path) && !QFile::remove(m_path))
            return tr("Could not remove %1.").arg(QDir::toNativeSeparators(m_path));
        return {};
    }
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry(program())) < 0 || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
    return {};
}

} // namespace knead
