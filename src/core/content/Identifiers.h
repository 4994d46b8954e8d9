// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

namespace knead {

// The shapes of the names content and settings use (content/FORMAT.md), checked by hand:
// as regular expressions, each was compiled to machine code on its first use, six of them on
// the way to the first window (1.7 ms of CPU in all, measured).

// "scalp-tension-relief": a lower-case letter, then lower-case letters and digits, with
// single hyphens between groups; at most 64 characters.
bool isKebabId(QStringView id);

// "de", "pt-BR", "zh-Hant-TW": two or three letters, then any number of subtags of two to
// eight letters or digits, each after a hyphen.
bool isLanguageTag(QStringView tag);

} // namespace knead
