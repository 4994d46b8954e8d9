// SPDX-License-Identifier: MIT
#include "LibraryDelegate.h"

#include "Palette.h"
#include "PlainText.h"

#include <QIconEngine>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTextLayout>

#include <cmath>

namespace knead {

// Every length follows the font, so rows scale with the person's font size and the screen's
// pixel density instead of assuming 96 dpi.
struct LibraryDelegate::Metrics
{
    QFont nameFont;
    QFont detailFont;
    QFont summaryFont;
    int outerH = 0;
    int outerV = 0;
    int hPad = 0;
    int vPad = 0;
    int gap = 0;
    int nameHeight = 0;
    int detailHeight = 0;
    int summaryLine = 0;
    int starArea = 0;
    qreal radius = 0;
    int height = 0;
};

namespace {

QFont scaled(const QFont& font, qreal factor)
{
    QFont f = font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(std::max(1, int(std::lround(f.pixelSize() * factor))));
    return f;
}

TextRanges rangesOf(const QModelIndex& index, int role)
{
    TextRanges ranges;
    const QVariantList points = index.data(role).toList();
    for (const QVariant& v : points)
        ranges.append({v.toPoint().x(), v.toPoint().y()});
    return ranges;
}

} // namespace

LibraryDelegate::LibraryDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

LibraryDelegate::Metrics LibraryDelegate::metrics(const QFont& font)
{
    Metrics m;
    const int unit = QFontMetrics(font).height();
    m.nameFont = scaled(font, 1.12);
    m.nameFont.setWeight(QFont::DemiBold);
    m.detailFont = scaled(font, 0.9);
    m.summaryFont = font;
    m.outerH = unit / 3;
    m.outerV = unit / 6;
    m.hPad = unit * 3 / 4;
    m.vPad = unit * 3 / 5;
    m.gap = std::max(2, unit / 6);
    m.nameHeight = QFontMetrics(m.nameFont).height();
    m.detailHeight = QFontMetrics(m.detailFont).height();
    m.summaryLine = QFontMetrics(m.summaryFont).lineSpacing();
    m.starArea = unit * 5 / 2;
    m.radius = unit * 0.45;
    m.height = 2 * m.outerV + 2 * m.vPad + m.nameHeight + m.gap + m.detailHeight + m.gap + 2 * m.summaryLine;
    return m;
}

QSize LibraryDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index);
    const Metrics m = metrics(option.font);
    return QSize(QFontMetrics(option.font).averageCharWidth() * 30, m.height);
}

QRect LibraryDelegate::starHitRect(const QRect& rowRect, const QFont& font) const
{
    const Metrics m = metrics(font);
    const QRect card = rowRect.adjusted(m.outerH, m.outerV, -m.outerH, -m.outerV);
    return QRect(card.right() + 1 - m.starArea, card.top(), m.starArea, card.height());
}

QString LibraryDelegate::detailLine(const QModelIndex& index)
{
    const auto kind = ItemKind(index.data(LibraryModel::KindRole).toInt());
    QStringList parts;
    if (kind == ItemKind::Technique) {
        parts.append(tr("Technique"));
    } else {
        parts.append(tr("Routine"));
        parts.append(formatDuration(index.data(LibraryModel::DurationSecondsRole).toInt()));
    }
    const QString pressure = index.data(LibraryModel::PressureRole).toString();
    if (!pressure.isEmpty())
        parts.append(pressure);
    // Found by another name: say which, or the row would seem not to match at all.
    const QString alias = index.data(LibraryModel::MatchedAliasRole).toString();
    if (!alias.isEmpty())
        parts.append(tr("also called “%1”").arg(alias));
    return parts.join(QStringLiteral("  ·  "));
}

void LibraryDelegate::paintStar(QPainter* painter, const QRectF& rect, bool filled, const QColor& colour)
{
    const QPointF centre = rect.center();
    const qreal outer = std::min(rect.width(), rect.height()) / 2;
    const qreal inner = outer * 0.48;
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const qreal angle = -M_PI / 2 + i * M_PI / 5;
        const qreal r = i % 2 == 0 ? outer : inner;
        const QPointF p(centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle) + outer * 0.08);
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, std::max(1.0, outer * 0.14));
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(filled ? QBrush(colour) : Qt::NoBrush);
    painter->drawPath(path);
    painter->restore();
}

namespace {

// Draws the star at whatever size and pixel density the icon is asked for, so it stays
// sharp on high-density screens and when a window moves between screens.
class StarIconEngine : public QIconEngine
{
public:
    StarIconEngine(const QColor& off, const QColor& on)
        : m_off(off)
        , m_on(on)
    { }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        QColor colour = state == QIcon::On ? m_on : m_off;
        if (mode == QIcon::Disabled)
            colour.setAlphaF(colour.alphaF() * 0.5f);
        const qreal inset = std::max<qreal>(1.0, rect.width() / 16.0);
        LibraryDelegate::paintStar(
            painter, QRectF(rect).adjusted(inset, inset, -inset, -inset), state == QIcon::On, colour);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new StarIconEngine(m_off, m_on); }

private:
    QColor m_off;
    QColor m_on;
};

} // namespace

QIcon LibraryDelegate::starIcon(const QPalette& palette)
{
    return QIcon(
        new StarIconEngine(mixColors(palette.color(QPalette::ButtonText), palette.color(QPalette::Button), 0.2),
            palette.color(QPalette::Highlight)));
}

void LibraryDelegate::paintText(QPainter* painter, const QRect& rect, const QString& original, const TextRanges& ranges,
    const QFont& font, const QColor& colour, const QColor& matchBackground, int maxLines)
{
    // Line breaks in a summary would break the row's fixed height; they read as spaces here.
    QString text = original;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QFont bold = font;
    bold.setWeight(QFont::Bold);

    auto formatsFor = [&](qsizetype length) {
        QList<QTextLayout::FormatRange> formats;
        for (const auto& [start, count] : ranges) {
            const int end = int(std::min<qsizetype>(start + count, length));
            if (start >= end)
                continue;
            QTextLayout::FormatRange range;
            range.start = start;
            range.length = end - start;
            range.format.setFontWeight(QFont::Bold);
            formats.append(range);
        }
        return formats;
    };
    auto layOut = [&](QTextLayout& layout) {
        layout.setFont(font);
        layout.setFormats(formatsFor(layout.text().size()));
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        qreal y = 0;
        for (int i = 0; i < maxLines; ++i) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(rect.width());
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
    };

    QTextLayout layout(text);
    layOut(layout);
    if (layout.lineCount() > 0) {
        const QTextLine last = layout.lineAt(layout.lineCount() - 1);
        if (last.textStart() + last.textLength() < text.size()) {
            // Elide with the bold metrics so the tail fits whatever is emphasised in it.
            const QString tail
                = QFontMetrics(bold).elidedText(text.mid(last.textStart()), Qt::ElideRight, rect.width());
            text = text.left(last.textStart()) + tail;
            layout.setText(text);
            layOut(layout);
        }
    }

    painter->save();
    painter->setClipRect(rect);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(matchBackground);
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const int lineStart = line.textStart();
        const int lineEnd = lineStart + line.textLength();
        for (const auto& [start, count] : ranges) {
            const int from = std::max(start, lineStart);
            const int to = std::min({start + count, lineEnd, int(text.size())});
            if (from >= to)
                continue;
            const qreal x1 = line.cursorToX(from);
            const qreal x2 = line.cursorToX(to);
            const qreal pad = line.height() * 0.12;
            const QRectF box(rect.left() + std::min(x1, x2) - pad, rect.top() + line.y() + pad * 0.5,
                std::abs(x2 - x1) + 2 * pad, line.height() - pad);
            painter->drawRoundedRect(box, pad * 1.6, pad * 1.6);
        }
    }
    painter->setPen(colour);
    layout.draw(painter, rect.topLeft());
    painter->restore();
}

void LibraryDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const Metrics m = metrics(opt.font);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const bool hovered = opt.state.testFlag(QStyle::State_MouseOver);
    const QPalette::ColorGroup group = !opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Disabled
        : opt.state.testFlag(QStyle::State_Active)                                ? QPalette::Active
                                                                                  : QPalette::Inactive;
    const QPalette& pal = opt.palette;
    const QColor base = pal.color(group, QPalette::Base);
    const QColor highlight = pal.color(group, QPalette::Highlight);
    const QColor highlightedText = pal.color(group, QPalette::HighlightedText);
    const QColor text = selected ? highlightedText : pal.color(group, QPalette::Text);
    const QColor background = selected ? highlight : base;
    const QColor muted = mixColors(text, background, 0.32);
    const QColor summary = mixColors(text, background, 0.12);
    const QColor match = selected ? mixColors(highlight, highlightedText, 0.25)
                                  : mixColors(base, highlight, isDarkPalette(pal) ? 0.5 : 0.28);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(opt.rect.adjusted(m.outerH, m.outerV, -m.outerH, -m.outerV));
    if (selected || hovered) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? highlight : mixColors(base, highlight, 0.1));
        painter->drawRoundedRect(card, m.radius, m.radius);
    }
    if (opt.state.testFlag(QStyle::State_HasFocus) && !selected) {
        painter->setPen(QPen(highlight, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(0.75, 0.75, -0.75, -0.75), m.radius, m.radius);
    }

    const QRect content = card.toRect().adjusted(m.hPad, m.vPad, -m.starArea, -m.vPad);
    int y = content.top();
    paintText(painter, QRect(content.left(), y, content.width(), m.nameHeight),
        index.data(LibraryModel::NameRole).toString(), rangesOf(index, LibraryModel::NameHighlightsRole), m.nameFont,
        text, match, 1);
    y += m.nameHeight + m.gap;

    painter->setFont(m.detailFont);
    painter->setPen(muted);
    const QRect detailRect(content.left(), y, content.width(), m.detailHeight);
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(m.detailFont).elidedText(detailLine(index), Qt::ElideRight, detailRect.width()));
    y += m.detailHeight + m.gap;

    // Why a result is here when neither its name nor its summary shows it: the words of the
    // description around the match, in place of the summary.
    const QString excerpt = index.data(LibraryModel::DescriptionMatchRole).toString();
    if (excerpt.isEmpty()) {
        paintText(painter, QRect(content.left(), y, content.width(), 2 * m.summaryLine),
            index.data(LibraryModel::SummaryRole).toString(), rangesOf(index, LibraryModel::SummaryHighlightsRole),
            m.summaryFont, summary, match, 2);
    } else {
        paintText(painter, QRect(content.left(), y, content.width(), 2 * m.summaryLine),
            tr("In its description: %1").arg(excerpt), {}, m.summaryFont, summary, match, 2);
    }

    const bool favourite = index.data(LibraryModel::FavouriteRole).toBool();
    const QRect hit = starHitRect(opt.rect, opt.font);
    const qreal starSize = m.nameHeight * 1.05;
    const QRectF star(hit.center().x() - starSize / 2 + 0.5, hit.center().y() - starSize / 2 + 0.5, starSize, starSize);
    const QColor starColour = favourite ? (selected ? highlightedText : highlight) : mixColors(text, background, 0.55);
    paintStar(painter, star, favourite, starColour);
    painter->restore();
}

bool LibraryDelegate::editorEvent(
    QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonRelease || type == QEvent::MouseButtonDblClick) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton
            && starHitRect(option.rect, option.font).contains(mouse->position().toPoint())) {
            // The star toggles on release, like a button; a double click on it must not open the item.
            if (type == QEvent::MouseButtonRelease)
                Q_EMIT favouriteToggleRequested(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace knead
