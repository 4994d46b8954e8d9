// SPDX-License-Identifier: MIT
#pragma once

#include "LibraryModel.h"

#include <QIcon>
#include <QStyledItemDelegate>

class QPainter;

namespace knead {

// Paints a library row (name, a kind/length/pressure line, the summary, a favourite star),
// with search matches emphasised, and turns clicks on the star into a request.
class LibraryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LibraryDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Where the star of a row drawn in `rowRect` can be clicked.
    QRect starHitRect(const QRect& rowRect, const QFont& font) const;
    // The row's second line: "Routine · 9 min · light–medium pressure", and the alias that
    // matched the search when the name did not.
    static QString detailLine(const QModelIndex& index);

    // A star icon in the palette's colours: an outline when off, filled when on.
    static QIcon starIcon(const QPalette& palette);
    // Draws a five-pointed star, filled or as an outline, for favourites.
    static void paintStar(QPainter* painter, const QRectF& rect, bool filled, const QColor& colour);
    // Draws plain `text` from the top left of `rect` in at most `maxLines` lines, eliding the
    // last, with `ranges` in bold on a rounded `matchBackground`.
    static void paintText(QPainter* painter, const QRect& rect, const QString& text, const TextRanges& ranges,
        const QFont& font, const QColor& colour, const QColor& matchBackground, int maxLines);

Q_SIGNALS:
    void favouriteToggleRequested(const QModelIndex& index);

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

private:
    struct Metrics;
    static Metrics metrics(const QFont& font);
};

} // namespace knead
