// SPDX-License-Identifier: MIT
#include "RoutineDelegate.h"

#include "Palette.h"
#include "RoutineListModel.h"

#include <QApplication>
#include <QPainter>

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
    const QString key = QStringLiteral("%1x%2@%3:%4:%5").arg(size.width()).arg(size.height()).arg(dpr).arg(background.rgb()).arg(border.rgb());
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

QSize RoutineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics body(option.font);
    return {option.rect.width() > 0 ? option.rect.width() : 300, kPadding * 2 + title.height() + body.height() * 2 + 6};
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
    painter->drawPixmap(card.topLeft(), cardPixmap(card.size().toSize(), background, border, painter->device()->devicePixelRatioF()));
    if (opt.state & QStyle::State_HasFocus) {
        QPen focus(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Highlight), 2, Qt::DotLine);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(3, 3, -3, -3), 6, 6);
    }

    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QColor muted = mixColors(background, text, 0.72);
    const QRect inner = card.toRect().adjusted(kPadding + 2, kPadding - 2, -kPadding - 2, -kPadding + 2);
    const QFont title = titleFont(opt.font);
    const QFontMetrics titleMetrics(title);
    const QFontMetrics bodyMetrics(opt.font);
    int y = inner.top();
    painter->setFont(title);
    painter->setPen(text);
    painter->drawText(QRect(inner.left(), y, inner.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, inner.width()));
    y += titleMetrics.height() + 2;
    painter->setFont(opt.font);
    painter->setPen(muted);
    painter->drawText(QRect(inner.left(), y, inner.width(), bodyMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      bodyMetrics.elidedText(index.data(RoutineListModel::DetailRole).toString(), Qt::ElideRight, inner.width()));
    y += bodyMetrics.height() + 2;
    painter->setPen(text);
    painter->drawText(QRect(inner.left(), y, inner.width(), bodyMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      bodyMetrics.elidedText(index.data(RoutineListModel::SummaryRole).toString(), Qt::ElideRight, inner.width()));
    painter->restore();
}

} // namespace knead
