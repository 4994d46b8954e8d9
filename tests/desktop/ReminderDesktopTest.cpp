// SPDX-License-Identifier: MIT
// Reminders against real parts: a private session bus (tests/desktop/session.sh) with the
// test's own notification server, settings portal and screen saver (notification_server.py),
// the real ReminderService, NotificationClient and DesktopConditions, the whole window
// (offscreen) for "Start opens the routine", gsettings for GNOME's do-not-disturb without a
// portal, and an X server for the full-screen check. Time is the fake clocks'.
#include "AppShell.h"
#include "Autostart.h"
#include "Banner.h"
#include "DesktopConditions.h"
#include "FakeWallClock.h"
#include "NotificationClient.h"
#include "PreparationPage.h"
#include "ReminderScheduler.h"
#include "ReminderService.h"
#include "SessionBus.h"
#include "TestDesktop.h"
#include "UiTestSupport.h"
#include "X11FullScreen.h"

#include <catch2/catch.hpp>

#include <QDBusConnectionInterface>
#include <QSignalSpy>

#include <xcb/xcb.h>

#include <cstdlib>
#include <cstring>

using namespace knead;
using namespace knead::test;

namespace {

constexpr qint64 kMinute = 60 * 1000;

QStringList strings(const QJsonValue& array)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out.append(v.toString());
    return out;
}

// A whole Knead on fake clocks (Monday 2024-06-03, 09:30 in Berlin), with reminders every hour
// from 09:00 to 17:00 offering "neck-micro-break", on the test's session bus.
struct Fixture
{
    explicit Fixture(const QStringList& desktopArguments = {})
        : desktop(desktopArguments)
    {
        REQUIRE(desktop.isReady());
        wall.setLocal(QDate(2024, 6, 3), QTime(9, 30));
        app.settings.setReminderRoutine(QStringLiteral("neck-micro-break"));
        scheduler.emplace(app.settings, wall, app.clock);
        // What main() passes: the test's bus, named by DBUS_SESSION_BUS_ADDRESS.
        REQUIRE(sessionBusIfRunning().isConnected());
        service.emplace(*scheduler, *app.session, app.store, app.journal, sessionBusIfRunning());
        // Not the machine's logind or X server: only what the test sets up.
        service->conditions().setSystemBus(QDBusConnection(QStringLiteral("no system bus in tests")));
        service->conditions().setX11Connection(nullptr);
        service->start(false);
        scheduler->setEnabled(true);
    }

    // Both clocks move; the scheduler's timer fires if it was due, as the event loop would.
    void pass(qint64 ms)
    {
        wall.advance(ms);
        app.clock.advance(ms);
        scheduler->recheck();
    }
    QString status() const { return scheduler->describeStatus(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    TestDesktop desktop;
    TestApp app;
    FakeWallClock wall;
    std::optional<ReminderScheduler> scheduler;
    std::optional<ReminderService> service;
};

} // namespace

TEST_CASE(
    "Knead's reminder arrives as its own notification, with Start, Snooze 10 min and Skip today", "[desktop][notify]")
{
    Fixture f;
    CHECK(f.service->environment().notifications);
    CHECK(f.service->environment().actions);
    f.pass(60 * kMinute);
    REQUIRE(f.desktop.waitForShown(1));
    const QJsonObject n = f.desktop.last();
    CHECK(n.value(QStringLiteral("app_name")).toString() == QStringLiteral("Knead"));
    CHECK(n.value(QStringLiteral("summary")).toString() == QStringLiteral("Time for a short break"));
    CHECK(n.value(QStringLiteral("body")).toString().contains(QStringLiteral("Neck micro-break")));
    CHECK(strings(n.value(QStringLiteral("actions")))
        == QStringList {QStringLiteral("default"), QStringLiteral("Open Knead"), QStringLiteral("start"),
            QStringLiteral("Start"), QStringLiteral("snooze"), QStringLiteral("Snooze 10 min"),
            QStringLiteral("skip-today"), QStringLiteral("Skip today")});
    CHECK(n.value(QStringLiteral("hints")).toObject().value(QStringLiteral("desktop-entry")).toString()
        == QStringLiteral(KNEAD_APP_ID));
}

TEST_CASE("Snooze re-arms the one timer for 10 minutes, three times at most", "[desktop][notify][snooze]")
{
    Fixture f;
    f.pass(60 * kMinute);
    for (int i = 1; i <= Reminder::kSnoozeLimit; ++i) {
        INFO("snooze " << i);
        REQUIRE(f.desktop.waitForShown(i));
        const uint id = uint(f.desktop.last().value(QStringLiteral("id")).toInt());
        f.desktop.invoke(id, QStringLiteral("snooze"));
        REQUIRE(QTest::qWaitFor([&] { return f.scheduler->status().snoozed; }, 5000));
        CHECK(f.scheduler->wakeUpAtMs() - f.wall.nowMsSinceEpoch() == 10 * kMinute);
        CHECK(std::abs(f.scheduler->msUntilWakeUp() - 10 * kMinute) <= 5000);
        CHECK(f.status().startsWith(QStringLiteral("Snoozed: the reminder comes again at")));
        f.pass(10 * kMinute);
    }
    REQUIRE(f.desktop.waitForShown(Reminder::kSnoozeLimit + 1));
    const QJsonObject last = f.desktop.last();
    CHECK_FALSE(strings(last.value(QStringLiteral("actions"))).contains(QStringLiteral("snooze")));
    CHECK(strings(last.value(QStringLiteral("actions"))).contains(QStringLiteral("start")));
    CHECK(last.value(QStringLiteral("body")).toString().contains(QStringLiteral("No snoozes left")));
}

TEST_CASE("Start opens the routine's preparation page in Knead's window", "[desktop][notify][start]")
{
    Fixture f;
    const Autostart autostart(f.app.dir.filePath(QStringLiteral("autostart")));
    AppShell shell({f.app.store, f.app.settings, f.app.journal, *f.app.session, f.app.cues, {}, f.app.dir.path()},
        *f.scheduler, *f.service, autostart);
    shell.setQuit([] {});
    CHECK_FALSE(shell.window()); // a Knead in the background has no window
    f.pass(60 * kMinute);
    REQUIRE(f.desktop.waitForShown(1));
    f.desktop.invoke(uint(f.desktop.last().value(QStringLiteral("id")).toInt()), QStringLiteral("start"));
    REQUIRE(QTest::qWaitFor(
        [&] { return shell.window() && shell.window()->currentPage() == MainWindow::Page::Preparation; }, 5000));
    CHECK(shell.window()->isVisible());
    CHECK(shell.window()->windowTitle() == QStringLiteral("Neck micro-break – Knead"));
    // The reminder is answered; its notification is gone.
    CHECK_FALSE(f.scheduler->current());
    // Starting the session is the break: the next reminder counts from its end.
    shell.window()->startSession(QStringLiteral("neck-micro-break"), {});
    REQUIRE(f.app.session->isActive());
    f.app.session->stop();
    CHECK(f.status() == QStringLiteral("Next reminder at 11:30."));
}

TEST_CASE("Skip today and a dismissed notification are answers, not postponements", "[desktop][notify]")
{
    Fixture f;
    f.pass(60 * kMinute);
    REQUIRE(f.desktop.waitForShown(1));
    f.desktop.dismiss(uint(f.desktop.last().value(QStringLiteral("id")).toInt()));
    REQUIRE(QTest::qWaitFor([&] { return !f.scheduler->current(); }, 5000));
    f.pass(60 * kMinute);
    REQUIRE(f.desktop.waitForShown(2));
    f.desktop.invoke(uint(f.desktop.last().value(QStringLiteral("id")).toInt()), QStringLiteral("skip-today"));
    REQUIRE(QTest::qWaitFor([&] { return f.scheduler->status().state == ReminderStatus::State::Paused; }, 5000));
    CHECK(f.status() == QStringLiteral("Skipped for today. Next reminder tomorrow at 10:00."));
}

TEST_CASE("an Inhibited notification server postpones the reminder until do not disturb ends", "[desktop][respect]")
{
    Fixture f({QStringLiteral("--inhibited")});
    f.pass(60 * kMinute);
    CHECK(f.desktop.calls().contains(QStringLiteral("Get:Inhibited")));
    CHECK(f.desktop.shown().isEmpty());
    CHECK(f.scheduler->status().reason == PostponeReason::DoNotDisturb);
    CHECK(f.status() == QStringLiteral("Reminder postponed: do not disturb. It comes when that ends."));
    // Still postponed at the next check a minute later: not dropped, not reset.
    f.pass(kMinute);
    CHECK(f.desktop.shown().isEmpty());
    CHECK(f.scheduler->current().has_value());
    // The server says do not disturb is over (PropertiesChanged): the reminder comes now.
    f.desktop.setInhibited(false);
    REQUIRE(f.desktop.waitForShown(1));
    CHECK(f.scheduler->status().state == ReminderStatus::State::Waiting);
}

TEST_CASE("GNOME's show-banners off, read through the settings portal, postpones the reminder", "[desktop][respect]")
{
    Fixture f;
    f.desktop.setShowBanners(false);
    f.pass(60 * kMinute);
    CHECK(f.desktop.calls().contains(QStringLiteral("Read:show-banners")));
    CHECK(f.desktop.shown().isEmpty());
    CHECK(f.scheduler->status().reason == PostponeReason::DoNotDisturb);
    f.desktop.setShowBanners(true); // SettingChanged
    REQUIRE(f.desktop.waitForShown(1));
}

TEST_CASE("without a portal, GNOME's show-banners is read with gsettings", "[desktop][respect]")
{
    // gsettings' keyfile backend reads $XDG_CONFIG_HOME/glib-2.0/settings/keyfile: a GNOME
    // whose person turned notification banners off, without the dconf service.
    QTemporaryDir config;
    writeFile(config.filePath(QStringLiteral("glib-2.0/settings/keyfile")),
        "[org/gnome/desktop/notifications]\nshow-banners=false\n");
    const QByteArray oldBackend = qgetenv("GSETTINGS_BACKEND");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("GSETTINGS_BACKEND", "keyfile");
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    Fixture f;
    f.desktop.release(QStringLiteral("org.freedesktop.portal.Desktop"));
    REQUIRE(QTest::qWaitFor(
        [] {
            return !QDBusConnection::sessionBus().interface()->isServiceRegistered(
                QStringLiteral("org.freedesktop.portal.Desktop"));
        },
        5000));
    f.pass(60 * kMinute);
    CHECK(f.desktop.shown().isEmpty());
    CHECK(f.scheduler->status().reason == PostponeReason::DoNotDisturb);
    writeFile(config.filePath(QStringLiteral("glib-2.0/settings/keyfile")),
        "[org/gnome/desktop/notifications]\nshow-banners=true\n");
    f.pass(kMinute); // the once-a-minute check while postponed
    REQUIRE(f.desktop.waitForShown(1));
    qputenv("GSETTINGS_BACKEND", oldBackend);
    qputenv("XDG_CONFIG_HOME", oldConfig);
}

TEST_CASE("a locked screen postpones the reminder until it is unlocked", "[desktop][respect]")
{
    Fixture f;
    f.desktop.setLocked(true);
    f.pass(60 * kMinute);
    CHECK(f.desktop.shown().isEmpty());
    CHECK(f.status() == QStringLiteral("Reminder postponed: the screen is locked. It comes when that ends."));
    f.desktop.setLocked(false); // ActiveChanged
    REQUIRE(f.desktop.waitForShown(1));
}

TEST_CASE("a running session postpones the reminder, and answers it when it ends", "[desktop][respect]")
{
    Fixture f;
    f.app.session->start(*f.app.store.content().routine(QStringLiteral("neck-micro-break")), {});
    f.pass(60 * kMinute);
    CHECK(f.desktop.shown().isEmpty());
    CHECK(f.scheduler->status().reason == PostponeReason::SessionRunning);
    f.app.session->stop();
    CHECK(f.desktop.shown().isEmpty());
    CHECK(f.status() == QStringLiteral("Next reminder at 11:30."));
}

TEST_CASE("a server without actions gets a plain notification, and the window offers the choices", "[desktop][notify]")
{
    Fixture f;
    f.desktop.setCapabilities({QStringLiteral("body")});
    QSignalSpy inWindow(&*f.service, &ReminderService::windowReminder);
    f.pass(60 * kMinute);
    REQUIRE(f.desktop.waitForShown(1));
    CHECK(strings(f.desktop.last().value(QStringLiteral("actions"))).isEmpty());
    CHECK(f.desktop.last().value(QStringLiteral("hints")).toObject().value(QStringLiteral("desktop-entry")).toString()
        == QStringLiteral(KNEAD_APP_ID));
    REQUIRE(inWindow.size() == 1);
    CHECK_FALSE(inWindow.constFirst().at(1).toBool());
}

TEST_CASE("with neither a notification server nor a tray, the window shows the reminder and stays", "[desktop][notify]")
{
    Fixture f;
    f.desktop.release(QStringLiteral("org.freedesktop.Notifications"));
    REQUIRE(QTest::qWaitFor([&] { return !f.service->environment().notifications; }, 5000));
    CHECK_FALSE(f.service->environment().canReachInBackground());
    const Autostart autostart(f.app.dir.filePath(QStringLiteral("autostart")));
    AppShell shell({f.app.store, f.app.settings, f.app.journal, *f.app.session, f.app.cues, {}, f.app.dir.path()},
        *f.scheduler, *f.service, autostart);
    bool quit = false;
    shell.setQuit([&quit] { quit = true; });
    f.pass(60 * kMinute);
    REQUIRE(shell.window());
    CHECK(shell.window()->banner()->message().startsWith(QStringLiteral("Time for a short break.")));
    // Closing the window quits: nothing else could reach the person.
    CHECK_FALSE(shell.keepsRunningWhenClosed());
    shell.window()->close();
    CHECK(quit);
}

TEST_CASE("closing the window keeps Knead running for reminders, and says so the first time", "[desktop]")
{
    Fixture f;
    const Autostart autostart(f.app.dir.filePath(QStringLiteral("autostart")));
    AppShell shell({f.app.store, f.app.settings, f.app.journal, *f.app.session, f.app.cues, {}, f.app.dir.path()},
        *f.scheduler, *f.service, autostart);
    bool quit = false;
    shell.setQuit([&quit] { quit = true; });
    shell.showWindow();
    CHECK(shell.keepsRunningWhenClosed());
    shell.window()->close();
    CHECK_FALSE(quit);
    REQUIRE(f.desktop.waitForShown(1));
    CHECK(f.desktop.last().value(QStringLiteral("summary")).toString()
        == QStringLiteral("Knead keeps running for your reminders"));
    QTest::qWait(0); // the window is let go
    CHECK_FALSE(shell.window());
    // The second time, silently.
    shell.showWindow()->close();
    QTest::qWait(0);
    CHECK(f.desktop.shown().size() == 1);
    // Quit from the menu quits.
    shell.showWindow()->quit();
    CHECK(quit);
}

TEST_CASE("the active X11 window's full-screen state is read from the window manager's properties", "[desktop][x11]")
{
    xcb_connection_t* c = xcb_connect(nullptr, nullptr);
    REQUIRE(c);
    if (xcb_connection_has_error(c)) {
        xcb_disconnect(c);
        FAIL("no X server: tests/desktop/session.sh starts one (Xvfb)");
    }
    const auto intern = [c](const char* name) {
        xcb_intern_atom_reply_t* r
            = xcb_intern_atom_reply(c, xcb_intern_atom(c, 0, uint16_t(std::strlen(name)), name), nullptr);
        const xcb_atom_t a = r->atom;
        std::free(r);
        return a;
    };
    const xcb_window_t root = xcb_setup_roots_iterator(xcb_get_setup(c)).data->root;
    const xcb_window_t window = xcb_generate_id(c);
    xcb_create_window(c, XCB_COPY_FROM_PARENT, window, root, 0, 0, 100, 100, 0, XCB_WINDOW_CLASS_INPUT_OUTPUT,
        XCB_COPY_FROM_PARENT, 0, nullptr);
    const xcb_atom_t active = intern("_NET_ACTIVE_WINDOW");
    const xcb_atom_t state = intern("_NET_WM_STATE");
    const xcb_atom_t fullScreen = intern("_NET_WM_STATE_FULLSCREEN");
    const xcb_atom_t above = intern("_NET_WM_STATE_ABOVE");
    // As an EWMH window manager does: the root names the active window, the window its state.
    xcb_delete_property(c, root, active);
    xcb_flush(c);
    CHECK_FALSE(x11::activeWindowIsFullScreen(c).has_value()); // no window manager says
    xcb_change_property(c, XCB_PROP_MODE_REPLACE, root, active, XCB_ATOM_WINDOW, 32, 1, &window);
    xcb_change_property(c, XCB_PROP_MODE_REPLACE, window, state, XCB_ATOM_ATOM, 32, 1, &above);
    xcb_flush(c);
    CHECK(x11::activeWindowIsFullScreen(c) == false);
    const xcb_atom_t states[] = {above, fullScreen};
    xcb_change_property(c, XCB_PROP_MODE_REPLACE, window, state, XCB_ATOM_ATOM, 32, 2, states);
    xcb_flush(c);
    CHECK(x11::activeWindowIsFullScreen(c) == true);

    {
        Fixture f;
        f.service->conditions().setX11Connection(c);
        CHECK(f.service->conditions().canSeeFullScreen());
        f.pass(60 * kMinute);
        CHECK(f.desktop.shown().isEmpty());
        CHECK(f.status()
            == QStringLiteral("Reminder postponed: a full-screen window is active. It comes when that ends."));
        // The video ends; the next minute's check shows the reminder.
        xcb_change_property(c, XCB_PROP_MODE_REPLACE, window, state, XCB_ATOM_ATOM, 32, 1, &above);
        xcb_flush(c);
        f.pass(kMinute);
        REQUIRE(f.desktop.waitForShown(1));
    }
    // A window that is gone is not full screen (and its error does not escape).
    xcb_destroy_window(c, window);
    xcb_flush(c);
    CHECK(x11::activeWindowIsFullScreen(c) == false);
    xcb_delete_property(c, root, active);
    xcb_disconnect(c);
}

TEST_CASE("start at login writes and removes an XDG autostart entry", "[desktop][autostart]")
{
    QTemporaryDir dir;
    const Autostart autostart(dir.filePath(QStringLiteral("autostart")));
    CHECK_FALSE(autostart.isEnabled());
    REQUIRE(autostart.setEnabled(true).isEmpty());
    CHECK(autostart.isEnabled());
    const QByteArray entry = readFile(autostart.filePath());
    CHECK(entry.startsWith("[Desktop Entry]\n"));
    CHECK(entry.contains("\nType=Application\n"));
    CHECK(entry.contains(" --background\n"));
    CHECK(QDir(dir.filePath(QStringLiteral("autostart"))).entryList(QDir::Files)
        == QStringList {QStringLiteral("knead.desktop")});
    CHECK(Autostart::entry(QStringLiteral("knead")).contains("\nExec=knead --background\n"));
    CHECK(Autostart::entry(QStringLiteral("/opt/my apps/knead"))
              .contains("\nExec=\"/opt/my apps/knead\" --background\n"));
    // Switched off in the desktop's own start-up settings.
    writeFile(autostart.filePath(), entry + "Hidden=true\n");
    CHECK_FALSE(autostart.isEnabled());
    REQUIRE(autostart.setEnabled(false).isEmpty());
    CHECK_FALSE(QFile::exists(autostart.filePath()));
    REQUIRE(autostart.setEnabled(false).isEmpty()); // already off: nothing to do
}
