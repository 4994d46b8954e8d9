// SPDX-License-Identifier: MIT
// The window as a whole: start-up, pages, navigation, problems shown to the person.
#include "Banner.h"
#include "HomePage.h"
#include "UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QListView>
#include <QScreen>

#include <QMenuBar>
#include <QPushButton>
#include <QTest>

using namespace knead;
using namespace knead::test;

TEST_CASE("the window starts on the home page with the quick start on the scalp routine", "[window]")
{
    TestApp app;
    auto window = app.makeWindow();
    window->show();
    window->startUp();
    CHECK(window->windowTitle() == QStringLiteral("Knead"));
    CHECK(window->currentPage() == MainWindow::Page::Home);
    CHECK(window->homePage()->quickStartRoutine() == QStringLiteral("scalp-tension-relief"));
    auto* quick = window->homePage()->findChild<QPushButton*>(QStringLiteral("quickStart"));
    REQUIRE(quick);
    const QString name = app.loaded.content.routine(QStringLiteral("scalp-tension-relief"))->name;
    CHECK(quick->accessibleName().contains(name));
    CHECK(quick->text().contains(name)); // room enough at this width: not elided
    window->resize(400, 700);
    // The platform resizes the window, then the layouts follow in posted events.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    INFO("button " << quick->width() << " px: " << quick->text().toStdString());
    CHECK(quick->fontMetrics().horizontalAdvance(quick->text()) < quick->width()); // never clipped
    CHECK(window->width() < 500); // narrow enough for the stacked layout
    CHECK_FALSE(window->banner()->isVisible()); // nothing to report
    quick->click();
    CHECK(window->currentPage() == MainWindow::Page::Preparation);
    CHECK(app.cues.prepared == 1); // audio loads when a session comes near, not at start
}

TEST_CASE("packs loaded after the first frame appear, and their errors are shown once", "[window]")
{
    TestApp app;
    auto window = app.makeWindow();
    window->show();
    window->startUp();
    CHECK_FALSE(window->banner()->isVisible());
    // A user pack with one good routine and one broken one arrives in the background.
    ScratchPack pack(QStringLiteral("negative-duration"));
    app.store.loadInBackground(
        {{sourcePath(QStringLiteral("content")), QStringLiteral("content")}, {pack.root(), QStringLiteral("pack")}});
    CHECK(app.store.isLoading());
    app.store.waitForLoad();
    CHECK_FALSE(app.store.isLoading());
    REQUIRE(window->banner()->isVisible());
    CHECK(window->banner()->message().contains(QStringLiteral("1 problem")));
    CHECK(window->banner()->pending() == 1);
    CHECK(window->findChild<QPushButton*>(QStringLiteral("contentProblemsDetails")));
    // The pack's good routine is on the home page now.
    QListView* list = window->homePage()->routineList();
    QStringList ids;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        ids.append(list->model()->index(row, 0).data(Qt::UserRole + 1).toString());
    CHECK(ids.contains(QStringLiteral("short")));
    // Loading the same again reports nothing new.
    app.store.loadInBackground(
        {{sourcePath(QStringLiteral("content")), QStringLiteral("content")}, {pack.root(), QStringLiteral("pack")}});
    app.store.waitForLoad();
    CHECK(window->banner()->pending() == 1);
}

TEST_CASE("user data problems found at start are told to the person", "[window]")
{
    TestApp app;
    auto window
        = std::make_unique<MainWindow>(AppServices {app.store, app.settings, app.journal, *app.session, app.cues,
            {{QStringLiteral("/x/journal.json"), QStringLiteral("/x/journal.json.corrupt-1"),
                QStringLiteral("Your journal could not be read.")}},
            app.dir.path()});
    window->show();
    window->startUp();
    REQUIRE(window->banner()->isVisible());
    CHECK(window->banner()->message().contains(QStringLiteral("journal.json.corrupt-1")));
}

TEST_CASE("the window size comes back at the next start, and Knead starts on the home page", "[window]")
{
    TestApp app;
    {
        auto window = app.makeWindow();
        window->show();
        window->startUp();
        window->resize(700, 500);
        window->openLibrary();
        window->close();
    }
    auto window = app.makeWindow();
    window->show();
    window->startUp();
    CHECK(window->currentPage() == MainWindow::Page::Home);
    CHECK(window->size() == QSize(700, 500));
}

TEST_CASE("a window size saved on a larger screen is limited to this one", "[window]")
{
    TestApp app;
    {
        auto window = app.makeWindow();
        window->show();
        window->setGeometry(0, 0, 3000, 2000); // as on a large monitor, or at a smaller scale
        window->close();
    }
    auto window = app.makeWindow();
    window->show();
    const QRect screen = window->screen()->availableGeometry();
    CHECK(window->width() <= screen.width());
    CHECK(window->height() <= screen.height());
    CHECK(screen.contains(window->geometry().topLeft()));
}

TEST_CASE("the menus offer every action with its shortcut", "[window]")
{
    TestApp app;
    auto window = app.makeWindow();
    QStringList shortcuts;
    const auto menus = window->menuBar()->findChildren<QMenu*>();
    for (QMenu* menu : menus)
        Q_EMIT menu->aboutToShow(); // as when a person opens each menu
    for (QMenu* menu : menus) {
        for (QAction* a : menu->actions()) {
            if (!a->shortcut().isEmpty())
                shortcuts.append(a->shortcut().toString());
        }
    }
    for (const char* key :
        {"Space", "Left", "Right", "Esc", "F11", "Alt+Left", "Alt+Right", "Ctrl+F", "Ctrl+L", "Ctrl+Q"}) {
        INFO(key);
        CHECK(shortcuts.contains(QString::fromLatin1(key)));
    }
}
