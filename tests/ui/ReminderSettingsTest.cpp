// SPDX-License-Identifier: MIT
// The Reminders settings page and the home page's toggle, on a whole Knead with fake clocks:
// what they change, what they say (the next reminder, why one waits, what this desktop can
// and cannot do), and that every control is named and reachable with Tab.
#include "ReminderSettings.h"
#include "Autostart.h"
#include "FakeWallClock.h"
#include "HomePage.h"
#include "ReminderScheduler.h"
#include "ReminderService.h"
#include "ReminderToggle.h"
#include "ReminderTray.h"
#include "UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

using namespace knead;
using namespace knead::test;

namespace {

constexpr qint64 kMinute = 60 * 1000;

struct Fixture
{
    Fixture()
        : autostart(app.dir.filePath(QStringLiteral("autostart")))
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        wall.setLocal(QDate(2024, 6, 3), QTime(9, 30)); // a Monday
        scheduler.emplace(app.settings, wall, app.clock);
        scheduler->setBlocker([this] { return block; });
        scheduler->reload();
    }
    ~Fixture() { QLocale::setDefault(QLocale::c()); }

    ReminderSettings* page(ReminderEnvironment env)
    {
        m_page = std::make_unique<ReminderSettings>(
            app.settings, app.store.content(), *scheduler, autostart, [env] { return env; });
        m_page->resize(720, 900);
        m_page->show();
        return m_page.get();
    }
    template<typename T> T* find(const char* name) const
    {
        T* w = m_page->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }

    TestApp app;
    FakeWallClock wall;
    std::optional<PostponeReason> block;
    std::optional<ReminderScheduler> scheduler;
    const Autostart autostart;
    std::unique_ptr<ReminderSettings> m_page;
};

} // namespace

TEST_CASE("the home page's toggle turns reminders on and says when the next one comes", "[ui][reminders]")
{
    Fixture f;
    auto window = f.app.makeWindow();
    int opened = 0;
    window->attachReminders(
        *f.scheduler, [&opened] { ++opened; }, [](QWidget* parent) { return new QLabel(parent); });
    window->show();
    auto* toggle = window->homePage()->findChild<QCheckBox*>(QStringLiteral("homeRemindersToggle"));
    auto* status = window->homePage()->findChild<QLabel*>(QStringLiteral("homeReminderStatus"));
    REQUIRE(toggle);
    REQUIRE(status);
    CHECK_FALSE(toggle->isChecked());
    CHECK_FALSE(status->isVisible());
    toggle->click();
    CHECK(f.app.settings.remindersEnabled());
    CHECK(f.scheduler->isArmed());
    CHECK(status->isVisible());
    CHECK(status->text() == QStringLiteral("Next reminder at 10:30."));
    // Turned off elsewhere (the settings page, the tray): the toggle follows.
    f.scheduler->setEnabled(false);
    CHECK_FALSE(toggle->isChecked());

    window->homePage()->findChild<QPushButton*>(QStringLiteral("homeReminderSettings"))->click();
    QAction* menuEntry = window->findChild<QAction*>(QStringLiteral("remindersSettings"));
    REQUIRE(menuEntry);
    CHECK(menuEntry->text() == QStringLiteral("&Reminders…"));
    menuEntry->trigger();
    CHECK(opened == 2);
}

TEST_CASE("the Reminders page writes each choice and re-arms at once", "[ui][reminders]")
{
    Fixture f;
    ReminderSettings* page = f.page({true, true, false, true, false});
    f.find<QCheckBox>("remindersEnabled")->click();
    CHECK(f.scheduler->isEnabled());
    auto* status = f.find<QLabel>("reminderStatus");
    CHECK(status->text() == QStringLiteral("Next reminder at 10:30."));

    f.find<QSpinBox>("reminderInterval")->setValue(20);
    CHECK(f.app.settings.reminderIntervalMinutes() == 20);
    CHECK(status->text() == QStringLiteral("Next reminder at 09:50."));
    f.find<QTimeEdit>("workdayEnd")->setTime(QTime(9, 40));
    CHECK(f.app.settings.workdayEnd() == QTime(9, 40));
    CHECK(status->text() == QStringLiteral("Next reminder tomorrow at 09:20."));
    f.find<QTimeEdit>("workdayEnd")->setTime(QTime(17, 0));
    f.find<QCheckBox>("reminderDay1")->click(); // Monday off
    CHECK(f.app.settings.reminderWeekdays() == QList<int> {2, 3, 4, 5});
    CHECK(status->text() == QStringLiteral("Next reminder tomorrow at 09:20."));
    f.find<QCheckBox>("reminderDay1")->click();

    // Fixed times: working hours do not apply, the time list does.
    CHECK_FALSE(f.find<QListWidget>("reminderTimes")->isEnabled());
    f.find<QRadioButton>("reminderTimesMode")->click();
    CHECK(f.app.settings.reminderMode() == Settings::ReminderMode::FixedTimes);
    CHECK_FALSE(f.find<QSpinBox>("reminderInterval")->isEnabled());
    CHECK(f.find<QListWidget>("reminderTimes")->count() == 2); // 10:30 and 15:00
    f.find<QTimeEdit>("reminderNewTime")->setTime(QTime(9, 45));
    f.find<QPushButton>("reminderAddTime")->click();
    CHECK(f.app.settings.reminderTimes() == QList<QTime> {QTime(9, 45), QTime(10, 30), QTime(15, 0)});
    CHECK(status->text() == QStringLiteral("Next reminder at 09:45."));
    f.find<QListWidget>("reminderTimes")->setCurrentRow(0);
    f.find<QPushButton>("reminderRemoveTime")->click();
    CHECK(f.app.settings.reminderTimes() == QList<QTime> {QTime(10, 30), QTime(15, 0)});

    // The routine: one chosen, or the best for the regions picked (only then are regions asked).
    auto* routine = f.find<QComboBox>("reminderRoutine");
    auto* regions = f.find<QListWidget>("reminderRegions");
    CHECK(routine->currentIndex() == 0);
    CHECK(regions->isEnabled());
    regions->item(0)->setCheckState(Qt::Checked);
    CHECK(f.app.settings.reminderRegions() == QStringList {regions->item(0)->data(Qt::UserRole).toString()});
    routine->setCurrentIndex(routine->findData(QStringLiteral("neck-micro-break")));
    CHECK(f.app.settings.reminderRoutine() == QStringLiteral("neck-micro-break"));
    CHECK_FALSE(regions->isEnabled());

    // A reminder that waits says why, here as in the tray.
    f.block = PostponeReason::FullScreen;
    f.wall.advance(60 * kMinute); // 10:30
    f.app.clock.advance(60 * kMinute);
    f.scheduler->recheck();
    CHECK(status->text()
        == QStringLiteral("Reminder postponed: a full-screen window is active. It comes when that ends."));
    (void)page;
}

TEST_CASE("start at login from the Reminders page", "[ui][reminders]")
{
    Fixture f;
    f.page({true, true, false, true, false});
    auto* box = f.find<QCheckBox>("reminderAutostart");
    CHECK_FALSE(box->isChecked());
    box->click();
    CHECK(f.autostart.isEnabled());
    CHECK(readFile(f.autostart.filePath()).contains(" --background\n"));
    CHECK(f.find<QLabel>("reminderAutostartNote")->text().contains(QStringLiteral("knead.desktop")));
    box->click();
    CHECK_FALSE(QFile::exists(f.autostart.filePath()));
}

TEST_CASE("the Reminders page says how reminders reach you here, and what cannot be seen", "[ui][reminders]")
{
    Fixture f;
    ReminderSettings* page = f.page({true, true, false, true, false});
    CHECK(page->routeText().contains(QStringLiteral("desktop notification with Start, Snooze 10 min")));
    CHECK(page->routeText().contains(QStringLiteral("shows no tray icons")));
    CHECK(page->routeText().contains(QStringLiteral("closing the window keeps Knead running in the background")));
    CHECK_FALSE(page->detectionText().contains(QStringLiteral("Wayland")));

    page = f.page({false, false, false, false, true});
    CHECK(page->routeText().contains(QStringLiteral("neither a notification service nor a tray")));
    CHECK(page->routeText().contains(QStringLiteral("Closing it quits Knead")));
    CHECK(page->detectionText().contains(QStringLiteral("On Wayland Knead cannot see other windows")));
    CHECK(f.find<QLabel>("reminderDetection")->text() == page->detectionText());

    page = f.page({true, false, true, true, false});
    CHECK(page->routeText().contains(QStringLiteral("show no buttons, so snooze and pause are in the tray menu")));
    CHECK(page->routeText().contains(QStringLiteral("tray icon's tooltip")));
}

TEST_CASE("the Reminders page: every control named and reachable with Tab", "[ui][reminders][accessibility]")
{
    Fixture f;
    ReminderSettings* page = f.page({true, true, false, true, false});
    f.find<QCheckBox>("remindersEnabled")->click();
    QList<QWidget*> controls;
    for (QWidget* w : page->findChildren<QWidget*>()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            controls.append(w);
    }
    REQUIRE(controls.size() > 15);
    for (QWidget* w : std::as_const(controls)) {
        INFO(w->metaObject()->className() << " " << w->objectName());
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        REQUIRE(iface);
        CHECK_FALSE(iface->text(QAccessible::Name).trimmed().isEmpty());
    }
    page->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(page));
    controls.first()->setFocus(Qt::TabFocusReason);
    QSet<QWidget*> visited;
    for (int i = 0; i < controls.size() * 2 + 4; ++i) {
        QWidget* focus = QApplication::focusWidget();
        REQUIRE(focus);
        visited.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    for (QWidget* w : std::as_const(controls)) {
        INFO("not reached by Tab: " << w->metaObject()->className() << " " << w->objectName());
        // Tab enters a group of radio buttons at the checked one; the arrow keys and the
        // mnemonic reach the others.
        if (auto* radio = qobject_cast<QRadioButton*>(w); radio && !radio->isChecked()) {
            CHECK(radio->text().contains(QLatin1Char('&')));
            continue;
        }
        CHECK(visited.contains(w));
    }
}

TEST_CASE("the tray's tooltip says what comes next, and its menu snoozes, pauses and resumes", "[ui][reminders][tray]")
{
    Fixture f;
    f.scheduler->setRoutinePicker([] { return QStringLiteral("neck-micro-break"); });
    f.scheduler->setEnabled(true);
    ReminderTray tray(*f.scheduler);
    const auto action = [&tray](const char* name) {
        QAction* a = tray.menu()->findChild<QAction*>(QString::fromLatin1(name));
        if (!a) { // actions belong to the menu's action list, not always its children
            for (QAction* candidate : tray.menu()->actions())
                if (candidate->objectName() == QLatin1String(name))
                    a = candidate;
        }
        REQUIRE(a);
        return a;
    };
    CHECK(tray.toolTip() == QStringLiteral("Knead: Next reminder at 10:30."));
    CHECK_FALSE(action("traySnooze")->isEnabled()); // nothing to snooze yet
    f.wall.advance(60 * kMinute);
    f.app.clock.advance(60 * kMinute);
    f.scheduler->recheck();
    CHECK(action("traySnooze")->isEnabled());
    action("traySnooze")->trigger();
    CHECK(tray.toolTip() == QStringLiteral("Knead: Snoozed: the reminder comes again at 10:40."));
    action("trayPauseHour")->trigger();
    CHECK(tray.toolTip() == QStringLiteral("Knead: Reminders paused until 11:30."));
    CHECK_FALSE(action("trayPauseHour")->isVisible());
    CHECK(action("trayResume")->isVisible());
    action("trayResume")->trigger();
    CHECK(tray.toolTip() == QStringLiteral("Knead: Next reminder at 11:30."));
    action("trayPauseDay")->trigger();
    CHECK(tray.toolTip() == QStringLiteral("Knead: Skipped for today. Next reminder tomorrow at 10:00."));
    QSignalSpy start(&tray, &ReminderTray::startRequested);
    QSignalSpy quit(&tray, &ReminderTray::quitRequested);
    action("trayStart")->trigger();
    action("trayQuit")->trigger();
    CHECK(start.size() == 1);
    CHECK(quit.size() == 1);
}
