// SPDX-License-Identifier: MIT
// Opening a page, as a person meets it: the real MainWindow on the bundled content (1120×760,
// offscreen platform), each page opened once to warm fonts, style and icons, then opened
// again and again for other items (the next technique, the next routine), each time from
// the call that opens it until the window is laid out and painted into its backing store by
// its own update request, as the event loop would. The floor is painting the whole window
// again with nothing changed, the same way, measured in the same run.
//
//   knead_bench_pages [ROUNDS [PAGE...]]   prints one JSON object: per page, median and worst ms
//   (PAGE: home, library, technique, preparation, history; all by default; one, to profile it)
#include "Clock.h"
#include "ContentLoader.h"
#include "ContentStore.h"
#include "Journal.h"
#include "MainWindow.h"
#include "RecordingCues.h"
#include "SessionController.h"
#include "SessionStore.h"
#include "Settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

struct Figure
{
    double median = 0;
    double worst = 0;
};

Figure summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const size_t n = ms.size();
    return {n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2, ms.back()};
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Knead"));
    const int rounds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;

    QTemporaryDir dir;
    knead::ContentStore content(knead::ContentLoader::load({knead::ContentLoader::bundledPack()}));
    knead::Settings settings(dir.filePath(QStringLiteral("knead.conf")));
    knead::Journal journal(dir.filePath(QStringLiteral("journal")), QStringLiteral("bench"));
    journal.load();
    knead::SessionStore sessions(dir.filePath(QStringLiteral("session.json")));
    const knead::SteadyClock clock;
    knead::test::RecordingCues cues; // nothing is heard: the pages are what is measured
    knead::SessionController session(settings, journal, sessions, clock, cues);
    knead::MainWindow window(knead::AppServices {content, settings, journal, session, cues, {}, dir.path()});
    window.resize(1120, 760);
    window.show();
    window.startUp();
    QCoreApplication::processEvents();

    // Paint events reach the window and its children only in a frame's paint.
    struct PaintCounter : QObject
    {
        int paints = 0;
        bool eventFilter(QObject*, QEvent* event) override
        {
            paints += event->type() == QEvent::Paint;
            return false;
        }
    } counter;
    app.installEventFilter(&counter);

    // One frame, as the event loop delivers it: the posted layout requests, then the window's
    // update request, which paints what changed into the backing store (once, as the app
    // does; the floor marks the whole window changed), and the replaced page content
    // (deleteLater) goes.
    const auto frame = [&](const std::function<void()>& open) {
        QElapsedTimer t;
        t.start();
        counter.paints = 0;
        open();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (counter.paints == 0) {
            std::fputs("a frame painted nothing\n", stderr);
            std::exit(7);
        }
        return ms;
    };
    QStringList techniques, routines;
    for (const knead::Technique& t : content.content().techniques())
        techniques.append(t.id);
    for (const knead::Routine& r : content.content().routines())
        routines.append(r.id);
    if (techniques.isEmpty() || routines.isEmpty()) {
        std::fputs("the bundled content did not load\n", stderr);
        return 2;
    }

    struct PageRun
    {
        const char* name;
        std::function<void(int)> open; // the i-th opening
    };
    QList<PageRun> pages {
        {"home", [&](int) { window.openHome(); }},
        {"library", [&](int) { window.openLibrary(); }},
        {"technique", [&](int i) { window.openTechnique(techniques[i % techniques.size()]); }},
        {"preparation", [&](int i) { window.openPreparation(routines[i % routines.size()]); }},
        {"history", [&](int) { window.openHistory(); }},
    };
    QStringList only;
    for (int i = 2; i < argc; ++i)
        only.append(QString::fromLocal8Bit(argv[i]));
    if (!only.isEmpty())
        pages.removeIf([&](const PageRun& page) { return !only.contains(QString::fromLatin1(page.name)); });
    // The first time of each: built, fonts and icons loaded. Home is already open at first, so
    // the warm-up starts from the library.
    window.openLibrary();
    QCoreApplication::sendPostedEvents();
    for (const PageRun& page : pages)
        frame([&] { page.open(0); });

    QJsonObject out;
    std::vector<double> floorMs;
    std::map<QString, std::vector<double>> pageMs;
    // Interleaved, so every page and the floor see the same machine state. Between two
    // openings of the same page another page is shown, so each opening really switches.
    const int perRound = int(std::max(techniques.size(), routines.size()));
    for (int round = 0; round < rounds; ++round) {
        for (int i = 0; i < perRound; ++i) {
            for (const PageRun& page : pages) {
                pageMs[QString::fromLatin1(page.name)].push_back(frame([&] { page.open(round * perRound + i); }));
                floorMs.push_back(frame([&] { window.update(); }));
            }
        }
    }
    const Figure floor = summarise(floorMs);
    out.insert(QStringLiteral("floor_median_ms"), floor.median);
    out.insert(QStringLiteral("openings_per_page"), int(floorMs.size() / pages.size()));
    out.insert(QStringLiteral("techniques"), int(techniques.size()));
    out.insert(QStringLiteral("routines"), int(routines.size()));
    QJsonArray list;
    for (const PageRun& page : pages) {
        const Figure f = summarise(pageMs[QString::fromLatin1(page.name)]);
        list.append(QJsonObject {{QStringLiteral("page"), QString::fromLatin1(page.name)},
            {QStringLiteral("median_ms"), f.median}, {QStringLiteral("worst_ms"), f.worst}});
    }
    out.insert(QStringLiteral("pages"), list);
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    return 0;
}
