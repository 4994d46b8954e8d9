// SPDX-License-Identifier: MIT
#include "PreparationPage.h"

#include "Controls.h"
#include "Palette.h"
#include "RoutineListModel.h"
#include "TensionRating.h"
#include "Typography.h"
#include "UserRoutines.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QScrollBar>

#include <QFrame>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <utility>

namespace knead {

namespace {

// A framed box for what must not be missed, tinted from the palette when it is painted, so
// it reads in light and dark themes alike and follows a change of theme.
class Notice final : public QFrame
{
public:
    Notice(QWidget* parent, const char* objectName)
        : QFrame(parent)
    {
        setObjectName(QString::fromLatin1(objectName));
        setFrameShape(QFrame::StyledPanel);
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QPainter(this).fillRect(rect(), cautionBackground(palette()));
        QFrame::paintEvent(event);
    }
};

// Guidance text compared for repeats: case, spacing and the final full stop do not count.
QString normalised(const QString& text)
{
    QString out = text.simplified().toCaseFolded();
    while (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out;
}

// A bulleted list of plain-text items, wrapped, in one label per item.
QWidget* bulletList(const QStringList& items, QWidget* parent, const char* objectName)
{
    auto* list = new QWidget(parent);
    list->setObjectName(QString::fromLatin1(objectName));
    auto* grid = new QGridLayout(list);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(kUnit);
    grid->setVerticalSpacing(kUnit / 2);
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < items.size(); ++i) {
        QLabel* bullet = makeLabel(QStringLiteral("•"), TextStyle::Body, list);
        keepUnselectable(bullet);
        grid->addWidget(bullet, i, 0, Qt::AlignTop);
        grid->addWidget(makeLabel(items[i], TextStyle::Body, list), i, 1);
    }
    return list;
}

// The page's readable column. Its preferred size is its full reading width and the height
// its text takes there: the layouts above it ask for that (QLayout::totalSizeHint measures
// a height-for-width layout at its preferred width), and the default, the widest of its
// labels' preferred widths, made every label shape its text at two more widths that the
// page never shows.
class ReadingColumn final : public QWidget
{
public:
    using QWidget::QWidget;

    QSize sizeHint() const override
    {
        const int width = maximumWidth();
        return {width, layout()->totalHeightForWidth(width)};
    }
};

} // namespace

PreparationPage::PreparationPage(const Content& content, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
{
    setObjectName(QStringLiteral("preparationPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("preparationScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_body = new QWidget(scroll);
    m_layout = new QVBoxLayout(m_body);
    m_layout->setContentsMargins(3 * kUnit, 2 * kUnit, 3 * kUnit, 2 * kUnit);
    m_layout->setSpacing(kUnit);
    scroll->setWidget(m_body);
    m_scroll = scroll;
    connect(scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        if (m_pendingScroll >= 0 && m_pendingScroll <= maximum)
            m_scroll->verticalScrollBar()->setValue(std::exchange(m_pendingScroll, -1));
    });
    outer->addWidget(scroll, 1);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(3 * kUnit, kUnit, 3 * kUnit, 2 * kUnit);
    m_edit = makeButton(tr("&Edit"), Icon::Edit, this, "editRoutine", tr("Edit this routine"));
    m_duplicate = makeButton(tr("Du&plicate"), Icon::Copy, this, "duplicateRoutine",
        tr("Duplicate this routine into your own, to change it"));
    m_duplicate->setToolTip(tr("Make your own copy of this routine to change; the original stays as it is"));
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_routineId); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { Q_EMIT duplicateRequested(m_routineId); });
    bar->addWidget(m_edit);
    bar->addWidget(m_duplicate);
    bar->addStretch(1);
    m_start = new QPushButton(icon(Icon::Play), tr("&Start session"), this);
    m_start->setObjectName(QStringLiteral("startSession"));
    makePrimary(m_start);
    bar->addWidget(m_start);
    outer->addLayout(bar);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (!m_routineId.isEmpty())
            Q_EMIT startRequested(m_routineId, ratings());
    });
}

void PreparationPage::clear()
{
    m_checkLabels.clear();
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        if (QWidget* w = item->widget())
            w->deleteLater();
        delete item;
    }
    m_rating = nullptr;
}

QMap<QString, int> PreparationPage::ratings() const
{
    return m_rating ? m_rating->ratings() : QMap<QString, int>();
}

void PreparationPage::showRoutine(const QString& routineId)
{
    clear();
    const Routine* routine = m_content.routine(routineId);
    m_routineId = routine ? routine->id : QString();
    m_start->setEnabled(routine != nullptr);
    // Only the person's own routines are edited in place; bundled ones are copied first.
    m_edit->setVisible(routine && UserRoutines::isOwn(*routine));
    m_duplicate->setEnabled(routine != nullptr);
    if (!routine)
        return;
    m_start->setAccessibleName(tr("Start %1").arg(routine->name));

    // A readable column, centred, however wide the window.
    auto* column = new ReadingColumn(m_body);
    column->setMaximumWidth(column->fontMetrics().averageCharWidth() * (kReadingWidth + 18));
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(kUnit);
    auto* centring = new QHBoxLayout;
    centring->setSpacing(0);
    centring->addStretch(1);
    centring->addWidget(column, 100);
    centring->addStretch(1);
    auto* holder = new QWidget(m_body);
    holder->setLayout(centring);
    m_layout->addWidget(holder);
    m_layout->addStretch(1);
    const auto section = [&](const QString& title) {
        layout->addSpacing(kUnit);
        layout->addWidget(makeLabel(title, TextStyle::Heading, column));
    };

    layout->addWidget(makeLabel(routine->name, TextStyle::Title, column, "routineName"));
    layout->addWidget(makeLabel(tr("%1 · %n step(s)", nullptr, int(routine->steps.size()))
                                    .arg(RoutineListModel::detailLine(m_content, *routine)),
        TextStyle::Caption, column, "routineDetail"));
    layout->addWidget(makeLabel(routine->summary, TextStyle::Large, column, "routineSummary"));
    if (!routine->description.isEmpty())
        layout->addWidget(makeLabel(routine->description, TextStyle::Body, column, "routineDescription"));

    section(tr("What you need"));
    QStringList tools;
    for (const QString& id : routine->equipment(m_content))
        tools.append(toolLabel(id));
    layout->addWidget(makeLabel(tools.isEmpty() ? tr("No tools needed: your hands are enough.")
                                                : tr("Have these at hand: %1.").arg(tools.join(QStringLiteral(", "))),
        TextStyle::Body, column, "routineTools"));

    if (!routine->preparation.isEmpty()) {
        section(tr("Before you start"));
        for (int i = 0; i < routine->preparation.size(); ++i) {
            // Check boxes, so people can tick things off; nothing depends on them. The text
            // is a label beside the box, so long items wrap instead of being cut off.
            auto* row = new QHBoxLayout;
            row->setSpacing(kUnit);
            auto* box = new QCheckBox(column);
            box->setObjectName(QStringLiteral("prepItem%1").arg(i));
            box->setAccessibleName(routine->preparation[i]);
            QLabel* text = makeLabel(routine->preparation[i], TextStyle::Body, column);
            text->setBuddy(box);
            text->installEventFilter(this);
            m_checkLabels.insert(text, box);
            row->addWidget(box, 0, Qt::AlignTop);
            row->addWidget(text, 1);
            layout->addLayout(row);
        }
    }

    // Safety: the routine's note, then when to stop (red flags) and when not to do it
    // (cautions) of every technique the routine uses, but only what concerns the regions it
    // works, and nothing said twice.
    auto* safety = new Notice(column, "safetyNotice");
    auto* safetyLayout = new QVBoxLayout(safety);
    safetyLayout->setContentsMargins(2 * kUnit, 2 * kUnit, 2 * kUnit, 2 * kUnit);
    safetyLayout->setSpacing(kUnit);
    safetyLayout->addWidget(makeLabel(tr("Safety"), TextStyle::Heading, safety));
    safetyLayout->addWidget(makeLabel(routine->safety, TextStyle::Body, safety, "safetyNote"));
    QStringList worked = routine->regions;
    for (const Step& step : routine->steps) {
        if (!step.region.isEmpty() && !worked.contains(step.region))
            worked.append(step.region);
    }
    QStringList said {normalised(routine->safety)};
    const auto gather = [&](auto member) {
        QStringList out;
        for (const QString& id : routine->techniqueIds()) {
            const Technique* t = m_content.technique(id);
            if (!t)
                continue;
            for (const Guidance& g : t->*member) {
                const QString key = normalised(g.text);
                const bool repeated
                    = std::any_of(said.cbegin(), said.cend(), [&](const QString& s) { return s.contains(key); });
                if (g.concerns(worked) && !repeated) {
                    said.append(key);
                    out.append(g.text);
                }
            }
        }
        return out;
    };
    const QStringList flags = gather(&Technique::redFlags);
    const QStringList cautions = gather(&Technique::cautions);
    if (!flags.isEmpty()) {
        safetyLayout->addWidget(makeLabel(tr("Stop, and get help, if:"), TextStyle::Body, safety, "redFlagsHeading"));
        safetyLayout->addWidget(bulletList(flags, safety, "redFlags"));
    }
    if (!cautions.isEmpty()) {
        safetyLayout->addWidget(
            makeLabel(tr("Do not do it, or ask first, if:"), TextStyle::Body, safety, "cautionsHeading"));
        safetyLayout->addWidget(bulletList(cautions, safety, "cautions"));
    }
    layout->addSpacing(kUnit);
    layout->addWidget(safety);

    section(tr("How tense is it now? (optional)"));
    layout->addWidget(makeLabel(
        tr("0 is none, 10 the worst you can imagine. Your ratings before and after are kept in your journal."),
        TextStyle::Caption, column));
    m_rating = new TensionRating(QStringLiteral("tensionBefore-"), column);
    m_rating->setRegions(m_content, routine->regions);
    layout->addWidget(m_rating);

    section(tr("Steps"));
    QStringList steps;
    for (int i = 0; i < routine->steps.size(); ++i) {
        const Step& s = routine->steps[i];
        const QString length = s.isTimed() ? formatClock(s.durationSeconds) : tr("when ready");
        //: A line of the step list: number, title, length ("0:30" or "when ready").
        steps.append(tr("%1. %2 (%3)").arg(i + 1).arg(s.title, length));
    }
    layout->addWidget(makeLabel(steps.join(QLatin1Char('\n')), TextStyle::Body, column, "stepList"));
    m_start->setFocus(Qt::OtherFocusReason);
    // A routine opens at its top, wherever the last one was left.
    m_pendingScroll = -1;
    m_scroll->verticalScrollBar()->setValue(0);
}

int PreparationPage::scrollPosition() const
{
    return m_scroll->verticalScrollBar()->value();
}

void PreparationPage::setScrollPosition(int position)
{
    // A page just rebuilt has its height only once the scroll area lays it out: the position
    // is applied now if it fits, else when the range has grown to hold it.
    QScrollBar* bar = m_scroll->verticalScrollBar();
    m_pendingScroll = position > bar->maximum() ? position : -1;
    bar->setValue(position);
}

bool PreparationPage::eventFilter(QObject* watched, QEvent* event)
{
    // A click on a checklist item's text ticks its box, as on a check box's own text.
    if (event->type() == QEvent::MouseButtonRelease) {
        if (QCheckBox* box = m_checkLabels.value(watched))
            box->toggle();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace knead
