// SPDX-License-Identifier: MIT
#pragma once

#include "CommandLine.h"
#include "ContentLoader.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QTextStream;

namespace knead {

// The packs Knead loads at start, in order: bundled, the user's packs, then --content-dir.
QList<PackLocation> standardPacks(const QStringList& contentDirs);

// `knead --list`: what the content holds as text, or as the JSON documented in README.
QString contentListText(const Content& content, CommandLine::ListWhat what = CommandLine::ListWhat::Everything);
QByteArray contentListJson(const Content& content, CommandLine::ListWhat what = CommandLine::ListWhat::Everything);

// The command-line actions that need no display. Each returns the process exit code.
int runListCommand(const CommandLine& command, QTextStream& out, QTextStream& err);
int runValidateCommand(const CommandLine& command, QTextStream& out, QTextStream& err);

} // namespace knead
