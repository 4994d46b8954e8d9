// SPDX-License-Identifier: MIT
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << s.toStdString();
}

namespace knead::test {

QString dataPath(const QString& relative)
{
    return QStringLiteral(KNEAD_TEST_DATA) + QLatin1Char('/') + relative;
}

QString sourcePath(const QString& relative)
{
    return QStringLiteral(KNEAD_SOURCE_DIR) + QLatin1Char('/') + relative;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(data) == data.size());
}

void copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(from).relativeFilePath(path);
        writeFile(to + QLatin1Char('/') + relative, readFile(path));
    }
}

ScratchPack::ScratchPack(const QString& overlay)
{
    REQUIRE(m_dir.isValid());
    copyTree(dataPath(QStringLiteral("minimal-pack")), root());
    if (!overlay.isEmpty()) {
        const QString from = dataPath(QStringLiteral("broken/") + overlay);
        REQUIRE(QFileInfo(from).isDir());
        copyTree(from, root());
    }
}

LoadResult ScratchPack::load() const
{
    return ContentLoader::load({{root(), QStringLiteral("pack")}});
}

QString dump(const QList<Diagnostic>& diagnostics)
{
    QString out;
    for (const Diagnostic& d : diagnostics)
        out += d.toString() + QLatin1Char('\n');
    return out;
}

const Diagnostic* findDiagnostic(const QList<Diagnostic>& diagnostics, const QString& messagePart)
{
    for (const Diagnostic& d : diagnostics) {
        if (d.toString().contains(messagePart))
            return &d;
    }
    return nullptr;
}

} // namespace knead::test
