// SPDX-License-Identifier: MIT
#include "SingleInstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

namespace knead {

namespace {

// A hand-over is a few arguments; anything longer is not from Knead.
constexpr qint64 kMaxMessage = 64 * 1024;

} // namespace

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
    if (m_server)
        m_server->close();
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
    // A socket file left by a Knead that crashed: the lock is ours, so the file is too.
    QLocalServer::removeServer(m_socketPath);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_socketPath))
        return false;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { answer(socket); });
            if (socket->bytesAvailable() > 0)
                answer(socket);
        }
    });
    return true;
}

void SingleInstance::answer(QLocalSocket* socket)
{
    if (socket->bytesAvailable() > kMaxMessage) {
        socket->abort();
        return;
    }
    if (!socket->canReadLine())
        return;
    const QJsonDocument message = QJsonDocument::fromJson(socket->readLine(kMaxMessage));
    QStringList arguments;
    for (const QJsonValue& v : message.object().value(QStringLiteral("arguments")).toArray())
        arguments.append(v.toString());
    const QString error = m_handler ? m_handler(arguments) : QString();
    const QJsonObject reply {{QStringLiteral("error"), error}};
    socket->write(QJsonDocument(reply).toJson(QJsonDocument::Compact) + '\n');
    socket->flush();
    socket->disconnectFromServer();
}

std::optional<QString> SingleInstance::handOver(const QStringList& arguments, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    // The first Knead may hold the lock but not listen yet (it is still starting): try again.
    while (true) {
        socket.connectToServer(m_socketPath);
        if (socket.waitForConnected(int(std::max<qint64>(1, deadline.remainingTime()))))
            break;
        if (deadline.hasExpired())
            return std::nullopt;
        QThread::msleep(50);
    }
    const QJsonObject message {{QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)}};
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(int(std::max<qint64>(1, deadline.remainingTime()))))
        return std::nullopt;
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            return std::nullopt;
    }
    const QJsonDocument reply = QJsonDocument::fromJson(socket.readLine(kMaxMessage));
    return reply.object().value(QStringLiteral("error")).toString();
}

} // namespace knead
