// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace knead {

// A closed outline: the last point connects back to the first.
using Outline = QList<QPointF>;

// The drawn body map: a front and a back figure, each in its own coordinate space of
// kFigureWidth × kFigureHeight units (y down, head at the top), with one or more outlines per
// body shape (see BodyShapes.h). Widgets scale and paint these; all geometry questions —
// what is under a point, where a region's label or a motion guide goes — are answered here.
class BodyMapGeometry
{
public:
    static constexpr double kFigureWidth = 200.0;
    static constexpr double kFigureHeight = 520.0;

    // The built-in figures, read once from resources/bodymap/figure.svg (compiled in).
    static const BodyMapGeometry& standard();

    // The whole body outline of a figure, drawn beneath the shapes: one closed outline that
    // includes the arms and legs. Figure::Both is invalid here and gives an empty list.
    const QList<Outline>& silhouette(Figure figure) const;

    // The outlines of a shape on a figure; empty when the shape is not drawn there, for unknown
    // ids and for Figure::Both. Paired shapes (arms, hands, thighs, calves, feet, shoulders and
    // the glutes on the back) have two outlines, the one on the viewer's left first.
    const QList<Outline>& outlines(QStringView shapeId, Figure figure) const;

    // The bounding box of all outlines of a shape on a figure; null when not drawn there.
    QRectF bounds(QStringView shapeId, Figure figure) const;

    // The shape under `point` (figure coordinates), or an empty string. Shapes do not overlap,
    // so at most one shape contains any point. Figure::Both hits nothing.
    QString hitTest(Figure figure, QPointF point) const;

    // Where to anchor a region's label or count badge: a point well inside the shape (inside
    // the viewer's left outline of a paired shape). A null point when the shape is not drawn.
    QPointF labelAnchor(QStringView shapeId, Figure figure) const;

    // Maps a position in a shape's box, as written in content (x from the person's right, 0,
    // to their left, 1; y from the top, 0, to the bottom, 1), to figure coordinates. On the
    // front figure the person's right is on the viewer's left; on the back figure it is on
    // the viewer's right, so x is mirrored there. A null point when the shape is not drawn.
    QPointF mapFromShapeBox(QStringView shapeId, Figure figure, QPointF relative) const;

    // Even-odd point-in-polygon test, exposed for tests.
    static bool contains(const Outline& outline, QPointF point);

private:
    BodyMapGeometry();

    // One shape as drawn on one figure; bounds are worked out at load so that hover and paint
    // never walk the outlines for them.
    struct Drawing
    {
        QList<Outline> outlines;
        QRectF bounds;
        QPointF anchor;
    };
    // A body shape by id (see BodyShapes.h) and how each figure draws it.
    struct Shape
    {
        QString id;
        Drawing front;
        Drawing back;
    };
    // Null for unknown ids and for Figure::Both.
    const Drawing* find(QStringView shapeId, Figure figure) const;

    QList<Outline> m_frontSilhouette;
    QList<Outline> m_backSilhouette;
    QList<Shape> m_shapes;
};

} // namespace knead
