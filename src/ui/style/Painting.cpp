// SPDX-License-Identifier: MIT
#include "Painting.h"

#include <QPaintEngine>
#include <QPainter>
#include <QTransform>

namespace knead {

void paintInPieces(QPainter& painter, const QRectF& area, QSize piece, const std::function<void()>& paint)
{
    const QTransform toDevice = painter.deviceTransform();
    const QRect device = toDevice.mapRect(area).toAlignedRect();
    const int width = piece.width() > 0 ? piece.width() : device.width();
    const int height = piece.height() > 0 ? piece.height() : device.height();
    if (!painter.paintEngine() || painter.paintEngine()->type() != QPaintEngine::Raster || toDevice.isRotating()
        || (device.width() <= width && device.height() <= height)) {
        paint();
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
            paint();
            painter.restore();
        }
    }
}

} // namespace knead
