// SPDX-License-Identifier: MIT
#include "RoutineDelegate.h"

#include "Palette.h"
#include "RoutineListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace knead {

namespace {

constexpr int kPadding = 10;

QFont titleFont(const QFont& base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    f.setPointSizeF(base.pointSizeF() * 1.1);
    return f;
}

} // namespace

QPixmap RoutineDelegate::cardPixmap(QSize size, const QColor& background, const QColor& border, qreal dpr) const
{
    // Every card of the list has the same size: its rounded, antialiased outline is drawn
    // once and copied, instead of being rasterised again for each row on every repaint.
    const QString key = QStringLiteral("%1x%2@%3:%4:%5")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(dpr)
                            .arg(background.rgb())
                            .arg(border.rgb());
    if (const auto it = m_cards.constFind(key); it != m_cards.cend())
        return *it;
    if (m_cards.size() > 16)
        m_cards.clear(); // sizes and palettes come and go; a handful are in use at once
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(border, 1.0);
    pen.setCosmetic(true);
    p.setPen(pen);
    p.setBrush(background);
    p.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1.0, size.height() - 1.0), 8, 8);
    p.end();
    m_cards.insert(key, pixmap);
    return pixmap;
}

namespace {

// Where the parts of a card go at a given width: the title on one line, the meta line and the
// summary wrapped (each at most two lines), so a narrow window makes cards taller, not cut.
struct CardLayout
{
    QRect title;
    QRect meta;
    QRect summary;
    std::shared_ptr<const QTextLayout> metaText; // laid out at the rectangles' width
    std::shared_ptr<const QTextLayout> summaryText;
    int height = 0;
};

using TextCache = QHash<QString, std::shared_ptr<const QTextLayout>>;

// `text` wrapped at `width` in `font`, however many lines that takes, placed as
// QPainter::drawText places wrapped text (leading above each line, lines on whole pixels).
// Remembered: a list measures each card several times while it settles, then paints it.
std::shared_ptr<const QTextLayout> wrapped(TextCache& known, const QFont& font, int width, const QString& text)
{
    QString key = font.key();
    key += QLatin1Char('|') + QString::number(width) + QLatin1Char('|') + text;
    if (const auto it = known.constFind(key); it != known.cend())
        return *it;
    if (known.size() > 512)
        known.clear(); // widths and fonts come and go; a list's worth is in use at once
    auto layout = std::make_shared<QTextLayout>(text, font);
    QTextOption option(Qt::AlignLeft | Qt::AlignTop);
    option.setWrapMode(QTextOption::WordWrap);
    layout->setTextOption(option);
    layout->setCacheEnabled(true); // keep the glyphs for painting
    const qreal leading = QFontMetricsF(font).leading();
    qreal height = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(std::max(width, 1));
        height = std::ceil(height + leading);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout->endLayout();
    known.insert(key, layout);
    return layout;
}

int heightOf(const QTextLayout& layout)
{
    const int lines = layout.lineCount();
    return lines == 0 ? 0 : int(std::ceil(layout.lineAt(lines - 1).rect().bottom()));
}

CardLayout layoutCard(const QStyleOptionViewItem& option, const QModelIndex& index, int width, TextCache& texts)
{
    const QFontMetrics title(titleFont(option.font));
    const int one = QFontMetrics(option.font).height();
    const int inner = width - 2 * (kPadding + 4);
    CardLayout l;
    l.metaText = wrapped(texts, option.font, inner, index.data(RoutineListModel::DetailRole).toString());
    l.summaryText = wrapped(texts, option.font, inner, index.data(RoutineListModel::SummaryRole).toString());
    // The meta line and the summary take one or two lines.
    const auto lines = [one](const QTextLayout& text) { return std::clamp(heightOf(text), one, 2 * one); };
    int y = kPadding + 1;
    l.title = QRect(kPadding + 4, y, inner, title.height());
    y += title.height() + 2;
    l.meta = QRect(kPadding + 4, y, inner, lines(*l.metaText));
    y += l.meta.height() + 2;
    l.summary = QRect(kPadding + 4, y, inner, lines(*l.summaryText));
    y += l.summary.height();
    l.height = y + kPadding + 1;
    return l;
}

// A wrapped text in `rect`: the lines that fit, the last of them ending with "…" when the
// text goes on.
void drawWrapped(QPainter* painter, const QRect& rect, const QTextLayout& layout)
{
    const int count = layout.lineCount();
    int shown = 0;
    while (shown < count && layout.lineAt(shown).rect().bottom() <= rect.height() + 0.5)
        ++shown;
    if (shown == count) {
        layout.draw(painter, rect.topLeft());
        return;
    }
    shown = std::max(shown, 1);
    for (int i = 0; i + 1 < shown; ++i)
        layout.lineAt(i).draw(painter, rect.topLeft());
    const QTextLine last = layout.lineAt(shown - 1);
    const QString rest = layout.text().mid(last.textStart());
    const QFontMetrics metrics(layout.font());
    painter->drawText(QRectF(rect.left(), rect.top() + last.y(), rect.width(), last.height()),
        Qt::AlignLeft | Qt::AlignTop, metrics.elidedText(rest, Qt::ElideRight, rect.width()));
}

} // namespace

QSize RoutineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // A list asks for sizes without a width: the card is as wide as the list's viewport.
    const auto* view = qobject_cast<const QAbstractItemView*>(parent());
    const int width = view ? view->viewport()->width() : option.rect.width() > 0 ? option.rect.width() : 360;
    return {width, layoutCard(option, index, width - 4, m_texts).height + 6};
}

void RoutineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    const bool hovered = opt.state & QStyle::State_MouseOver;
    const QRectF card = QRectF(opt.rect).adjusted(2, 3, -2, -3);
    QColor background = pal.color(QPalette::Base);
    if (selected)
        background = pal.color(QPalette::Highlight);
    else if (hovered)
        background = pal.color(QPalette::AlternateBase);
    const QColor border = mixColors(background, pal.color(QPalette::WindowText), 0.15);
    painter->drawPixmap(
        card.topLeft(), cardPixmap(card.size().toSize(), background, border, painter->device()->devicePixelRatioF()));
    if (opt.state & QStyle::State_HasFocus) {
        QPen focus(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Highlight), 2, Qt::DotLine);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(3, 3, -3, -3), 6, 6);
    }

    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QColor muted = mixColors(background, text, 0.72);
    const CardLayout l = layoutCard(opt, index, int(card.width()), m_texts);
    painter->translate(card.topLeft());
    const QFont title = titleFont(opt.font);
    painter->setFont(title);
    painter->setPen(text);
    painter->drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(title).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, l.title.width()));
    painter->setFont(opt.font);
    painter->setPen(muted);
    drawWrapped(painter, l.meta, *l.metaText);
    painter->setPen(text);
    drawWrapped(painter, l.summary, *l.summaryText);
    painter->restore();
}

} // namespace knead
