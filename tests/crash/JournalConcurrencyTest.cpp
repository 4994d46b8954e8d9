// SPDX-License-Identifier: MIT
// Several instances of Knead writing one journal folder at once, each in its own process: two
// on the same device (same device id), one on another. No file has two writers, no entry is
// lost or doubled, and a conflict copy added by hand is merged in.
#include "Journal.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

using namespace knead;
using namespace knead::test;

TEST_CASE("instances in separate processes write one folder at once without losing or doubling an entry",
    "[journal-processes]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const int count = 150;
    const QList<std::pair<QString, QString>> writers {{QStringLiteral("desk"), QStringLiteral("first")},
        {QStringLiteral("desk"), QStringLiteral("second")}, {QStringLiteral("laptop"), QStringLiteral("third")}};
    std::vector<std::unique_ptr<QProcess>> children;
    QStringList files;
    for (const auto& [device, tag] : writers) {
        auto child = std::make_unique<QProcess>();
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child->start(QStringLiteral(KNEAD_JOURNAL_WRITER), {dir.path(), device, QString::number(count), tag});
        REQUIRE(child->waitForStarted(10000));
        // Each has written its first entry and holds its file before the next one starts.
        QByteArray out;
        while (!out.contains("ready ") || !out.endsWith('\n')) {
            REQUIRE(child->waitForReadyRead(10000));
            out += child->readAllStandardOutput();
        }
        files.append(QString::fromUtf8(out.mid(out.indexOf("ready ") + 6).trimmed()));
        children.push_back(std::move(child));
    }
    // Three live processes, three files: the second instance on "desk" found the lock taken.
    CHECK(files
        == QStringList {dir.filePath(QStringLiteral("desk.jsonl")), dir.filePath(QStringLiteral("desk-2.jsonl")),
            dir.filePath(QStringLiteral("laptop.jsonl"))});
    for (auto& child : children)
        child->write("go\n");
    for (auto& child : children) {
        REQUIRE(child->waitForFinished(60000));
        CHECK(child->exitStatus() == QProcess::NormalExit);
        CHECK(child->exitCode() == 0);
        CHECK(child->readAllStandardOutput().contains(QByteArray("committed ") + QByteArray::number(count) + '\n'));
    }

    const auto check = [&](const Journal& journal, int extra) {
        REQUIRE(journal.entries().size() == 3 * count + extra);
        QHash<QString, QList<qint64>> byTag;
        QSet<QString> ids;
        for (const JournalEntry& e : journal.entries()) {
            byTag[e.routineName].append(e.activeSeconds);
            ids.insert(e.id);
        }
        CHECK(ids.size() == journal.entries().size());
        for (const auto& [device, tag] : writers) {
            QList<qint64> seen = byTag.value(tag);
            std::sort(seen.begin(), seen.end());
            REQUIRE(seen.size() == count);
            for (int i = 0; i < count; ++i)
                CHECK(seen[i] == i + 1);
        }
    };
    Journal journal(dir.path());
    REQUIRE(journal.load().isEmpty());
    check(journal, 0);
    for (const QString& file : files)
        CHECK(readFile(file).count('\n') == count);

    // A conflict copy made by hand: the same lines as the device file, and one of its own.
    JournalEntry extra;
    extra.id = Journal::newId();
    extra.updated = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
    extra.routineId = QStringLiteral("concurrency-test");
    extra.routineName = QStringLiteral("from the conflict copy");
    extra.started = extra.updated;
    extra.ended = extra.updated.addSecs(60);
    writeFile(dir.filePath(QStringLiteral("desk.sync-conflict-20260201-120000-7QWERTY.jsonl")),
        readFile(files[0]) + Journal::serializeLine(extra) + '\n');
    CHECK(journal.reloadIfChanged());
    CHECK(journal.loadReport().files == 4);
    check(journal, 1);
    CHECK(journal.find(extra.id));
}
