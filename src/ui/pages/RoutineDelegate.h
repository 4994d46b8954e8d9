// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

#include <memory>

class QTextLayout;

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
    // font|width|text -> the text shaped and broken into lines at that width: measured with
    // it, painted from it (shaping is most of what a card costs, and the first frame paints
    // a screenful of cards that were measured just before).
    mutable QHash<QString, std::shared_ptr<const QTextLayout>> m_texts;
};

} // namespace knead
