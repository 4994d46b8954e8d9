// SPDX-License-Identifier: MIT
// Without a session bus, Knead runs without one: it does not start (autolaunch) a bus of its
// own. The other case, a running bus, is the desktop tests' (tests/desktop/session.sh).
#include "SessionBus.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <optional>

using namespace knead;

namespace {

// Sets an environment variable for one scope, or unsets it, and puts it back.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, std::optional<QByteArray> value)
        : m_name(name)
    {
        if (qEnvironmentVariableIsSet(name))
            m_saved = qgetenv(name);
        if (value)
            qputenv(name, *value);
        else
            qunsetenv(name);
    }
    ~ScopedEnv()
    {
        if (m_saved)
            qputenv(m_name, *m_saved);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    std::optional<QByteArray> m_saved;
};

} // namespace

TEST_CASE("no session bus is started when none runs", "[desktop][dbus]")
{
    QTemporaryDir runtime; // no "bus" in it
    REQUIRE(runtime.isValid());
    const ScopedEnv address("DBUS_SESSION_BUS_ADDRESS", std::nullopt);
    const ScopedEnv folder("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    // Qt's own sessionBus() would autolaunch one here (where dbus-launch and a display are).
    CHECK_FALSE(sessionBusIfRunning().isConnected());
}
