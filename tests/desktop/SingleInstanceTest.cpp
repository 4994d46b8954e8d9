// SPDX-License-Identifier: MIT
// One Knead per user: the lock, the Unix socket and the hand-over of a later launch's
// arguments, between two SingleInstance objects in a private runtime folder (the hand-over
// blocks, so the later launch runs on a thread while the first answers in the event loop).
#include "SingleInstance.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

using namespace knead;

namespace {

// Runs `work` on a thread while this thread's event loop runs (the first Knead answering).
template<typename Work> auto whileAnswering(Work work)
{
    QEventLoop loop;
    decltype(work()) result {};
    std::thread later([&] {
        result = work();
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit); // a hang fails below, not forever
    loop.exec();
    later.join();
    return result;
}

// A client socket connected to `path`, as a program that is not Knead would open it.
int connectRaw(const QString& path)
{
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(fd >= 0);
    REQUIRE(::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);
    // A Knead that never answers fails the test instead of hanging it.
    const timeval patience {5, 0};
    REQUIRE(::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience) == 0);
    REQUIRE(::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &patience, sizeof patience) == 0);
    return fd;
}

} // namespace

TEST_CASE("A later launch hands its arguments to the running Knead and returns its answer", "[single-instance]")
{
    QTemporaryDir runtime;
    REQUIRE(runtime.isValid());
    SingleInstance first(runtime.path());
    REQUIRE(first.claim() == SingleInstance::Claim::First);
    QList<QStringList> received;
    REQUIRE(first.listen([&received](const QStringList& arguments) {
        received.append(arguments);
        return arguments.contains(QStringLiteral("nope")) ? QStringLiteral("no routine has the id \"nope\"")
                                                          : QString();
    }));
    QFileInfo socket(first.socketPath());
    CHECK(socket.exists());
    struct stat status
    {
    };
    REQUIRE(::stat(QFile::encodeName(first.socketPath()).constData(), &status) == 0);
    CHECK(S_ISSOCK(status.st_mode));
    CHECK((status.st_mode & 0777) == 0600); // only this user may hand over

    SingleInstance second(runtime.path());
    REQUIRE(second.claim() == SingleInstance::Claim::Running);
    const QStringList arguments {QStringLiteral("--start"), QStringLiteral("scalp-tension-relief"),
        QStringLiteral("Grüße, mit Leerzeichen \"und\" Zeilen\numbruch")};
    const std::optional<QString> answer = whileAnswering([&] { return second.handOver(arguments); });
    REQUIRE(answer.has_value());
    CHECK(answer->isEmpty());
    REQUIRE(received.size() == 1);
    CHECK(received.front() == arguments);

    const std::optional<QString> refused = whileAnswering([&] {
        return second.handOver({QStringLiteral("--start"), QStringLiteral("nope")});
    });
    REQUIRE(refused.has_value());
    CHECK(*refused == QStringLiteral("no routine has the id \"nope\""));
    CHECK(received.size() == 2);
}

TEST_CASE("A message too long to be Knead's is dropped and the running Knead goes on answering", "[single-instance]")
{
    QTemporaryDir runtime;
    REQUIRE(runtime.isValid());
    SingleInstance first(runtime.path());
    REQUIRE(first.claim() == SingleInstance::Claim::First);
    int calls = 0;
    REQUIRE(first.listen([&calls](const QStringList&) {
        ++calls;
        return QString();
    }));

    // 100 KiB with no end of line: the connection is closed without an answer.
    const ssize_t closedBy = whileAnswering([&] {
        const int fd = connectRaw(first.socketPath());
        const QByteArray flood(100 * 1024, 'x');
        ssize_t sent = 0;
        while (sent < flood.size()) {
            const ssize_t n = ::send(fd, flood.constData() + sent, size_t(flood.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                break;
            sent += n;
        }
        char byte = 0;
        const ssize_t n = ::recv(fd, &byte, 1, 0); // 0 (closed) or -1 (reset), never an answer
        const int error = n < 0 ? errno : 0;
        ::close(fd);
        return n < 0 && error != ECONNRESET ? ssize_t(-2) : n; // -2: timed out, still open
    });
    CHECK((closedBy == 0 || closedBy == -1));
    CHECK(calls == 0);

    SingleInstance second(runtime.path());
    const std::optional<QString> answer
        = whileAnswering([&] { return second.handOver({QStringLiteral("--background")}); });
    REQUIRE(answer.has_value());
    CHECK(answer->isEmpty());
    CHECK(calls == 1);
}

TEST_CASE("A socket left behind by a Knead that crashed is replaced, and removed at exit", "[single-instance]")
{
    QTemporaryDir runtime;
    REQUIRE(runtime.isValid());
    const QString path = QDir(runtime.path()).filePath(QStringLiteral("knead.socket"));
    {
        // A listening socket that was never closed properly: the file stays, no one answers.
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        std::strcpy(address.sun_path, QFile::encodeName(path).constData());
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        REQUIRE(::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);
        ::close(fd);
    }
    REQUIRE(QFileInfo::exists(path));
    {
        SingleInstance first(runtime.path());
        REQUIRE(first.claim() == SingleInstance::Claim::First);
        REQUIRE(first.listen([](const QStringList&) { return QString(); }));
        SingleInstance second(runtime.path());
        const std::optional<QString> answer = whileAnswering([&] { return second.handOver({}); });
        REQUIRE(answer.has_value());
        CHECK(answer->isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("A hand-over with no Knead listening gives up at its deadline", "[single-instance]")
{
    QTemporaryDir runtime;
    REQUIRE(runtime.isValid());
    SingleInstance nobody(runtime.path());
    CHECK_FALSE(nobody.handOver({QStringLiteral("--background")}, 120).has_value());
}
