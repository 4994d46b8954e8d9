// SPDX-License-Identifier: MIT
// The History page as a person meets it: from the menu, the shortcut and the summary; the
// chart and what it says to a screen reader; deleting a session and taking it back; the CSV
// export; moving the journal folder; the home page's suggestion from what works.
#include "HistoryPage.h"
#include "Banner.h"
#include "HomePage.h"
#include "Palette.h"
#include "PracticeCalendar.h"
#include "RoutineSuggestion.h"
#include "SessionListModel.h"
#include "SummaryPage.h"
#include "TensionChart.h"
#include "UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFontMetrics>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QUndoStack>

using namespace knead;
using namespace knead::test;

namespace {

const QString kNeckRoutine = QStringLiteral("neck-and-shoulders");
const QString kDeskReset = QStringLiteral("desk-reset");
const QDateTime kNow(QDate(2026, 9, 30), QTime(12, 0), Qt::UTC);

void showActive(QWidget& window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

QString labelText(QWidget* parent, const char* name)
{
    auto* label = parent->findChild<QLabel*>(QString::fromLatin1(name));
    REQUIRE(label);
    return label->text();
}

template<typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

JournalEntry session(const TestApp& app, const QString& routineId, const QDateTime& started, QMap<QString, int> before,
    QMap<QString, int> after)
{
    const Routine* r = app.loaded.content.routine(routineId);
    REQUIRE(r);
    JournalEntry e;
    e.id = Journal::newId();
    e.routineId = r->id;
    e.routineName = r->name;
    e.started = started;
    e.ended = started.addSecs(r->totalSeconds());
    e.activeSeconds = r->totalSeconds();
    e.stepsTotal = int(r->steps.size());
    e.stepsDone = e.stepsTotal;
    e.regions = r->regions;
    e.tensionBefore = std::move(before);
    e.tensionAfter = std::move(after);
    return e;
}

// A month of neck sessions falling from 6 to 2, and head sessions before that.
void fillJournal(TestApp& app)
{
    const QList<int> neck {6, 6, 5, 5, 4, 4, 4, 3, 3, 3, 3, 2, 2, 2};
    for (int i = 0; i < neck.size(); ++i)
        REQUIRE(app.journal
                    .upsert(session(app, kNeckRoutine, kNow.addDays(-28 + 2 * i), {{QStringLiteral("neck"), neck[i]}},
                        {{QStringLiteral("neck"), std::max(0, neck[i] - 2)}}))
                    .isEmpty());
    for (int i = 0; i < 3; ++i)
        REQUIRE(app.journal
                    .upsert(session(app, QStringLiteral("scalp-tension-relief"), kNow.addDays(-60 + i),
                        {{QStringLiteral("head"), 7}}, {{QStringLiteral("head"), 3}}))
                    .isEmpty());
}

HistoryPage* openHistory(MainWindow& window)
{
    // Fixed "now" and zone, so that "the last 30 days" is the same on every run.
    window.historyPage()->setWallClock([] { return kNow; });
    window.historyPage()->setLocalDays(LocalDays(QTimeZone::utc()));
    window.openHistory();
    REQUIRE(window.currentPage() == MainWindow::Page::History);
    return window.historyPage();
}

QAction* findAction(QWidget* root, const QString& objectName)
{
    for (QAction* a : root->findChildren<QAction*>()) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

} // namespace

TEST_CASE("History opens from the Knead menu and with Ctrl+H", "[history-ui]")
{
    TestApp app;
    auto window = app.makeWindow();
    showActive(*window);
    window->startUp();
    QAction* action = findAction(window.get(), QStringLiteral("historyAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+H")));
    QMenu* knead = window->menuBar()->findChildren<QMenu*>().value(0);
    REQUIRE(knead);
    CHECK(knead->actions().contains(action));
    action->trigger();
    CHECK(window->currentPage() == MainWindow::Page::History);
    window->openHome();
    QTest::keySequence(window.get(), QKeySequence(QStringLiteral("Ctrl+H")));
    CHECK(window->currentPage() == MainWindow::Page::History);
    // An empty journal says so, and nothing is offered for deletion.
    HistoryPage* page = window->historyPage();
    CHECK(labelText(page, "historyStreaks") == QStringLiteral("No sessions yet."));
    CHECK(child<QLabel>(page, "historyEmpty")->isVisible());
    CHECK_FALSE(child<QPushButton>(page, "deleteSession")->isEnabled());
    CHECK(page->chart()->accessibleDescription().startsWith(QStringLiteral("No ratings yet")));
    window->goBack();
    CHECK(window->currentPage() == MainWindow::Page::Home);
}

TEST_CASE("History opens from the summary, keeping the rating given there", "[history-ui]")
{
    TestApp app;
    app.settings.setLeadInSeconds(0);
    auto window = app.makeWindow();
    showActive(*window);
    window->startUp();
    window->startSession(kNeckRoutine, {{QStringLiteral("neck"), 6}});
    app.clock.advance(20000);
    app.session->catchUp();
    window->stopSession();
    REQUIRE(window->currentPage() == MainWindow::Page::Summary);
    auto* after = window->summaryPage()->findChild<QAbstractButton*>(QStringLiteral("tensionAfter-neck-2"));
    REQUIRE(after);
    after->click();
    QPushButton* history = child<QPushButton>(window->summaryPage(), "summaryHistory");
    CHECK_FALSE(history->accessibleName().isEmpty());
    history->click();
    REQUIRE(window->currentPage() == MainWindow::Page::History);
    REQUIRE(app.journal.entries().size() == 1);
    CHECK(app.journal.entries().first().tensionAfter.value(QStringLiteral("neck")) == 2);
    HistoryPage* page = window->historyPage();
    REQUIRE(page->sessionList()->model()->rowCount() == 1);
    const QString row = page->sessionList()->model()->index(0, 0).data().toString();
    CHECK(row.contains(QStringLiteral("Neck 6 → 2")));
    CHECK(row.contains(QStringLiteral("stopped after")));
    CHECK(page->selectedRegion() == QStringLiteral("neck"));
}

TEST_CASE("the chart's summary is its accessible description and is shown as text", "[history-ui]")
{
    TestApp app;
    fillJournal(app);
    auto window = app.makeWindow();
    showActive(*window);
    HistoryPage* page = openHistory(*window);
    TensionChart* chart = page->chart();
    const QString expected = QStringLiteral("Neck: median tension 6 → 3 over the last 30 days, 14 session(s)");
    CHECK(page->selectedRegion() == QStringLiteral("neck")); // the most recently rated
    CHECK(chart->summary() == expected);
    CHECK(chart->accessibleDescription() == expected);
    CHECK(labelText(page, "tensionSummary") == expected);
    CHECK(chart->pointCount() == 14);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(chart);
    REQUIRE(iface);
    CHECK(iface->role() == QAccessible::Chart);
    CHECK(iface->text(QAccessible::Name) == QStringLiteral("Tension chart: Neck"));
    CHECK(iface->text(QAccessible::Description) == expected);
    CHECK(chart->focusPolicy() & Qt::TabFocus);

    // Streaks and calendar: three head sessions on three days in a row, the neck every other day.
    CHECK(labelText(page, "historyStreaks") == QStringLiteral("Current streak: 0 day(s).\nLongest streak: 3 day(s)."));
    auto* calendar = child<PracticeCalendar>(page, "practiceCalendar");
    CHECK(calendar->practisedShown() == 17);
    CHECK(calendar->accessibleDescription().contains(QStringLiteral("You practised on 17 of the last")));

    // The span changes what the sentence covers.
    auto* span = child<QComboBox>(page, "historySpan");
    span->setCurrentIndex(span->findData(int(ChartSpan::All)));
    CHECK(chart->summary().startsWith(QStringLiteral("Neck: median tension 6 → 3 since ")));
}

TEST_CASE("switching the region redraws the chart for that region", "[history-ui]")
{
    TestApp app;
    fillJournal(app);
    auto window = app.makeWindow();
    showActive(*window);
    HistoryPage* page = openHistory(*window);
    auto* region = child<QComboBox>(page, "historyRegion");
    REQUIRE(region->count() == 2);
    CHECK(region->itemText(1) == QStringLiteral("Head and scalp"));
    region->setFocus();
    QTest::keyClick(region, Qt::Key_Down); // by keyboard
    CHECK(page->selectedRegion() == QStringLiteral("head"));
    CHECK(page->chart()->accessibleName() == QStringLiteral("Tension chart: Head and scalp"));
    CHECK(page->chart()->summary() == QStringLiteral("Head and scalp: no ratings over the last 30 days."));
    CHECK(page->chart()->pointCount() == 0);
    auto* span = child<QComboBox>(page, "historySpan");
    span->setCurrentIndex(span->findData(int(ChartSpan::Days90)));
    CHECK(page->chart()->summary()
        == QStringLiteral("Head and scalp: median tension 7 → 7 over the last 90 days, 3 session(s)"));
    CHECK(page->chart()->pointCount() == 3);
    // The choice survives a refresh after a change to the journal.
    REQUIRE(
        app.journal.upsert(session(app, kNeckRoutine, kNow.addDays(-1), {{QStringLiteral("neck"), 2}}, {})).isEmpty());
    page->refresh();
    CHECK(page->selectedRegion() == QStringLiteral("head"));
}

TEST_CASE("a deleted session comes back with Undo and with Ctrl+Z, in the journal files too", "[history-ui]")
{
    TestApp app;
    fillJournal(app);
    auto window = app.makeWindow();
    showActive(*window);
    HistoryPage* page = openHistory(*window);
    QListView* list = page->sessionList();
    REQUIRE(list->model()->rowCount() == 17);
    const QString newest = list->model()->index(0, 0).data(SessionListModel::IdRole).toString();
    CHECK(newest == app.journal.entries().last().id);
    list->setCurrentIndex(list->model()->index(0, 0));
    child<QPushButton>(page, "deleteSession")->click();
    CHECK(app.journal.entries().size() == 16);
    CHECK_FALSE(app.journal.find(newest));
    CHECK(list->model()->rowCount() == 16);
    QFrame* bar = child<QFrame>(page, "undoBar");
    CHECK(bar->isVisible());
    CHECK(labelText(page, "undoText").startsWith(QStringLiteral("Deleted “")));
    CHECK(page->chart()->pointCount() == 13); // the chart follows
    {
        Journal reread(app.journal.folder());
        REQUIRE(reread.load().isEmpty());
        CHECK_FALSE(reread.find(newest));
    }
    child<QPushButton>(page, "undoDelete")->click();
    CHECK(app.journal.find(newest));
    CHECK(list->model()->rowCount() == 17);
    CHECK_FALSE(bar->isVisible());
    CHECK(page->chart()->pointCount() == 14);

    // The Delete key on the list, then Ctrl+Z.
    list->setFocus();
    list->setCurrentIndex(list->model()->index(2, 0));
    const QString third = list->model()->index(2, 0).data(SessionListModel::IdRole).toString();
    QTest::keyClick(list, Qt::Key_Delete);
    CHECK_FALSE(app.journal.find(third));
    QTest::keySequence(list, QKeySequence::Undo);
    CHECK(app.journal.find(third));
    CHECK(page->undoStack()->canRedo());
    Journal reread(app.journal.folder());
    REQUIRE(reread.load().isEmpty());
    CHECK(reread.entries().size() == 17);
    CHECK(reread.find(third));
    CHECK(reread.find(newest));
}

TEST_CASE("a journal of years shows its newest sessions at once, and End reaches the oldest", "[history-ui]")
{
    TestApp app;
    constexpr int kSessions = 1500;
    const QDateTime first(QDate(2016, 1, 1), QTime(8, 0), Qt::UTC);
    QByteArray lines;
    for (int i = 0; i < kSessions; ++i) {
        // Four regions rated: a detail line longer than the list is wide.
        const QMap<QString, int> before {{QStringLiteral("neck"), 6}, {QStringLiteral("shoulders"), 5},
            {QStringLiteral("head"), 7}, {QStringLiteral("lower-back"), 4}};
        QMap<QString, int> after = before;
        for (int& level : after)
            level -= 2;
        JournalEntry e = session(app, kNeckRoutine, first.addDays(2 * i), before, after);
        e.updated = e.ended;
        lines += Journal::serializeLine(e) + '\n';
    }
    QFile file(app.journal.folder() + QStringLiteral("/laptop-5e6f7a8b.jsonl"));
    REQUIRE(QDir().mkpath(app.journal.folder()));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(lines) == lines.size());
    file.close();
    REQUIRE(app.journal.load().isEmpty());
    REQUIRE(app.journal.entries().size() == kSessions);
    const QString oldest = app.journal.entries().first().id;

    auto window = app.makeWindow();
    showActive(*window);
    HistoryPage* page = openHistory(*window);
    QListView* list = page->sessionList();
    REQUIRE(list->model()->rowCount() == kSessions);
    // The page shows once the newest rows are laid out; the older ones follow in batches.
    list->doItemsLayout();
    CHECK(list->currentIndex().row() == 0);
    CHECK(list->viewport()->rect().intersects(list->visualRect(list->currentIndex())));
    // Rows are as wide as the list, their text elided, with the whole line as their tooltip.
    const QModelIndex newestRow = list->model()->index(0, 0);
    CHECK(QFontMetrics(list->font()).horizontalAdvance(newestRow.data(Qt::ToolTipRole).toString())
        > list->viewport()->width());
    CHECK(list->visualRect(newestRow).width() <= list->viewport()->width());
    CHECK_FALSE(list->horizontalScrollBar()->isVisible());
    const int laidOutAtFirst = list->verticalScrollBar()->maximum();
    // The batches run in the event loop, a hundred rows each; the list takes its full
    // height when the last is done.
    int batches = 0;
    while (list->verticalScrollBar()->maximum() == laidOutAtFirst && batches < kSessions) {
        QCoreApplication::processEvents();
        ++batches;
    }
    CHECK(batches > 1);
    CHECK(list->verticalScrollBar()->maximum() > laidOutAtFirst);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End);
    CHECK(list->currentIndex().row() == kSessions - 1);
    CHECK(list->currentIndex().data(SessionListModel::IdRole).toString() == oldest);
    CHECK(list->viewport()->rect().intersects(list->visualRect(list->currentIndex())));
    QTest::keyClick(list, Qt::Key_Home);
    CHECK(list->currentIndex().row() == 0);
    CHECK(list->viewport()->rect().intersects(list->visualRect(list->currentIndex())));

    // A window made narrow and then wide lays the rows out again: the newest still at the top.
    for (const QSize size : {QSize(640, 480), QSize(1600, 1000)}) {
        window->resize(size);
        for (int i = 0; i < kSessions / 50; ++i)
            QCoreApplication::processEvents();
        INFO(size.width());
        CHECK(list->indexAt(QPoint(list->viewport()->width() / 2, 5)).row() == 0);
    }
}

TEST_CASE("what works for you speaks of your sessions and asks for more ratings below five", "[history-ui]")
{
    TestApp app;
    fillJournal(app);
    auto window = app.makeWindow();
    showActive(*window);
    HistoryPage* page = openHistory(*window);
    const QString works = labelText(page, "whatWorks");
    const QString neckName = app.loaded.content.routine(kNeckRoutine)->name;
    CHECK(works.contains(neckName + QStringLiteral(": in your sessions, tension dropped by a median")));
    CHECK(works.contains(QStringLiteral(": rate 2 more session(s) to see this.")));
    CHECK(labelText(page, "whatWorksComparison")
              .contains(QStringLiteral("rate at least 5 sessions of two or more routines")));
    CHECK(labelText(page, "whatWorksExplanation").contains(QStringLiteral("Farrar et al., Pain 2001")));
}

TEST_CASE("the journal is exported as CSV to the file chosen", "[history-ui]")
{
    TestApp app;
    fillJournal(app);
    auto window = app.makeWindow();
    showActive(*window);
    HistoryPage* page = openHistory(*window);
    QString suggested;
    const QString path = app.dir.filePath(QStringLiteral("export/knead"));
    page->setSaveFileChooser([&](const QString& s) {
        suggested = s;
        return path;
    });
    child<QPushButton>(page, "exportCsv")->click();
    CHECK(suggested.endsWith(QStringLiteral("knead-journal-2026-09-30.csv")));
    const QByteArray csv = readFile(path + QStringLiteral(".csv"));
    CHECK(csv.count("\r\n") == 1 + 17 * 2);
    CHECK(csv.contains(",neck,Neck,after,0,finished,"));
    CHECK(labelText(page, "exportStatus").startsWith(QStringLiteral("Exported 34 rating(s) to ")));
    // Cancelled: nothing written, nothing said.
    page->setSaveFileChooser([](const QString&) { return QString(); });
    child<QPushButton>(page, "exportCsv")->click();
}

TEST_CASE("the journal folder moves into another folder by copying, and says so", "[history-ui]")
{
    TestApp app;
    fillJournal(app);
    auto window = app.makeWindow();
    showActive(*window);
    HistoryPage* page = openHistory(*window);
    const QString old = app.journal.folder();
    const QString synced = app.dir.filePath(QStringLiteral("Sync/Knead"));
    page->setFolderChooser([&](const QString& current) {
        CHECK(current == old);
        return synced;
    });
    child<QPushButton>(page, "changeJournalFolder")->click();
    CHECK(app.journal.folder() == synced);
    CHECK(app.settings.journalFolder() == synced);
    CHECK(window->banner()->message().contains(QStringLiteral("1 file(s) copied")));
    CHECK(window->banner()->message().contains(QStringLiteral("The old files are still in")));
    CHECK(QFile::exists(old + QStringLiteral("/test-device.jsonl")));
    CHECK(QFile::exists(synced + QStringLiteral("/test-device.jsonl")));
    CHECK(app.journal.entries().size() == 17);
    CHECK(labelText(page, "journalFolder").contains(synced));
    // Back to the default (TestApp's data folder is its temporary folder): the setting is empty again.
    page->moveJournalTo(old);
    CHECK(app.journal.folder() == old);
    CHECK(app.settings.journalFolder().isEmpty());
    CHECK(app.journal.entries().size() == 17);
}

TEST_CASE("the home page suggests what worked for the regions picked", "[history-ui]")
{
    TestApp app;
    for (int i = 0; i < 5; ++i)
        REQUIRE(app.journal
                    .upsert(session(app, kNeckRoutine, kNow.addDays(-10 + i), {{QStringLiteral("neck"), 6}},
                        {{QStringLiteral("neck"), 3}}))
                    .isEmpty());
    auto window = app.makeWindow();
    showActive(*window);
    window->startUp();
    auto* suggestion = child<RoutineSuggestion>(window->homePage(), "routineSuggestion");
    CHECK_FALSE(suggestion->isVisible());
    window->homePage()->setSelectedRegions({QStringLiteral("neck")});
    REQUIRE(suggestion->isVisible());
    const QString name = app.loaded.content.routine(kNeckRoutine)->name;
    CHECK(suggestion->text()
        == QStringLiteral("In your sessions, %1 lowered your neck tension by a median 50 % (5 session(s)).").arg(name));
    CHECK(suggestion->routineId() == kNeckRoutine);
    child<QPushButton>(suggestion, "openSuggestion")->click();
    CHECK(window->currentPage() == MainWindow::Page::Preparation);
    window->openHome();
    window->homePage()->setSelectedRegions({QStringLiteral("feet")});
    CHECK_FALSE(suggestion->isVisible());
}

TEST_CASE("the chart is drawn in light and dark palettes and at twice the scale", "[history-ui]")
{
    TestApp app;
    fillJournal(app);
    auto window = app.makeWindow();
    showActive(*window);
    HistoryPage* page = openHistory(*window);
    TensionChart* chart = page->chart();
    chart->resize(640, 320);
    const auto count = [](const QImage& image, const QColor& colour) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                n += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                        + std::abs(c.blue() - colour.blue())
                    < 24;
            }
        }
        return n;
    };
    for (const QPalette& palette : {lightPalette(), darkPalette()}) {
        chart->setPalette(palette);
        for (const qreal scale : {1.0, 2.0}) {
            INFO((isDarkPalette(palette) ? "dark" : "light") << " at " << scale << "x");
            QImage image(chart->size() * scale, QImage::Format_ARGB32);
            image.setDevicePixelRatio(scale);
            image.fill(palette.color(QPalette::Window));
            chart->render(&image);
            // The "after" points in the accent, the median line and labels in the text colour.
            CHECK(count(image, palette.color(QPalette::Highlight)) > 14 * 10 * scale * scale);
            CHECK(count(image, palette.color(QPalette::WindowText)) > 200 * scale);
            if (!qEnvironmentVariableIsEmpty("KNEAD_SCREENSHOTS"))
                image.save(qEnvironmentVariable("KNEAD_SCREENSHOTS")
                    + QStringLiteral("/chart-%1-%2x.png")
                          .arg(isDarkPalette(palette) ? QStringLiteral("dark") : QStringLiteral("light"))
                          .arg(scale));
        }
    }
    chart->setPalette(QPalette());
}

// Not a check: pictures to look at. Run with
//   KNEAD_SCREENSHOTS=/tmp/history knead_ui_tests "[.screenshots-history]"
TEST_CASE("history screenshots in light and dark palettes", "[.screenshots-history]")
{
    const QString outDir = qEnvironmentVariable("KNEAD_SCREENSHOTS", QDir::tempPath());
    const QPalette original = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
        for (const QSize size : {QSize(1120, 760), QSize(560, 900)}) {
            TestApp app;
            fillJournal(app);
            auto window = app.makeWindow();
            window->resize(size);
            showActive(*window);
            HistoryPage* page = openHistory(*window);
            page->sessionList()->setCurrentIndex(page->sessionList()->model()->index(0, 0));
            child<QPushButton>(page, "deleteSession")->click();
            QApplication::processEvents();
            CHECK(window->grab().save(outDir
                + QStringLiteral("/history-%1-%2.png")
                      .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
                      .arg(size.width())));
        }
    }
    QApplication::setPalette(original);
}
