// SPDX-License-Identifier: MIT
#include "Typography.h"

#include "WrappedLabel.h"

#include <QCoreApplication>
#include <QEvent>

namespace knead {

namespace {

// Makes a label selectable when a person first reaches for its text. A selectable QLabel
// (and, in Qt 6.4, any label that can take focus) keeps a text document for its text and
// lays it out again for every size question, which made a page of them (the preparation
// page's safety list) cost several frames to open; a plain label measures its text with
// the font. The press that arrives here goes on to start the selection, and the label
// takes focus, so Ctrl+C copies what was selected.
class SelectOnDemand final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const QEvent::Type type = event->type();
        if (type != QEvent::MouseButtonPress && type != QEvent::ContextMenu)
            return false;
        if (auto* label = qobject_cast<QLabel*>(watched)) {
            label->removeEventFilter(this);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            label->setFocusPolicy(Qt::ClickFocus); // never a Tab stop: a page of text is not a form
            if (type == QEvent::MouseButtonPress)
                label->setFocus(Qt::MouseFocusReason);
        }
        return false;
    }
};

SelectOnDemand* selectOnDemand()
{
    static auto* filter = new SelectOnDemand(qApp);
    return filter;
}

} // namespace

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
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    label->setFocusPolicy(Qt::NoFocus);
    if (selectable)
        label->installEventFilter(selectOnDemand());
    else
        label->removeEventFilter(selectOnDemand());
}

void keepUnselectable(QLabel* label)
{
    label->removeEventFilter(selectOnDemand());
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    label->setFocusPolicy(Qt::NoFocus);
}

QLabel* makeLabel(const QString& text, TextStyle style, QWidget* parent, const char* objectName)
{
    auto* label = new WrappedLabel(parent);
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
