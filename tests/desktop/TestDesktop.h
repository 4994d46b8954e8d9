// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTest>

namespace knead::test {

// The test's own desktop (notification_server.py) on the session bus the test runs on:
// a notification server, a settings portal, a screen saver, and its control interface.
class TestDesktop
{
public:
    explicit TestDesktop(const QStringList& arguments = {})
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(
            QStringLiteral("/usr/bin/python3"), QStringList {QStringLiteral(KNEAD_TEST_DESKTOP)} + arguments);
        m_ready = m_process.waitForStarted(10000) && m_process.waitForReadyRead(10000)
            && m_process.readLine().trimmed() == "ready";
    }
    ~TestDesktop()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
        // Let the bus tell every client that the names are gone before the next test.
        QTest::qWait(0);
        const auto gone = [] {
            return !QDBusConnection::sessionBus().interface()->isServiceRegistered(
                QStringLiteral("org.knead.TestDesktop"));
        };
        (void)QTest::qWaitFor(gone, 5000);
    }
    bool isReady() const { return m_ready; }

    QJsonArray shown() const { return QJsonDocument::fromJson(call(QStringLiteral("Shown")).toUtf8()).array(); }
    QStringList calls() const
    {
        QStringList out;
        for (const QJsonValue& v : QJsonDocument::fromJson(call(QStringLiteral("Calls")).toUtf8()).array())
            out.append(v.toString());
        return out;
    }
    QJsonObject last() const { return shown().last().toObject(); }
    // Waits for the `count`th notification, processing events (Knead's sends are asynchronous).
    bool waitForShown(int count, int timeoutMs = 5000) const
    {
        return QTest::qWaitFor([&] { return shown().size() >= count; }, timeoutMs);
    }

    void invoke(uint id, const QString& key) const { call(QStringLiteral("InvokeAction"), {id, key}); }
    void dismiss(uint id) const { call(QStringLiteral("Dismiss"), {id}); }
    void setInhibited(bool on) const { call(QStringLiteral("SetInhibited"), {on}); }
    void setShowBanners(bool on) const { call(QStringLiteral("SetShowBanners"), {on}); }
    void setLocked(bool on) const { call(QStringLiteral("SetLocked"), {on}); }
    void setCapabilities(const QStringList& caps) const { call(QStringLiteral("SetCapabilities"), {caps}); }
    void release(const QString& name) const { call(QStringLiteral("Release"), {name}); }

private:
    QString call(const QString& method, const QVariantList& args = {}) const
    {
        QDBusMessage m = QDBusMessage::createMethodCall(QStringLiteral("org.knead.TestDesktop"),
            QStringLiteral("/org/knead/TestDesktop"), QStringLiteral("org.knead.TestDesktop"), method);
        m.setArguments(args);
        const QDBusMessage reply = QDBusConnection::sessionBus().call(m, QDBus::Block, 10000);
        return reply.arguments().value(0).toString();
    }

    QProcess m_process;
    bool m_ready = false;
};

} // namespace knead::test
