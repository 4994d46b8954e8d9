// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>

namespace knead {

// Colours of Knead's visual language (see src/ui/README.md), all derived from a palette.

// `over` laid on `base` at `amount` (0..1), as an opaque colour. Custom painting uses these
// instead of translucent colours: Qt's raster engine fills large translucent shapes on a
// thread pool, which costs a hundred or more thread wake-ups per repaint of the countdown
// ring; opaque fills are drawn on the spot.
QColor mixColors(const QColor& base, const QColor& over, qreal amount);
// Whether the palette's window is dark, for choosing tints that keep contrast.
bool isDarkPalette(const QPalette& palette);
// The red of cautions and red flags, light enough on dark palettes and dark enough on light.
QColor cautionColor(const QPalette& palette);
// The background of a box of cautions: the window tinted with the caution colour.
QColor cautionBackground(const QPalette& palette);

// Knead's own palettes, for the Fusion style.
QPalette lightPalette();
QPalette darkPalette();

} // namespace knead
