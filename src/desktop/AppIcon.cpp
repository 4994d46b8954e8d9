// SPDX-License-Identifier: MIT
#include "AppIcon.h"

#include <QPixmap>
#include <QResource>

namespace knead {

QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128}) {
        // Bare pixels (resources/icons/RenderIcon.cpp), stored uncompressed; copied out, as a
        // resource's bytes need not be aligned for 32-bit pixels.
        const QResource pixels(QStringLiteral(":/knead/icons/%1x%1/" KNEAD_APP_ID ".argb32").arg(size));
        const QImage image(pixels.data(), size, size, QImage::Format_ARGB32_Premultiplied);
        Q_ASSERT(pixels.size() == image.sizeInBytes());
        icon.addPixmap(QPixmap::fromImage(image.copy()));
    }
    return icon;
}

} // namespace knead
