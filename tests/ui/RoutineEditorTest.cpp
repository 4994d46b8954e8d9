// SPDX-License-Identifier: MIT
// The routine editor as a person uses it: a six-step routine with a both-sides step made with
// the keyboard alone, undo and redo, saving, finding it again after the content is loaded
// anew (as at the next start), trying it, exporting it and checking the export with the
// loader; the question before unsaved changes are lost; copies of bundled routines; deleting
// with undo.
#include "Banner.h"
#include "LibraryPage.h"
#include "PreparationPage.h"
#include "RoutineEditorPage.h"
#include "SessionEngine.h"
#include "UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace knead;
using namespace knead::test;
using LeaveChoice = RoutineEditorPage::LeaveChoice;

namespace {

QWidget* focus()
{
    QWidget* w = QApplication::focusWidget();
    REQUIRE(w);
    return w;
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focus(), Qt::Key(key), modifiers);
}

void type(const QString& text)
{
    QTest::keyClicks(focus(), text);
}

// Tab, as often as it takes, to the control (it must be in the Tab chain).
void tabTo(QWidget* target)
{
    REQUIRE(target);
    for (int i = 0; i < 120 && QApplication::focusWidget() != target; ++i)
        press(Qt::Key_Tab);
    INFO("Tab never reached " << target->objectName().toStdString());
    REQUIRE(QApplication::focusWidget() == target);
}

template<typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

std::unique_ptr<MainWindow> startWindow(TestApp& app)
{
    auto window = app.makeWindow();
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    window->startUp();
    return window;
}

// Records the URLs Knead asks the desktop to open.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QStringList opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened.append(url.toLocalFile()); }
};

// Adds a step (Alt+A, the button's mnemonic) and picks its technique by typing in the search.
void addStep(RoutineEditorPage* page, const QString& search)
{
    const int before = page->document()->stepCount();
    press(Qt::Key_A, Qt::AltModifier);
    // A mnemonic clicks its button the way a mouse would, a moment later.
    REQUIRE(QTest::qWaitFor([&] { return page->document()->stepCount() == before + 1; }));
    REQUIRE(focus()->objectName() == QStringLiteral("techniqueSearch"));
    type(search);
    press(Qt::Key_Return);
}

} // namespace

TEST_CASE("a six-step routine with a both-sides step, made with the keyboard alone", "[editor][keyboard]")
{
    TestApp app;
    app.settings.setLeadInSeconds(0);
    auto window = startWindow(app);

    // Ctrl+N, from anywhere: a new routine, the cursor in its name.
    press(Qt::Key_N, Qt::ControlModifier);
    REQUIRE(window->currentPage() == MainWindow::Page::Editor);
    RoutineEditorPage* page = window->routineEditorPage();
    RoutineDocument* doc = page->document();
    REQUIRE(focus() == child<QLineEdit>(page, "routineName"));
    type(QStringLiteral("Legs after a run"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Six steps for tired calves."));
    // The body regions: type to find one, Space ticks it.
    tabTo(child<QListWidget>(page, "routineRegions"));
    type(QStringLiteral("Calves"));
    press(Qt::Key_Space);
    CHECK(doc->routine().regions == QStringList {QStringLiteral("calves")});
    CHECK(doc->hasUnsavedChanges());

    addStep(page, QStringLiteral("effleurage"));
    CHECK(doc->step(0).technique == QStringLiteral("effleurage"));
    CHECK(doc->step(0).region == QStringLiteral("calves"));
    addStep(page, QStringLiteral("petri"));
    CHECK(doc->step(1).technique == QStringLiteral("petrissage"));
    addStep(page, QStringLiteral("trigger"));
    CHECK(doc->step(2).technique == QStringLiteral("trigger-point"));
    // Both sides: the last side choice makes the step a right step and adds its mirror.
    tabTo(child<QComboBox>(page, "stepSide"));
    press(Qt::Key_End);
    REQUIRE(doc->stepCount() == 4);
    CHECK(doc->step(2).side == Side::Right);
    CHECK(doc->step(3).side == Side::Left);
    CHECK(doc->partnerOf(2) == 3);
    CHECK(doc->step(3).title
        == QStringLiteral("Left side: ") + app.loaded.content.technique(QStringLiteral("trigger-point"))->name);
    // Linked: a shorter hold on the right is a shorter hold on the left.
    tabTo(child<QSpinBox>(page, "stepDuration"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("30"));
    CHECK(doc->step(2).durationSeconds == 30);
    CHECK(doc->step(3).durationSeconds == 30);
    // Undo and redo while the cursor is still in the field.
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(doc->step(3).durationSeconds == 60);
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(doc->step(3).durationSeconds == 30);

    addStep(page, QStringLiteral("effl"));
    CHECK(doc->stepCount() == 5);
    CHECK(doc->step(4).technique == QStringLiteral("effleurage")); // after the pair, not between
    addStep(page, QStringLiteral("effl"));
    tabTo(child<QLineEdit>(page, "stepTitle"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("Settle both legs"));
    REQUIRE(doc->stepCount() == 6);
    CHECK(doc->step(5).title == QStringLiteral("Settle both legs"));
    CHECK(doc->errorCount() == 0);
    const QString total = child<QLabel>(page, "routineTotal")->text();
    CHECK(total == QStringLiteral("Total time %1").arg(formatClock(doc->routine().totalSeconds())));
    CHECK(doc->routine().totalSeconds() == 60 + 60 + 30 + 30 + 60 + 60);
    // Safety from the red flags of the techniques, for the calves: the clot warning is there.
    CHECK(doc->safetyFromRedFlags());
    CHECK(doc->routine().safety.contains(QStringLiteral("clot")));

    // Undo three edits (the title, the added step, the technique of the step before) and redo them.
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(doc->stepCount() == 5);
    CHECK(doc->step(4).technique == QStringLiteral("trigger-point"));
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(doc->stepCount() == 6);
    CHECK(doc->step(5).title == QStringLiteral("Settle both legs"));

    // The step list: a real list, each row read out; Alt+Up moves a step, Ctrl+Z moves it back.
    QListView* steps = page->stepList();
    tabTo(steps);
    press(Qt::Key_End);
    CHECK(steps->model()
              ->index(2, 0)
              .data(Qt::AccessibleTextRole)
              .toString()
              .startsWith(QStringLiteral("Step 3 of 6: Right side: ")));
    CHECK(steps->currentIndex().row() == 5);
    press(Qt::Key_Up, Qt::AltModifier);
    CHECK(doc->step(4).title == QStringLiteral("Settle both legs"));
    CHECK(steps->currentIndex().row() == 4);
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(doc->step(5).title == QStringLiteral("Settle both legs"));

    // Save (Ctrl+S): a file of the person's own pack, and the content loads again with it.
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(doc->hasUnsavedChanges());
    const QString id = QStringLiteral("legs-after-a-run");
    CHECK(doc->id() == id);
    const QString file = app.packsFolder() + QStringLiteral("/my-routines/routines/legs-after-a-run.json");
    REQUIRE(QFileInfo::exists(file));
    app.store.waitForLoad();
    REQUIRE(app.store.content().routine(id));
    CHECK(app.store.content().routine(id)->steps.size() == 6);
    CHECK(app.store.diagnostics().isEmpty());

    // Try it: the routine as it is, in the player.
    press(Qt::Key_Y, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return window->currentPage() == MainWindow::Page::Player; }));
    REQUIRE(window->session());
    CHECK(window->session()->routine().id == id);
    CHECK(window->session()->stepCount() == 6);
    window->stopSession();

    // As after a restart: the packs loaded afresh hold it, and the editor finds the pair again.
    const LoadResult restarted = ContentLoader::load(app.packs());
    CHECK(restarted.diagnostics.isEmpty());
    REQUIRE(restarted.content.routine(id));
    CHECK(restarted.content.routine(id)->name == QStringLiteral("Legs after a run"));
    window.reset();
    window = startWindow(app);
    window->openLibrary();
    window->libraryPage()->focusSearch();
    type(QStringLiteral("legs after a run"));
    press(Qt::Key_Return);
    REQUIRE(window->currentPage() == MainWindow::Page::Preparation);
    QPushButton* edit = child<QPushButton>(window->preparationPage(), "editRoutine");
    REQUIRE(edit->isVisible());
    edit->setFocus();
    press(Qt::Key_Space);
    REQUIRE(window->currentPage() == MainWindow::Page::Editor);
    page = window->routineEditorPage();
    CHECK(page->document()->origin() == RoutineDocument::Origin::Own);
    CHECK(page->document()->partnerOf(2) == 3);
    CHECK_FALSE(page->hasUnsavedChanges());

    // Export, and check the export with the loader: no problem at all.
    QTemporaryDir out;
    page->setPathChooser([&](RoutineEditorPage::PathRequest) { return out.path(); });
    const UserRoutines::Outcome exported = page->exportRoutineTo(out.path());
    REQUIRE(exported.ok());
    const LoadResult check = ContentLoader::load({{sourcePath(QStringLiteral("content")), QStringLiteral("content")},
        {exported.path, QStringLiteral("export")}});
    INFO(dump(check.diagnostics).toStdString());
    CHECK(check.diagnostics.isEmpty());
    CHECK(check.content.routine(id));
}

TEST_CASE("leaving the editor with unsaved changes asks first", "[editor][leave]")
{
    TestApp app;
    auto window = startWindow(app);
    window->newRoutine();
    RoutineEditorPage* page = window->routineEditorPage();
    QStringList asked;
    LeaveChoice answer = LeaveChoice::Cancel;
    page->setLeavePrompt([&](const QString& name, bool canSave) {
        asked.append(name + (canSave ? QStringLiteral(" (can save)") : QStringLiteral(" (draft only)")));
        return answer;
    });
    // Nothing typed: nothing to ask.
    window->openHome();
    CHECK(asked.isEmpty());
    CHECK(window->currentPage() == MainWindow::Page::Home);

    window->newRoutine();
    page->document()->setText(RoutineDocument::Field::Name, QStringLiteral("Half an idea"));
    SECTION("keep editing")
    {
        window->openLibrary();
        CHECK(asked == QStringList {QStringLiteral("Half an idea (draft only)")});
        CHECK(window->currentPage() == MainWindow::Page::Editor);
        window->goBack();
        CHECK(asked.size() == 2);
        CHECK(window->currentPage() == MainWindow::Page::Editor);
        // Quitting asks too, and stays.
        CHECK_FALSE(window->close());
        CHECK(asked.size() == 3);
        CHECK(page->document()->routine().name == QStringLiteral("Half an idea"));
    }
    SECTION("discard")
    {
        answer = LeaveChoice::Discard;
        window->goBack();
        CHECK(asked.size() == 1);
        CHECK(window->currentPage() == MainWindow::Page::Home);
        CHECK_FALSE(page->hasUnsavedChanges());
        CHECK(page->routines().drafts().isEmpty());
    }
    SECTION("save, as a draft while it has problems, outside the packs")
    {
        answer = LeaveChoice::Save;
        window->openHome();
        CHECK(window->currentPage() == MainWindow::Page::Home);
        const QList<UserRoutines::Draft> drafts = page->routines().drafts();
        REQUIRE(drafts.size() == 1);
        CHECK(drafts.first().routine.name == QStringLiteral("Half an idea"));
        CHECK(QFileInfo::exists(app.dir.filePath(QStringLiteral("routine-drafts/half-an-idea.json"))));
        CHECK_FALSE(QFileInfo::exists(app.packsFolder() + QStringLiteral("/my-routines")));
        // The draft opens again as it was left, and cannot be tried.
        REQUIRE(page->openDraft(QStringLiteral("half-an-idea")));
        CHECK(page->document()->routine().name == QStringLiteral("Half an idea"));
        CHECK_FALSE(child<QPushButton>(page, "tryRoutine")->isEnabled());
        CHECK(child<QPushButton>(page, "saveRoutine")->text() == QStringLiteral("Save as &draft"));
        CHECK(child<QLabel>(page, "routineProblem-steps")->isVisibleTo(page));
    }
}

TEST_CASE("problems are shown next to their fields, in plain words", "[editor]")
{
    TestApp app;
    auto window = startWindow(app);
    window->newRoutine();
    RoutineEditorPage* page = window->routineEditorPage();
    RoutineDocument* doc = page->document();
    QLabel* nameProblem = child<QLabel>(page, "routineProblem-name");
    CHECK(nameProblem->isVisibleTo(page));
    CHECK(nameProblem->text() == QStringLiteral("Must not be empty."));
    CHECK(child<QLineEdit>(page, "routineName")->accessibleDescription() == QStringLiteral("Must not be empty."));
    doc->setText(RoutineDocument::Field::Name, QStringLiteral("Neck"));
    CHECK_FALSE(nameProblem->isVisibleTo(page));
    doc->insertStep(0, doc->newStep(QStringLiteral("scalp-massage")));
    page->stepList()->setCurrentIndex(doc->index(0));
    doc->setStepText(0, RoutineDocument::StepField::Instruction, QString(1200, QLatin1Char('x')));
    QLabel* instructionProblem = child<QLabel>(page, "stepProblem-instruction");
    CHECK(instructionProblem->isVisibleTo(page));
    CHECK(instructionProblem->text()
        == QStringLiteral("Is 1200 characters long; at most 1000 are allowed here (200 too many)."));
    // Cue lines the editor cannot read are told where they are typed.
    auto* cues = child<QPlainTextEdit>(page, "stepCues");
    cues->setPlainText(QStringLiteral("20 Breathe out.\nslowly now"));
    CHECK(doc->step(0).cues.size() == 1);
    CHECK(child<QLabel>(page, "stepProblem-cues")->text().contains(QStringLiteral("Line 2 is not used")));
    // Pressure offers only the technique's range.
    auto* pressure = child<QComboBox>(page, "stepPressure");
    QStringList levels;
    for (int i = 0; i < pressure->count(); ++i)
        levels.append(pressure->itemData(i).toString());
    CHECK(levels == QStringList {QStringLiteral("light"), QStringLiteral("medium")});
}

TEST_CASE("bundled routines are copied and never changed, own ones are deleted with undo", "[editor]")
{
    TestApp app;
    auto window = startWindow(app);
    const QString bundledId = QStringLiteral("neck-micro-break");
    const Routine original = *app.store.content().routine(bundledId);
    window->openPreparation(bundledId);
    QPushButton* duplicate = child<QPushButton>(window->preparationPage(), "duplicateRoutine");
    CHECK_FALSE(child<QPushButton>(window->preparationPage(), "editRoutine")->isVisible());
    duplicate->click();
    REQUIRE(window->currentPage() == MainWindow::Page::Editor);
    RoutineEditorPage* page = window->routineEditorPage();
    CHECK(page->document()->id() == QStringLiteral("my-neck-micro-break"));
    CHECK(page->document()->routine().name == original.name + QStringLiteral(" (my copy)"));
    CHECK(page->hasUnsavedChanges()); // a copy is kept only when saved
    page->document()->setStepDuration(0, 40);
    REQUIRE(page->save());
    app.store.waitForLoad();
    CHECK(app.store.content().routine(bundledId)->steps.first().durationSeconds
        == original.steps.first().durationSeconds);
    REQUIRE(app.store.content().routine(QStringLiteral("my-neck-micro-break")));
    CHECK(app.store.content().routine(QStringLiteral("my-neck-micro-break"))->steps.first().durationSeconds == 40);

    // Deleting one's own routine: gone from the content, and back with the banner's Undo.
    REQUIRE(page->deleteRoutine());
    app.store.waitForLoad();
    CHECK_FALSE(app.store.content().routine(QStringLiteral("my-neck-micro-break")));
    REQUIRE(window->banner()->isVisible());
    CHECK(window->banner()->message().contains(QStringLiteral("Deleted")));
    child<QPushButton>(window.get(), "undoDeleteRoutine")->click();
    app.store.waitForLoad();
    CHECK(app.store.content().routine(QStringLiteral("my-neck-micro-break")));
    // Edit, from the library's menu of a routine, opens one's own in place.
    window->openLibrary();
    window->libraryPage()->focusSearch();
    type(QStringLiteral("my copy"));
    press(Qt::Key_Down); // from the search field to the best match
    QAction* edit = child<QAction>(window->libraryPage(), "editRoutine");
    CHECK(edit->isVisible());
    edit->trigger();
    REQUIRE(window->currentPage() == MainWindow::Page::Editor);
    CHECK(page->document()->origin() == RoutineDocument::Origin::Own);
    CHECK(page->document()->id() == QStringLiteral("my-neck-micro-break"));
}

TEST_CASE("importing shows the loader's messages, and what came in", "[editor]")
{
    TestApp app;
    auto window = startWindow(app);
    window->newRoutine();
    RoutineEditorPage* page = window->routineEditorPage();
    QTemporaryDir in;
    const QString broken = in.filePath(QStringLiteral("neck.json"));
    writeFile(broken, "{\n  \"id\": \"neck\",\n  \"name\": “Neck”\n}\n");
    CHECK_FALSE(page->importFrom(broken).ok());
    CHECK(page->message() == QStringLiteral("“neck.json” was not imported: it has 1 problem(s)."));
    CHECK(child<QLabel>(page, "editorMessageDetails")
              ->text()
              .contains(QStringLiteral("neck.json:3:11: error: -: curly quotes")));
    const UserRoutines::ImportResult ok
        = page->importFrom(sourcePath(QStringLiteral("content/routines/neck-micro-break.json")));
    REQUIRE(ok.ok());
    CHECK(page->message().contains(QStringLiteral("neck-micro-break-2")));
    app.store.waitForLoad();
    CHECK(app.store.content().routine(QStringLiteral("neck-micro-break-2")));
}

TEST_CASE("where is my data: the pack folder, shown and opened", "[editor][window]")
{
    TestApp app;
    auto window = startWindow(app);
    // A handler for file URLs stands in for the desktop's file manager.
    UrlRecorder opener;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &opener, "open");
    QString shown;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        shown = dialog->findChild<QLabel*>(QStringLiteral("dataLocationText"))->text();
        dialog->findChild<QPushButton*>(QStringLiteral("openPackFolder"))->click();
        dialog->reject();
    });
    child<QAction>(window.get(), "whereIsMyData")->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    CHECK(shown.contains(QDir::toNativeSeparators(app.packsFolder())));
    CHECK(shown.contains(QStringLiteral("XDG_DATA_HOME")));
    CHECK(opener.opened == QStringList {app.packsFolder()});
    CHECK(QFileInfo(app.packsFolder()).isDir());
}

#include "RoutineEditorTest.moc"
