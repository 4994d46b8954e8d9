// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QString>

class QAbstractButton;
class QStyle;
class QPushButton;
class QWidget;

namespace knead {

// Spacing and the controls of Knead's visual language (see src/ui/README.md).

// The spacing unit in logical pixels: page margins 3 units, sections 2, related items 1.
inline constexpr int kUnit = 8;
// Below this width, pages stack their columns instead of shrinking them.
inline constexpr int kNarrowWidth = 760;
// Columns of text are at most this many average characters wide.
inline constexpr int kReadingWidth = 72;

enum class Icon {
    Back,
    Forward,
    Home,
    Play,
    Pause,
    Stop,
    Skip,
    Previous,
    Favourite,
    NotFavourite,
    Library,
    History,
    Settings,
    Add,
    Remove,
    Edit,
    Copy,
    Undo,
    Redo,
    Import,
    Export,
    Open,
    Search,
};

// The desktop theme's icon for `which`, or Knead's own, tinted with the palette's button
// text so it follows light and dark.
QIcon icon(Icon which);

// Marks the page's one primary action: the default button, drawn filled with the accent by
// the style makeControlStyle() makes.
void makePrimary(QPushButton* button);
// A secondary button with an icon and an accessible name.
QPushButton* makeButton(
    const QString& text, Icon which, QWidget* parent, const char* objectName, const QString& accessibleName = {});

// The desktop's or Fusion's style with what Knead adds: the primary button, filled with the
// accent, with a visible focus ring. Takes `base`.
QStyle* makeControlStyle(QStyle* base);
// The name of the style `style` is, or wraps.
QString styleName(const QStyle* style);

} // namespace knead
