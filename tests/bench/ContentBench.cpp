// SPDX-License-Identifier: MIT
// Content scale and library search:
//   knead_bench_content generate DIR N      writes a pack of N techniques and N routines
//   knead_bench_content load DIR RUNS       loads it RUNS times; prints median ms and peak RSS
//   knead_bench_content floor DIR RUNS      the floor for load: reads the same files and parses
//                                           each with nlohmann::json::parse on as many threads
//   knead_bench_content search DIR          per-keystroke filter latency of the library list
#include "ContentLoader.h"
#include "Favourites.h"
#include "LibraryModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <random>

namespace {

const char* const kRegions[]
    = {"head", "face", "neck", "shoulders", "upper-back", "mid-back", "lower-back", "hips-glutes"};
const char* const kWords[] = {"circles", "pressure", "slow", "gentle", "knot", "release", "stroke", "glide", "warm",
    "breathe", "muscle", "tension", "shoulder", "spine", "palm", "thumb", "ball", "roller", "hold", "ease"};

QString sentence(std::mt19937& random, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out.append(QString::fromLatin1(kWords[random() % std::size(kWords)]));
    QString s = out.join(QLatin1Char(' '));
    s[0] = s[0].toUpper();
    return s + QLatin1Char('.');
}

void write(const QString& path, const QString& text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        std::exit(3);
    file.write(text.toUtf8());
}

int generate(const QString& dir, int n)
{
    std::mt19937 random(7);
    QDir().mkpath(dir + QStringLiteral("/techniques"));
    QDir().mkpath(dir + QStringLiteral("/routines"));
    write(dir + QStringLiteral("/pack.json"),
        QStringLiteral(R"({"format": 1, "id": "bench", "name": "Bench", "language": "en"})"));
    QStringList regions;
    for (const char* r : kRegions)
        regions.append(QStringLiteral(R"({"id": "%1", "name": "%1", "figure": "back", "shape": "%1"})")
                           .arg(QString::fromLatin1(r)));
    // head, face, neck and shoulders are not on the back figure only; use their own figures.
    QString regionsJson = regions.join(QStringLiteral(",\n"));
    regionsJson.replace(QStringLiteral(R"("id": "face", "name": "face", "figure": "back")"),
        QStringLiteral(R"("id": "face", "name": "face", "figure": "front")"));
    write(dir + QStringLiteral("/regions.json"), QStringLiteral("{\"regions\": [\n%1\n]}").arg(regionsJson));
    for (int i = 0; i < n; ++i) {
        const QString id = QStringLiteral("technique-%1").arg(i);
        const QString region = QString::fromLatin1(kRegions[i % std::size(kRegions)]);
        write(dir + QStringLiteral("/techniques/") + id + QStringLiteral(".json"),
            QStringLiteral(R"({
  "id": "%1", "name": "%2 %3", "aliases": ["%4"],
  "summary": "%5", "description": "%6\n\n%7", "how_it_helps": "%8",
  "how_to": ["%9", "%10", "%11"], "pressure": ["light", "medium"], "tools": ["fingertips", "massage-ball"],
  "regions": ["%12"], "cautions": ["%13"], "red_flags": ["%14"],
  "sources": [{"title": "Massage Therapy: What You Need To Know", "publisher": "NCCIH", "url": "https://www.nccih.nih.gov/health/massage-therapy-what-you-need-to-know"}]
}
)")
                .arg(id, sentence(random, 2).chopped(1), QString::number(i), sentence(random, 2).chopped(1),
                    sentence(random, 12), sentence(random, 40), sentence(random, 30), sentence(random, 20),
                    sentence(random, 12))
                .arg(sentence(random, 12), sentence(random, 12), region, sentence(random, 10), sentence(random, 10)));
    }
    for (int i = 0; i < n; ++i) {
        const QString id = QStringLiteral("routine-%1").arg(i);
        const QString region = QString::fromLatin1(kRegions[i % std::size(kRegions)]);
        QStringList steps;
        for (int s = 0; s < 6; ++s) {
            // A technique of the routine's own region, as an author would pick: a consistent
            // pack, so the figure measures loading, not the reporting of warnings.
            const int technique = int((random() % unsigned(std::max(1, n / 8))) * 8 + unsigned(i % 8)) % n;
            steps.append(
                QStringLiteral(R"({"title": "Step %1", "instruction": "%2", "duration": %3, "technique": "technique-%4",
      "region": "%5", "side": "%6", "pressure": "medium", "cues": [{"at": 10, "say": "Keep going."}],
      "motion": {"pattern": "circles", "points": [[0.3, 0.4]]}})")
                    .arg(s + 1)
                    .arg(sentence(random, 14))
                    .arg(30 + s * 10)
                    .arg(technique)
                    .arg(region, s % 2 ? QStringLiteral("left") : QStringLiteral("right")));
        }
        write(dir + QStringLiteral("/routines/") + id + QStringLiteral(".json"),
            QStringLiteral(R"({"id": "%1", "name": "%2 routine %3", "summary": "%4", "regions": ["%5"],
  "preparation": ["%6", "%7"], "safety": "%8", "steps": [
    %9
  ]}
)")
                .arg(id, sentence(random, 2).chopped(1), QString::number(i), sentence(random, 12), region,
                    sentence(random, 6), sentence(random, 6), sentence(random, 14),
                    steps.join(QStringLiteral(",\n    "))));
    }
    return 0;
}

// The peak resident size of this program: VmHWM, not getrusage()'s ru_maxrss, which Linux
// carries over exec from the forked parent (the bench's Python, about 80 MiB).
long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

int load(const QString& dir, int runs)
{
    const long before = peakRssKiB();
    QList<double> times;
    qsizetype items = 0;
    qsizetype errors = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const knead::LoadResult result = knead::ContentLoader::load({{dir, QStringLiteral("bench")}});
        times.append(timer.nsecsElapsed() / 1e6);
        items = result.content.techniques().size() + result.content.routines().size();
        errors = result.errorCount();
    }
    std::sort(times.begin(), times.end());
    std::printf("{\"items\": %lld, \"errors\": %lld, \"median_ms\": %.2f, \"min_ms\": %.2f, \"peak_rss_kib\": %ld, "
                "\"rss_before_kib\": %ld}\n",
        static_cast<long long>(items), static_cast<long long>(errors), times[times.size() / 2], times.first(),
        peakRssKiB(), before);
    return errors == 0 ? 0 : 1;
}

// What any loader of these files must do at least: read each file and parse it as JSON, on
// the same thread pool the loader uses, keeping nothing.
int floor(const QString& dir, int runs)
{
    QStringList files;
    for (const QString& folder : {QStringLiteral("techniques"), QStringLiteral("routines")}) {
        const QDir d(dir + QLatin1Char('/') + folder);
        for (const QString& name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files.append(d.filePath(name));
    }
    QList<double> times;
    std::atomic<int> parsed {0};
    for (int i = 0; i < runs; ++i) {
        parsed = 0;
        QElapsedTimer timer;
        timer.start();
        QtConcurrent::blockingMap(files, [&parsed](const QString& path) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return;
            const QByteArray bytes = file.readAll();
            const auto document
                = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
            if (!document.is_discarded())
                ++parsed;
        });
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("{\"files\": %lld, \"parsed\": %d, \"threads\": %d, \"median_ms\": %.2f}\n",
        static_cast<long long>(files.size()), parsed.load(), QThreadPool::globalInstance()->maxThreadCount(),
        times[times.size() / 2]);
    return parsed == files.size() ? 0 : 1;
}

int search(const QString& dir)
{
    const knead::LoadResult result = knead::ContentLoader::load({{dir, QStringLiteral("bench")}});
    knead::LibraryModel model(result.content);
    // Type a query letter by letter, then erase it, as a person would.
    const QString query = QStringLiteral("gentle knot release 12");
    QList<double> times;
    for (int round = 0; round < 3; ++round) {
        for (int i = 1; i <= query.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            model.setQuery(query.left(i));
            times.append(timer.nsecsElapsed() / 1e6);
        }
        for (int i = int(query.size()) - 1; i >= 0; --i) {
            QElapsedTimer timer;
            timer.start();
            model.setQuery(query.left(i));
            times.append(timer.nsecsElapsed() / 1e6);
        }
    }
    std::sort(times.begin(), times.end());
    std::printf("{\"items\": %lld, \"keystrokes\": %lld, \"median_ms\": %.3f, \"p95_ms\": %.3f, \"max_ms\": %.3f}\n",
        static_cast<long long>(model.techniqueCount() + model.routineCount()), static_cast<long long>(times.size()),
        times[times.size() / 2], times[times.size() * 95 / 100], times.last());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args[1] == QLatin1String("generate"))
        return generate(args[2], args[3].toInt());
    if (args.size() >= 4 && args[1] == QLatin1String("load"))
        return load(args[2], args[3].toInt());
    if (args.size() >= 4 && args[1] == QLatin1String("floor"))
        return floor(args[2], args[3].toInt());
    if (args.size() >= 3 && args[1] == QLatin1String("search"))
        return search(args[2]);
    std::fprintf(stderr, "usage: knead_bench_content generate DIR N | load DIR RUNS | floor DIR RUNS | search DIR\n");
    return 2;
}
