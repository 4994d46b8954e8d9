// SPDX-License-Identifier: MIT
// The journal at the scale of years, each figure against a floor in the same run:
//   knead_bench_journal generate DIR SESSIONS     a journal over 3 device files, 10 years
//   knead_bench_journal load DIR RUNS             Journal::load() against reading the same
//                                                 lines with nlohmann::json::parse alone
//   knead_bench_journal append DIR RUNS           one upsert at 10 entries and at all of DIR's
//   knead_bench_journal history DIR RUNS          opening the History page at 10 entries and
//                                                 at DIR's journal
// Each prints one JSON object.
#include "ContentLoader.h"
#include "ContentStore.h"
#include "HistoryPage.h"
#include "Journal.h"
#include "Settings.h"

#include <nlohmann/json.hpp>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <random>

namespace {

using knead::Journal;
using knead::JournalEntry;

const char* const kRoutines[] = {"scalp-tension-relief", "neck-and-shoulders", "desk-reset", "lower-back-relief",
    "evening-unwind", "neck-micro-break"};
const char* const kRegions[] = {"head", "neck", "shoulders", "lower-back"};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// As Knead writes it: each session a line when it ends, and a second line for the same id
// when the ratings after it are given; now and then a deletion.
int generate(const QString& dir, int sessions)
{
    std::mt19937 random(16);
    QDir().mkpath(dir);
    const QStringList devices {
        QStringLiteral("desktop-1a2b3c4d"), QStringLiteral("laptop-5e6f7a8b"), QStringLiteral("work-9c0d1e2f")};
    QList<QByteArray> files(devices.size());
    const QDateTime start = QDateTime(QDate(2016, 1, 1), QTime(7, 0), Qt::UTC);
    const qint64 spanSecs = 10LL * 365 * 24 * 3600;
    for (int i = 0; i < sessions; ++i) {
        JournalEntry e;
        e.id = QUuid::createUuidV5(QUuid(), QString::number(i)).toString(QUuid::WithoutBraces);
        const char* routine = kRoutines[random() % std::size(kRoutines)];
        e.routineId = QString::fromLatin1(routine);
        e.routineName = QStringLiteral("Routine %1").arg(e.routineId);
        e.started = start.addSecs(spanSecs * i / sessions + qint64(random() % 3600));
        e.activeSeconds = 180 + qint64(random() % 900);
        e.ended = e.started.addSecs(e.activeSeconds + 20);
        e.stepsTotal = 6;
        e.stepsDone = random() % 10 ? 6 : int(random() % 6);
        e.outcome = e.stepsDone == 6 ? JournalEntry::Outcome::Finished : JournalEntry::Outcome::Stopped;
        const int regions = 1 + int(random() % 2);
        for (int r = 0; r < regions; ++r) {
            const QString region = QString::fromLatin1(kRegions[(i + r) % std::size(kRegions)]);
            e.regions.append(region);
            e.tensionBefore.insert(region, 3 + int(random() % 7));
        }
        QByteArray& file = files[random() % devices.size()];
        e.updated = e.ended;
        file += Journal::serializeLine(e) + '\n';
        for (const QString& region : std::as_const(e.regions))
            e.tensionAfter.insert(region, std::max(0, e.tensionBefore.value(region) - int(random() % 5)));
        e.updated = e.ended.addSecs(30);
        file += Journal::serializeLine(e) + '\n';
        if (random() % 100 == 0)
            file += Journal::tombstoneLine(e.id, e.ended.addDays(1)) + '\n';
    }
    for (qsizetype d = 0; d < devices.size(); ++d) {
        QFile out(dir + QLatin1Char('/') + devices[d] + QStringLiteral(".jsonl"));
        if (!out.open(QIODevice::WriteOnly) || out.write(files[d]) != files[d].size())
            return 3;
    }
    std::printf("{\"sessions\": %d, \"files\": %lld}\n", sessions, static_cast<long long>(devices.size()));
    return 0;
}

// The floor: the same files read, split into lines and each parsed into nlohmann's DOM.
qsizetype parseOnly(const QString& dir)
{
    qsizetype lines = 0;
    for (const QFileInfo& info : QDir(dir).entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            std::exit(4);
        const QByteArray data = file.readAll();
        const std::string_view text(data.constData(), std::size_t(data.size()));
        for (std::size_t at = 0; at < text.size();) {
            const std::size_t nl = text.find('\n', at);
            const std::string_view line = text.substr(at, nl - at);
            at = nl == std::string_view::npos ? text.size() : nl + 1;
            const nlohmann::json value = nlohmann::json::parse(line, nullptr, false);
            lines += !value.is_discarded();
        }
    }
    return lines;
}

int load(const QString& dir, int runs)
{
    std::vector<double> journalMs, floorMs;
    qsizetype entries = 0, lines = 0;
    parseOnly(dir); // warm the file cache
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        lines = parseOnly(dir);
        floorMs.push_back(msSince(t));
        Journal journal(dir);
        t.start();
        if (!journal.load().isEmpty())
            return 5;
        journalMs.push_back(msSince(t));
        entries = journal.entries().size();
    }
    std::printf("{\"median_ms\": %.2f, \"floor_ms\": %.2f, \"entries\": %lld, \"lines\": %lld}\n", median(journalMs),
        median(floorMs), static_cast<long long>(entries), static_cast<long long>(lines));
    return 0;
}

// One upsert, as at the end of a session: line, write, fdatasync. At 10 entries and at all of
// DIR's, alternately, so that both see the same disk.
int append(const QString& dir, int runs)
{
    QTemporaryDir small, large;
    for (const QFileInfo& info : QDir(dir).entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files))
        QFile::copy(info.filePath(), large.filePath(info.fileName()));
    Journal few(small.path(), QStringLiteral("bench"));
    Journal many(large.path(), QStringLiteral("bench"));
    few.load();
    many.load();
    JournalEntry e = many.entries().constLast();
    e.id.clear();
    for (int i = 0; i < 10; ++i) {
        JournalEntry seed = e;
        seed.started = e.started.addDays(-100 + i);
        few.upsert(seed);
    }
    const qsizetype fewStart = few.entries().size();
    const qsizetype manyStart = many.entries().size();
    std::vector<double> fewMs, manyMs;
    for (int i = 0; i < runs; ++i) {
        for (Journal* journal : {&few, &many}) {
            JournalEntry next = e;
            next.started = e.started.addSecs(60 * (i + 1));
            QElapsedTimer t;
            t.start();
            if (!journal->upsert(next).isEmpty())
                return 6;
            (journal == &few ? fewMs : manyMs).push_back(msSince(t));
        }
    }
    std::printf(
        "{\"small_ms\": %.3f, \"large_ms\": %.3f, \"small_entries\": %lld, \"large_entries\": %lld, \"appends\": %d}\n",
        median(fewMs), median(manyMs), static_cast<long long>(fewStart), static_cast<long long>(manyStart), runs);
    return 0;
}

// Opening the History page: built, filled from the journal (already loaded at start, as in
// the app) and painted once.
int history(int argc, char** argv, const QString& dir, int runs)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Knead"));
    knead::ContentStore content(knead::ContentLoader::load({knead::ContentLoader::bundledPack()}));
    QTemporaryDir scratch;
    knead::Settings settings(scratch.filePath(QStringLiteral("knead.conf")));
    Journal many(dir);
    many.load();
    Journal few(scratch.filePath(QStringLiteral("few")), QStringLiteral("bench"));
    few.load();
    for (qsizetype i = many.entries().size() - 10; i < many.entries().size(); ++i)
        few.upsert(many.entries()[i]);
    const auto open = [&](Journal& journal) {
        QElapsedTimer t;
        t.start();
        knead::HistoryPage page(content.content(), journal, settings, scratch.path());
        page.resize(1120, 760);
        page.refresh();
        page.show();
        const QPixmap painted = page.grab();
        const double ms = msSince(t);
        if (painted.isNull())
            std::exit(7);
        return ms;
    };
    open(few); // fonts, style and icons, once
    open(many);
    std::vector<double> fewMs, manyMs;
    for (int i = 0; i < runs; ++i) {
        fewMs.push_back(open(few));
        manyMs.push_back(open(many));
    }
    std::printf("{\"small_ms\": %.2f, \"large_ms\": %.2f, \"small_entries\": %lld, \"large_entries\": %lld}\n",
        median(fewMs), median(manyMs), static_cast<long long>(few.entries().size()),
        static_cast<long long>(many.entries().size()));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: knead_bench_journal generate|load|append|history DIR N\n");
        return 2;
    }
    const QByteArray mode = argv[1];
    const QString dir = QString::fromLocal8Bit(argv[2]);
    const int n = std::atoi(argv[3]);
    if (mode == "history")
        return history(argc, argv, dir, n);
    QCoreApplication app(argc, argv);
    if (mode == "generate")
        return generate(dir, n);
    if (mode == "load")
        return load(dir, n);
    if (mode == "append")
        return append(dir, n);
    return 2;
}
