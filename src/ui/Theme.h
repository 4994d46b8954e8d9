// SPDX-License-Identifier: MIT
#pragma once

#include "Settings.h"

#include <QPalette>

namespace knead {

// Light and dark palettes for the Fusion style. Every widget takes its colours from the
// palette, so switching is one call.
QPalette lightPalette();
QPalette darkPalette();
void applyTheme(Settings::Theme theme);

} // namespace knead
