// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace knead {

// Text styles used across pages, derived from the application font so they follow the
// person's font size and DPI.
enum class TextStyle { Display, Title, Heading, Body, Large, Muted, Small };

// A label that shows its text as plain text, whatever it contains: content packs are
// untrusted, and a QLabel's automatic rich-text detection would otherwise render tags.
QLabel* makeLabel(const QString& text, TextStyle style, QWidget* parent, const char* objectName = nullptr);
void applyTextStyle(QLabel* label, TextStyle style);

} // namespace knead
