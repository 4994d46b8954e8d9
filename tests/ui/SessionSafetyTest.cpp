// SPDX-License-Identifier: MIT
// Issue 12's defects, each as a test so it cannot return: a running session is never lost or
// hidden by one key, pages open where they should, and the layout holds in a narrow window.
#include "HomePage.h"
#include "PlayerPage.h"
#include "PreparationPage.h"
#include "SummaryPage.h"
#include "UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>

using namespace knead;
using namespace knead::test;
using State = SessionEngine::State;

namespace {

const QString kScalp = QStringLiteral("scalp-tension-relief");

void showActive(MainWindow& window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// A session running its first step, 10 s in, with the player showing.
SessionEngine& runningSession(TestApp& app, MainWindow& window)
{
    app.settings.setLeadInSeconds(0);
    showActive(window);
    window.startUp();
    window.openPreparation(kScalp);
    window.startSession(kScalp, {});
    app.clock.advance(10000);
    app.session->catchUp();
    REQUIRE(window.currentPage() == MainWindow::Page::Player);
    SessionEngine* engine = window.session();
    REQUIRE(engine);
    REQUIRE(engine->state() == State::Running);
    return *engine;
}

QAction* actionNamed(MainWindow& window, const char* name)
{
    auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(action);
    return action;
}

QWidget* sessionBar(MainWindow& window)
{
    auto* bar = window.findChild<QWidget*>(QStringLiteral("sessionBar"));
    REQUIRE(bar);
    return bar;
}

} // namespace

TEST_CASE("Alt+Left during a session pauses it, and a bar on every page leads back", "[session-safety]")
{
    TestApp app;
    auto window = app.makeWindow();
    SessionEngine& engine = runningSession(app, *window);
    const int step = engine.stepIndex();

    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    CHECK(window->currentPage() == MainWindow::Page::Preparation);
    CHECK(engine.state() == State::Paused);
    CHECK_FALSE(app.session->isTicking()); // nothing runs unseen
    CHECK(sessionBar(*window)->isVisible());
    auto* text = window->findChild<QLabel*>(QStringLiteral("sessionBarText"));
    REQUIRE(text);
    CHECK(text->text().contains(app.loaded.content.routine(kScalp)->name));

    // Time passes on another page; the session has not moved.
    window->openLibrary();
    CHECK(sessionBar(*window)->isVisible());
    app.clock.advance(120000);
    app.session->catchUp();
    CHECK(engine.stepIndex() == step);
    CHECK(engine.state() == State::Paused);

    auto* back = window->findChild<QPushButton*>(QStringLiteral("sessionBarReturn"));
    REQUIRE(back);
    back->click();
    CHECK(window->currentPage() == MainWindow::Page::Player);
    CHECK_FALSE(sessionBar(*window)->isVisible());
    CHECK(engine.stepIndex() == step);
}

TEST_CASE("starting another routine during a session asks first, and no keeps the session", "[session-safety]")
{
    TestApp app;
    auto window = app.makeWindow();
    SessionEngine& engine = runningSession(app, *window);
    const QString other = QStringLiteral("neck-and-shoulders");
    REQUIRE(app.loaded.content.routine(other));

    window->openHome();
    app.confirmAnswer = false;
    window->startSession(other, {});
    REQUIRE(app.questions.size() == 1);
    CHECK(app.questions.first().contains(app.loaded.content.routine(other)->name));
    CHECK(window->session() == &engine);
    CHECK(engine.routine().id == kScalp);
    CHECK(app.journal.entries().isEmpty());

    app.confirmAnswer = true;
    window->startSession(other, {});
    REQUIRE(window->session());
    CHECK(window->session()->routine().id == other);
    REQUIRE(app.journal.entries().size() == 1); // the first one is kept as stopped, not dropped
    CHECK(app.journal.entries().first().routineId == kScalp);
    CHECK(app.journal.entries().first().outcome == JournalEntry::Outcome::Stopped);
}

TEST_CASE("Escape stops with a way back: Resume on the summary continues where it was", "[session-safety]")
{
    TestApp app;
    auto window = app.makeWindow();
    SessionEngine& engine = runningSession(app, *window);
    app.clock.advance(30000); // into the second step
    app.session->catchUp();
    const int step = engine.stepIndex();
    REQUIRE(step >= 1);
    const qint64 remaining = engine.remainingMs();

    QTest::keyClick(window->playerPage(), Qt::Key_Escape);
    REQUIRE(window->currentPage() == MainWindow::Page::Summary);
    auto* heading = window->summaryPage()->findChild<QLabel*>(QStringLiteral("summaryHeading"));
    REQUIRE(heading);
    CHECK(heading->text().startsWith(QStringLiteral("Stopped")));
    auto* resume = window->summaryPage()->findChild<QPushButton*>(QStringLiteral("summaryResume"));
    REQUIRE(resume);
    REQUIRE(resume->isVisibleTo(window->summaryPage()));
    resume->click();

    CHECK(window->currentPage() == MainWindow::Page::Player);
    REQUIRE(window->session());
    CHECK(window->session()->stepIndex() == step);
    CHECK(window->session()->remainingMs() == remaining);
    CHECK(window->session()->state() == State::Paused); // back where it was, waiting for Space
}

TEST_CASE("a click on the step's text leaves the session's keys working", "[session-safety]")
{
    TestApp app;
    auto window = app.makeWindow();
    SessionEngine& engine = runningSession(app, *window);
    for (const char* name : {"stepInstruction", "stepTitle", "stepCounter", "nextStep"}) {
        INFO(name);
        auto* label = window->playerPage()->findChild<QLabel*>(QString::fromLatin1(name));
        REQUIRE(label);
        REQUIRE(label->isVisible());
        QTest::mouseClick(label, Qt::LeftButton, {}, QPoint(4, label->height() / 2));
        CHECK_FALSE(label->hasFocus()); // a focused, selectable label took Space and Escape
        CHECK(label->textInteractionFlags() == Qt::NoTextInteraction);
        QWidget* focus = QApplication::focusWidget();
        REQUIRE(focus);
        QTest::keyClick(focus, Qt::Key_Space);
        CHECK(engine.state() == State::Paused);
        QTest::keyClick(focus, Qt::Key_Space);
        CHECK(engine.state() == State::Running);
    }
}

TEST_CASE("Escape in glance mode only leaves glance mode, and the session keeps running", "[session-safety]")
{
    TestApp app;
    auto window = app.makeWindow();
    SessionEngine& engine = runningSession(app, *window);
    window->setGlanceMode(true);
    REQUIRE(window->playerPage()->isGlanceMode());

    QTest::keyClick(window->playerPage(), Qt::Key_Escape);
    CHECK_FALSE(window->playerPage()->isGlanceMode());
    CHECK(engine.state() == State::Running);
    CHECK(window->currentPage() == MainWindow::Page::Player);
    // A second Escape is an ordinary stop, with its way back.
    QTest::keyClick(window->playerPage(), Qt::Key_Escape);
    CHECK(window->currentPage() == MainWindow::Page::Summary);
}

TEST_CASE("Ctrl+Q during a session asks, and no keeps Knead open with the session", "[session-safety]")
{
    TestApp app;
    auto window = app.makeWindow();
    SessionEngine& engine = runningSession(app, *window);
    QAction* quit = actionNamed(*window, "quitAction");
    CHECK(quit->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q));

    app.confirmAnswer = false;
    quit->trigger();
    REQUIRE(app.questions.size() == 1);
    CHECK(window->isVisible());
    CHECK(engine.state() == State::Running);

    app.confirmAnswer = true;
    quit->trigger();
    CHECK_FALSE(window->isVisible());
    CHECK(QFile::exists(app.sessions.path())); // offered for resuming at the next start
}

TEST_CASE("the summary says what happened when most steps were skipped", "[session-safety]")
{
    TestApp app;
    auto window = app.makeWindow();
    SessionEngine& engine = runningSession(app, *window);
    int guard = 0;
    while (engine.state() != State::Finished && guard++ < 50)
        QTest::keyClick(window->playerPage(), Qt::Key_Right);
    REQUIRE(window->currentPage() == MainWindow::Page::Summary);
    auto* heading = window->summaryPage()->findChild<QLabel*>(QStringLiteral("summaryHeading"));
    REQUIRE(heading);
    CHECK_FALSE(heading->text().contains(QStringLiteral("Well done")));
    CHECK(heading->text().contains(QStringLiteral("skipped")));
}

TEST_CASE("a preparation page opens at its top, and Alt+Left returns to where it was left", "[session-safety]")
{
    TestApp app;
    auto window = app.makeWindow();
    showActive(*window);
    window->resize(700, 480); // short enough that the page scrolls
    window->startUp();
    window->openPreparation(kScalp);
    QTest::qWait(0);
    auto* scroll = window->preparationPage()->findChild<QScrollArea*>(QStringLiteral("preparationScroll"));
    REQUIRE(scroll);
    QScrollBar* bar = scroll->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    const int left = bar->value();
    REQUIRE(left > 0);

    // Another routine opens at its top, not at the scroll position of the last one.
    window->openPreparation(QStringLiteral("neck-and-shoulders"));
    QTest::qWait(0);
    CHECK(bar->value() == 0);

    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the page it replaced
    auto* name = window->preparationPage()->findChild<QLabel*>(QStringLiteral("routineName"));
    REQUIRE(name);
    REQUIRE(name->text() == app.loaded.content.routine(kScalp)->name);
    CHECK(bar->value() == left);
}

TEST_CASE("home routine cards rewrap in a narrow window instead of scrolling sideways", "[session-safety]")
{
    TestApp app;
    auto window = app.makeWindow();
    showActive(*window);
    window->startUp();
    auto* list = window->homePage()->findChild<QListView*>(QStringLiteral("homeRoutines"));
    REQUIRE(list);
    for (const QSize size : {QSize(1120, 760), QSize(640, 480), QSize(1600, 1000)}) {
        window->resize(size);
        QTest::qWait(0);
        QApplication::processEvents();
        INFO(size.width());
        CHECK_FALSE(list->horizontalScrollBar()->isVisible());
        // The cards are there: the first one at the top of the list (a batched layout once
        // left the list empty after the window grew).
        CHECK(list->indexAt(QPoint(list->viewport()->width() / 2, 10)).row() == 0);
        // Every card fits the viewport's width.
        const QAbstractItemModel* model = list->model();
        REQUIRE(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            CHECK(list->visualRect(model->index(row, 0)).right() <= list->viewport()->width());
    }
}

TEST_CASE("the home list starts with its scroll bar and drops it for a short list", "[session-safety]")
{
    TestApp app;
    auto window = app.makeWindow();
    window->resize(1120, 760);
    showActive(*window);
    window->startUp();
    QTest::qWait(0);
    QApplication::processEvents();
    auto* list = window->homePage()->findChild<QListView*>(QStringLiteral("homeRoutines"));
    REQUIRE(list);
    // Laid out with the bar from the start (the full library overflows), then only as needed.
    CHECK(list->verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded);
    CHECK(list->verticalScrollBar()->isVisible());
    // One routine works the feet: it fits, so the bar goes and the card takes the full width.
    window->homePage()->setSelectedRegions({QStringLiteral("feet")});
    QTest::qWait(0);
    QApplication::processEvents();
    REQUIRE(list->model()->rowCount() == 1);
    CHECK_FALSE(list->verticalScrollBar()->isVisible());
    CHECK(list->viewport()->width() == list->width());
    CHECK(list->visualRect(list->model()->index(0, 0)).width() == list->viewport()->width());
}

TEST_CASE("the shortcut list is built from the window's actions", "[session-safety]")
{
    TestApp app;
    auto window = app.makeWindow();
    window->startUp();
    const QList<MainWindow::ShortcutGroup> groups = window->shortcutGroups();
    REQUIRE_FALSE(groups.isEmpty());
    QStringList keys;
    for (const auto& group : groups)
        for (const auto& row : group.rows)
            keys.append(row.second);
    // Every action with a shortcut appears with its key, as the menus show it.
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        INFO(action->text().toStdString());
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        CHECK(std::any_of(keys.cbegin(), keys.cend(), [&](const QString& k) { return k.contains(key); }));
    }
}

TEST_CASE("in a small window the player keeps its controls in view at every step", "[session-safety]")
{
    // 640×480, and 1600×1000 at 2× scale (800×500 device-independent pixels).
    for (const QSize size : {QSize(640, 480), QSize(800, 500)}) {
        INFO(size.width() << "x" << size.height());
        TestApp app;
        auto window = app.makeWindow();
        window->resize(size);
        runningSession(app, *window);
        auto* stop = window->playerPage()->findChild<QPushButton*>(QStringLiteral("stopButton"));
        auto* pause = window->playerPage()->findChild<QPushButton*>(QStringLiteral("playPause"));
        REQUIRE(stop);
        REQUIRE(pause);
        QSet<int> steps;
        for (SessionEngine* engine = window->session(); engine && engine->isActive(); engine = window->session()) {
            QApplication::processEvents();
            INFO("step " << engine->stepIndex());
            CHECK(window->height() <= size.height());
            CHECK(window->width() <= size.width());
            for (QPushButton* button : {stop, pause}) {
                CHECK(button->isVisible());
                const QRect inWindow(button->mapTo(window.get(), QPoint(0, 0)), button->size());
                CHECK(window->rect().contains(inWindow));
            }
            steps.insert(engine->stepIndex());
            engine->skip();
        }
        CHECK(steps.size() == app.loaded.content.routine(kScalp)->steps.size());
    }
}

TEST_CASE("a technique opened while the session bar shows opens at its top", "[session-safety]")
{
    TestApp app;
    auto window = app.makeWindow();
    window->resize(1120, 760);
    runningSession(app, *window);
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier); // paused, the bar on every page
    REQUIRE(sessionBar(*window)->isVisible());
    window->openLibrary();
    QTest::qWait(0);
    for (const Technique& t : app.loaded.content.techniques()) {
        INFO(t.id.toStdString());
        window->openTechnique(t.id);
        QTest::qWait(0);
        QCoreApplication::sendPostedEvents();
        auto* text = window->findChild<QTextBrowser*>(QStringLiteral("techniqueText"));
        REQUIRE(text);
        CHECK(text->verticalScrollBar()->value() == 0);
        CHECK_FALSE(text->textCursor().hasSelection()); // no link chosen behind the person's back
        window->openLibrary();
        QTest::qWait(0);
    }
}
