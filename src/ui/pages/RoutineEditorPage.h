// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"
#include "RoutineDocument.h"
#include "UserRoutines.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QBoxLayout;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace knead {

class LibraryModel;
class MotionGuideWidget;

// The routine editor: a routine's own fields, its steps in a list (reordered by drag or
// Alt+Up/Down, several deleted at once), and the selected step's fields, with the step's
// motion guide shown live on the body figure. Every edit is a command of the document's undo
// stack (Ctrl+Z, Ctrl+Shift+Z); every edit is checked by the content loader's own rules and
// each problem is shown under its field. Saving writes the routine into the person's own pack
// (or, with problems, keeps it as a draft); "Try it" starts the routine as it is on screen.
// The page holds no file format or rules of its own: RoutineDocument and UserRoutines do.
class RoutineEditorPage : public QWidget
{
    Q_OBJECT

public:
    enum class LeaveChoice { Save, Discard, Cancel };
    // Asked before unsaved changes would be lost: `name` of the routine, and whether Save
    // saves it as a routine (true) or only as a draft (false). A question box by default;
    // tests answer directly.
    using LeavePrompt = std::function<LeaveChoice(const QString& name, bool canSave)>;
    // Asked for a file or folder to import from or export to; empty: cancelled.
    enum class PathRequest { ImportFile, ImportFolder, ExportFolder };
    using PathChooser = std::function<QString(PathRequest request)>;

    RoutineEditorPage(
        const Content& content, const QString& packsFolder, const QString& draftsFolder, QWidget* parent = nullptr);
    ~RoutineEditorPage() override;

    // Each asks first when the routine on screen has unsaved changes; false when the person
    // keeps it (or there is no such routine).
    bool newRoutine();
    // A routine of the person's own is edited in place (its draft, if it has one); any other
    // is copied first.
    bool editRoutine(const QString& routineId);
    bool duplicateRoutine(const QString& routineId);
    bool openDraft(const QString& routineId);

    RoutineDocument* document() const { return m_doc; }
    UserRoutines& routines() { return m_routines; }
    QString routineId() const { return m_doc->id(); }
    bool hasUnsavedChanges() const { return m_doc->hasUnsavedChanges(); }
    // Before the page is left: asks about unsaved changes; true when it may be left.
    bool confirmLeave();
    void setLeavePrompt(LeavePrompt prompt) { m_leavePrompt = std::move(prompt); }
    void setPathChooser(PathChooser chooser) { m_pathChooser = std::move(chooser); }

    // Saves into the person's pack, or as a draft when the routine has errors.
    bool save();
    bool saveDraft();
    // Deletes the person's own routine (and its draft); undoDelete() puts it back.
    bool deleteRoutine();
    bool undoDelete();
    UserRoutines::ImportResult importFrom(const QString& path);
    UserRoutines::Outcome exportRoutineTo(const QString& folder);
    UserRoutines::Outcome exportAllTo(const QString& folder);

    // The content was loaded again: technique and region choices, the own routines menu.
    void contentChanged();
    // The line of feedback under the title: saved, imported, what went wrong.
    QString message() const;
    QListView* stepList() const { return m_steps; }

Q_SIGNALS:
    // Files of the person's packs changed: the window loads the content again.
    void packsChanged();
    // Start the routine as it is on screen.
    void tryRequested(const knead::Routine& routine);
    // The routine was deleted; the window offers undo and leaves the page.
    void routineDeleted(const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void buildHeader(QBoxLayout* layout);
    QWidget* buildRoutineColumn(QWidget* parent);
    QWidget* buildStepsColumn(QWidget* parent);
    QWidget* buildStepColumn(QWidget* parent);
    QLabel* addProblemLabel(QBoxLayout* layout, QWidget* parent, const QString& key, bool step);
    void routeUndoKeys();

    void openDocument(const Routine& routine, RoutineDocument::Origin origin, bool safetyFromRedFlags, bool neverSaved,
        const QString& imageRoot);
    void refresh();
    void refreshHeader();
    void refreshRoutineFields();
    void refreshProblems();
    void refreshStep();
    void refreshPreview();
    void refreshOpenMenu();
    void showMessage(const QString& text, const QStringList& details = {});

    int currentRow() const;
    QList<int> selectedRows() const;
    void selectRow(int row);
    void addStep();
    void removeSelectedSteps();
    void moveCurrent(int delta);
    void chooseTechnique(const QString& id);
    void chooseSide(int code);
    void choosePattern();
    void importDialog(PathRequest request);
    void exportDialog(bool all);

    const Content& m_content;
    UserRoutines m_routines;
    RoutineDocument* m_doc = nullptr;
    bool m_neverSaved = true; // not yet a file of the person's pack
    QString m_imageRoot; // where the routine's step images come from
    bool m_updating = false; // fields are being filled from the document
    std::optional<UserRoutines::Removed> m_removed;
    LeavePrompt m_leavePrompt;
    PathChooser m_pathChooser;

    // Header
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_messageDetails = nullptr;
    QToolButton* m_undoButton = nullptr;
    QToolButton* m_redoButton = nullptr;
    QToolButton* m_openButton = nullptr;
    QMenu* m_openMenu = nullptr;
    QToolButton* m_moreButton = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_exportAction = nullptr;
    QPushButton* m_try = nullptr;
    QPushButton* m_save = nullptr;

    // The routine's fields
    QBoxLayout* m_columns = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_summary = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QListWidget* m_regions = nullptr;
    QPlainTextEdit* m_preparation = nullptr;
    QPlainTextEdit* m_safety = nullptr;
    QPushButton* m_fillSafety = nullptr;
    QLabel* m_safetyHint = nullptr;

    // Steps
    QListView* m_steps = nullptr;
    QLabel* m_total = nullptr;
    QPushButton* m_addStep = nullptr;
    QPushButton* m_duplicateStep = nullptr;
    QPushButton* m_removeSteps = nullptr;
    QPushButton* m_moveUp = nullptr;
    QPushButton* m_moveDown = nullptr;

    // The selected step
    QWidget* m_stepEditor = nullptr;
    QLabel* m_stepHeading = nullptr;
    QLabel* m_technique = nullptr;
    QLineEdit* m_techniqueSearch = nullptr;
    QListView* m_techniqueList = nullptr;
    LibraryModel* m_techniques = nullptr;
    QLineEdit* m_stepTitle = nullptr;
    QPlainTextEdit* m_instruction = nullptr;
    QCheckBox* m_timed = nullptr;
    QSpinBox* m_duration = nullptr;
    QComboBox* m_side = nullptr;
    QLabel* m_linked = nullptr;
    QPushButton* m_unlink = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_pressure = nullptr;
    QListWidget* m_tools = nullptr;
    QSpinBox* m_rest = nullptr;
    QComboBox* m_pattern = nullptr;
    QDoubleSpinBox* m_period = nullptr;
    QPushButton* m_usualMotion = nullptr;
    MotionGuideWidget* m_preview = nullptr;
    QTimer m_demonstration;
    QPlainTextEdit* m_cues = nullptr;
    QLabel* m_cueFormat = nullptr;

    QHash<QString, QLabel*> m_routineProblems; // by field
    QHash<QString, QLabel*> m_stepProblems; // by step field
    QHash<QString, QWidget*> m_fieldWidgets; // "name", "step.title"…: where a problem is told
};

} // namespace knead
