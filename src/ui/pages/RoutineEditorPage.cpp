// SPDX-License-Identifier: MIT
#include "RoutineEditorPage.h"

#include "Controls.h"
#include "LibraryModel.h"
#include "MotionGuideWidget.h"
#include "Palette.h"
#include "PlainText.h"
#include "Typography.h"

#include <QAction>
#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>

namespace knead {

namespace {

// The id a new routine has until its first save gives it one from its name.
const QString kNewId = QStringLiteral("new-routine");

// The side choices, in the order of the combo box.
enum SideChoice { NoSide, LeftSide, RightSide, BothAtOnce, BothOneAfterTheOther };

int sideChoice(Side side)
{
    switch (side) {
    case Side::None:
        return NoSide;
    case Side::Left:
        return LeftSide;
    case Side::Right:
        return RightSide;
    case Side::Both:
        return BothAtOnce;
    }
    return NoSide;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// A drag of several steps is one undo step, not one per row.
class StepListView : public QListView
{
public:
    using QListView::QListView;
    QUndoStack* undo = nullptr;

protected:
    void dropEvent(QDropEvent* event) override
    {
        if (undo)
            undo->beginMacro(RoutineEditorPage::tr("Move steps"));
        QListView::dropEvent(event);
        if (undo)
            undo->endMacro();
    }
};

void setTextIfDifferent(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setTextIfDifferent(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

QPlainTextEdit* makeTextBox(QWidget* parent, const char* objectName, const QString& accessibleName, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    // Tab moves on to the next field: the keyboard must be able to leave a text box.
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * kUnit);
    return edit;
}

QLineEdit* makeLineEdit(QWidget* parent, const char* objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    return edit;
}

QListWidget* makeCheckList(QWidget* parent, const char* objectName, const QString& accessibleName, int rows)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QString::fromLatin1(objectName));
    list->setAccessibleName(accessibleName);
    list->setFixedHeight(list->fontMetrics().lineSpacing() * rows + 2 * kUnit);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    return list;
}

QComboBox* makeCombo(QWidget* parent, const char* objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->setAccessibleName(accessibleName);
    return combo;
}

// Spin boxes pass focus to their line edit, which is what a screen reader announces.
template<typename SpinBox> SpinBox* makeSpin(QWidget* parent, const char* objectName, const QString& accessibleName)
{
    auto* spin = new SpinBox(parent);
    spin->setObjectName(QString::fromLatin1(objectName));
    spin->setAccessibleName(accessibleName);
    if (auto* edit = spin->template findChild<QLineEdit*>())
        edit->setAccessibleName(accessibleName);
    spin->setKeyboardTracking(true);
    return spin;
}

QStringList checkedIds(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out.append(list->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

void setChecked(QListWidget* list, const QStringList& ids)
{
    const QSignalBlocker blocker(list);
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(
            ids.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

} // namespace

RoutineEditorPage::RoutineEditorPage(
    const Content& content, const QString& packsFolder, const QString& draftsFolder, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_routines(packsFolder, draftsFolder)
{
    setObjectName(QStringLiteral("routineEditorPage"));
    m_doc = new RoutineDocument(content, this);
    m_doc->setPackRoot(m_routines.packRoot());

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(3 * kUnit, 2 * kUnit, 3 * kUnit, 2 * kUnit);
    outer->setSpacing(kUnit);
    buildHeader(outer);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("editorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* body = new QWidget(scroll);
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight, body);
    m_columns->setContentsMargins(0, 0, 0, 0);
    m_columns->setSpacing(3 * kUnit);
    m_columns->addWidget(buildRoutineColumn(body), 3);
    setFocusProxy(m_name); // coming to the page puts the cursor in the routine's name
    m_columns->addWidget(buildStepsColumn(body), 3);
    m_columns->addWidget(buildStepColumn(body), 4);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    m_demonstration.setSingleShot(true);
    m_demonstration.setInterval(int(MotionGuideWidget::kHoverDemonstrationMs));
    connect(&m_demonstration, &QTimer::timeout, this, [this] { m_preview->setPlayback(0, false); });

    connect(m_doc, &RoutineDocument::changed, this, &RoutineEditorPage::refresh);
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_doc->breakMerge();
        refreshStep();
        refreshHeader();
    });
    connect(m_steps->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoutineEditorPage::refreshHeader);
    routeUndoKeys();

    Routine blank;
    blank.id = kNewId;
    openDocument(blank, RoutineDocument::Origin::New, true, true, {});
}

RoutineEditorPage::~RoutineEditorPage()
{
    // The document and its undo stack go before the widgets that listen to them.
    m_doc->disconnect(this);
    m_doc->undoStack()->disconnect(this);
    m_steps->setModel(nullptr);
    delete m_doc;
}

void RoutineEditorPage::buildHeader(QBoxLayout* layout)
{
    auto* row = new QHBoxLayout;
    row->setSpacing(kUnit);
    m_title = makeLabel(QString(), TextStyle::Title, this, "editorTitle");
    row->addWidget(m_title, 1);

    QUndoStack* stack = m_doc->undoStack();
    QAction* undo = stack->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("editorUndo"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    undo->setIcon(icon(Icon::Undo));
    addAction(undo);
    QAction* redo = stack->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("editorRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redo->setIcon(icon(Icon::Redo));
    addAction(redo);
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setDefaultAction(undo);
    m_undoButton->setAccessibleName(tr("Undo"));
    m_undoButton->setToolTip(tr("Undo (Ctrl+Z)"));
    m_redoButton = new QToolButton(this);
    m_redoButton->setObjectName(QStringLiteral("redoButton"));
    m_redoButton->setDefaultAction(redo);
    m_redoButton->setAccessibleName(tr("Redo"));
    m_redoButton->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    for (QToolButton* b : {m_undoButton, m_redoButton})
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    connect(stack, &QUndoStack::indexChanged, this, [this] {
        // The actions' texts name what they undo; the buttons keep their short tooltips.
        m_undoButton->setToolTip(
            tr("%1 (Ctrl+Z)")
                .arg(m_doc->undoStack()->canUndo() ? tr("Undo: %1").arg(m_doc->undoStack()->undoText()) : tr("Undo")));
        m_redoButton->setToolTip(
            tr("%1 (Ctrl+Shift+Z)")
                .arg(m_doc->undoStack()->canRedo() ? tr("Redo: %1").arg(m_doc->undoStack()->redoText()) : tr("Redo")));
    });
    row->addWidget(m_undoButton);
    row->addWidget(m_redoButton);

    m_openButton = new QToolButton(this);
    m_openButton->setObjectName(QStringLiteral("openOwnRoutine"));
    m_openButton->setText(tr("Your routines"));
    m_openButton->setAccessibleName(tr("Open one of your routines or drafts"));
    m_openButton->setToolTip(tr("Open one of your routines or drafts"));
    m_openButton->setIcon(icon(Icon::Open));
    m_openButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_openButton->setPopupMode(QToolButton::InstantPopup);
    m_openMenu = new QMenu(m_openButton);
    m_openButton->setMenu(m_openMenu);
    connect(m_openMenu, &QMenu::aboutToShow, this, &RoutineEditorPage::refreshOpenMenu);
    row->addWidget(m_openButton);

    m_moreButton = new QToolButton(this);
    m_moreButton->setObjectName(QStringLiteral("editorMore"));
    m_moreButton->setText(tr("More"));
    m_moreButton->setAccessibleName(tr("More: new, import, export, delete"));
    m_moreButton->setToolTip(tr("New, import, export, delete"));
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    auto* more = new QMenu(m_moreButton);
    more->addAction(icon(Icon::Add), tr("New routine"), this, [this] { newRoutine(); });
    more->addAction(icon(Icon::Copy), tr("Duplicate this routine"), this, [this] {
        if (m_neverSaved)
            return;
        duplicateRoutine(m_doc->id());
    });
    more->addSeparator();
    more->addAction(
        icon(Icon::Import), tr("Import a routine file…"), this, [this] { importDialog(PathRequest::ImportFile); });
    more->addAction(
        icon(Icon::Import), tr("Import a pack folder…"), this, [this] { importDialog(PathRequest::ImportFolder); });
    m_exportAction
        = more->addAction(icon(Icon::Export), tr("Export this routine…"), this, [this] { exportDialog(false); });
    more->addAction(icon(Icon::Export), tr("Export all your routines…"), this, [this] { exportDialog(true); });
    more->addSeparator();
    m_deleteAction = more->addAction(icon(Icon::Remove), tr("Delete this routine"), this, [this] { deleteRoutine(); });
    m_deleteAction->setObjectName(QStringLiteral("deleteRoutine"));
    m_moreButton->setMenu(more);
    row->addWidget(m_moreButton);

    m_try = makeButton(tr("Tr&y it"), Icon::Play, this, "tryRoutine", tr("Try this routine now"));
    connect(m_try, &QPushButton::clicked, this, [this] {
        if (m_doc->checkedRoutine())
            Q_EMIT tryRequested(*m_doc->checkedRoutine());
    });
    row->addWidget(m_try);
    m_save = new QPushButton(icon(Icon::Export), tr("Sa&ve"), this);
    m_save->setObjectName(QStringLiteral("saveRoutine"));
    makePrimary(m_save);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    row->addWidget(m_save);
    auto* saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, [this] { save(); });
    addAction(saveAction);
    layout->addLayout(row);

    m_status = makeLabel(QString(), TextStyle::Caption, this, "editorStatus");
    layout->addWidget(m_status);
    m_message = makeLabel(QString(), TextStyle::Body, this, "editorMessage");
    m_message->hide();
    layout->addWidget(m_message);
    m_messageDetails = makeLabel(QString(), TextStyle::Caption, this, "editorMessageDetails");
    m_messageDetails->hide();
    layout->addWidget(m_messageDetails);
}

QLabel* RoutineEditorPage::addProblemLabel(QBoxLayout* layout, QWidget* parent, const QString& key, bool step)
{
    QLabel* label = makeLabel(QString(), TextStyle::Caption, parent);
    label->setObjectName((step ? QStringLiteral("stepProblem-") : QStringLiteral("routineProblem-"))
        + (key.isEmpty() ? QStringLiteral("all") : key));
    label->setForegroundRole(QPalette::WindowText);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, cautionColor(pal));
    label->setPalette(pal);
    label->hide();
    layout->addWidget(label);
    (step ? m_stepProblems : m_routineProblems).insert(key, label);
    return label;
}

QWidget* RoutineEditorPage::buildRoutineColumn(QWidget* parent)
{
    auto* column = new QWidget(parent);
    column->setObjectName(QStringLiteral("routineFields"));
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(kUnit / 2);
    const auto heading = [&](const QString& text, QWidget* buddy) {
        QLabel* label = makeLabel(text, TextStyle::Body, column);
        QFont f = label->font();
        f.setWeight(QFont::DemiBold);
        label->setFont(f);
        label->setBuddy(buddy);
        layout->addSpacing(kUnit / 2);
        layout->addWidget(label);
    };
    layout->addWidget(makeLabel(tr("The routine"), TextStyle::Heading, column));
    addProblemLabel(layout, column, QString(), false);

    m_name = makeLineEdit(column, "routineName", tr("Name"));
    m_name->setPlaceholderText(tr("A short name, e.g. Evening neck and shoulders"));
    heading(tr("Name"), m_name);
    layout->addWidget(m_name);
    addProblemLabel(layout, column, QStringLiteral("name"), false);
    connect(m_name, &QLineEdit::textEdited, this,
        [this](const QString& text) { m_doc->setText(RoutineDocument::Field::Name, text); });

    m_summary = makeLineEdit(column, "routineSummary", tr("Summary"));
    m_summary->setPlaceholderText(tr("One sentence: what it is for"));
    heading(tr("Summary"), m_summary);
    layout->addWidget(m_summary);
    addProblemLabel(layout, column, QStringLiteral("summary"), false);
    connect(m_summary, &QLineEdit::textEdited, this,
        [this](const QString& text) { m_doc->setText(RoutineDocument::Field::Summary, text); });

    m_description = makeTextBox(column, "routineDescription", tr("Description (optional)"), 3);
    heading(tr("Description (optional)"), m_description);
    layout->addWidget(m_description);
    addProblemLabel(layout, column, QStringLiteral("description"), false);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_doc->setText(RoutineDocument::Field::Description, m_description->toPlainText());
    });

    m_regions = makeCheckList(column, "routineRegions", tr("Body regions the routine works on"), 5);
    heading(tr("Body regions"), m_regions);
    layout->addWidget(m_regions);
    addProblemLabel(layout, column, QStringLiteral("regions"), false);
    connect(m_regions, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            m_doc->setRegions(checkedIds(m_regions));
    });

    m_preparation = makeTextBox(column, "routinePreparation", tr("Before you start, one item a line"), 3);
    heading(tr("Before you start (one item a line)"), m_preparation);
    layout->addWidget(m_preparation);
    addProblemLabel(layout, column, QStringLiteral("preparation"), false);
    connect(m_preparation, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_doc->setPreparation(itemsFromLines(m_preparation->toPlainText()));
    });

    m_safety = makeTextBox(column, "routineSafety", tr("Safety note"), 4);
    heading(tr("Safety note"), m_safety);
    layout->addWidget(m_safety);
    m_safetyHint = makeLabel(QString(), TextStyle::Caption, column, "safetyHint");
    layout->addWidget(m_safetyHint);
    addProblemLabel(layout, column, QStringLiteral("safety"), false);
    connect(m_safety, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_doc->setText(RoutineDocument::Field::Safety, m_safety->toPlainText());
    });
    m_fillSafety = makeButton(tr("Fill in from the red flags"), Icon::Undo, column, "fillSafety",
        tr("Fill in the safety note from the red flags of the techniques"));
    connect(m_fillSafety, &QPushButton::clicked, m_doc, &RoutineDocument::fillSafetyFromRedFlags);
    layout->addWidget(m_fillSafety, 0, Qt::AlignLeft);
    layout->addStretch(1);

    m_fieldWidgets = {{QStringLiteral("name"), m_name}, {QStringLiteral("summary"), m_summary},
        {QStringLiteral("description"), m_description}, {QStringLiteral("regions"), m_regions},
        {QStringLiteral("preparation"), m_preparation}, {QStringLiteral("safety"), m_safety}};
    return column;
}

QWidget* RoutineEditorPage::buildStepsColumn(QWidget* parent)
{
    auto* column = new QWidget(parent);
    column->setObjectName(QStringLiteral("stepsColumn"));
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(kUnit / 2);
    layout->addWidget(makeLabel(tr("Steps"), TextStyle::Heading, column));
    m_total = makeLabel(QString(), TextStyle::Caption, column, "routineTotal");
    layout->addWidget(m_total);

    auto* list = new StepListView(column);
    list->undo = m_doc->undoStack();
    m_steps = list;
    m_steps->setObjectName(QStringLiteral("editorSteps"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setAccessibleDescription(
        tr("Alt+Up and Alt+Down move the selected step; Delete removes the selected steps."));
    m_steps->setModel(m_doc);
    m_steps->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_steps->setDragDropMode(QAbstractItemView::InternalMove);
    m_steps->setDefaultDropAction(Qt::MoveAction);
    m_steps->setDropIndicatorShown(true);
    m_steps->setMinimumHeight(m_steps->fontMetrics().lineSpacing() * 16);
    m_steps->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_steps, 1);
    addProblemLabel(layout, column, QStringLiteral("steps"), false);
    m_fieldWidgets.insert(QStringLiteral("steps"), m_steps);

    const auto listAction = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, m_steps);
        a->setShortcut(key);
        // Only in the list: in a combo box Alt+Down opens it, in a text box Delete deletes text.
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_steps->addAction(a);
        return a;
    };
    listAction(tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrent(-1); });
    listAction(tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrent(1); });
    listAction(tr("Add a step after this one"), QKeySequence(Qt::Key_Insert), [this] { addStep(); });
    listAction(tr("Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { m_doc->duplicateSteps(selectedRows()); });
    listAction(tr("Delete"), QKeySequence(QKeySequence::Delete), [this] { removeSelectedSteps(); });

    auto* buttons = new FlowLayout(nullptr, kUnit / 2, kUnit / 2);
    m_addStep
        = makeButton(tr("&Add step"), Icon::Add, column, "addStep", tr("Add a step after the selected one (Insert)"));
    m_addStep->setToolTip(tr("Add a step after the selected one (Insert)"));
    connect(m_addStep, &QPushButton::clicked, this, &RoutineEditorPage::addStep);
    m_duplicateStep = makeButton(
        tr("Duplicate"), Icon::Copy, column, "duplicateSteps", tr("Duplicate the selected steps (Ctrl+D)"));
    m_duplicateStep->setToolTip(tr("Duplicate the selected steps (Ctrl+D)"));
    connect(m_duplicateStep, &QPushButton::clicked, this, [this] { m_doc->duplicateSteps(selectedRows()); });
    m_removeSteps
        = makeButton(tr("Delete"), Icon::Remove, column, "removeSteps", tr("Delete the selected steps (Delete)"));
    m_removeSteps->setToolTip(tr("Delete the selected steps (Delete); Ctrl+Z brings them back"));
    connect(m_removeSteps, &QPushButton::clicked, this, &RoutineEditorPage::removeSelectedSteps);
    m_moveUp = makeButton(tr("Move up"), Icon::Back, column, "moveStepUp", tr("Move the step up (Alt+Up)"));
    m_moveUp->setToolTip(tr("Move the step up (Alt+Up in the list)"));
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    m_moveDown
        = makeButton(tr("Move down"), Icon::Forward, column, "moveStepDown", tr("Move the step down (Alt+Down)"));
    m_moveDown->setToolTip(tr("Move the step down (Alt+Down in the list)"));
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    for (QWidget* w : {static_cast<QWidget*>(m_addStep), static_cast<QWidget*>(m_duplicateStep),
             static_cast<QWidget*>(m_removeSteps), static_cast<QWidget*>(m_moveUp), static_cast<QWidget*>(m_moveDown)})
        buttons->addWidget(w);
    layout->addLayout(buttons);
    return column;
}

QWidget* RoutineEditorPage::buildStepColumn(QWidget* parent)
{
    m_stepEditor = new QWidget(parent);
    m_stepEditor->setObjectName(QStringLiteral("stepEditor"));
    auto* layout = new QVBoxLayout(m_stepEditor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(kUnit / 2);
    QWidget* column = m_stepEditor;
    const auto heading = [&](const QString& text, QWidget* buddy) {
        QLabel* label = makeLabel(text, TextStyle::Body, column);
        QFont f = label->font();
        f.setWeight(QFont::DemiBold);
        label->setFont(f);
        label->setBuddy(buddy);
        layout->addSpacing(kUnit / 2);
        layout->addWidget(label);
        return label;
    };
    m_stepHeading = makeLabel(QString(), TextStyle::Heading, column, "stepHeading");
    layout->addWidget(m_stepHeading);
    addProblemLabel(layout, column, QString(), true);

    // Technique: the library's own search over techniques.
    m_techniqueSearch = makeLineEdit(column, "techniqueSearch", tr("Find a technique"));
    m_techniqueSearch->setPlaceholderText(tr("Type to find a technique; Enter picks it"));
    m_techniqueSearch->setAccessibleDescription(
        tr("Matches update as you type. Down arrow moves through them; Enter picks one."));
    m_techniqueSearch->setClearButtonEnabled(true);
    m_techniqueSearch->installEventFilter(this);
    heading(tr("Technique"), m_techniqueSearch);
    m_technique = makeLabel(QString(), TextStyle::Body, column, "stepTechnique");
    layout->addWidget(m_technique);
    layout->addWidget(m_techniqueSearch);
    m_techniques = new LibraryModel(m_content, nullptr, this);
    LibraryFilter onlyTechniques;
    onlyTechniques.kind = LibraryFilter::Kind::Techniques;
    m_techniques->setFilter(onlyTechniques);
    m_techniqueList = new QListView(column);
    m_techniqueList->setObjectName(QStringLiteral("techniqueChoices"));
    m_techniqueList->setAccessibleName(tr("Techniques"));
    m_techniqueList->setModel(m_techniques);
    m_techniqueList->setFixedHeight(m_techniqueList->fontMetrics().lineSpacing() * 5 + 2 * kUnit);
    m_techniqueList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_techniqueList);
    connect(m_techniqueSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        LibraryFilter f;
        f.kind = LibraryFilter::Kind::Techniques;
        f.query = text;
        m_techniques->setFilter(f);
        if (m_techniques->rowCount() > 0)
            m_techniqueList->setCurrentIndex(m_techniques->index(0));
    });
    connect(m_techniqueList, &QListView::activated, this,
        [this](const QModelIndex& index) { chooseTechnique(m_techniques->id(index.row())); });
    addProblemLabel(layout, column, QStringLiteral("technique"), true);

    m_stepTitle = makeLineEdit(column, "stepTitle", tr("Step title"));
    m_stepTitle->setPlaceholderText(tr("Short: shown large and read aloud"));
    heading(tr("Title"), m_stepTitle);
    layout->addWidget(m_stepTitle);
    addProblemLabel(layout, column, QStringLiteral("title"), true);
    connect(m_stepTitle, &QLineEdit::textEdited, this,
        [this](const QString& text) { m_doc->setStepText(currentRow(), RoutineDocument::StepField::Title, text); });

    m_instruction = makeTextBox(column, "stepInstruction", tr("Instruction"), 4);
    heading(tr("Instruction (read aloud at the start of the step)"), m_instruction);
    layout->addWidget(m_instruction);
    addProblemLabel(layout, column, QStringLiteral("instruction"), true);
    connect(m_instruction, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_doc->setStepText(currentRow(), RoutineDocument::StepField::Instruction, m_instruction->toPlainText());
    });

    auto* timing = new QHBoxLayout;
    m_timed = new QCheckBox(tr("Timed"), column);
    m_timed->setObjectName(QStringLiteral("stepTimed"));
    m_timed->setAccessibleName(tr("Timed step; when off, the step waits until you continue"));
    m_duration = makeSpin<QSpinBox>(column, "stepDuration", tr("Duration in seconds"));
    m_duration->setRange(1, 3600);
    m_duration->setSuffix(tr(" s"));
    m_rest = makeSpin<QSpinBox>(column, "stepRest", tr("Rest after the step, in seconds"));
    m_rest->setRange(0, 600);
    m_rest->setSuffix(tr(" s"));
    m_rest->setSpecialValueText(tr("No rest"));
    timing->addWidget(m_timed);
    timing->addWidget(m_duration);
    timing->addSpacing(kUnit);
    auto* restLabel = makeLabel(tr("Rest after"), TextStyle::Body, column);
    restLabel->setBuddy(m_rest);
    timing->addWidget(restLabel);
    timing->addWidget(m_rest);
    timing->addStretch(1);
    heading(tr("Duration"), m_timed);
    layout->addLayout(timing);
    addProblemLabel(layout, column, QStringLiteral("duration"), true);
    addProblemLabel(layout, column, QStringLiteral("rest"), true);
    connect(m_timed, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            m_doc->setStepDuration(currentRow(), on ? m_duration->value() : 0);
    });
    connect(m_duration, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_updating && m_timed->isChecked())
            m_doc->setStepDuration(currentRow(), value);
    });
    connect(m_rest, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_updating)
            m_doc->setStepRest(currentRow(), value);
    });

    m_side = makeCombo(column, "stepSide", tr("Side"));
    m_side->addItem(tr("No side"), NoSide);
    m_side->addItem(tr("Left"), LeftSide);
    m_side->addItem(tr("Right"), RightSide);
    m_side->addItem(tr("Both sides at once"), BothAtOnce);
    m_side->addItem(tr("Both sides, one after the other (adds a mirrored left step)"), BothOneAfterTheOther);
    heading(tr("Side"), m_side);
    layout->addWidget(m_side);
    auto* linkRow = new QHBoxLayout;
    m_linked = makeLabel(QString(), TextStyle::Caption, column, "stepLinked");
    m_unlink
        = makeButton(tr("Unlink"), Icon::Remove, column, "unlinkSides", tr("Unlink the two sides, to edit each alone"));
    linkRow->addWidget(m_linked, 1);
    linkRow->addWidget(m_unlink);
    layout->addLayout(linkRow);
    addProblemLabel(layout, column, QStringLiteral("side"), true);
    connect(m_side, &QComboBox::activated, this, [this](int index) { chooseSide(m_side->itemData(index).toInt()); });
    connect(m_unlink, &QPushButton::clicked, this, [this] { m_doc->unlink(currentRow()); });

    auto* where = new QHBoxLayout;
    m_region = makeCombo(column, "stepRegion", tr("Body region"));
    m_pressure = makeCombo(column, "stepPressure", tr("Pressure"));
    auto* regionLabel = makeLabel(tr("Region"), TextStyle::Body, column);
    regionLabel->setBuddy(m_region);
    auto* pressureLabel = makeLabel(tr("Pressure"), TextStyle::Body, column);
    pressureLabel->setBuddy(m_pressure);
    where->addWidget(regionLabel);
    where->addWidget(m_region, 1);
    where->addSpacing(kUnit);
    where->addWidget(pressureLabel);
    where->addWidget(m_pressure, 1);
    layout->addSpacing(kUnit / 2);
    layout->addLayout(where);
    addProblemLabel(layout, column, QStringLiteral("region"), true);
    addProblemLabel(layout, column, QStringLiteral("pressure"), true);
    connect(m_region, &QComboBox::activated, this,
        [this](int index) { m_doc->setStepRegion(currentRow(), m_region->itemData(index).toString()); });
    connect(m_pressure, &QComboBox::activated, this, [this](int index) {
        if (const auto p = pressureFromId(m_pressure->itemData(index).toString()))
            m_doc->setStepPressure(currentRow(), *p);
    });

    m_tools = makeCheckList(column, "stepTools", tr("Tools for this step; none checked uses the technique's"), 4);
    for (const QString& id : knownToolIds()) {
        auto* item = new QListWidgetItem(capitalised(toolLabel(id)), m_tools);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    heading(tr("Tools (none checked: the technique's own)"), m_tools);
    layout->addWidget(m_tools);
    addProblemLabel(layout, column, QStringLiteral("tools"), true);
    connect(m_tools, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            m_doc->setStepTools(currentRow(), checkedIds(m_tools));
    });

    m_pattern = makeCombo(column, "stepMotion", tr("Motion guide"));
    m_pattern->addItem(tr("No motion guide"), -1);
    for (MotionPattern p : {MotionPattern::Circles, MotionPattern::Strokes, MotionPattern::Hold})
        m_pattern->addItem(capitalised(motionPatternLabel(p)), int(p));
    m_period = makeSpin<QDoubleSpinBox>(column, "stepPeriod", tr("Seconds per circle, stroke or hold"));
    m_period->setRange(0.5, 60.0);
    m_period->setSingleStep(0.5);
    m_period->setDecimals(1);
    m_period->setSuffix(tr(" s"));
    m_usualMotion = makeButton(tr("As other routines do it"), Icon::Copy, column, "usualMotion",
        tr("Use the motion guide other routines use with this technique"));
    auto* motionRow = new QHBoxLayout;
    motionRow->addWidget(m_pattern, 1);
    motionRow->addWidget(m_period);
    motionRow->addWidget(m_usualMotion);
    heading(tr("Motion guide"), m_pattern);
    layout->addLayout(motionRow);
    m_preview = new MotionGuideWidget(column);
    m_preview->setObjectName(QStringLiteral("stepPreview"));
    m_preview->setMinimumHeight(180);
    layout->addWidget(m_preview);
    addProblemLabel(layout, column, QStringLiteral("motion"), true);
    connect(m_pattern, &QComboBox::activated, this, &RoutineEditorPage::choosePattern);
    connect(m_period, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        const int row = currentRow();
        if (m_updating || row < 0 || !m_doc->step(row).motion)
            return;
        Motion m = *m_doc->step(row).motion;
        m.periodSeconds = value;
        m_doc->setStepMotion(row, m);
    });
    connect(m_usualMotion, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            m_doc->setStepMotion(row, m_doc->suggestedMotion(m_doc->step(row).technique, m_doc->step(row).region));
    });

    m_cues = makeTextBox(column, "stepCues", tr("Cues, one a line: the second, then what to say"), 3);
    heading(tr("Spoken cues (one a line: the second, then what to say)"), m_cues);
    layout->addWidget(m_cues);
    m_cueFormat = makeLabel(
        tr("For example: 30 Breathe out and let your shoulders drop."), TextStyle::Caption, column, "cueFormat");
    layout->addWidget(m_cueFormat);
    addProblemLabel(layout, column, QStringLiteral("cues"), true);
    connect(m_cues, &QPlainTextEdit::textChanged, this, [this] {
        if (m_updating)
            return;
        const CueLines lines = cuesFromText(m_cues->toPlainText());
        m_doc->setStepCues(currentRow(), lines.cues);
        refreshProblems(); // the unreadable lines are the editor's to tell
    });
    layout->addStretch(1);

    m_fieldWidgets.insert(QStringLiteral("step.technique"), m_techniqueSearch);
    m_fieldWidgets.insert(QStringLiteral("step.title"), m_stepTitle);
    m_fieldWidgets.insert(QStringLiteral("step.instruction"), m_instruction);
    m_fieldWidgets.insert(QStringLiteral("step.duration"), m_duration);
    m_fieldWidgets.insert(QStringLiteral("step.rest"), m_rest);
    m_fieldWidgets.insert(QStringLiteral("step.side"), m_side);
    m_fieldWidgets.insert(QStringLiteral("step.region"), m_region);
    m_fieldWidgets.insert(QStringLiteral("step.pressure"), m_pressure);
    m_fieldWidgets.insert(QStringLiteral("step.tools"), m_tools);
    m_fieldWidgets.insert(QStringLiteral("step.motion"), m_pattern);
    m_fieldWidgets.insert(QStringLiteral("step.cues"), m_cues);
    return m_stepEditor;
}

void RoutineEditorPage::routeUndoKeys()
{
    // Ctrl+Z always undoes the routine's last edit, also while typing: text fields would take
    // the keys for their own undo, which knows nothing of the document.
    const auto all = findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w)
            || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractButton*>(w))
            w->installEventFilter(this);
    }
}

bool RoutineEditorPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z))
            return true; // not accepted: the page's undo and redo actions take the key
    }
    if (event->type() == QEvent::FocusIn)
        m_doc->breakMerge(); // typing in another field, or the same one again, is a new undo step
    if (watched == m_techniqueSearch && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int rows = m_techniques->rowCount();
        const int current = m_techniqueList->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
            if (rows > 0) {
                const int row = std::clamp(current + (key->key() == Qt::Key_Down ? 1 : -1), 0, rows - 1);
                m_techniqueList->setCurrentIndex(m_techniques->index(row));
            }
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (rows > 0)
                chooseTechnique(m_techniques->id(current >= 0 ? current : 0));
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RoutineEditorPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Three columns need more room than the others pages' two: they stack a little earlier.
    const auto direction = width() < kNarrowWidth * 7 / 5 ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_columns->direction() != direction)
        m_columns->setDirection(direction);
}

void RoutineEditorPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        QPalette pal = palette();
        pal.setColor(QPalette::WindowText, cautionColor(pal));
        for (QLabel* label : std::as_const(m_routineProblems))
            label->setPalette(pal);
        for (QLabel* label : std::as_const(m_stepProblems))
            label->setPalette(pal);
    }
}

void RoutineEditorPage::hideEvent(QHideEvent* event)
{
    m_demonstration.stop();
    m_preview->setPlayback(0, false);
    QWidget::hideEvent(event);
}

// ---- Opening ----

void RoutineEditorPage::openDocument(const Routine& routine, RoutineDocument::Origin origin, bool safetyFromRedFlags,
    bool neverSaved, const QString& imageRoot)
{
    m_neverSaved = neverSaved;
    m_imageRoot = imageRoot;
    m_doc->open(routine, origin, safetyFromRedFlags);
    showMessage(QString());
    m_techniqueSearch->clear();
    selectRow(m_doc->stepCount() > 0 ? 0 : -1);
    refresh();
}

bool RoutineEditorPage::newRoutine()
{
    if (!confirmLeave())
        return false;
    Routine blank;
    blank.id = kNewId;
    openDocument(blank, RoutineDocument::Origin::New, true, true, {});
    return true;
}

bool RoutineEditorPage::editRoutine(const QString& routineId)
{
    const Routine* routine = m_content.routine(routineId);
    const std::optional<UserRoutines::Draft> draft = m_routines.draft(routineId);
    if (draft && (!routine || UserRoutines::isOwn(*routine)))
        return openDraft(routineId);
    if (!routine)
        return false;
    if (!UserRoutines::isOwn(*routine))
        return duplicateRoutine(routineId);
    if (m_doc->id() == routineId && m_doc->origin() == RoutineDocument::Origin::Own)
        return true; // already open, with whatever changes it has
    if (!confirmLeave())
        return false;
    openDocument(UserRoutines::editable(*routine, m_routines.packRoot()), RoutineDocument::Origin::Own, false, false,
        m_routines.packRoot());
    return true;
}

bool RoutineEditorPage::duplicateRoutine(const QString& routineId)
{
    const Routine* routine = m_content.routine(routineId);
    if (!routine || !confirmLeave())
        return false;
    QString packRoot;
    for (const PackInfo& pack : m_content.packs()) {
        if (pack.id == routine->packId)
            packRoot = pack.root;
    }
    Routine copy = UserRoutines::editable(*routine, packRoot);
    copy.id = m_routines.copyId(routine->id, m_content);
    copy.featured = false;
    copy.packId.clear();
    // "(my copy)" is added, the name shortened to keep within the format's 80 characters.
    const QString suffix = tr(" (my copy)");
    copy.name = routine->name.left(std::max(0, int(80 - suffix.size()))).trimmed() + suffix;
    openDocument(copy, RoutineDocument::Origin::Copy, false, true, packRoot);
    showMessage(
        tr("This is your own copy of “%1”. The original stays as it is; save to keep the copy.").arg(routine->name));
    return true;
}

bool RoutineEditorPage::openDraft(const QString& routineId)
{
    const std::optional<UserRoutines::Draft> draft = m_routines.draft(routineId);
    if (!draft)
        return false;
    if (m_doc->id() == routineId && m_doc->origin() == RoutineDocument::Origin::Draft)
        return true;
    if (!confirmLeave())
        return false;
    openDocument(
        draft->routine, RoutineDocument::Origin::Draft, draft->safetyFromRedFlags, draft->isNew, m_routines.packRoot());
    showMessage(tr("This is a draft, kept aside from your routines since %1. Fix its problems and save it to use it.")
                    .arg(QLocale().toString(draft->saved.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

void RoutineEditorPage::contentChanged()
{
    m_techniques->reload();
    // Technique names, region lists and red flags may have changed: read them again.
    refresh();
}

// ---- Leaving, saving, deleting ----

bool RoutineEditorPage::confirmLeave()
{
    if (!m_doc->hasUnsavedChanges())
        return true;
    const bool canSave = m_doc->errorCount() == 0;
    const QString name = m_doc->routine().name.trimmed().isEmpty() ? tr("your new routine") : m_doc->routine().name;
    LeaveChoice choice = LeaveChoice::Cancel;
    if (m_leavePrompt) {
        choice = m_leavePrompt(name, canSave);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), tr("Save your changes to “%1”?").arg(name),
            QMessageBox::NoButton, this);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(canSave ? tr("If you don't save them, they are lost.")
                                       : tr("It has problems, so for now it can only be kept as a draft."));
        QPushButton* saveButton = box.addButton(canSave ? tr("&Save") : tr("Save as &draft"), QMessageBox::AcceptRole);
        saveButton->setObjectName(QStringLiteral("leaveSave"));
        QPushButton* discard = box.addButton(tr("&Discard changes"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("leaveDiscard"));
        QPushButton* cancel = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
        cancel->setObjectName(QStringLiteral("leaveCancel"));
        box.setDefaultButton(saveButton);
        box.setEscapeButton(cancel);
        box.exec();
        choice = box.clickedButton() == saveButton ? LeaveChoice::Save
            : box.clickedButton() == discard       ? LeaveChoice::Discard
                                                   : LeaveChoice::Cancel;
    }
    switch (choice) {
    case LeaveChoice::Save:
        return canSave ? save() : saveDraft();
    case LeaveChoice::Discard: {
        Routine blank;
        blank.id = kNewId;
        openDocument(blank, RoutineDocument::Origin::New, true, true, {});
        return true;
    }
    case LeaveChoice::Cancel:
        return false;
    }
    return false;
}

bool RoutineEditorPage::save()
{
    if (m_doc->errorCount() > 0)
        return saveDraft();
    if (m_doc->id() == kNewId)
        m_doc->setIdentity(
            m_routines.freeId(UserRoutines::idFromName(m_doc->routine().name), m_content), m_doc->origin());
    if (!m_doc->canStart())
        return saveDraft(); // the id's own check found something after all
    const UserRoutines::Outcome outcome = m_routines.save(m_doc->routine(), m_imageRoot);
    if (!outcome.ok()) {
        showMessage(tr("Not saved: %1").arg(outcome.error));
        return false;
    }
    m_neverSaved = false;
    m_imageRoot = m_routines.packRoot();
    m_doc->setIdentity(m_doc->id(), RoutineDocument::Origin::Own);
    m_doc->markSaved();
    showMessage(
        tr("Saved “%1” in your routines; it is in the library and on the home page.").arg(m_doc->routine().name),
        {QDir::toNativeSeparators(outcome.path)});
    Q_EMIT packsChanged();
    return true;
}

bool RoutineEditorPage::saveDraft()
{
    if (m_doc->id() == kNewId)
        m_doc->setIdentity(
            m_routines.freeId(UserRoutines::idFromName(m_doc->routine().name), m_content), m_doc->origin());
    UserRoutines::Draft draft;
    draft.routine = m_doc->routine();
    draft.isNew = m_neverSaved;
    draft.safetyFromRedFlags = m_doc->safetyFromRedFlags();
    draft.saved = QDateTime::currentDateTimeUtc();
    const UserRoutines::Outcome outcome = m_routines.saveDraft(draft);
    if (!outcome.ok()) {
        showMessage(tr("Not saved: %1").arg(outcome.error));
        return false;
    }
    m_doc->setIdentity(m_doc->id(), RoutineDocument::Origin::Draft);
    m_doc->markSaved();
    showMessage(
        tr("Kept as a draft, because it has %n problem(s). Fix them (each is shown under its field) to save it to your "
           "routines and try it.",
            nullptr, std::max(1, m_doc->errorCount())),
        {QDir::toNativeSeparators(outcome.path)});
    return true;
}

bool RoutineEditorPage::deleteRoutine()
{
    const RoutineDocument::Origin origin = m_doc->origin();
    if (origin != RoutineDocument::Origin::Own && origin != RoutineDocument::Origin::Draft)
        return false;
    QString error;
    std::optional<UserRoutines::Removed> removed = m_routines.remove(m_doc->id(), &error);
    if (!removed) {
        showMessage(error);
        return false;
    }
    m_removed = std::move(removed);
    Routine blank;
    blank.id = kNewId;
    openDocument(blank, RoutineDocument::Origin::New, true, true, {});
    Q_EMIT packsChanged();
    Q_EMIT routineDeleted(m_removed->name);
    return true;
}

bool RoutineEditorPage::undoDelete()
{
    if (!m_removed)
        return false;
    const UserRoutines::Outcome outcome = m_routines.restore(*m_removed);
    if (!outcome.ok()) {
        showMessage(outcome.error);
        return false;
    }
    m_removed.reset();
    Q_EMIT packsChanged();
    return true;
}

UserRoutines::ImportResult RoutineEditorPage::importFrom(const QString& path)
{
    const UserRoutines::ImportResult result = m_routines.import(path, m_content);
    QStringList details;
    for (const Diagnostic& d : result.diagnostics)
        details.append(d.toString());
    if (!result.ok()) {
        showMessage(result.error, details);
        return result;
    }
    QString text;
    if (!result.packId.isEmpty())
        text = tr("Installed the pack “%1” with %n routine(s).", nullptr, int(result.routineIds.size()))
                   .arg(result.packId);
    else
        text = tr("Imported %n routine(s) into your routines: %1.", nullptr, int(result.routineIds.size()))
                   .arg(result.routineIds.join(QStringLiteral(", ")));
    showMessage(text, result.notes + details);
    Q_EMIT packsChanged();
    return result;
}

UserRoutines::Outcome RoutineEditorPage::exportRoutineTo(const QString& folder)
{
    UserRoutines::Outcome outcome;
    if (m_doc->errorCount() > 0 || (m_doc->origin() == RoutineDocument::Origin::Draft && m_neverSaved))
        outcome.error = tr("Fix the problems and save the routine before exporting it.");
    else if ((m_doc->hasUnsavedChanges() || m_neverSaved) && !save())
        outcome.error = message();
    if (outcome.ok())
        outcome = m_routines.exportRoutine(m_doc->id(), folder);
    if (outcome.ok())
        showMessage(
            tr("Exported “%1” as a pack anyone can import or check with knead --validate.").arg(m_doc->routine().name),
            {QDir::toNativeSeparators(outcome.path)});
    else
        showMessage(tr("Not exported: %1").arg(outcome.error));
    return outcome;
}

UserRoutines::Outcome RoutineEditorPage::exportAllTo(const QString& folder)
{
    const UserRoutines::Outcome outcome = m_routines.exportPack(folder);
    if (outcome.ok())
        showMessage(tr("Exported all your routines."), {QDir::toNativeSeparators(outcome.path)});
    else
        showMessage(tr("Not exported: %1").arg(outcome.error));
    return outcome;
}

void RoutineEditorPage::importDialog(PathRequest request)
{
    QString path;
    if (m_pathChooser)
        path = m_pathChooser(request);
    else if (request == PathRequest::ImportFile)
        path = QFileDialog::getOpenFileName(
            this, tr("Import a routine file"), QDir::homePath(), tr("Routine files (*.json)"));
    else
        path = QFileDialog::getExistingDirectory(this, tr("Import a pack folder"), QDir::homePath());
    if (!path.isEmpty())
        importFrom(path);
}

void RoutineEditorPage::exportDialog(bool all)
{
    const QString folder = m_pathChooser
        ? m_pathChooser(PathRequest::ExportFolder)
        : QFileDialog::getExistingDirectory(
            this, all ? tr("Export all your routines into…") : tr("Export this routine into…"), QDir::homePath());
    if (folder.isEmpty())
        return;
    if (all)
        exportAllTo(folder);
    else
        exportRoutineTo(folder);
}

QString RoutineEditorPage::message() const
{
    return m_message->text();
}

void RoutineEditorPage::showMessage(const QString& text, const QStringList& details)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_messageDetails->setText(details.mid(0, 12).join(QLatin1Char('\n')));
    m_messageDetails->setVisible(!text.isEmpty() && !details.isEmpty());
}

// ---- Steps ----

int RoutineEditorPage::currentRow() const
{
    const QModelIndex current = m_steps->currentIndex();
    return current.isValid() && current.row() < m_doc->stepCount() ? current.row() : -1;
}

QList<int> RoutineEditorPage::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_steps->selectionModel()->selectedIndexes();
    for (const QModelIndex& index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && currentRow() >= 0)
        rows.append(currentRow());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RoutineEditorPage::selectRow(int row)
{
    if (row < 0 || row >= m_doc->stepCount()) {
        m_steps->selectionModel()->clear();
        refreshStep();
        return;
    }
    m_steps->selectionModel()->setCurrentIndex(m_doc->index(row), QItemSelectionModel::ClearAndSelect);
    m_steps->scrollTo(m_doc->index(row));
}

void RoutineEditorPage::addStep()
{
    const int current = currentRow();
    const int row = current >= 0 ? current + 1 : m_doc->stepCount();
    // A linked pair stays together: a step added after its right half goes after the left.
    int at = row;
    if (current >= 0 && m_doc->partnerOf(current) == current + 1)
        at = current + 2;
    const int inserted = m_doc->insertStep(at, m_doc->newStep(m_doc->suggestedTechnique(current)));
    selectRow(inserted);
    m_techniqueSearch->setFocus(Qt::OtherFocusReason);
}

void RoutineEditorPage::removeSelectedSteps()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    m_doc->removeSteps(rows);
    selectRow(std::min(rows.first(), m_doc->stepCount() - 1));
    showMessage(tr("Deleted %n step(s). Ctrl+Z brings them back.", nullptr, int(rows.size())));
}

void RoutineEditorPage::moveCurrent(int delta)
{
    const int row = currentRow();
    if (row < 0 || !m_doc->moveStep(row, row + delta))
        return;
    selectRow(row + delta);
}

void RoutineEditorPage::chooseTechnique(const QString& id)
{
    const int row = currentRow();
    if (row < 0 || id.isEmpty())
        return;
    m_doc->setStepTechnique(row, id);
    const QSignalBlocker blocker(m_techniqueSearch);
    m_techniqueSearch->clear();
    LibraryFilter f;
    f.kind = LibraryFilter::Kind::Techniques;
    m_techniques->setFilter(f);
    const int chosen = m_techniques->rowOf(ItemKind::Technique, id);
    if (chosen >= 0)
        m_techniqueList->setCurrentIndex(m_techniques->index(chosen));
}

void RoutineEditorPage::chooseSide(int code)
{
    const int row = currentRow();
    if (row < 0)
        return;
    switch (code) {
    case NoSide:
        m_doc->setStepSide(row, Side::None);
        break;
    case LeftSide:
        m_doc->setStepSide(row, Side::Left);
        break;
    case RightSide:
        m_doc->setStepSide(row, Side::Right);
        break;
    case BothAtOnce:
        m_doc->setStepSide(row, Side::Both);
        break;
    case BothOneAfterTheOther: {
        const bool left = m_doc->step(row).side == Side::Left;
        m_doc->expandBothSides(row);
        selectRow(left ? row + 1 : row);
        break;
    }
    default:
        break;
    }
}

void RoutineEditorPage::choosePattern()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const int code = m_pattern->currentData().toInt();
    if (code < 0) {
        m_doc->setStepMotion(row, std::nullopt);
        return;
    }
    const Step& s = m_doc->step(row);
    const auto pattern = MotionPattern(code);
    Motion m = s.motion.value_or(Motion {});
    if (!s.motion || s.motion->pattern != pattern)
        m.periodSeconds = Motion::defaultPeriod(pattern);
    m.pattern = pattern;
    if (pattern == MotionPattern::Strokes && m.points.size() < 2) {
        const std::optional<Motion> usual = m_doc->suggestedMotion(s.technique, s.region);
        m.points = usual && usual->pattern == MotionPattern::Strokes && usual->points.size() >= 2
            ? usual->points
            : QList<QPointF> {QPointF(0.3, 0.5), QPointF(0.7, 0.5)};
    }
    m_doc->setStepMotion(row, m);
}

// ---- Showing the document ----

void RoutineEditorPage::refresh()
{
    m_updating = true;
    refreshHeader();
    refreshRoutineFields();
    refreshStep();
    refreshProblems();
    m_updating = false;
}

void RoutineEditorPage::refreshHeader()
{
    const Routine& r = m_doc->routine();
    const RoutineDocument::Origin origin = m_doc->origin();
    const bool unsaved = m_doc->hasUnsavedChanges();
    m_title->setText(r.name.trimmed().isEmpty() ? tr("New routine") : r.name);

    QString state;
    switch (origin) {
    case RoutineDocument::Origin::New:
        state = tr("A new routine, not saved yet");
        break;
    case RoutineDocument::Origin::Copy:
        state = tr("Your copy, not saved yet");
        break;
    case RoutineDocument::Origin::Own:
        state = unsaved ? tr("Your routine, with unsaved changes") : tr("Your routine, saved");
        break;
    case RoutineDocument::Origin::Draft:
        state = unsaved ? tr("A draft, with unsaved changes") : tr("A draft, kept aside until its problems are fixed");
        break;
    }
    int untimed = 0;
    for (const Step& s : r.steps)
        untimed += s.isTimed() ? 0 : 1;
    QString length = tr("%n step(s), %1", nullptr, int(r.steps.size())).arg(formatDuration(r.totalSeconds()));
    const int errors = m_doc->errorCount();
    const int warnings = int(m_doc->problems().size()) - errors;
    QStringList parts {state, length};
    if (errors > 0)
        parts.append(tr("%n problem(s) to fix before it can be tried or saved", nullptr, errors));
    else if (warnings > 0)
        parts.append(tr("%n warning(s)", nullptr, warnings));
    m_status->setText(parts.join(QStringLiteral(" · ")));
    m_total->setText(untimed > 0 ? tr("Total time %1, plus %n untimed step(s) that wait for you", nullptr, untimed)
                                       .arg(formatClock(r.totalSeconds()))
                                 : tr("Total time %1").arg(formatClock(r.totalSeconds())));
    m_total->setAccessibleName(tr("Total time %1").arg(formatDuration(r.totalSeconds())));

    m_try->setEnabled(m_doc->canStart());
    m_try->setToolTip(m_doc->canStart() ? tr("Start the routine as it is now, saved or not")
                                        : tr("Fix the problems first: a routine with problems cannot be started"));
    m_save->setText(errors > 0 ? tr("Save as &draft") : tr("Sa&ve"));
    m_save->setAccessibleName(errors > 0 ? tr("Save as a draft") : tr("Save to your routines"));
    m_save->setToolTip(errors > 0 ? tr("Keep it as a draft until its problems are fixed (Ctrl+S)")
                                  : tr("Save to your routines (Ctrl+S)"));
    m_deleteAction->setEnabled(origin == RoutineDocument::Origin::Own || origin == RoutineDocument::Origin::Draft);
    m_exportAction->setEnabled(errors == 0);

    const int row = currentRow();
    const bool hasStep = row >= 0;
    m_duplicateStep->setEnabled(hasStep);
    m_removeSteps->setEnabled(hasStep);
    m_moveUp->setEnabled(hasStep && row > 0);
    m_moveDown->setEnabled(hasStep && row + 1 < m_doc->stepCount());
}

void RoutineEditorPage::refreshRoutineFields()
{
    const bool was = m_updating;
    m_updating = true;
    const Routine& r = m_doc->routine();
    setTextIfDifferent(m_name, r.name);
    setTextIfDifferent(m_summary, r.summary);
    setTextIfDifferent(m_description, r.description);
    if (itemsFromLines(m_preparation->toPlainText()) != r.preparation)
        m_preparation->setPlainText(r.preparation.join(QLatin1Char('\n')));
    setTextIfDifferent(m_safety, r.safety);
    m_safetyHint->setText(m_doc->safetyFromRedFlags()
            ? tr("Filled in from the red flags of the techniques you use, for the regions you work on. Edit it to "
                 "write your own.")
            : tr("Your own note. The preparation page also lists the techniques' red flags."));
    m_fillSafety->setEnabled(!m_doc->safetyFromRedFlags());

    // Regions: every region the content knows, those of the routine ticked.
    QStringList ids;
    for (const Region& region : m_content.regions())
        ids.append(region.id);
    for (const QString& id : r.regions) {
        if (!ids.contains(id))
            ids.append(id);
    }
    bool same = m_regions->count() == ids.size();
    for (int i = 0; same && i < m_regions->count(); ++i)
        same = m_regions->item(i)->data(Qt::UserRole).toString() == ids[i];
    if (!same) {
        const QSignalBlocker blocker(m_regions);
        m_regions->clear();
        for (const QString& id : std::as_const(ids)) {
            const Region* region = m_content.region(id);
            auto* item = new QListWidgetItem(region ? region->name : id, m_regions);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        }
    }
    // Ticked in the routine's own order when saved; the list shows content order.
    setChecked(m_regions, r.regions);
    m_updating = was;
}

void RoutineEditorPage::refreshStep()
{
    const bool was = m_updating;
    m_updating = true;
    const int row = currentRow();
    m_stepEditor->setEnabled(row >= 0);
    if (row < 0) {
        m_stepHeading->setText(m_doc->stepCount() == 0 ? tr("No steps yet: add one") : tr("No step selected"));
        m_technique->clear();
        m_stepTitle->clear();
        m_instruction->clear();
        m_cues->clear();
        m_linked->hide();
        m_unlink->hide();
        m_preview->setStep(nullptr, nullptr);
        m_updating = was;
        return;
    }
    const Step& s = m_doc->step(row);
    const Technique* t = m_content.technique(s.technique);
    m_stepHeading->setText(tr("Step %1 of %2").arg(row + 1).arg(m_doc->stepCount()));
    m_technique->setText(t ? tr("%1 (%2 pressure)").arg(t->name, pressureSetLabel(t->pressure))
                           : tr("No technique has the id “%1”: pick one below.").arg(s.technique));
    m_techniqueSearch->setAccessibleName(
        t ? tr("Technique: %1. Type to find another").arg(t->name) : tr("Find a technique"));
    setTextIfDifferent(m_stepTitle, s.title);
    setTextIfDifferent(m_instruction, s.instruction);
    m_timed->setChecked(s.isTimed());
    if (s.isTimed())
        m_duration->setValue(s.durationSeconds);
    m_duration->setEnabled(s.isTimed());
    m_rest->setValue(s.restSeconds);

    const int partner = m_doc->partnerOf(row);
    m_side->setCurrentIndex(m_side->findData(sideChoice(s.side)));
    m_linked->setVisible(partner >= 0);
    m_unlink->setVisible(partner >= 0);
    if (partner >= 0)
        m_linked->setText(tr("Linked with step %1, the %2: an edit here changes both, mirrored.")
                              .arg(partner + 1)
                              .arg(sideLabel(m_doc->step(partner).side)));

    // Regions the technique works on; the step's own kept even when it is not one of them.
    // A still step (a pause) may work no region; the loader then refuses a motion, shown there.
    m_region->clear();
    m_region->addItem(tr("No region (a still step)"), QString());
    QStringList regionIds = t ? t->regions : QStringList();
    if (!s.region.isEmpty() && !regionIds.contains(s.region))
        regionIds.append(s.region);
    for (const QString& id : std::as_const(regionIds)) {
        const Region* region = m_content.region(id);
        m_region->addItem(region ? region->name : id, id);
    }
    m_region->setCurrentIndex(m_region->findData(s.region));
    // Pressures the technique allows, and nothing else.
    m_pressure->clear();
    const QList<Pressure> levels = t && !t->pressure.isEmpty()
        ? t->pressure.levels()
        : QList<Pressure> {Pressure::Light, Pressure::Medium, Pressure::Firm};
    for (Pressure p : levels)
        m_pressure->addItem(capitalised(pressureLabel(p)), pressureId(p));
    if (!levels.contains(s.pressure))
        m_pressure->addItem(capitalised(pressureLabel(s.pressure)), pressureId(s.pressure));
    m_pressure->setCurrentIndex(m_pressure->findData(pressureId(s.pressure)));

    setChecked(m_tools, s.tools);
    m_tools->setAccessibleDescription(s.tools.isEmpty() && t
            ? tr("None checked: the technique's own, %1").arg(t->tools.join(QStringLiteral(", ")))
            : QString());

    m_pattern->setCurrentIndex(m_pattern->findData(s.motion ? int(s.motion->pattern) : -1));
    m_period->setEnabled(s.motion.has_value());
    if (s.motion)
        m_period->setValue(s.motion->periodSeconds);
    const std::optional<Motion> usual = m_doc->suggestedMotion(s.technique, s.region);
    m_usualMotion->setEnabled(usual.has_value()
        && !(s.motion && usual->pattern == s.motion->pattern && usual->points == s.motion->points
            && usual->periodSeconds == s.motion->periodSeconds));

    if (!sameCues(cuesFromText(m_cues->toPlainText()).cues, s.cues))
        m_cues->setPlainText(cuesToText(s.cues));
    m_cues->setEnabled(s.isTimed());
    refreshPreview();
    m_updating = was;
}

void RoutineEditorPage::refreshPreview()
{
    const int row = currentRow();
    if (row < 0) {
        m_preview->setStep(nullptr, nullptr);
        return;
    }
    // The loader's reading when there is one (its image paths are resolved and checked).
    Step step = m_doc->step(row);
    const std::optional<Routine>& checked = m_doc->checkedRoutine();
    if (checked && row < checked->steps.size())
        step = checked->steps[row];
    else
        step.image.clear();
    m_preview->setStep(m_content.region(step.region), &step);
    if (step.motion && isVisible()) {
        m_preview->setPlayback(0, true);
        m_demonstration.start();
    }
}

void RoutineEditorPage::refreshProblems()
{
    const auto show
        = [this](QLabel* label, const QList<FieldProblem>& problems, const QStringList& extra, QWidget* field) {
              QStringList lines;
              for (const FieldProblem& p : problems)
                  lines.append(p.sentence());
              lines += extra;
              label->setText(lines.join(QLatin1Char('\n')));
              label->setVisible(!lines.isEmpty());
              if (field)
                  field->setAccessibleDescription(lines.join(QLatin1Char(' ')));
          };
    // Fields the editor has no place for are told at the top of their column.
    QList<FieldProblem> routineOther;
    for (const FieldProblem& p : m_doc->problems()) {
        if (p.step < 0 && !m_routineProblems.contains(p.field))
            routineOther.append(p);
    }
    for (auto it = m_routineProblems.cbegin(); it != m_routineProblems.cend(); ++it) {
        QList<FieldProblem> problems = it.key().isEmpty() ? routineOther : m_doc->problemsAt(-1, it.key());
        show(it.value(), problems, {}, m_fieldWidgets.value(it.key()));
    }
    const int row = currentRow();
    QList<FieldProblem> stepOther;
    if (row >= 0) {
        for (const FieldProblem& p : m_doc->problemsOfStep(row)) {
            if (!m_stepProblems.contains(p.field))
                stepOther.append(p);
        }
    }
    QStringList cueLines;
    if (row >= 0) {
        for (int line : cuesFromText(m_cues->toPlainText()).unreadable)
            cueLines.append(tr("Line %1 is not used: start it with the second, e.g. 30 Breathe out.").arg(line));
    }
    for (auto it = m_stepProblems.cbegin(); it != m_stepProblems.cend(); ++it) {
        const QList<FieldProblem> problems = row < 0 ? QList<FieldProblem>()
            : it.key().isEmpty()                     ? stepOther
                                                     : m_doc->problemsAt(row, it.key());
        show(it.value(), problems, it.key() == QLatin1String("cues") ? cueLines : QStringList(),
            m_fieldWidgets.value(QStringLiteral("step.") + it.key()));
    }
}

void RoutineEditorPage::refreshOpenMenu()
{
    m_openMenu->clear();
    QList<const Routine*> own;
    for (const Routine& r : m_content.routines()) {
        if (UserRoutines::isOwn(r))
            own.append(&r);
    }
    std::sort(own.begin(), own.end(),
        [](const Routine* a, const Routine* b) { return a->name.localeAwareCompare(b->name) < 0; });
    for (const Routine* r : std::as_const(own)) {
        const QString id = r->id;
        m_openMenu->addAction(escapeMnemonic(r->name), this, [this, id] { editRoutine(id); });
    }
    const QList<UserRoutines::Draft> drafts = m_routines.drafts();
    if (!drafts.isEmpty() && !own.isEmpty())
        m_openMenu->addSeparator();
    for (const UserRoutines::Draft& d : drafts) {
        const QString id = d.routine.id;
        const QString name = d.routine.name.trimmed().isEmpty() ? id : d.routine.name;
        m_openMenu->addAction(tr("Draft: %1").arg(escapeMnemonic(name)), this, [this, id] { openDraft(id); });
    }
    if (m_openMenu->isEmpty()) {
        QAction* none = m_openMenu->addAction(tr("No routines of your own yet"));
        none->setEnabled(false);
    }
}

} // namespace knead
