// SPDX-License-Identifier: MIT
#include "HistoryPage.h"

#include "Content.h"
#include "Controls.h"
#include "History.h"
#include "Journal.h"
#include "JournalCsv.h"
#include "PracticeCalendar.h"
#include "SessionListModel.h"
#include "Settings.h"
#include "TensionChart.h"
#include "TensionSeries.h"
#include "Typography.h"
#include "WhatWorks.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QUndoStack>

namespace knead {

namespace {

// Deleting a session writes a tombstone; undoing it writes the entry again, newer than the
// tombstone, so every synced device brings it back too.
class DeleteSessionCommand : public QUndoCommand
{
public:
    DeleteSessionCommand(Journal& journal, JournalEntry entry, std::function<void(const UserDataProblem&)> report)
        : QUndoCommand(HistoryPage::tr("Delete session"))
        , m_journal(journal)
        , m_entry(std::move(entry))
        , m_report(std::move(report))
    { }

    void redo() override
    {
        const UserDataProblem p = m_journal.remove(m_entry.id);
        if (!p.isEmpty()) {
            setObsolete(true); // nothing was deleted: nothing to undo
            m_report(p);
        }
    }

    void undo() override
    {
        if (const UserDataProblem p = m_journal.upsert(m_entry); !p.isEmpty())
            m_report(p);
    }

private:
    Journal& m_journal;
    JournalEntry m_entry;
    std::function<void(const UserDataProblem&)> m_report;
};

QComboBox* combo(const char* objectName, const QString& accessibleName, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(objectName));
    box->setAccessibleName(accessibleName);
    box->setToolTip(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

// Sessions as wide as the list, their text elided (the whole line is the row's tooltip): the
// list never scrolls sideways. With uniform item sizes, a list view gives every row the
// width of the first row's text when that is wider than the list.
class FittingRowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return {0, QStyledItemDelegate::sizeHint(option, index).height()};
    }
};

} // namespace

HistoryPage::HistoryPage(
    const Content& content, Journal& journal, Settings& settings, QString defaultJournalFolder, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_journal(journal)
    , m_settings(settings)
    , m_defaultFolder(std::move(defaultJournalFolder))
{
    setObjectName(QStringLiteral("historyPage"));
    m_undo = new QUndoStack(this);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(3 * kUnit, 2 * kUnit, 3 * kUnit, 2 * kUnit);
    outer->setSpacing(2 * kUnit);
    auto* header = new QHBoxLayout;
    header->addWidget(makeLabel(tr("History"), TextStyle::Title, this, "historyTitle"), 1);
    auto* exportButton = makeButton(tr("&Export as CSV…"), Icon::Export, this, "exportCsv",
        tr("Export the journal as a CSV file, one row per rating, for a spreadsheet"));
    header->addWidget(exportButton, 0, Qt::AlignVCenter);
    outer->addLayout(header);
    m_exportStatus = makeLabel(QString(), TextStyle::Caption, this, "exportStatus");
    m_exportStatus->hide();
    outer->addWidget(m_exportStatus);

    // Left: how it went. Right: every session.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("historyOverview"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* overview = new QWidget(scroll);
    overview->setMaximumWidth(fontMetrics().averageCharWidth() * kReadingWidth * 3 / 2);
    auto* left = new QVBoxLayout(overview);
    left->setContentsMargins(0, 0, kUnit, 0);
    left->setSpacing(kUnit);
    m_streaks = makeLabel(QString(), TextStyle::Large, overview, "historyStreaks");
    left->addWidget(m_streaks);
    m_calendar = new PracticeCalendar(overview);
    left->addWidget(m_calendar, 0, Qt::AlignLeft);

    left->addSpacing(kUnit);
    left->addWidget(makeLabel(tr("Tension over time"), TextStyle::Heading, overview, "tensionHeading"));
    auto* pickers = new QHBoxLayout;
    m_region = combo("historyRegion", tr("Region shown in the tension chart"), overview);
    m_span = combo("historySpan", tr("Time span of the tension chart"), overview);
    m_span->addItem(tr("Last 30 days"), int(ChartSpan::Days30));
    m_span->addItem(tr("Last 90 days"), int(ChartSpan::Days90));
    m_span->addItem(tr("Last year"), int(ChartSpan::Year));
    m_span->addItem(tr("All"), int(ChartSpan::All));
    pickers->addWidget(m_region);
    pickers->addWidget(m_span);
    pickers->addStretch(1);
    left->addLayout(pickers);
    m_chart = new TensionChart(overview);
    left->addWidget(m_chart);
    m_chartSummary = makeLabel(QString(), TextStyle::Body, overview, "tensionSummary");
    left->addWidget(m_chartSummary);

    left->addSpacing(kUnit);
    left->addWidget(makeLabel(tr("What works for you"), TextStyle::Heading, overview, "whatWorksHeading"));
    m_whatWorks = makeLabel(QString(), TextStyle::Body, overview, "whatWorks");
    left->addWidget(m_whatWorks);
    m_comparison = makeLabel(QString(), TextStyle::Body, overview, "whatWorksComparison");
    left->addWidget(m_comparison);
    left->addWidget(makeLabel(whatWorksExplanation(), TextStyle::Caption, overview, "whatWorksExplanation"));

    left->addSpacing(kUnit);
    left->addWidget(makeLabel(tr("Journal folder"), TextStyle::Heading, overview, "journalFolderHeading"));
    m_folder = makeLabel(QString(), TextStyle::Caption, overview, "journalFolder");
    left->addWidget(m_folder);
    auto* changeFolder = makeButton(tr("C&hange folder…"), Icon::Open, overview, "changeJournalFolder",
        tr("Choose another folder for your journal, for example a folder synced between your computers"));
    left->addWidget(changeFolder, 0, Qt::AlignLeft);
    left->addStretch(1);
    scroll->setWidget(overview);

    auto* sessions = new QWidget(this);
    auto* right = new QVBoxLayout(sessions);
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(kUnit);
    right->addWidget(makeLabel(tr("Sessions"), TextStyle::Heading, sessions, "sessionsHeading"));
    m_undoBar = new QFrame(sessions);
    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    m_undoBar->setFrameShape(QFrame::StyledPanel);
    auto* undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(kUnit, kUnit / 2, kUnit / 2, kUnit / 2);
    m_undoText = makeLabel(QString(), TextStyle::Body, m_undoBar, "undoText");
    undoLayout->addWidget(m_undoText, 1);
    auto* undoButton = makeButton(tr("&Undo"), Icon::Undo, m_undoBar, "undoDelete", tr("Undo the deletion (Ctrl+Z)"));
    undoLayout->addWidget(undoButton);
    m_undoBar->hide();
    right->addWidget(m_undoBar);
    m_model = new SessionListModel(content, journal, this);
    m_list = new QListView(sessions);
    m_list->setObjectName(QStringLiteral("historySessions"));
    m_list->setAccessibleName(tr("Sessions, newest first"));
    m_list->setUniformItemSizes(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setItemDelegate(new FittingRowDelegate(m_list));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAlternatingRowColors(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(kUnit / 4);
    // A journal of years has thousands of rows: the first hundred are laid out before the
    // page shows, the rest in the moments after, as the list's own batches.
    m_list->setLayoutMode(QListView::Batched);
    // The model last: changing the scroll mode of a list that has rows lays out every row
    // at once, and a journal of years has thousands.
    m_list->setModel(m_model);
    right->addWidget(m_list, 1);
    m_empty = makeLabel(tr("No sessions yet. Each session you finish or stop appears here, with your tension ratings."),
        TextStyle::Caption, sessions, "historyEmpty");
    right->addWidget(m_empty);
    m_delete = makeButton(tr("&Delete session"), Icon::Remove, sessions, "deleteSession",
        tr("Delete the selected session; it can be undone"));
    right->addWidget(m_delete, 0, Qt::AlignLeft);

    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->setSpacing(3 * kUnit);
    m_columns->addWidget(scroll, 3);
    m_columns->addWidget(sessions, 2);
    outer->addLayout(m_columns, 1);

    auto* deleteKey = new QAction(tr("Delete session"), m_list);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteKey);
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("historyUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);

    connect(exportButton, &QPushButton::clicked, this, &HistoryPage::exportCsv);
    connect(changeFolder, &QPushButton::clicked, this, &HistoryPage::chooseJournalFolder);
    connect(m_delete, &QPushButton::clicked, this, &HistoryPage::deleteSelected);
    connect(deleteKey, &QAction::triggered, this, &HistoryPage::deleteSelected);
    connect(undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_region, &QComboBox::currentIndexChanged, this, &HistoryPage::updateChart);
    connect(m_span, &QComboBox::currentIndexChanged, this, &HistoryPage::updateChart);
    connect(m_undo, &QUndoStack::indexChanged, this, [this](int index) {
        // Undone: the bar has done its job (Ctrl+Z still undoes earlier deletions).
        if (index < m_undo->count())
            m_undoBar->hide();
        rebuild();
        Q_EMIT journalChanged();
    });
    setTabOrder(exportButton, m_calendar);
    setTabOrder(m_calendar, m_region);
    setTabOrder(m_region, m_span);
    setTabOrder(m_span, m_chart);
    setTabOrder(m_chart, changeFolder);
    setTabOrder(changeFolder, m_list);
    setTabOrder(m_list, m_delete);
    updateFolderText();
}

HistoryPage::~HistoryPage()
{
    // The undo stack is a child, deleted after this page's own part: it must not call back
    // into a page that is half gone (QUndoStack::clear() reports its index on the way out).
    m_undo->disconnect(this);
}

void HistoryPage::refresh()
{
    m_journal.reloadIfChanged();
    if (!m_shownOnce || m_journal.revision() != m_shownRevision) {
        rebuild();
    } else if (m_model->rowCount() != m_journal.entries().size()) {
        m_model->refresh(); // released while hidden
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
    }
}

void HistoryPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_model->release();
}

void HistoryPage::rebuild()
{
    m_shownOnce = true;
    m_shownRevision = m_journal.revision();
    const QList<JournalEntry>& entries = m_journal.entries();
    const QDate today = m_days.dayOf(m_wallClock());
    const QList<QDate> days = practiceDays(entries, m_days);
    const Streaks s = streaks(days, today);
    if (entries.isEmpty())
        m_streaks->setText(tr("No sessions yet."));
    else
        m_streaks->setText(tr("Current streak: %n day(s).", nullptr, s.current) + QLatin1Char('\n')
            + tr("Longest streak: %n day(s).", nullptr, s.longest));
    m_calendar->setDays(days, today);

    const QString shown = selectedRegion();
    {
        const QSignalBlocker blocker(m_region);
        m_region->clear();
        for (const QString& id : ratedRegions(entries)) {
            const Region* r = m_content.region(id);
            m_region->addItem(r ? r->name : id, id);
        }
        const int keep = m_region->findData(shown);
        m_region->setCurrentIndex(keep >= 0 ? keep : 0);
        m_region->setEnabled(m_region->count() > 0);
    }
    updateChart();
    updateWhatWorks();

    const QString current = m_model->entryId(m_list->currentIndex().row());
    const int currentRow = m_list->currentIndex().row();
    m_model->refresh();
    const int row = m_model->rowOf(current);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(row >= 0 ? row : std::clamp(currentRow, 0, m_model->rowCount() - 1)));
    m_empty->setVisible(entries.isEmpty());
    m_delete->setEnabled(!entries.isEmpty());
}

QString HistoryPage::selectedRegion() const
{
    return m_region->currentData().toString();
}

void HistoryPage::selectRegion(const QString& regionId)
{
    const int index = m_region->findData(regionId);
    if (index >= 0)
        m_region->setCurrentIndex(index);
}

void HistoryPage::updateChart()
{
    const QString id = selectedRegion();
    const QDateTime now = m_wallClock();
    const auto span = ChartSpan(m_span->currentData().toInt());
    const QDateTime from = spanStart(span, now);
    const QDateTime to = now.addMSecs(1); // a session started this very moment is in
    if (id.isEmpty()) {
        const QString text
            = tr("No ratings yet. Rate your tension before or after a session, and the chart shows how it changes.");
        m_chart->setSeries({}, from, to, m_days, QString(), text);
        m_chartSummary->setText(text);
        return;
    }
    const Region* r = m_content.region(id);
    const QString name = r ? r->name : id;
    const RegionSeries series = regionSeries(m_journal.entries(), id);
    const QString text = describeSeries(name, summarize(series, from, to, m_days), span);
    m_chart->setSeries(series, from, to, m_days, name, text);
    m_chartSummary->setText(text);
}

void HistoryPage::updateWhatWorks()
{
    WhatWorks works = whatWorks(m_journal.entries());
    // Routines are named as they are called now, where they are still installed.
    const auto rename = [this](RoutineEffect& e) {
        if (const Routine* r = m_content.routine(e.routineId))
            e.routineName = r->name;
    };
    QStringList lines;
    for (RoutineEffect& e : works.routines) {
        rename(e);
        lines.append(describeEffect(e));
    }
    for (RoutineEffect& e : works.comparison.ranked)
        rename(e);
    if (lines.isEmpty()) {
        m_whatWorks->setText(
            tr("Rate your tension before and after your sessions: once a routine has %1 rated sessions, "
               "what it did for you shows here.")
                .arg(RoutineEffect::kMinSessions));
        m_comparison->hide();
        return;
    }
    m_whatWorks->setText(lines.join(QLatin1Char('\n')));
    m_comparison->setText(describeComparison(works.comparison));
    m_comparison->show();
}

void HistoryPage::updateFolderText()
{
    m_folder->setText(
        tr("Your journal is kept in %1. Each computer writes a file of its own there, so the folder can be "
           "synced between your computers (for example with Syncthing or Nextcloud) without conflicts.")
            .arg(QDir::toNativeSeparators(m_journal.folder())));
}

void HistoryPage::deleteSelected()
{
    const QString id = m_model->entryId(m_list->currentIndex().row());
    const JournalEntry* entry = m_journal.find(id);
    if (!entry)
        return;
    const QDateTime local = m_days.localTime(entry->started);
    const QString text
        = tr("Deleted “%1” of %2.").arg(entry->routineName, QLocale().toString(local, QLocale::ShortFormat));
    const int before = m_undo->count();
    m_undo->push(new DeleteSessionCommand(m_journal, *entry, [this](const UserDataProblem& p) { Q_EMIT problem(p); }));
    if (m_undo->count() > before) // not when the deletion could not be written
        showUndoBar(text);
    m_list->setFocus(Qt::OtherFocusReason);
}

void HistoryPage::showUndoBar(const QString& text)
{
    m_undoText->setText(text);
    m_undoBar->show();
}

void HistoryPage::exportCsv()
{
    const QDate today = m_days.dayOf(m_wallClock());
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/knead-journal-%1.csv").arg(today.toString(Qt::ISODate));
    QString path = m_saveChooser
        ? m_saveChooser(suggested)
        : QFileDialog::getSaveFileName(this, tr("Export the journal"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    const QList<JournalEntry>& entries = m_journal.entries();
    if (const QString error = JournalCsv::write(path, entries, m_content, m_days); !error.isEmpty()) {
        Q_EMIT problem({path, QString(), tr("The journal could not be exported: %1").arg(error)});
        return;
    }
    qsizetype ratings = 0;
    for (const JournalEntry& e : entries)
        ratings += e.tensionBefore.size() + e.tensionAfter.size();
    m_exportStatus->setText(
        tr("Exported %n rating(s) to %1.", nullptr, int(ratings)).arg(QDir::toNativeSeparators(path)));
    m_exportStatus->show();
}

void HistoryPage::chooseJournalFolder()
{
    const QString folder = m_folderChooser
        ? m_folderChooser(m_journal.folder())
        : QFileDialog::getExistingDirectory(this, tr("Choose a folder for your journal"), m_journal.folder());
    if (!folder.isEmpty())
        moveJournalTo(folder);
}

void HistoryPage::moveJournalTo(const QString& folder)
{
    const QString old = m_journal.folder();
    const Journal::MoveResult result = m_journal.moveTo(folder);
    if (m_journal.folder() == old) {
        if (!result.problem.isEmpty())
            Q_EMIT problem(result.problem);
        return;
    }
    const QString now = m_journal.folder();
    m_settings.setJournalFolder(now == QDir::cleanPath(m_defaultFolder) ? QString() : now);
    m_settings.flush();
    Q_EMIT message(
        tr("Your journal is now kept in %1 (%n file(s) copied). The old files are still in %2: Knead no longer uses "
           "them and deletes nothing without you.",
            nullptr, result.filesCopied)
            .arg(QDir::toNativeSeparators(now), QDir::toNativeSeparators(old)));
    if (!result.problem.isEmpty())
        Q_EMIT problem(result.problem);
    m_undo->clear(); // the entries deleted there are no business of the new folder
    m_undoBar->hide();
    updateFolderText();
    rebuild();
    Q_EMIT journalChanged();
}

void HistoryPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const auto direction = width() < kNarrowWidth ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_columns->direction() != direction)
        m_columns->setDirection(direction);
}

} // namespace knead
