// SPDX-License-Identifier: MIT
#include "TechniquePage.h"

#include "Favourites.h"
#include "LibraryDelegate.h"
#include "LibraryModel.h"
#include "Palette.h"
#include "PlainText.h"
#include "Typography.h"

#include <QAbstractButton>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace knead {

namespace {

QFont scaledFont(const QFont& font, qreal factor, QFont::Weight weight)
{
    QFont f = font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(std::max(1, int(std::lround(f.pixelSize() * factor))));
    f.setWeight(weight);
    return f;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// The colour of cautions: a red whose lightness follows the palette, so that it keeps its
// contrast on light and dark windows. The palette has no role for warnings; red is the one
// colour people already read as "careful".
QColor cautionAccent(const QPalette& palette)
{
    const QColor highlight = palette.color(QPalette::Highlight).toHsl();
    const float saturation = std::max(0.55f, highlight.hslSaturationF());
    return QColor::fromHslF(0.015f, saturation, isDarkPalette(palette) ? 0.68f : 0.42f);
}

// The set-apart box for cautions and red flags: a faint tint of the caution colour with a
// bar down its leading edge.
class CautionBox : public QWidget
{
public:
    explicit CautionBox(QWidget* parent = nullptr)
        : QWidget(parent)
    { }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette& p = palette();
        const QColor accent = cautionAccent(p);
        const QColor window = p.color(QPalette::Window);
        const qreal radius = fontMetrics().height() * 0.5;
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        painter.setPen(QPen(mixColors(window, accent, 0.45), 1.0));
        painter.setBrush(mixColors(window, accent, isDarkPalette(p) ? 0.13 : 0.07));
        painter.drawRoundedRect(r, radius, radius);
        QPainterPath clip;
        clip.addRoundedRect(r, radius, radius);
        painter.setClipPath(clip);
        painter.setPen(Qt::NoPen);
        painter.setBrush(accent);
        const qreal bar = std::max(3.0, fontMetrics().height() * 0.22);
        const QRectF edge = layoutDirection() == Qt::LeftToRight ? QRectF(r.left(), r.top(), bar, r.height())
                                                                 : QRectF(r.right() - bar, r.top(), bar, r.height());
        painter.drawRect(edge);
    }
};

// A routine that uses the technique, as a large, clearly clickable row: its name, its length
// and how much of it is this technique.
class RoutineLink : public QAbstractButton
{
public:
    RoutineLink(const QString& name, const QString& detail, QWidget* parent)
        : QAbstractButton(parent)
        , m_name(name)
        , m_detail(detail)
    {
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::StrongFocus);
        setAttribute(Qt::WA_Hover);
        setAccessibleName(name);
        setAccessibleDescription(detail);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    QSize sizeHint() const override
    {
        const int unit = fontMetrics().height();
        const QFont nameFont = scaledFont(font(), 1.0, QFont::DemiBold);
        return QSize(unit * 16, QFontMetrics(nameFont).height() + fontMetrics().height() + unit * 6 / 5 + 2);
    }
    QSize minimumSizeHint() const override { return QSize(fontMetrics().height() * 8, sizeHint().height()); }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette& p = palette();
        const int unit = fontMetrics().height();
        const qreal radius = unit * 0.45;
        const QColor window = p.color(QPalette::Window);
        const QColor text = p.color(QPalette::WindowText);
        const QColor highlight = p.color(QPalette::Highlight);
        const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
        QColor fill = mixColors(window, text, 0.03);
        if (isDown())
            fill = mixColors(window, highlight, 0.22);
        else if (underMouse())
            fill = mixColors(window, highlight, 0.1);
        painter.setBrush(fill);
        painter.setPen(hasFocus() ? QPen(highlight, 2.0) : QPen(mixColors(window, text, 0.18), 1.0));
        painter.drawRoundedRect(r, radius, radius);

        const int pad = unit * 3 / 5;
        const int chevron = unit;
        const QRect content = rect().adjusted(unit * 4 / 5, pad, -(unit * 4 / 5 + chevron), -pad);
        const QFont nameFont = scaledFont(font(), 1.0, QFont::DemiBold);
        const QFontMetrics nameMetrics(nameFont);
        painter.setFont(nameFont);
        painter.setPen(text);
        painter.drawText(QRect(content.left(), content.top(), content.width(), nameMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, nameMetrics.elidedText(m_name, Qt::ElideRight, content.width()));
        painter.setFont(font());
        painter.setPen(mixColors(text, window, 0.35));
        painter.drawText(
            QRect(content.left(), content.top() + nameMetrics.height() + 1, content.width(), fontMetrics().height()),
            Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(m_detail, Qt::ElideRight, content.width()));

        // A chevron says "opens something", like the rows of a settings list.
        const qreal cx = rect().right() - unit * 0.9;
        const qreal cy = rect().center().y();
        const qreal s = unit * 0.22;
        QPainterPath path;
        path.moveTo(cx - s, cy - 2 * s);
        path.lineTo(cx + s, cy);
        path.lineTo(cx - s, cy + 2 * s);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(
            QPen(mixColors(text, window, 0.4), std::max(1.5, unit * 0.1), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
    }

private:
    QString m_name;
    QString m_detail;
};

// The page's main action, filled with the palette's accent colour. Painted here because
// Fusion lightens a button's colour into a gradient, and white text on a light accent
// loses its contrast, most of all in dark palettes.
class PrimaryButton : public QPushButton
{
public:
    explicit PrimaryButton(QWidget* parent)
        : QPushButton(parent)
    {
        setAttribute(Qt::WA_Hover);
    }

    // Room for the caption between the paddings painted below, and no more.
    static int padding(const QFontMetrics& fm) { return fm.height(); }
    QSize sizeHint() const override
    {
        QString caption = text();
        caption.replace(QStringLiteral("&&"), QStringLiteral("&"));
        return QSize(fontMetrics().horizontalAdvance(caption) + 2 * padding(fontMetrics()) + 2,
            fontMetrics().height() * 2 + fontMetrics().height() / 2);
    }
    QSize minimumSizeHint() const override { return QSize(padding(fontMetrics()) * 4, sizeHint().height()); }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette& p = palette();
        QColor fill = p.color(QPalette::Highlight);
        if (!isEnabled())
            fill = mixColors(fill, p.color(QPalette::Window), 0.5);
        else if (isDown())
            fill = fill.darker(118);
        else if (underMouse())
            fill = fill.lighter(110);
        const qreal radius = fontMetrics().height() * 0.4;
        const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(r, radius, radius);
        if (hasFocus()) {
            painter.setPen(QPen(p.color(QPalette::HighlightedText), 1.5, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(r.adjusted(3, 3, -3, -3), radius * 0.7, radius * 0.7);
        }
        const int pad = padding(fontMetrics());
        // drawItemText shows "&&" as "&", as a button caption should; it is plain text.
        style()->drawItemText(&painter, rect().adjusted(pad, 0, -pad, 0), Qt::AlignCenter | Qt::TextShowMnemonic, p,
            isEnabled(), text(), QPalette::HighlightedText);
    }
};

// A URL to read and copy, never to follow: a read-only line edit shows it in full, scrolls
// when it is wider than the page, and copies exactly, where a wrapped label could not.
QLineEdit* urlField(const QString& url, const QString& accessibleName, QWidget* parent)
{
    auto* field = new QLineEdit(url, parent);
    field->setReadOnly(true);
    field->setFrame(false);
    field->setFocusPolicy(Qt::ClickFocus);
    field->setAccessibleName(accessibleName);
    field->setCursorPosition(0);
    field->setForegroundRole(QPalette::PlaceholderText);
    QPalette p = field->palette();
    p.setBrush(QPalette::Base, Qt::transparent);
    p.setBrush(QPalette::Text, p.brush(QPalette::PlaceholderText));
    field->setPalette(p);
    field->setTextMargins(0, 0, 0, 0);
    field->setContentsMargins(0, 0, 0, 0);
    return field;
}

} // namespace

TechniquePage::TechniquePage(const Content& content, Favourites& favourites, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_favourites(favourites)
{
    setObjectName(QStringLiteral("techniquePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("techniqueScroll"));
    // It takes focus so the page scrolls with the keyboard; a screen reader names it.
    m_scroll->setAccessibleName(tr("Technique description"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    layout->addWidget(m_scroll);
    connect(&m_favourites, &Favourites::changed, this, &TechniquePage::updateFavourite);
    build(nullptr);
}

void TechniquePage::showTechnique(const QString& id)
{
    const Technique* technique = m_content.technique(id);
    m_techniqueId = technique ? technique->id : QString();
    build(technique);
    m_scroll->verticalScrollBar()->setValue(0);
}

void TechniquePage::build(const Technique* technique)
{
    // The old page may be the sender of the signal that led here, so it goes later.
    if (QWidget* old = m_scroll->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    m_start = nullptr;
    m_favourite = nullptr;
    m_bestRoutineId.clear();
    m_bestRoutineName.clear();

    const int unit = fontMetrics().height();
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("techniqueContent"));
    auto* outer = new QHBoxLayout(page);
    outer->setContentsMargins(unit * 3 / 2, unit * 3 / 2, unit * 3 / 2, unit * 2);
    outer->addStretch(1);
    m_column = new QWidget(page);
    m_column->setObjectName(QStringLiteral("techniqueColumn"));
    // About 70 characters a line: long lines are tiring to read, and this is reading.
    m_column->setMaximumWidth(fontMetrics().averageCharWidth() * 76);
    m_column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    outer->addWidget(m_column, 1000);
    outer->addStretch(1);
    auto* v = new QVBoxLayout(m_column);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(unit / 2);

    if (!technique) {
        QLabel* missing = makeLabel(
            tr("Choose a technique in the library to read about it here."), TextStyle::Heading, m_column);
        missing->setObjectName(QStringLiteral("techniqueMissing"));
        v->addWidget(missing);
        v->addStretch(1);
        m_scroll->setWidget(page);
        return;
    }
    const Technique& t = *technique;

    auto section = [&](const QString& objectName, const QString& title) {
        auto* box = new QWidget(m_column);
        box->setObjectName(objectName);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, unit, 0, 0);
        layout->setSpacing(unit / 2);
        QLabel* heading = makeLabel(title, TextStyle::Heading, box);
        heading->setObjectName(objectName + QStringLiteral("Heading"));
        heading->setFont(scaledFont(font(), 1.2, QFont::DemiBold));
        heading->setAccessibleName(title);
        layout->addWidget(heading);
        v->addWidget(box);
        return layout;
    };
    auto paragraphs = [](QVBoxLayout* into, const QString& text) {
        const QStringList parts = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        for (const QString& part : parts)
            into->addWidget(makeLabel(part.trimmed(), TextStyle::Body, into->parentWidget()));
    };
    // Items beside a marker ("1.", "•") in a grid, so wrapped lines stay indented.
    auto markedList = [&](QWidget* parent, const QStringList& items, bool numbered) {
        auto* list = new QWidget(parent);
        auto* grid = new QGridLayout(list);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(unit / 2);
        grid->setVerticalSpacing(unit / 2);
        grid->setColumnStretch(1, 1);
        for (int i = 0; i < items.size(); ++i) {
            QLabel* marker = makeLabel(
                numbered ? QStringLiteral("%1.").arg(i + 1) : QStringLiteral("•"), TextStyle::Heading, list);
            marker->setWordWrap(false);
            marker->setAlignment(Qt::AlignRight | Qt::AlignTop);
            if (numbered)
                marker->setFont(scaledFont(font(), 1.0, QFont::DemiBold));
            marker->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00.")));
            grid->addWidget(marker, i, 0, Qt::AlignTop);
            grid->addWidget(makeLabel(items[i], TextStyle::Body, list), i, 1);
        }
        return list;
    };

    QLabel* kicker = makeLabel(tr("Technique").toUpper(), TextStyle::Caption, m_column);
    kicker->setObjectName(QStringLiteral("techniqueKicker"));
    kicker->setTextInteractionFlags(Qt::NoTextInteraction);
    kicker->setFocusPolicy(Qt::NoFocus);
    QFont kickerFont = scaledFont(font(), 0.85, QFont::DemiBold);
    kickerFont.setLetterSpacing(QFont::PercentageSpacing, 110);
    kicker->setFont(kickerFont);
    // The favourite toggle sits at the top, beside the kind, as a bookmark does, and leaves
    // the start button a row of its own.
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(kicker, 1, Qt::AlignBottom);
    m_favourite = new QToolButton(m_column);
    m_favourite->setObjectName(QStringLiteral("favouriteToggle"));
    m_favourite->setCheckable(true);
    m_favourite->setAutoRaise(true);
    m_favourite->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_favourite->setAccessibleName(tr("Favourite"));
    connect(m_favourite, &QToolButton::clicked, this,
        [this](bool on) { m_favourites.set(ItemKind::Technique, m_techniqueId, on); });
    top->addWidget(m_favourite, 0, Qt::AlignBottom);
    v->addLayout(top);

    QLabel* name = makeLabel(t.name, TextStyle::Body, m_column);
    name->setObjectName(QStringLiteral("techniqueName"));
    name->setFont(scaledFont(font(), 1.9, QFont::DemiBold));
    name->setAccessibleName(t.name);
    v->addWidget(name);

    if (!t.aliases.isEmpty()) {
        QLabel* aliases = makeLabel(
            tr("Also called %1").arg(t.aliases.join(QStringLiteral(", "))), TextStyle::Caption, m_column);
        aliases->setObjectName(QStringLiteral("techniqueAliases"));
        v->addWidget(aliases);
    }

    v->addSpacing(unit / 3);
    QLabel* summary = makeLabel(t.summary, TextStyle::Body, m_column);
    summary->setObjectName(QStringLiteral("techniqueSummary"));
    summary->setFont(scaledFont(font(), 1.15, QFont::Normal));
    v->addWidget(summary);

    // Actions: start the routine that best shows the technique, keep it as a favourite.
    auto* actions = new QWidget(m_column);
    actions->setObjectName(QStringLiteral("techniqueActions"));
    auto* actionsFlow = new FlowLayout(actions, unit / 2, unit / 2);
    actionsFlow->setContentsMargins(0, unit / 2, 0, 0);
    m_start = new PrimaryButton(actions);
    m_start->setObjectName(QStringLiteral("startBestRoutine"));
    m_start->setFont(scaledFont(font(), 1.0, QFont::DemiBold));
    m_start->setCursor(Qt::PointingHandCursor);
    if (const Routine* best = bestRoutineForTechnique(m_content, t.id)) {
        m_bestRoutineId = best->id;
        m_bestRoutineName = best->name;
        m_start->setAccessibleName(tr("Start %1").arg(best->name));
        m_start->setAccessibleDescription(
            tr("The routine that uses %1 the most; %2").arg(t.name, formatDuration(best->totalSeconds())));
        m_start->setToolTip(plainToolTip(tr("Start %1 (%2)").arg(best->name, formatDuration(best->totalSeconds()))));
        connect(m_start, &QPushButton::clicked, this, [this] { Q_EMIT routineRequested(m_bestRoutineId); });
    } else {
        m_start->hide();
    }
    actionsFlow->addWidget(m_start);
    v->addWidget(actions);

    // At a glance: pressure, tools, regions, as chips beside a caption.
    auto* facts = new QWidget(m_column);
    facts->setObjectName(QStringLiteral("sectionFacts"));
    auto* factsGrid = new QGridLayout(facts);
    factsGrid->setContentsMargins(0, unit, 0, 0);
    factsGrid->setHorizontalSpacing(unit);
    factsGrid->setVerticalSpacing(unit / 2);
    factsGrid->setColumnStretch(1, 1);
    auto factRow = [&](const QString& objectName, const QString& caption, const QStringList& chips) {
        const int row = factsGrid->rowCount();
        QLabel* label = makeLabel(caption, TextStyle::Caption, facts);
        label->setWordWrap(false);
        label->setTextInteractionFlags(Qt::NoTextInteraction);
        label->setFocusPolicy(Qt::NoFocus);
        factsGrid->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
        auto* holder = new QWidget(facts);
        holder->setObjectName(objectName);
        holder->setAccessibleName(caption);
        holder->setAccessibleDescription(chips.join(QStringLiteral(", ")));
        auto* flow = new FlowLayout(holder, unit / 3, unit / 3);
        flow->setContentsMargins(0, 0, 0, 0);
        for (const QString& chip : chips)
            flow->addWidget(new Chip(chip, holder));
        factsGrid->addWidget(holder, row, 1);
        // The caption sits on the first chip's text line.
        label->setMinimumHeight(fontMetrics().height() + 2 * (fontMetrics().height() / 6));
    };
    QStringList pressures;
    for (Pressure p : t.pressure.levels())
        pressures.append(capitalised(pressureId(p)));
    factRow(QStringLiteral("pressureChips"), tr("Pressure"), pressures);
    QStringList tools;
    for (const QString& tool : t.tools)
        tools.append(capitalised(toolLabel(tool)));
    factRow(QStringLiteral("toolChips"), tr("Tools"), tools);
    QStringList regions;
    for (const QString& id : t.regions) {
        const Region* region = m_content.region(id);
        regions.append(region ? region->name : id);
    }
    factRow(QStringLiteral("regionChips"), tr("Body regions"), regions);
    v->addWidget(facts);

    paragraphs(section(QStringLiteral("sectionWhatItIs"), tr("What it is")), t.description);
    paragraphs(section(QStringLiteral("sectionHowItHelps"), tr("How it helps")), t.howItHelps);
    QVBoxLayout* howTo = section(QStringLiteral("sectionHowTo"), tr("How to do it yourself"));
    howTo->addWidget(markedList(howTo->parentWidget(), t.howTo, true));

    // Cautions and red flags, set apart so that nobody reads past them.
    v->addSpacing(unit);
    auto* caution = new CautionBox(m_column);
    caution->setObjectName(QStringLiteral("sectionCautions"));
    auto* cautionLayout = new QVBoxLayout(caution);
    cautionLayout->setContentsMargins(unit * 3 / 2, unit, unit, unit);
    cautionLayout->setSpacing(unit / 2);
    auto cautionHeading = [&](const QString& objectName, const QString& title, bool icon) {
        auto* row = new QHBoxLayout;
        row->setSpacing(unit / 2);
        if (icon) {
            auto* iconLabel = new QLabel(caution);
            const int size = unit + unit / 3;
            iconLabel->setPixmap(style()
                                     ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                                     .pixmap(QSize(size, size), devicePixelRatioF()));
            iconLabel->setAccessibleName(tr("Caution"));
            row->addWidget(iconLabel, 0, Qt::AlignVCenter);
        }
        QLabel* heading = makeLabel(title, TextStyle::Heading, caution);
        heading->setObjectName(objectName);
        heading->setFont(scaledFont(font(), 1.1, QFont::DemiBold));
        row->addWidget(heading, 1);
        cautionLayout->addLayout(row);
    };
    cautionHeading(QStringLiteral("cautionsHeading"), tr("Cautions"), true);
    QWidget* cautions = markedList(caution, Guidance::texts(t.cautions), false);
    cautions->setObjectName(QStringLiteral("cautionsList"));
    cautionLayout->addWidget(cautions);
    cautionLayout->addSpacing(unit / 2);
    cautionHeading(QStringLiteral("redFlagsHeading"), tr("When to stop or see a professional"), false);
    QWidget* redFlags = markedList(caution, Guidance::texts(t.redFlags), false);
    redFlags->setObjectName(QStringLiteral("redFlagsList"));
    cautionLayout->addWidget(redFlags);
    v->addWidget(caution);

    const QList<const Routine*> routinesUsing = m_content.routinesUsingTechnique(t.id);
    if (!routinesUsing.isEmpty()) {
        QVBoxLayout* routines = section(QStringLiteral("sectionRoutines"), tr("Routines that use it"));
        for (const Routine* r : routinesUsing) {
            int steps = 0;
            for (const Step& s : r->steps)
                steps += s.technique == t.id ? 1 : 0;
            const QString detail = r->steps.size() == steps
                ? tr("%1 · every step").arg(formatDuration(r->totalSeconds()))
                : tr("%1 · %2 of %3 steps").arg(formatDuration(r->totalSeconds())).arg(steps).arg(r->steps.size());
            auto* link = new RoutineLink(r->name, detail, routines->parentWidget());
            link->setObjectName(QStringLiteral("routine:") + r->id);
            const QString id = r->id;
            connect(link, &QAbstractButton::clicked, this, [this, id] { Q_EMIT routineRequested(id); });
            routines->addWidget(link);
        }
    }

    QVBoxLayout* sources = section(QStringLiteral("sectionSources"), tr("Sources"));
    for (const Source& s : t.sources) {
        auto* block = new QWidget(sources->parentWidget());
        auto* blockLayout = new QVBoxLayout(block);
        blockLayout->setContentsMargins(0, 0, 0, unit / 3);
        blockLayout->setSpacing(unit / 6);
        QLabel* title = makeLabel(s.title, TextStyle::Body, block);
        title->setFont(scaledFont(font(), 1.0, QFont::DemiBold));
        blockLayout->addWidget(title);
        if (!s.publisher.isEmpty())
            blockLayout->addWidget(makeLabel(s.publisher, TextStyle::Caption, block));
        if (!s.url.isEmpty()) {
            QLineEdit* url = urlField(s.url, tr("Address of %1").arg(s.title), block);
            url->setObjectName(QStringLiteral("sourceUrl"));
            blockLayout->addWidget(url);
        }
        sources->addWidget(block);
    }
    QLabel* note = makeLabel(tr("Addresses are shown for you to look up; Knead does not open them."), TextStyle::Caption,
        sources->parentWidget());
    note->setFont(scaledFont(font(), 0.9, QFont::Normal));
    sources->addWidget(note);

    v->addStretch(1);
    m_scroll->setWidget(page);
    applyPalette();
    updateFavourite();
    updateStartButton();
}

void TechniquePage::updateFavourite()
{
    if (!m_favourite)
        return;
    const bool on = m_favourites.contains(ItemKind::Technique, m_techniqueId);
    m_favourite->setChecked(on);
    m_favourite->setText(on ? tr("Favourite") : tr("Add to favourites"));
    m_favourite->setAccessibleName(on ? tr("Favourite; press to remove from favourites") : tr("Add to favourites"));
}

void TechniquePage::updateStartButton()
{
    if (!m_start || m_bestRoutineId.isEmpty())
        return;
    const QString full = tr("Start %1").arg(m_bestRoutineName);
    const QMargins margins = m_scroll->widget() ? m_scroll->widget()->layout()->contentsMargins() : QMargins();
    // While the page is hidden its scroll area is not laid out, so the viewport's width is not
    // yet the real one; the page's own width (less a scroll bar) is.
    const int viewport = m_scroll->viewport()->isVisible()
        ? m_scroll->viewport()->width()
        : width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent) - 2 * m_scroll->frameWidth();
    const int column = std::min(m_column->maximumWidth(), viewport - margins.left() - margins.right());
    const QFontMetrics fm(m_start->font());
    // Leave room for the button's paddings; the full name is in the accessible name.
    const int room = std::max(fm.averageCharWidth() * 12, column - 2 * PrimaryButton::padding(fm) - 4);
    m_start->setText(escapeMnemonic(fm.elidedText(full, Qt::ElideRight, room)));
}

void TechniquePage::applyPalette()
{
    if (m_favourite) {
        const int size = fontMetrics().height();
        m_favourite->setIconSize(QSize(size, size));
        m_favourite->setIcon(LibraryDelegate::starIcon(palette()));
    }
}

void TechniquePage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void TechniquePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateStartButton();
}

void TechniquePage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateStartButton();
}

} // namespace knead
