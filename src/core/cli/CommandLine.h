// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace knead {

// What the person asked for on the command line. Parsing needs no QCoreApplication, so the
// program can decide whether it needs a GUI before creating one.
struct CommandLine
{
    enum class Action { Run, Help, Version, List, Validate };
    enum class ListFormat { Text, Json };

    Action action = Action::Run;
    ListFormat listFormat = ListFormat::Text;
    QStringList contentDirs;   // --content-dir, in order
    QStringList validateDirs;  // --validate DIR...
    QString startRoutine;      // --start ROUTINE_ID
    QString error;             // a usage error; exit code 2

    static CommandLine parse(const QStringList& arguments);
    static QString helpText(); // needs a QCoreApplication
    static QString versionText();
};

} // namespace knead
