// SPDX-License-Identifier: MIT
#include "UiText.h"

#include <QLabel>

namespace knead {

void applyTextStyle(QLabel* label, TextStyle style)
{
    QFont font = label->font();
    const qreal base = QFont().pointSizeF() > 0 ? QFont().pointSizeF() : 10.0;
    switch (style) {
    case TextStyle::Display:
        font.setPointSizeF(base * 2.6);
        font.setWeight(QFont::DemiBold);
        break;
    case TextStyle::Title:
        font.setPointSizeF(base * 1.8);
        font.setWeight(QFont::DemiBold);
        break;
    case TextStyle::Heading:
        font.setPointSizeF(base * 1.2);
        font.setWeight(QFont::DemiBold);
        break;
    case TextStyle::Large:
        font.setPointSizeF(base * 1.35);
        break;
    case TextStyle::Body:
        break;
    case TextStyle::Muted:
    case TextStyle::Small:
        font.setPointSizeF(base * (style == TextStyle::Small ? 0.9 : 1.0));
        label->setForegroundRole(QPalette::PlaceholderText);
        break;
    }
    label->setFont(font);
}

QLabel* makeLabel(const QString& text, TextStyle style, QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setOpenExternalLinks(false);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (objectName)
        label->setObjectName(QString::fromLatin1(objectName));
    applyTextStyle(label, style);
    return label;
}

} // namespace knead
