// SPDX-License-Identifier: MIT
#include "Typography.h"

#include <QLabel>

namespace knead {

QFont fontFor(TextStyle style, const QFont& base)
{
    QFont font = base;
    const qreal size = base.pointSizeF() > 0 ? base.pointSizeF() : 10.0;
    const auto scale = [&](qreal factor, QFont::Weight weight) {
        font.setPointSizeF(size * factor);
        font.setWeight(weight);
    };
    switch (style) {
    case TextStyle::Display:
        scale(2.6, QFont::DemiBold);
        break;
    case TextStyle::Title:
        scale(1.8, QFont::DemiBold);
        break;
    case TextStyle::Heading:
        scale(1.25, QFont::DemiBold);
        break;
    case TextStyle::Large:
        scale(1.35, QFont::Normal);
        break;
    case TextStyle::Body:
        break;
    case TextStyle::Caption:
        scale(0.9, QFont::Normal);
        break;
    }
    return font;
}

void applyTextStyle(QLabel* label, TextStyle style)
{
    label->setFont(fontFor(style, QFont()));
    label->setForegroundRole(style == TextStyle::Caption ? QPalette::PlaceholderText : QPalette::WindowText);
    const bool selectable = style != TextStyle::Title && style != TextStyle::Heading && style != TextStyle::Display;
    label->setTextInteractionFlags(
        selectable ? Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard : Qt::NoTextInteraction);
    label->setFocusPolicy(selectable ? Qt::ClickFocus : Qt::NoFocus);
}

QLabel* makeLabel(const QString& text, TextStyle style, QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setOpenExternalLinks(false);
    if (objectName)
        label->setObjectName(QString::fromLatin1(objectName));
    applyTextStyle(label, style);
    return label;
}

} // namespace knead
