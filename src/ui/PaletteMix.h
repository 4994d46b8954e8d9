// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

namespace knead {

// `over` laid on `base` at `amount` (0..1), as an opaque colour. Custom painting uses these
// instead of translucent colours: Qt's raster engine fills large translucent shapes on a
// thread pool, which costs a hundred or more thread wake-ups per repaint of the countdown
// ring; opaque fills are drawn on the spot.
inline QColor mixColors(const QColor& base, const QColor& over, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(float(base.redF() * keep + over.redF() * amount), float(base.greenF() * keep + over.greenF() * amount),
                            float(base.blueF() * keep + over.blueF() * amount));
}

} // namespace knead
