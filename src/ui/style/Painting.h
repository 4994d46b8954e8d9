// SPDX-License-Identifier: MIT
#pragma once

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
// do not overlap, so the result is the same pixels as one call. Not for painting that sets a
// clip of its own: that would draw over the neighbouring pieces.
void paintInPieces(QPainter& painter, const QRectF& area, QSize piece, const std::function<void()>& paint);

} // namespace knead
