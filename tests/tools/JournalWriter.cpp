// SPDX-License-Identifier: MIT
// A child process for the journal concurrency test, an instance of Knead's journal in its own
// process: writes one entry, says "ready", waits for "go" on stdin so that every instance is
// running at once, then writes the rest, reporting each write on stdout.
//   knead_journal_writer FOLDER DEVICE-ID COUNT TAG
#include "Journal.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 5) {
        std::fprintf(stderr, "usage: knead_journal_writer FOLDER DEVICE-ID COUNT TAG\n");
        return 2;
    }
    knead::Journal journal(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]));
    journal.load();
    const int count = std::atoi(argv[3]);
    const QString tag = QString::fromLocal8Bit(argv[4]);
    const QDateTime t0(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int n = 1; n <= count; ++n) {
        knead::JournalEntry e;
        e.routineId = QStringLiteral("concurrency-test");
        e.routineName = tag;
        e.started = t0.addSecs(n);
        e.ended = e.started.addSecs(60);
        e.activeSeconds = n;
        e.stepsTotal = 1;
        e.stepsDone = 1;
        e.regions = {QStringLiteral("neck")};
        if (const knead::UserDataProblem p = journal.upsert(e); !p.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(p.message));
            return 3;
        }
        std::printf("committed %d\n", n);
        if (n == 1) {
            std::printf("ready %s\n", qPrintable(journal.deviceFile()));
            std::fflush(stdout);
            std::string go;
            if (!std::getline(std::cin, go) || go != "go")
                return 4;
        }
        std::fflush(stdout);
    }
    return 0;
}
