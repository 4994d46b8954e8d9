// SPDX-License-Identifier: MIT
// Kills a process that is writing the journal, settings and interrupted-session file at
// random moments, hundreds of times. After every kill each file must still parse and hold
// every entry the process had reported as committed.
#include "Journal.h"
#include "SessionStore.h"
#include "Settings.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QTemporaryDir>

#include <random>

#include <signal.h>

using namespace knead;
using namespace knead::test;

TEST_CASE("user data survives SIGKILL at random moments", "[crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A fixed seed, so every run kills at the same commit counts; another replays a walk.
    const quint32 seed = qEnvironmentVariableIsSet("KNEAD_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("KNEAD_CRASH_SEED"))
        : 20261130u;
    INFO("seed " << seed << " (set KNEAD_CRASH_SEED to replay)");
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> commitsBeforeKill(0, 5);
    std::uniform_int_distribution<int> extraBytes(0, 400);
    const int rounds = 210;
    qint64 committed = 0;
    int killedMidWrite = 0;
    int tornLines = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.start(QStringLiteral(KNEAD_WRITER), {dir.path()});
        REQUIRE(child.waitForStarted(10000));
        // Wait for a random number of commits, then kill: the child is always in the middle
        // of its next write, at a point that varies with timing and the random extra wait.
        const int target = commitsBeforeKill(random);
        qint64 seen = committed;
        QByteArray buffer;
        while (seen < committed + target) {
            if (!child.waitForReadyRead(10000))
                break;
            buffer += child.readAllStandardOutput();
            while (buffer.contains('\n')) {
                const qsizetype nl = buffer.indexOf('\n');
                const QByteArray line = buffer.left(nl);
                buffer.remove(0, nl + 1);
                if (line.startsWith("committed "))
                    seen = line.mid(10).toLongLong();
            }
        }
        // A few hundred microseconds more, in bytes read, so kills land at varied points.
        for (int spin = extraBytes(random); spin > 0 && child.state() == QProcess::Running; spin -= 100)
            child.waitForReadyRead(0);
        buffer += child.readAllStandardOutput();
        ::kill(pid_t(child.processId()), SIGKILL);
        REQUIRE(child.waitForFinished(10000));
        buffer += child.readAllStandardOutput();
        for (const QByteArray& line : buffer.split('\n')) {
            if (line.startsWith("committed "))
                seen = std::max(seen, line.mid(10).toLongLong());
        }
        CHECK(child.exitStatus() == QProcess::CrashExit);
        killedMidWrite += child.exitStatus() == QProcess::CrashExit;
        committed = seen;

        Journal journal(dir.filePath(QStringLiteral("journal")));
        const UserDataProblem problem = journal.load();
        INFO("round " << round << ": " << problem.toString().toStdString());
        // At most a last line cut off mid-append, which was never reported written.
        REQUIRE(journal.loadReport().badLines == 0);
        REQUIRE(journal.loadReport().unreadableFiles == 0);
        REQUIRE(problem.isEmpty() == (journal.loadReport().tornLines == 0));
        tornLines += journal.loadReport().tornLines;
        REQUIRE(journal.entries().size() >= committed);
        for (qsizetype i = 0; i < journal.entries().size(); ++i)
            REQUIRE(journal.entries()[i].activeSeconds == i + 1); // in order, none lost, none doubled

        Settings settings(dir.filePath(QStringLiteral("knead.conf")));
        REQUIRE(settings.problem().isEmpty());
        if (committed > 0) {
            REQUIRE(settings.lastRoutine().startsWith(QLatin1Char('r')));
            REQUIRE(settings.lastRoutine().mid(1).toLongLong() >= committed);
        }
        SessionStore store(dir.filePath(QStringLiteral("session.json")));
        UserDataProblem storeProblem;
        const auto session = store.load(&storeProblem);
        REQUIRE(storeProblem.isEmpty());
        if (committed > 0) {
            REQUIRE(session);
            REQUIRE(session->snapshot.activeElapsedMs >= committed);
        }
    }
    CHECK(killedMidWrite == rounds);
    INFO(tornLines << " torn last lines skipped");
    CHECK(committed > rounds); // the writes really happened
}
