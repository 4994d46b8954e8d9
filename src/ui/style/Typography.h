// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QString>

class QLabel;
class QWidget;

namespace knead {

// The type scale of Knead's visual language (see src/ui/README.md), derived from the
// application font so the person's font size and DPI hold.
enum class TextStyle {
    Display, // the countdown in glance mode
    Title, // a page's title
    Heading, // a section of a page
    Large, // what to do now, summaries
    Body, // everything else
    Caption, // meta lines, hints, counts: smaller and muted
};

QFont fontFor(TextStyle style, const QFont& base = QFont());

// A label that shows its text as plain text, whatever it contains (content packs are
// untrusted, and a QLabel's rich-text detection would otherwise render tags), word-wrapped,
// and selectable by mouse and keyboard except titles and headings. Selectable labels become
// selectable at their first click or context menu, so that a page of them opens in one
// frame, and then take focus only by click, so a page of them is not dozens of Tab stops.
QLabel* makeLabel(const QString& text, TextStyle style, QWidget* parent, const char* objectName = nullptr);
void applyTextStyle(QLabel* label, TextStyle style);
// Keeps a label made by makeLabel() read-only: never selectable, never focused, also after a
// click (the player's texts, whose keys must stay the session's; counts; bullets).
void keepUnselectable(QLabel* label);

} // namespace knead
