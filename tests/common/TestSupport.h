// SPDX-License-Identifier: MIT
#pragma once

#include "ContentLoader.h"
#include "Diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <ostream>

// Catch2 prints QStrings readably in failure messages.
std::ostream& operator<<(std::ostream& os, const QString& s);

namespace knead::test {

QString dataPath(const QString& relative); // tests/data/...
QString sourcePath(const QString& relative); // the checkout
QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& data);
// Copies a folder recursively (plain files only).
void copyTree(const QString& from, const QString& to);

// A scratch copy of tests/data/minimal-pack, optionally with a broken fixture laid over it.
class ScratchPack
{
public:
    explicit ScratchPack(const QString& overlay = {});
    QString root() const { return m_dir.path() + QStringLiteral("/pack"); }
    QString parent() const { return m_dir.path(); }
    LoadResult load() const; // the pack alone, diagnostics named "pack/..."

private:
    QTemporaryDir m_dir;
};

// All diagnostics as text, one per line, for failure messages.
QString dump(const QList<Diagnostic>& diagnostics);
const Diagnostic* findDiagnostic(const QList<Diagnostic>& diagnostics, const QString& messagePart);

} // namespace knead::test
