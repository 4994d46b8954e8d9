// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

namespace knead {

// Knead's icon for its window and the tray, from 16 to 128 pixels: pictures rendered from
// resources/icons/knead.svg when Knead is built (resources/CMakeLists.txt), compiled in as
// bare pixels, so that showing the window neither loads an icon-engine plugin and draws the
// SVG nor decodes PNGs (either cost 2 to 3 ms of a start).
QIcon appIcon();

} // namespace knead
