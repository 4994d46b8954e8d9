// SPDX-License-Identifier: MIT
// A child process for the crash-safety test: keeps writing the journal, the settings and the
// interrupted-session file through Knead's own classes and reports each completed write on
// stdout, until it is killed.
#include "Journal.h"
#include "SessionStore.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

namespace {
const QDateTime kEpoch(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: knead_userdata_writer FOLDER\n");
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    knead::Journal journal(folder + QStringLiteral("/journal"), QStringLiteral("crash-writer"));
    journal.load();
    // The test expects an intact journal at every start; a line torn by the last kill is the
    // one thing allowed (it was never reported written).
    if (journal.loadReport().badLines > 0 || journal.loadReport().unreadableFiles > 0)
        return 3;
    knead::Settings settings(folder + QStringLiteral("/knead.conf"));
    if (!settings.problem().isEmpty())
        return 4;
    knead::SessionStore store(folder + QStringLiteral("/session.json"));
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    for (qsizetype n = journal.entries().size() + 1;; ++n) {
        knead::JournalEntry e;
        e.routineId = QStringLiteral("crash-test");
        e.routineName = QStringLiteral("Crash test %1").arg(n);
        e.started = kEpoch.addSecs(n); // in the order written
        e.ended = e.started.addSecs(1);
        e.activeSeconds = n;
        e.stepsTotal = 3;
        e.regions = {QStringLiteral("head")};
        if (!journal.upsert(e).isEmpty())
            return 5;
        settings.setLastRoutine(QStringLiteral("r%1").arg(n));
        settings.flush();
        knead::StoredSession s;
        s.snapshot.routineId = QStringLiteral("crash-test");
        s.snapshot.activeElapsedMs = n;
        s.snapshot.steps = {knead::SessionSnapshot::StepStatus::Done};
        s.started = t0;
        s.saved = t0.addSecs(n);
        if (!store.save(s).isEmpty())
            return 6;
        std::printf("committed %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
