// SPDX-License-Identifier: MIT
#include "SingleInstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace knead {

namespace {

// A hand-over is a few arguments; anything longer is not from Knead.
constexpr qsizetype kMaxMessage = 64 * 1024;

// The socket's address, or nothing when the path does not fit one (sun_path is 108 bytes).
std::optional<sockaddr_un> addressOf(const QString& path)
{
    const QByteArray encoded = QFile::encodeName(path);
    sockaddr_un address {};
    if (encoded.isEmpty() || encoded.size() >= qsizetype(sizeof address.sun_path))
        return std::nullopt;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    return address;
}

// Writes all of `data` to a socket, waiting at most until `deadline`.
bool writeAll(int fd, QByteArray data, const QDeadlineTimer& deadline)
{
    while (!data.isEmpty()) {
        const ssize_t n = ::send(fd, data.constData(), size_t(data.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            data.remove(0, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            pollfd p {fd, POLLOUT, 0};
            if (deadline.hasExpired() || ::poll(&p, 1, int(std::max<qint64>(1, deadline.remainingTime()))) <= 0)
                return false;
            continue;
        }
        return false;
    }
    return true;
}

} // namespace

// One hand-over in progress on the running Knead's side: the line the later launch sends,
// read as it arrives, then the answer and the end of the connection.
class SingleInstance::Connection : public QObject
{
public:
    Connection(int fd, SingleInstance* owner)
        : QObject(owner)
        , m_fd(fd)
        , m_owner(owner)
        , m_notifier(fd, QSocketNotifier::Read)
    {
        connect(&m_notifier, &QSocketNotifier::activated, this, &Connection::read);
    }
    ~Connection() override { ::close(m_fd); }

private:
    void read()
    {
        char chunk[4096];
        while (true) {
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, MSG_DONTWAIT);
            if (n > 0) {
                m_buffer.append(chunk, n);
                if (const qsizetype end = m_buffer.indexOf('\n'); end >= 0) {
                    // Not read again while answering: the handler may open a window or a
                    // dialog, whose event loop would otherwise come back here.
                    m_notifier.setEnabled(false);
                    if (end <= kMaxMessage)
                        answer(m_buffer.left(end));
                    return finish();
                }
                if (m_buffer.size() > kMaxMessage)
                    return finish();
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return; // more to come
            return finish(); // the other side is gone, or broke off
        }
    }

    void answer(const QByteArray& line)
    {
        const QJsonDocument message = QJsonDocument::fromJson(line);
        QStringList arguments;
        for (const QJsonValue& v : message.object().value(QStringLiteral("arguments")).toArray())
            arguments.append(v.toString());
        const QString error = m_owner->m_handler ? m_owner->m_handler(arguments) : QString();
        const QJsonObject reply {{QStringLiteral("error"), error}};
        // The answer is a short line; a later launch that stopped reading does not hold us up.
        writeAll(m_fd, QJsonDocument(reply).toJson(QJsonDocument::Compact) + '\n', QDeadlineTimer(1000));
    }

    void finish()
    {
        m_notifier.setEnabled(false);
        deleteLater();
    }

    int m_fd;
    SingleInstance* m_owner;
    QSocketNotifier m_notifier;
    QByteArray m_buffer;
};

QString SingleInstance::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
}

SingleInstance::SingleInstance(const QString& runtimeFolder, QObject* parent)
    : QObject(parent)
    , m_socketPath(QDir(runtimeFolder).filePath(QStringLiteral("knead.socket")))
    , m_lock(QDir(runtimeFolder).filePath(QStringLiteral("knead.lock")))
{
    // Stale only when its process is gone, never after a time: a Knead may run for weeks.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance()
{
    if (m_listening >= 0) {
        ::close(m_listening);
        QFile::remove(m_socketPath);
    }
}

SingleInstance::Claim SingleInstance::claim()
{
    QDir().mkpath(QFileInfo(m_socketPath).absolutePath());
    if (m_lock.tryLock(0))
        return Claim::First;
    return m_lock.error() == QLockFile::LockFailedError ? Claim::Running : Claim::Unavailable;
}

bool SingleInstance::listen(Handler handler)
{
    m_handler = std::move(handler);
    const std::optional<sockaddr_un> address = addressOf(m_socketPath);
    if (!address)
        return false;
    // A socket file left by a Knead that crashed: the lock is ours, so the file is too.
    QFile::remove(m_socketPath);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return false;
    // Only this user may hand over (the runtime folder is private too); no one can connect
    // before listen(), so the mode is set in time.
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&*address), sizeof *address) != 0
        || ::chmod(address->sun_path, S_IRUSR | S_IWUSR) != 0 || ::listen(fd, 8) != 0) {
        ::close(fd);
        return false;
    }
    m_listening = fd;
    auto* incoming = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(incoming, &QSocketNotifier::activated, this, [this] {
        while (true) {
            const int connection = ::accept4(m_listening, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
            if (connection < 0) {
                if (errno == EINTR || errno == ECONNABORTED)
                    continue;
                return; // EAGAIN: no one else waits; anything else: try at the next call
            }
            new Connection(connection, this);
        }
    });
    return true;
}

std::optional<QString> SingleInstance::handOver(const QStringList& arguments, int timeoutMs) const
{
    const std::optional<sockaddr_un> address = addressOf(m_socketPath);
    if (!address)
        return std::nullopt;
    const QDeadlineTimer deadline(timeoutMs);
    int fd = -1;
    const auto closing = qScopeGuard([&fd] {
        if (fd >= 0)
            ::close(fd);
    });
    // The first Knead may hold the lock but not listen yet (it is still starting): try again.
    while (true) {
        fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0)
            return std::nullopt;
        if (::connect(fd, reinterpret_cast<const sockaddr*>(&*address), sizeof *address) == 0)
            break;
        const int error = errno;
        ::close(fd);
        fd = -1;
        if ((error != ENOENT && error != ECONNREFUSED && error != EAGAIN && error != EINTR) || deadline.hasExpired())
            return std::nullopt;
        QThread::msleep(50);
    }
    const QJsonObject message {{QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)}};
    if (!writeAll(fd, QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n', deadline))
        return std::nullopt;
    QByteArray reply;
    while (!reply.contains('\n')) {
        pollfd p {fd, POLLIN, 0};
        if (deadline.hasExpired() || ::poll(&p, 1, int(std::max<qint64>(1, deadline.remainingTime()))) <= 0)
            return std::nullopt;
        char chunk[4096];
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || reply.size() > kMaxMessage)
            return std::nullopt;
        reply.append(chunk, n);
    }
    const QJsonDocument answer = QJsonDocument::fromJson(reply.left(reply.indexOf('\n')));
    return answer.object().value(QStringLiteral("error")).toString();
}

} // namespace knead
