// SPDX-License-Identifier: MIT
#pragma once

#include <QLockFile>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace knead {

// One Knead per user. The first launch holds a lock file in the user's runtime folder and
// listens on a Unix socket beside it; a later launch (`knead`, `knead --start ID`, the
// desktop file, a click on a notification) finds the lock taken, hands its arguments over
// the socket as one line of JSON and exits with the running Knead's answer. The socket is
// plain POSIX: Qt Network, with the Kerberos and proxy libraries it loads, cost every start
// a few milliseconds for this one socket. A lock left by a crashed Knead is
// taken over (QLockFile checks whether its process still lives).
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // Returns an error message for the second launch to print, or empty when all went well.
    using Handler = std::function<QString(const QStringList& arguments)>;

    // `runtimeFolder`: $XDG_RUNTIME_DIR by default (private to the user, gone at log-out).
    explicit SingleInstance(const QString& runtimeFolder = defaultFolder(), QObject* parent = nullptr);
    ~SingleInstance() override;

    static QString defaultFolder();
    QString socketPath() const { return m_socketPath; }

    enum class Claim {
        First, // this is the running Knead now
        Running, // another Knead holds the lock: hand over
        Unavailable // no lock can be taken here (the runtime folder is not writable): run alone
    };
    // Takes the lock. Needs no QCoreApplication.
    Claim claim();
    // The first Knead: answers hand-overs with `handler` (needs a QCoreApplication).
    bool listen(Handler handler);
    // A later launch: hands `arguments` (without the program name) to the running Knead.
    // Returns its answer (empty: done), or nothing when it did not answer within `timeoutMs`.
    std::optional<QString> handOver(const QStringList& arguments, int timeoutMs = 5000) const;

private:
    class Connection;

    QString m_socketPath;
    QLockFile m_lock;
    int m_listening = -1; // the listening socket, once listen() succeeded
    Handler m_handler;
};

} // namespace knead
