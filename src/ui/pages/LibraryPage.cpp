// SPDX-License-Identifier: MIT
#include "LibraryPage.h"

#include "Favourites.h"
#include "LibraryDelegate.h"
#include "PlainText.h"
#include "Typography.h"
#include "UserRoutines.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace knead {

namespace {

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString countText(int techniques, int routines)
{
    const QString t = LibraryPage::tr("%n technique(s)", nullptr, techniques);
    const QString r = LibraryPage::tr("%n routine(s)", nullptr, routines);
    if (techniques == 0)
        return r;
    if (routines == 0)
        return t;
    //: "5 techniques and 3 routines"
    return LibraryPage::tr("%1 and %2").arg(t, r);
}

QComboBox* filterCombo(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

LibraryPage::LibraryPage(const Content& content, Settings& settings, Favourites& favourites, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_favourites(favourites)
{
    // Filters are not remembered yet: the library opens showing everything, or the region
    // the window asks for. Settings is taken now so remembering them needs no API change.
    Q_UNUSED(settings);
    setObjectName(QStringLiteral("libraryPage"));
    m_model = new LibraryModel(content, &favourites, this);
    const int unit = fontMetrics().height();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit, unit, unit, unit / 2);
    layout->setSpacing(unit / 2);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search techniques and routines"));
    m_search->setAccessibleName(tr("Search techniques and routines"));
    m_search->setAccessibleDescription(
        tr("Matches update as you type. Down arrow moves into the results; Enter opens the selected one."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumHeight(unit * 2);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    auto* filters = new QWidget(this);
    filters->setObjectName(QStringLiteral("libraryFilters"));
    auto* flow = new FlowLayout(filters, unit / 2, unit / 3);
    flow->setContentsMargins(0, 0, 0, 0);
    m_kind = filterCombo(QStringLiteral("kindFilter"), tr("Show techniques, routines or both"), filters);
    m_region = filterCombo(QStringLiteral("regionFilter"), tr("Filter by body region"), filters);
    m_pressure = filterCombo(QStringLiteral("pressureFilter"), tr("Filter by pressure"), filters);
    m_duration = filterCombo(QStringLiteral("durationFilter"), tr("Filter routines by length"), filters);
    m_tool = filterCombo(QStringLiteral("toolFilter"), tr("Filter by tool"), filters);
    m_favouritesOnly = new QToolButton(filters);
    m_favouritesOnly->setObjectName(QStringLiteral("favouritesOnly"));
    m_favouritesOnly->setText(tr("Favourites"));
    m_favouritesOnly->setAccessibleName(tr("Show favourites only"));
    m_favouritesOnly->setToolTip(tr("Show favourites only"));
    m_favouritesOnly->setCheckable(true);
    m_favouritesOnly->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_resetFilters = new QToolButton(filters);
    m_resetFilters->setObjectName(QStringLiteral("resetFilters"));
    m_resetFilters->setText(tr("Clear filters"));
    m_resetFilters->setAccessibleName(tr("Clear search and filters"));
    m_resetFilters->setAutoRaise(true);
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_kind, m_region, m_pressure, m_duration, m_tool, m_favouritesOnly, m_resetFilters})
        flow->addWidget(w);
    // Combos and buttons share one height so that the wrapped rows line up.
    m_favouritesOnly->setMinimumHeight(m_kind->sizeHint().height());
    m_resetFilters->setMinimumHeight(m_kind->sizeHint().height());
    layout->addWidget(filters);

    m_count = makeLabel(QString(), TextStyle::Caption, this);
    m_count->setObjectName(QStringLiteral("resultCount"));
    keepUnselectable(m_count);
    layout->addWidget(m_count);

    m_stack = new QStackedWidget(this);
    m_list = new QListView(m_stack);
    m_list->setObjectName(QStringLiteral("libraryList"));
    m_list->setAccessibleName(tr("Techniques and routines"));
    m_list->setModel(m_model);
    m_delegate = new LibraryDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->installEventFilter(this);
    m_stack->addWidget(m_list);

    auto* empty = new QWidget(m_stack);
    empty->setObjectName(QStringLiteral("libraryEmpty"));
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setSpacing(unit);
    emptyLayout->addStretch(1);
    m_emptyText = makeLabel(QString(), TextStyle::Heading, empty);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    QFont emptyFont = font();
    if (emptyFont.pointSizeF() > 0)
        emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    emptyFont.setWeight(QFont::DemiBold);
    m_emptyText->setFont(emptyFont);
    emptyLayout->addWidget(m_emptyText);
    m_emptyHint = makeLabel(QString(), TextStyle::Caption, empty);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    keepUnselectable(m_emptyHint);
    emptyLayout->addWidget(m_emptyHint);
    m_emptyClear = new QPushButton(tr("Clear search and filters"), empty);
    m_emptyClear->setObjectName(QStringLiteral("clearFilters"));
    m_emptyClear->setAccessibleName(tr("Clear search and filters"));
    emptyLayout->addWidget(m_emptyClear, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(empty);
    layout->addWidget(m_stack, 1);

    m_open = new QAction(tr("Open"), this);
    m_toggleFavourite = new QAction(tr("Add to favourites"), this);
    m_toggleFavourite->setObjectName(QStringLiteral("toggleFavourite"));
    m_toggleFavourite->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    // Only while the library has focus, so the window can use Ctrl+D elsewhere.
    m_toggleFavourite->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_toggleFavourite);
    m_list->addAction(m_open);
    m_list->addAction(m_toggleFavourite);
    m_edit = new QAction(tr("Edit routine"), this);
    m_edit->setObjectName(QStringLiteral("editRoutine"));
    m_duplicate = new QAction(tr("Duplicate into your routines"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateRoutine"));
    m_list->addAction(m_edit);
    m_list->addAction(m_duplicate);

    buildFilterCombos();
    updateIcons();

    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_currentToTop = true;
        applyFilter();
        m_currentToTop = false;
    });
    for (QComboBox* combo : {m_kind, m_region, m_pressure, m_duration, m_tool})
        connect(combo, &QComboBox::currentIndexChanged, this, &LibraryPage::applyFilter);
    connect(m_favouritesOnly, &QToolButton::toggled, this, &LibraryPage::applyFilter);
    connect(m_resetFilters, &QToolButton::clicked, this, &LibraryPage::clearFilters);
    connect(m_emptyClear, &QPushButton::clicked, this, &LibraryPage::clearFilters);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_delegate, &LibraryDelegate::favouriteToggleRequested, this,
        [this](const QModelIndex& index) { toggleFavourite(index.row()); });
    connect(m_open, &QAction::triggered, this, [this] { openRow(m_list->currentIndex().row()); });
    connect(m_toggleFavourite, &QAction::triggered, this, [this] { toggleFavourite(m_list->currentIndex().row()); });
    connect(
        m_edit, &QAction::triggered, this, [this] { Q_EMIT editRequested(m_model->id(m_list->currentIndex().row())); });
    connect(m_duplicate, &QAction::triggered, this,
        [this] { Q_EMIT duplicateRequested(m_model->id(m_list->currentIndex().row())); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &LibraryPage::rememberCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPage::restoreCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LibraryPage::updateActions);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &LibraryPage::updateActions);

    // No row is current until the person moves to one: the first Down from the search field
    // goes to the first result.
    updateState();
}

void LibraryPage::buildFilterCombos()
{
    m_updatingCombos = true;
    auto refill = [](QComboBox* combo, const QList<std::pair<QString, QVariant>>& items) {
        const QVariant keep = combo->currentData();
        combo->clear();
        for (const auto& [label, value] : items)
            combo->addItem(label, value);
        const int index = combo->findData(keep);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    refill(m_kind,
        {{tr("Techniques and routines"), int(LibraryFilter::Kind::All)},
            {tr("Techniques"), int(LibraryFilter::Kind::Techniques)},
            {tr("Routines"), int(LibraryFilter::Kind::Routines)}});
    QList<std::pair<QString, QVariant>> regions {{tr("All body regions"), QString()}};
    for (const QString& id : m_model->regionIds()) {
        const Region* region = m_content.region(id);
        regions.append({region ? region->name : id, id});
    }
    refill(m_region, regions);
    refill(m_pressure,
        {{tr("Any pressure"), QString()}, {tr("Light pressure"), pressureId(Pressure::Light)},
            {tr("Medium pressure"), pressureId(Pressure::Medium)}, {tr("Firm pressure"), pressureId(Pressure::Firm)}});
    refill(m_duration,
        {{tr("Any length"), int(LibraryFilter::Duration::Any)},
            {tr("Up to 5 minutes"), int(LibraryFilter::Duration::UpTo5Minutes)},
            {tr("5 to 15 minutes"), int(LibraryFilter::Duration::From5To15Minutes)},
            {tr("Over 15 minutes"), int(LibraryFilter::Duration::Over15Minutes)}});
    QList<std::pair<QString, QVariant>> tools {{tr("Any tool"), QString()}};
    for (const QString& id : m_model->toolIds())
        tools.append({capitalised(toolLabel(id)), id});
    refill(m_tool, tools);
    m_updatingCombos = false;
}

void LibraryPage::applyFilter()
{
    if (m_updatingCombos)
        return;
    LibraryFilter f;
    f.query = m_search->text();
    f.kind = LibraryFilter::Kind(m_kind->currentData().toInt());
    f.regionId = m_region->currentData().toString();
    f.pressure = pressureFromId(m_pressure->currentData().toString());
    f.duration = LibraryFilter::Duration(m_duration->currentData().toInt());
    f.toolId = m_tool->currentData().toString();
    f.favouritesOnly = m_favouritesOnly->isChecked();
    m_model->setFilter(f);
    updateState();
}

void LibraryPage::rememberCurrent()
{
    const int row = m_list->currentIndex().row();
    m_keptId = row >= 0 && !m_currentToTop ? m_model->id(row) : QString();
    m_keptKind = row >= 0 ? m_model->kind(row) : ItemKind::Technique;
}

void LibraryPage::restoreCurrent()
{
    // After typing no row is current: Down then goes to the first result and Enter opens
    // it, as in a search field's list of suggestions.
    if (m_currentToTop) {
        m_list->setCurrentIndex(QModelIndex());
        m_list->scrollToTop();
        updateState();
        return;
    }
    const int row = m_keptId.isEmpty() ? -1 : m_model->rowOf(m_keptKind, m_keptId);
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row));
        m_list->scrollTo(m_model->index(row));
    }
    updateState();
}

void LibraryPage::updateState()
{
    const LibraryFilter& f = m_model->filter();
    const int rows = m_model->rowCount();
    m_stack->setCurrentIndex(rows == 0 ? 1 : 0);
    m_resetFilters->setVisible(f.narrows());

    int techniques = 0;
    for (int row = 0; row < rows; ++row) {
        if (m_model->kind(row) == ItemKind::Technique)
            ++techniques;
    }
    m_count->setText(rows == 0 ? tr("No matches") : countText(techniques, rows - techniques));

    const QString q = f.query.trimmed();
    QString message;
    if (!q.isEmpty() && f.narrows())
        message = tr("No technique or routine matches “%1” with the filters you chose.").arg(q);
    else if (!q.isEmpty())
        message = tr("No technique or routine matches “%1”.").arg(q);
    else if (f.favouritesOnly && m_favourites.keys().isEmpty())
        message = tr("You have no favourites yet. Mark a technique or routine with its star, or press Ctrl+D.");
    else
        message = tr("No technique or routine matches the filters you chose.");
    m_emptyText->setText(message);
    QStringList hints;
    if (searchWords(q).size() > 1)
        hints.append(tr("Every word has to match; try fewer words."));
    else if (!q.isEmpty())
        hints.append(tr("Try another word or spelling."));
    if (f.narrows())
        hints.append(tr("Clearing the filters searches everything."));
    m_emptyHint->setText(hints.join(QLatin1Char(' ')));
    m_emptyHint->setVisible(!hints.isEmpty());
    m_emptyClear->setText(!q.isEmpty() && f.narrows() ? tr("Clear search and filters")
            : !q.isEmpty()                            ? tr("Clear search")
                                                      : tr("Clear filters"));
    updateActions();
}

void LibraryPage::updateActions()
{
    const int row = m_list->currentIndex().row();
    const bool valid = row >= 0 && row < m_model->rowCount();
    m_open->setEnabled(valid);
    m_toggleFavourite->setEnabled(valid);
    const bool favourite = valid && m_model->data(m_model->index(row), LibraryModel::FavouriteRole).toBool();
    m_toggleFavourite->setText(favourite ? tr("Remove from favourites") : tr("Add to favourites"));
    // Routines only; editing in place only for the person's own, the rest are copied first.
    const bool routine = valid && m_model->kind(row) == ItemKind::Routine;
    const Routine* r = routine ? m_content.routine(m_model->id(row)) : nullptr;
    m_edit->setVisible(r && UserRoutines::isOwn(*r));
    m_duplicate->setVisible(routine);
}

void LibraryPage::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QString id = m_model->id(row);
    if (m_model->kind(row) == ItemKind::Technique)
        Q_EMIT techniqueRequested(id);
    else
        Q_EMIT routineRequested(id);
}

void LibraryPage::toggleFavourite(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_favourites.toggle(m_model->kind(row), m_model->id(row));
}

void LibraryPage::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_list->currentIndex().row();
    const int row = current < 0 ? 0 : std::clamp(current + delta, 0, rows - 1);
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_model->index(row));
}

bool LibraryPage::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search && QKeySequence(key->keyCombination()) == m_toggleFavourite->shortcut()) {
        // Line edits take Ctrl+D as "delete" on Linux; in the search field it is the
        // favourite shortcut like everywhere else on the page. Claiming the override makes
        // the key arrive here as a key press instead of going to the action.
        if (type == QEvent::ShortcutOverride) {
            event->accept();
        } else {
            // As Enter does: the marked result, or the first when none is marked yet.
            toggleFavourite(m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0);
        }
        return true;
    }
    if (type != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1); // from no current row (just typed) to the first
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openRow(m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0);
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    } else if (watched == m_list) {
        if (key->key() == Qt::Key_Up && m_list->currentIndex().row() <= 0) {
            focusSearch();
            return true;
        }
        // Typing while in the list continues the search instead of jumping by first letter.
        const QString text = key->text();
        const bool printable = !text.isEmpty() && text.at(0).isPrint()
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (printable) {
            // Other focus reasons would select the query, and the key would replace it.
            m_search->setFocus(Qt::OtherFocusReason);
            m_search->deselect();
            m_search->end(false);
            m_search->insert(text);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateIcons();
}

void LibraryPage::updateIcons()
{
    const int size = fontMetrics().height();
    m_favouritesOnly->setIconSize(QSize(size, size));
    m_favouritesOnly->setIcon(LibraryDelegate::starIcon(palette()));
}

void LibraryPage::focusSearch()
{
    // No row is current while the search field has the focus, so the first Down goes to the
    // first result: the list made its first row current when it had the focus on the way in.
    m_list->setCurrentIndex(QModelIndex());
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LibraryPage::setRegionFilter(const QString& regionId)
{
    int index = m_region->findData(regionId);
    if (index < 0) {
        // A region nothing uses yet: offer it anyway so the empty list explains itself.
        const Region* region = m_content.region(regionId);
        m_updatingCombos = true;
        m_region->addItem(region ? region->name : regionId, regionId);
        m_updatingCombos = false;
        index = m_region->count() - 1;
    }
    m_region->setCurrentIndex(index);
    applyFilter();
}

QString LibraryPage::query() const
{
    return m_search->text();
}

const LibraryFilter& LibraryPage::filter() const
{
    return m_model->filter();
}

void LibraryPage::clearFilters()
{
    m_updatingCombos = true;
    m_search->clear();
    for (QComboBox* combo : {m_kind, m_region, m_pressure, m_duration, m_tool})
        combo->setCurrentIndex(0);
    m_favouritesOnly->setChecked(false);
    m_updatingCombos = false;
    m_currentToTop = true;
    applyFilter();
    m_currentToTop = false;
    m_search->setFocus(Qt::OtherFocusReason);
}

QList<std::pair<QString, QString>> LibraryPage::keyHelp()
{
    // Kept beside eventFilter(), which handles exactly these in the search field.
    return {{tr("From the search field to the results"), tr("Down, Up")}, {tr("Open the result"), tr("Enter")},
        {tr("Clear the search"), tr("Esc")}};
}

int LibraryPage::scrollPosition() const
{
    return m_list->verticalScrollBar()->value();
}

void LibraryPage::setScrollPosition(int position)
{
    m_list->verticalScrollBar()->setValue(position);
}

void LibraryPage::reload()
{
    m_model->reload();
    buildFilterCombos();
    applyFilter();
}

} // namespace knead
