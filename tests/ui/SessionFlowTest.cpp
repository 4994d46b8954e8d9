// SPDX-License-Identifier: MIT
// The guided scalp session from the outside: preparation, keyboard control, countdown,
// summary and journal, with a fake clock so nothing sleeps.
#include "BodyMapWidget.h"
#include "CountdownRing.h"
#include "HomePage.h"
#include "MotionGuideWidget.h"
#include "PlayerPage.h"
#include "PreparationPage.h"
#include "SummaryPage.h"
#include "UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTest>

using namespace knead;
using namespace knead::test;
using State = SessionEngine::State;
using Kind = SessionEngine::CueKind;

namespace {

const QString kScalp = QStringLiteral("scalp-tension-relief");

QString countdownText(MainWindow& window)
{
    auto* ring = window.playerPage()->findChild<CountdownRing*>(QStringLiteral("countdown"));
    REQUIRE(ring);
    return ring->time();
}

QString labelText(QWidget* parent, const char* name)
{
    auto* label = parent->findChild<QLabel*>(QString::fromLatin1(name));
    REQUIRE(label);
    return label->text();
}

// Moves the fake clock and lets the engine catch up, as the player's timer would.
void advance(TestApp& app, MainWindow& window, qint64 ms)
{
    app.clock.advance(ms);
    REQUIRE(window.session());
    app.session->catchUp();
}

void showActive(MainWindow& window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// The scalp routine started from its preparation page, with no lead-in: its first step runs.
std::unique_ptr<MainWindow> scalpRunning(TestApp& app)
{
    app.settings.setLeadInSeconds(0);
    auto window = app.makeWindow();
    showActive(*window);
    window->startUp(kScalp);
    window->startSession(kScalp, {});
    return window;
}

} // namespace

TEST_CASE("the scalp routine runs from preparation to summary by keyboard", "[session-ui]")
{
    TestApp app;
    auto window = app.makeWindow();
    showActive(*window);
    window->startUp(kScalp);
    REQUIRE(window->currentPage() == MainWindow::Page::Preparation);
    const Routine& routine = *app.loaded.content.routine(kScalp);

    // Preparation: checklist, safety, an optional rating, then Start with the keyboard.
    QWidget* prep = window->preparationPage();
    CHECK(labelText(prep, "routineName") == routine.name);
    CHECK(labelText(prep, "safetyNote") == routine.safety);
    CHECK(prep->findChild<QWidget*>(QStringLiteral("prepItem0")));
    // The rating: Tab to the row, then the arrow keys, as on a slider.
    auto* zero = prep->findChild<QAbstractButton*>(QStringLiteral("tensionBefore-head-0"));
    REQUIRE(zero);
    zero->setFocus(Qt::TabFocusReason);
    REQUIRE(QApplication::focusWidget() == zero);
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    auto* six = prep->findChild<QAbstractButton*>(QStringLiteral("tensionBefore-head-6"));
    REQUIRE(six);
    CHECK(six->isChecked());
    CHECK(six->accessibleName().contains(QStringLiteral("6 of 10")));
    CHECK(six->focusPolicy() == Qt::StrongFocus); // the row's one Tab stop follows the choice
    auto* start = prep->findChild<QPushButton*>(QStringLiteral("startSession"));
    REQUIRE(start);
    start->setFocus();
    QTest::keyClick(start, Qt::Key_Space);
    REQUIRE(window->currentPage() == MainWindow::Page::Player);
    SessionEngine* engine = window->session();
    REQUIRE(engine);
    CHECK(engine->state() == State::LeadIn);
    CHECK(countdownText(*window) == QStringLiteral("0:03"));
    CHECK(app.cues.prepared > 0);

    // The lead-in ends; the first step counts down.
    advance(app, *window, 3000);
    CHECK(engine->state() == State::Running);
    CHECK(labelText(window->playerPage(), "stepTitle") == routine.steps[0].title);
    CHECK(labelText(window->playerPage(), "stepCounter") == QStringLiteral("Step 1 of %1").arg(routine.steps.size()));
    CHECK(labelText(window->playerPage(), "nextStep").startsWith(QStringLiteral("Next: ") + routine.steps[1].title));
    CHECK(countdownText(*window) == formatClock(routine.steps[0].durationSeconds));
    advance(app, *window, 1500);
    CHECK(countdownText(*window) == formatClock(routine.steps[0].durationSeconds - 1));
    CHECK(app.session->isTicking());

    QWidget* player = window->playerPage();
    // Space pauses: time stands still, and no timer runs.
    QTest::keyClick(player, Qt::Key_Space);
    CHECK(engine->state() == State::Paused);
    CHECK_FALSE(app.session->isTicking());
    const QString frozen = countdownText(*window);
    advance(app, *window, 60000);
    CHECK(countdownText(*window) == frozen);
    QTest::keyClick(player, Qt::Key_Space);
    CHECK(engine->state() == State::Running);

    // Right skips, Left goes back (within 3 s: to the previous step).
    QTest::keyClick(player, Qt::Key_Right);
    CHECK(engine->stepIndex() == 1);
    CHECK(engine->stepStatus(0) == SessionSnapshot::StepStatus::Skipped);
    QTest::keyClick(player, Qt::Key_Left);
    CHECK(engine->stepIndex() == 0);

    // Then let it run to the end on the clock.
    int guard = 0;
    while (engine->state() != State::Finished && guard++ < 100) {
        const qint64 remaining = engine->remainingMs();
        if (remaining < 0)
            QTest::keyClick(player, Qt::Key_Return); // an untimed step: continue
        else
            advance(app, *window, remaining);
    }
    REQUIRE(engine->state() == State::Finished);
    CHECK(engine->stepsDone() == routine.steps.size());
    CHECK(app.cues.count(Kind::SwitchSides) >= 1);
    CHECK(app.cues.count(Kind::Halfway) == 1);
    CHECK(app.cues.count(Kind::Finished) == 1);
    CHECK(app.cues.count(Kind::StepStart) >= routine.steps.size());

    // The summary, and the journal entry written at the end.
    REQUIRE(window->currentPage() == MainWindow::Page::Summary);
    CHECK(labelText(window->summaryPage(), "summaryHeading").contains(routine.name));
    REQUIRE(app.journal.entries().size() == 1);
    JournalEntry entry = app.journal.entries().first();
    CHECK(entry.routineId == kScalp);
    CHECK(entry.outcome == JournalEntry::Outcome::Finished);
    CHECK(entry.stepsDone == routine.steps.size());
    CHECK(entry.tensionBefore.value(QStringLiteral("head")) == 6);
    CHECK_FALSE(QFile::exists(app.sessions.path())); // nothing left to resume

    // A second rating, then Done: saved into the same entry, and home again.
    auto* after = window->summaryPage()->findChild<QAbstractButton*>(QStringLiteral("tensionAfter-head-3"));
    REQUIRE(after);
    after->click();
    auto* done = window->summaryPage()->findChild<QPushButton*>(QStringLiteral("summaryDone"));
    REQUIRE(done);
    QTest::keyClick(done, Qt::Key_Space);
    CHECK(window->currentPage() == MainWindow::Page::Home);
    Journal reread(app.journal.path());
    REQUIRE(reread.load().isEmpty());
    REQUIRE(reread.entries().size() == 1);
    CHECK(reread.entries().first().tensionAfter.value(QStringLiteral("head")) == 3);
    CHECK(app.settings.lastRoutine() == kScalp);
}

TEST_CASE("Escape stops a session, which is kept in the journal as stopped", "[session-ui]")
{
    TestApp app;
    const auto window = scalpRunning(app);
    advance(app, *window, 10000);
    QTest::keyClick(window->playerPage(), Qt::Key_Escape);
    CHECK(window->currentPage() == MainWindow::Page::Summary);
    REQUIRE(app.journal.entries().size() == 1);
    CHECK(app.journal.entries().first().outcome == JournalEntry::Outcome::Stopped);
    CHECK(app.journal.entries().first().activeSeconds == 10);
    CHECK(app.cues.silenced > 0);
}

TEST_CASE(
    "after its demonstration the motion guide is a still picture: a second repaints the ring only", "[session-ui]")
{
    TestApp app;
    const auto window = scalpRunning(app);
    REQUIRE(app.loaded.content.routine(kScalp)->steps[0].motion); // the first step has a guide
    auto* guide = window->playerPage()->findChild<MotionGuideWidget*>();
    auto* ring = window->playerPage()->findChild<CountdownRing*>(QStringLiteral("countdown"));
    REQUIRE(guide);
    REQUIRE(ring);
    advance(app, *window, 1000);
    CHECK(guide->isAnimating());

    // Counts the paint events each widget receives.
    struct PaintCounter : QObject
    {
        QMap<QObject*, int> paints;
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() == QEvent::Paint)
                ++paints[watched];
            return false;
        }
    } counter;
    advance(app, *window, SessionController::kDemonstrationMs); // 13 s into the step
    CHECK_FALSE(guide->isAnimating());
    QApplication::processEvents(); // the last frame of the demonstration
    guide->installEventFilter(&counter);
    ring->installEventFilter(&counter);
    for (int second = 0; second < 3; ++second) {
        advance(app, *window, 1000);
        QApplication::processEvents();
    }
    CHECK(counter.paints.value(ring) == 3);
    CHECK(counter.paints.value(guide) == 0);

    // Paused and resumed, the still picture stays as it is.
    QTest::keyClick(window->playerPage(), Qt::Key_Space);
    QTest::keyClick(window->playerPage(), Qt::Key_Space);
    advance(app, *window, 1000);
    QApplication::processEvents();
    CHECK(counter.paints.value(guide) == 0);
    CHECK_FALSE(guide->isAnimating());

    // Pointing at the still guide shows the movement once more, and the next second does not
    // cut it short; leaving the player does.
    QEnterEvent enter(QPointF(5, 5), QPointF(5, 5), guide->mapToGlobal(QPointF(5, 5)));
    QApplication::sendEvent(guide, &enter);
    CHECK(guide->isAnimating());
    advance(app, *window, 1000);
    CHECK(guide->isAnimating());
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    REQUIRE(window->currentPage() != MainWindow::Page::Player);
    CHECK_FALSE(guide->isAnimating());
}

TEST_CASE("an interrupted session is offered for resuming, paused where it was", "[session-ui]")
{
    TestApp app;
    app.settings.setLeadInSeconds(0);
    {
        auto window = app.makeWindow();
        showActive(*window);
        window->startSession(kScalp, {{QStringLiteral("head"), 5}});
        advance(app, *window, 30000 + 50000); // into step 2
        window->close(); // saves the position
    }
    REQUIRE(QFile::exists(app.sessions.path()));
    app.restart();
    auto window = app.makeWindow();
    showActive(*window);
    window->startUp();
    auto* resume = window->findChild<QPushButton*>(QStringLiteral("resumeSession"));
    REQUIRE(resume);
    resume->click();
    REQUIRE(window->currentPage() == MainWindow::Page::Player);
    SessionEngine* engine = window->session();
    REQUIRE(engine);
    CHECK(engine->state() == State::Paused);
    CHECK(engine->stepIndex() == 1);
    CHECK(engine->remainingMs() == 70000);
    QTest::keyClick(window->playerPage(), Qt::Key_Space);
    CHECK(engine->state() == State::Running);
    QTest::keyClick(window->playerPage(), Qt::Key_Escape);
    REQUIRE(app.journal.entries().size() == 1);
    CHECK(app.journal.entries().first().tensionBefore.value(QStringLiteral("head")) == 5);
    CHECK(app.journal.entries().first().activeSeconds == 80);
}

TEST_CASE("choosing the head on the body map by keyboard lists the scalp routine", "[session-ui]")
{
    TestApp app;
    auto window = app.makeWindow();
    showActive(*window);
    window->startUp();
    BodyMapWidget* map = window->homePage()->bodyMap();
    map->setFocus(Qt::TabFocusReason);
    REQUIRE(map->hasFocus());
    const int head = map->indexOf(QStringLiteral("head"));
    REQUIRE(head >= 0);
    // Walk up with the arrow keys until the head is current, then select it.
    for (int i = 0; i < 20 && map->currentIndex() != head; ++i)
        QTest::keyClick(map, Qt::Key_Up);
    REQUIRE(map->currentIndex() == head);
    QTest::keyClick(map, Qt::Key_Space);
    CHECK(map->selectedRegions() == QStringList {QStringLiteral("head")});
    QListView* list = window->homePage()->routineList();
    QStringList ids;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        ids.append(list->model()->index(row, 0).data(Qt::UserRole + 1).toString());
    CHECK(ids.contains(kScalp));
    CHECK_FALSE(ids.contains(QStringLiteral("lower-back-ball")));
    // Ctrl+Space adds a region.
    const int neck = map->indexOf(QStringLiteral("neck"));
    map->setCurrentIndex(neck);
    QTest::keyClick(map, Qt::Key_Space, Qt::ControlModifier);
    CHECK(map->selectedRegions() == QStringList {QStringLiteral("head"), QStringLiteral("neck")});
    CHECK(app.settings.selectedRegions() == QStringList {QStringLiteral("head"), QStringLiteral("neck")});
    // Enter on the list opens the preparation page of the chosen routine.
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(window->currentPage() == MainWindow::Page::Preparation);
    // Alt+Left goes back home.
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    CHECK(window->currentPage() == MainWindow::Page::Home);
}

TEST_CASE("clicking a region selects it and the map has an accessible child per region", "[session-ui]")
{
    TestApp app;
    auto window = app.makeWindow();
    showActive(*window);
    BodyMapWidget* map = window->homePage()->bodyMap();
    const int lowerBack = map->indexOf(QStringLiteral("lower-back"));
    REQUIRE(lowerBack >= 0);
    QTest::mouseClick(map, Qt::LeftButton, {}, map->regionCentre(lowerBack));
    CHECK(map->selectedRegions() == QStringList {QStringLiteral("lower-back")});
    QTest::mouseClick(
        map, Qt::LeftButton, Qt::ControlModifier, map->regionCentre(map->indexOf(QStringLiteral("head"))));
    CHECK(map->selectedRegions().size() == 2);
    // Outside every region nothing changes.
    QTest::mouseClick(map, Qt::LeftButton, {}, QPoint(2, 2));
    CHECK(map->selectedRegions().size() == 2);

    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(map);
    REQUIRE(iface);
    REQUIRE(iface->childCount() == map->regionCount());
    QStringList names;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface* child = iface->child(i);
        REQUIRE(child);
        names.append(child->text(QAccessible::Name));
        CHECK(child->role() == QAccessible::CheckBox);
    }
    CHECK(names.contains(QStringLiteral("Head and scalp")));
    CHECK(names.contains(QStringLiteral("Lower back")));
    QAccessibleInterface* head = iface->child(map->indexOf(QStringLiteral("head")));
    CHECK(head->state().checked);
    // Selecting through the accessibility action, as a screen reader would.
    QAccessibleInterface* neck = iface->child(map->indexOf(QStringLiteral("neck")));
    auto* action = neck->actionInterface();
    REQUIRE(action);
    action->doAction(QAccessibleActionInterface::pressAction());
    CHECK(map->selectedRegions() == QStringList {QStringLiteral("neck")});
}

TEST_CASE("the step's words are never cut off in wide and narrow windows", "[session-ui]")
{
    TestApp app;
    app.settings.setLeadInSeconds(0);
    auto window = app.makeWindow();
    showActive(*window);
    window->startSession(kScalp, {});
    auto* instruction = window->playerPage()->findChild<QLabel*>(QStringLiteral("stepInstruction"));
    REQUIRE(instruction);
    for (const QSize size : {QSize(1100, 760), QSize(480, 700), QSize(480, 520)}) {
        window->resize(size);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        INFO(
            size.width() << "x" << size.height() << ": label " << instruction->width() << "x" << instruction->height());
        CHECK(instruction->height() >= instruction->heightForWidth(instruction->width()));
        CHECK(instruction->width() > 200);
    }
}
