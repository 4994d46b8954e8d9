// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace knead {

// What the person asked for on the command line. Parsing needs no QCoreApplication, so the
// program can decide whether it needs a GUI before creating one.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action { Run, Help, Version, List, Validate };
    enum class ListFormat { Text, Json };
    enum class ListWhat { Everything, Techniques, Routines, Regions };

    Action action = Action::Run;
    ListFormat listFormat = ListFormat::Text;
    ListWhat listWhat = ListWhat::Everything;
    QStringList contentDirs; // --content-dir, in order
    QStringList validateDirs; // --validate DIR...
    QString startRoutine; // --start ROUTINE_ID
    bool background = false; // --background: no window, wait for reminders
    QString error; // a usage error; exit code 2

    // True for the actions that print and exit without opening a window.
    bool needsNoDisplay() const { return !error.isEmpty() || action != Action::Run; }

    static CommandLine parse(const QStringList& arguments);
    static QString helpText();
    static QString versionText();
};

} // namespace knead
