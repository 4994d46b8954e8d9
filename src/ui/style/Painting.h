// SPDX-License-Identifier: MIT
#pragma once

#include <QPolygonF>
#include <QRectF>
#include <QSize>

#include <functional>

class QPainter;

namespace knead {

// Qt 6.4's raster engine hands any fill of 96 or more spans (a span is a run of pixels on one
// row: a gradient has one a row, a one-pixel line one a pixel) to the global thread pool in
// pieces and waits for them. For a tool bar or a hatched figure the hand-off costs more than
// the fill: 92 of them made up several milliseconds of Knead's first frame.
//
// Calls `paint` once for each piece of `area` (which holds all that `paint` draws), clipped
// to it, the pieces at most `piece` device pixels wide and high (0: as wide or high as the
// area), so that no fill reaches that size. The clip is in whole device pixels and the pieces
// do not overlap, so the result is the same pixels as one call. `paint` is given the piece,
// in the painter's coordinates, to leave out what lies outside it. Not for painting that sets
// a clip of its own: that would draw over the neighbouring pieces.
void paintInPieces(
    QPainter& painter, const QRectF& area, QSize piece, const std::function<void(const QRectF& piece)>& paint);

// A closed polygon that fills the same pixels as `polygon` on the rows from `top` to `bottom`:
// every edge that reaches those rows is kept as it is, and each run of edges wholly above or
// below them becomes one edge from its first point to its last, which stays on that side (a
// straight line between two points above a line is above it). The pixels on those rows are
// the same because a row is filled from the edges that cross it alone, and those are the
// same edges, point for point. For filling a large outline in bands, so that each band's
// fill walks its own few edges, not the whole outline's.
QPolygonF polygonBetween(const QPolygonF& polygon, qreal top, qreal bottom);

} // namespace knead
