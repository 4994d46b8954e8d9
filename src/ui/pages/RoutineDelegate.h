// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace knead {

// Paints a routine as a card: name, a detail line (length, pressure, tools) and the
// summary. Reads RoutineListModel's roles; all text is painted as plain text.
class RoutineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QPixmap cardPixmap(QSize size, const QColor& background, const QColor& border, qreal dpr) const;

    mutable QHash<QString, QPixmap> m_cards;
    mutable QHash<QString, int> m_textHeights; // font|width|text -> wrapped height
};

} // namespace knead
