// SPDX-License-Identifier: MIT
#include "HomePage.h"

#include "BodyMapWidget.h"
#include "Controls.h"
#include "Journal.h"
#include "RoutineDelegate.h"
#include "RoutineListModel.h"
#include "RoutineSuggestion.h"
#include "TensionSeries.h"
#include "Typography.h"

#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace knead {

HomePage::HomePage(const Content& content, const Journal& journal, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("homePage"));
    // Left: the question the page asks, and the body to answer it on.
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(kUnit);
    m_prompt = makeLabel(tr("Where do you feel tension?"), TextStyle::Title, left, "homePrompt");
    leftLayout->addWidget(m_prompt);
    m_legend
        = makeLabel(tr("Pick a region on the body, or several with Ctrl. The number on a region is how many routines "
                       "work it; hatched areas are not regions."),
            TextStyle::Caption, left, "homeLegend");
    leftLayout->addWidget(m_legend);
    m_map = new BodyMapWidget(content, left);
    leftLayout->addWidget(m_map, 1);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(10);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(kUnit);
    m_quickStartButton = new QPushButton(icon(Icon::Play), QString(), right);
    m_quickStartButton->setObjectName(QStringLiteral("quickStart"));
    makePrimary(m_quickStartButton);
    m_quickStartButton->setMinimumWidth(m_quickStartButton->fontMetrics().averageCharWidth() * 14);
    m_quickStartButton->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_quickStartButton->installEventFilter(this);
    auto* library = makeButton(
        tr("&Library"), Icon::Library, right, "openLibrary", tr("Browse the library of techniques and routines"));
    actions->addWidget(m_quickStartButton, 1);
    actions->addWidget(library);
    rightLayout->addLayout(actions);

    m_heading = makeLabel(QString(), TextStyle::Heading, right, "routinesHeading");
    rightLayout->addWidget(m_heading);
    m_trend = makeLabel(QString(), TextStyle::Caption, right, "tensionTrend");
    m_trend->hide();
    rightLayout->addWidget(m_trend);
    m_suggestion = new RoutineSuggestion(content, journal, right);
    rightLayout->addWidget(m_suggestion);
    connect(m_suggestion, &RoutineSuggestion::routineRequested, this, &HomePage::routineRequested);

    m_model = new RoutineListModel(content, this);
    m_list = new QListView(right);
    m_list->setObjectName(QStringLiteral("homeRoutines"));
    m_list->setAccessibleName(tr("Routines"));
    m_list->setItemDelegate(new RoutineDelegate(m_list));
    m_list->setMouseTracking(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->viewport()->setAutoFillBackground(false);
    // Cards wrap their text to the width they get, so they are as tall as they need.
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The full library is taller than any window, so the list starts with its scroll bar:
    // its cards are then measured once, at their final width, instead of again when the bar
    // appears. Until the list is first painted, it lays out its cards in batches: a screenful
    // is measured before the first frame, the rest just after it. Once painted, the bar shows
    // only when needed (a short filtered list) and the layout is done in one pass (Qt 6.4's
    // batched layout can lose the list's items when the width changes in the middle).
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(8);
    m_list->viewport()->installEventFilter(this);
    m_list->setWordWrap(true);
    // The model last: each setting above lays the items out again when there are any.
    m_list->setModel(m_model);
    rightLayout->addWidget(m_list, 1);
    m_empty = makeLabel(tr("No routine works on this region yet. Try a neighbouring region, or browse the library."),
        TextStyle::Caption, right, "homeEmpty");
    m_empty->hide();
    rightLayout->addWidget(m_empty);

    m_columns = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_columns->setContentsMargins(3 * kUnit, 2 * kUnit, 3 * kUnit, 2 * kUnit);
    m_columns->setSpacing(3 * kUnit);
    m_columns->addWidget(left, 5);
    m_columns->addWidget(right, 6);
    // The side-by-side minimum must not hold the page wide: below kNarrowWidth it stacks
    // (resizeEvent), and minimumSizeHint() gives the stacked minimum.
    m_columns->setSizeConstraint(QLayout::SetNoConstraint);

    connect(m_map, &BodyMapWidget::selectionChanged, this, &HomePage::onSelectionChanged);
    connect(m_map, &BodyMapWidget::regionActivated, this, [this] {
        m_list->setFocus(Qt::OtherFocusReason);
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
    });
    // One click opens a card, as a link would; Enter opens the current one.
    connect(m_list, &QListView::clicked, this, &HomePage::openCurrent);
    connect(m_list, &QListView::activated, this, &HomePage::openCurrent);
    connect(library, &QPushButton::clicked, this, &HomePage::libraryRequested);
    connect(m_quickStartButton, &QPushButton::clicked, this, [this] {
        if (!m_quickStart.isEmpty())
            Q_EMIT routineRequested(m_quickStart);
    });
    setTabOrder(m_map, m_quickStartButton);
    setTabOrder(m_quickStartButton, library);
    setTabOrder(library, m_list);
    refreshContent();
}

void HomePage::refreshContent()
{
    m_map->setRegions(m_content);
    QHash<QString, int> counts;
    for (const Region& r : m_content.regions())
        counts.insert(r.id, int(m_content.routinesForRegion(r.id).size()));
    m_map->setRoutineCounts(counts);
    onSelectionChanged(m_map->selectedRegions());
    setQuickStart(m_quickStart);
}

void HomePage::addAccessory(QWidget* widget)
{
    QWidget* column = m_list->parentWidget();
    widget->setParent(column);
    static_cast<QBoxLayout*>(column->layout())->insertWidget(1, widget);
}

QStringList HomePage::selectedRegions() const
{
    return m_map->selectedRegions();
}

void HomePage::setSelectedRegions(const QStringList& regionIds)
{
    m_map->setSelectedRegions(regionIds);
}

void HomePage::setQuickStart(const QString& routineId)
{
    const Routine* routine = m_content.routine(routineId);
    m_quickStart = routine ? routine->id : QString();
    m_quickStartButton->setVisible(routine != nullptr);
    if (routine) {
        m_quickStartName = routine->name;
        m_quickStartButton->setAccessibleName(
            tr("Quick start: %1, %2").arg(routine->name, formatDuration(routine->totalSeconds())));
        m_quickStartButton->setToolTip(tr("Start: %1").arg(routine->name));
        updateQuickStartText();
    }
}

void HomePage::onSelectionChanged(const QStringList& regionIds)
{
    m_model->setRegions(regionIds);
    QStringList names;
    for (const QString& id : regionIds) {
        if (const Region* r = m_content.region(id))
            names.append(r->name);
    }
    m_heading->setText(
        names.isEmpty() ? tr("All routines") : tr("Routines for %1").arg(names.join(QStringLiteral(", "))));
    m_empty->setVisible(m_model->rowCount() == 0);
    refreshTrend();
    Q_EMIT selectionChanged(regionIds);
}

void HomePage::refreshTrend()
{
    QStringList lines;
    for (const QString& id : m_map->selectedRegions()) {
        const QList<int> trend = regionSeries(m_journal.entries(), id).recentLevels(5);
        if (trend.isEmpty())
            continue;
        QStringList values;
        for (int value : trend)
            values.append(QString::number(value));
        const Region* r = m_content.region(id);
        lines.append(tr("Your tension in %1 over the last sessions: %2 (out of 10)")
                         .arg(r ? r->name.toLower() : id, values.join(QStringLiteral(" → "))));
    }
    m_trend->setText(lines.join(QLatin1Char('\n')));
    m_trend->setVisible(!lines.isEmpty());
    m_suggestion->showFor(m_map->selectedRegions());
}

void HomePage::openCurrent()
{
    const QString id = m_model->routineId(m_list->currentIndex().row());
    if (!id.isEmpty())
        Q_EMIT routineRequested(id);
}

void HomePage::updateQuickStartText()
{
    // Elided to the room it has; the full name is in the tooltip and the accessible name.
    const QFontMetrics fm(m_quickStartButton->font());
    const int room = std::max(fm.averageCharWidth() * 10, m_quickStartButton->width() - fm.averageCharWidth() * 4);
    m_quickStartButton->setText(fm.elidedText(tr("Start: %1").arg(m_quickStartName), Qt::ElideRight, room)
                                    .replace(QLatin1Char('&'), QStringLiteral("&&")));
}

QSize HomePage::minimumSizeHint() const
{
    const QMargins m = m_columns->contentsMargins();
    const QSize map = m_map->parentWidget()->minimumSizeHint();
    const QSize list = m_list->parentWidget()->minimumSizeHint();
    return {std::max(map.width(), list.width()) + m.left() + m.right(),
        std::max(map.height(), list.height()) + m.top() + m.bottom()};
}

bool HomePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_quickStartButton && event->type() == QEvent::Resize)
        updateQuickStartText();
    if (watched == m_list->viewport() && event->type() == QEvent::Paint) {
        // The first screenful is painted (see the constructor): the rest of the cards are
        // laid out in one pass, and from now on the scroll bar shows only when needed.
        m_list->viewport()->removeEventFilter(this);
        QTimer::singleShot(0, m_list, [list = m_list] {
            list->setLayoutMode(QListView::SinglePass);
            list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        });
    }
    return QWidget::eventFilter(watched, event);
}

void HomePage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const bool narrow = width() < kNarrowWidth;
    const auto direction = narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_columns->direction() != direction) {
        m_columns->setDirection(direction);
        // Stacked, the map needs the height: a smaller prompt, the legend in the map's tooltip.
        applyTextStyle(m_prompt, narrow ? TextStyle::Heading : TextStyle::Title);
        m_legend->setVisible(!narrow);
        m_map->setToolTip(narrow ? m_legend->text() : QString());
        m_columns->setStretch(0, narrow ? 3 : 5);
        m_columns->setStretch(1, narrow ? 2 : 6);
        // The layout has no size constraint, so it does not relayout on its own here.
        m_columns->activate();
    }
}

} // namespace knead
