// SPDX-License-Identifier: MIT
#pragma once

#include "CommandLine.h"
#include "ContentLoader.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QTextStream;

namespace knead {

inline constexpr auto kBundledPackRoot = ":/content";

// The packs Knead loads at start, in order: bundled, the user's packs, then --content-dir.
QList<PackLocation> standardPacks(const QStringList& contentDirs);
QString userPacksFolder();

// `knead --list`: the techniques and routines as text, or as the JSON documented in README.
QString contentListText(const Content& content);
QByteArray contentListJson(const Content& content);

// The command-line actions that need no display. Each returns the process exit code.
int runListCommand(const CommandLine& command, QTextStream& out, QTextStream& err);
int runValidateCommand(const CommandLine& command, QTextStream& out, QTextStream& err);

// For unknown ids: the known ids closest to `wanted`, best first.
QStringList closestIds(const QString& wanted, const QStringList& known, int count = 3);

} // namespace knead
