// SPDX-License-Identifier: MIT
#pragma once

namespace knead {

// Reads the system's font configuration (fontconfig's files and caches), as Qt does when it
// first lays out text: a third of the work before Knead's first frame (27 M instructions
// here, more with many fonts installed), which Qt does on the main thread. Called on the
// thread that loads the bundled content, while the main thread connects to the display, and
// finished before the window is built: Qt then finds it done. fontconfig allows this from
// any thread; if two threads did it at once, each would read the files and one copy be kept.
void loadFontConfiguration();

} // namespace knead
