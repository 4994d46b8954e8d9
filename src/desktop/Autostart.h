// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace knead {

// Start at login: an XDG autostart entry (~/.config/autostart/knead.desktop) that runs
// `knead --background`, so Knead waits for reminders without opening a window. Written
// atomically; the entry counts as on only while it is there and not hidden or disabled by the
// desktop's own start-up settings.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)

public:
    explicit Autostart(const QString& folder = defaultFolder());

    static QString defaultFolder(); // $XDG_CONFIG_HOME/autostart
    QString filePath() const { return m_path; }

    bool isEnabled() const;
    // Writes or removes the entry. Returns what went wrong, or an empty string.
    QString setEnabled(bool on) const;

    // "knead", or this binary's path when `knead` on PATH is another one (a build tree).
    static QString program();
    static QByteArray entry(const QString& program);

private:
    QString m_path;
};

} // namespace knead
