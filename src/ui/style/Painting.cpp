// SPDX-License-Identifier: MIT
#include "Painting.h"

#include <QPaintEngine>
#include <QPainter>
#include <QTransform>

#include <algorithm>

namespace knead {

void paintInPieces(
    QPainter& painter, const QRectF& area, QSize piece, const std::function<void(const QRectF& piece)>& paint)
{
    const QTransform toDevice = painter.deviceTransform();
    const QRect device = toDevice.mapRect(area).toAlignedRect();
    const int width = piece.width() > 0 ? piece.width() : device.width();
    const int height = piece.height() > 0 ? piece.height() : device.height();
    if (!painter.paintEngine() || painter.paintEngine()->type() != QPaintEngine::Raster || toDevice.isRotating()
        || (device.width() <= width && device.height() <= height)) {
        paint(area);
        return;
    }
    const QTransform world = painter.worldTransform();
    // With this world transform, coordinates are device pixels: the clip is set in whole ones.
    const QTransform devicePixels = toDevice.inverted() * world;
    for (int y = device.top(); y <= device.bottom(); y += height) {
        for (int x = device.left(); x <= device.right(); x += width) {
            painter.save();
            painter.setWorldTransform(devicePixels);
            painter.setClipRect(QRect(x, y, width, height), Qt::IntersectClip);
            painter.setWorldTransform(world);
            paint(toDevice.inverted().mapRect(QRectF(x, y, width, height)));
            painter.restore();
        }
    }
}

QPolygonF polygonBetween(const QPolygonF& polygon, qreal top, qreal bottom)
{
    // An edge wholly above or below the rows is left out, and with it each point between two
    // such edges.
    const auto outside = [top, bottom](const QPointF& from, const QPointF& to) {
        return std::max(from.y(), to.y()) < top || std::min(from.y(), to.y()) > bottom;
    };
    QPolygonF part;
    if (polygon.isEmpty())
        return part;
    bool before = outside(polygon.constLast(), polygon.constFirst());
    for (qsizetype i = 0, n = polygon.size(); i < n; ++i) {
        const bool after = outside(polygon[i], polygon[i + 1 < n ? i + 1 : 0]);
        if (!before || !after)
            part.append(polygon[i]);
        before = after;
    }
    return part;
}

} // namespace knead
