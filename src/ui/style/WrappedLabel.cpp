// SPDX-License-Identifier: MIT
#include "WrappedLabel.h"

#include <QEvent>
#include <QHash>

#include <algorithm>

namespace knead {

namespace {

// Shared measures, by font, resolution and text. A few pages' worth of texts; when full it
// starts again.
QHash<QString, WrappedLabel::Measures>& table()
{
    static QHash<QString, WrappedLabel::Measures> measures;
    return measures;
}

} // namespace

const int* WrappedLabel::Measures::height(int width) const
{
    for (int i = 0; i < count; ++i) {
        if (heights[i].first == width)
            return &heights[i].second;
    }
    return nullptr;
}

void WrappedLabel::Measures::remember(int width, int height)
{
    heights[next] = {width, height};
    next = (next + 1) % int(heights.size());
    count = std::min(count + 1, int(heights.size()));
}

WrappedLabel::Measures& WrappedLabel::own() const
{
    // setText() is not virtual and sends no event: the text is compared instead.
    if (m_text.size() != text().size() || m_text != text()) {
        m_text = text();
        m_own = {};
        m_key.clear();
    }
    return m_own;
}

WrappedLabel::Measures* WrappedLabel::shared() const
{
    own(); // the key is for the current text
    if (m_key.isEmpty()) {
        // Only the text, the font and the screen's resolution decide what QLabel answers
        // while the label has none of these.
        m_shareable = wordWrap() && textFormat() == Qt::PlainText && margin() == 0 && indent() <= 0 && frameWidth() == 0
            && contentsMargins().isNull() && minimumSize().isNull()
            && maximumSize() == QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
        m_key = font().key() + QChar(0x1F) + QString::number(logicalDpiY()) + QChar(0x1F) + m_text;
    }
    if (!m_shareable)
        return nullptr;
    QHash<QString, Measures>& all = table();
    if (all.size() > 4000 && !all.contains(m_key))
        all.clear();
    return &all[m_key];
}

// Each answer comes from the label's own memory, else from the shared table, else from
// QLabel. Nothing is held across QLabel's measuring, which may polish the label.
int WrappedLabel::heightForWidth(int width) const
{
    if (const int* known = own().height(width))
        return *known;
    if (const Measures* common = shared(); common && common->height(width)) {
        const int height = *common->height(width);
        own().remember(width, height);
        return height;
    }
    const int height = QLabel::heightForWidth(width);
    own().remember(width, height);
    if (Measures* common = shared())
        common->remember(width, height);
    return height;
}

QSize WrappedLabel::hint(QSize Measures::*known) const
{
    if ((own().*known).isValid())
        return m_own.*known;
    if (const Measures* common = shared(); common && (common->*known).isValid())
        return own().*known = common->*known;
    // QLabel's own (a pointer to either member would call this class's again).
    const QSize measured = known == &Measures::sizeHint ? QLabel::sizeHint() : QLabel::minimumSizeHint();
    own().*known = measured;
    if (Measures* common = shared())
        common->*known = measured;
    return measured;
}

QSize WrappedLabel::sizeHint() const
{
    return hint(&Measures::sizeHint);
}

QSize WrappedLabel::minimumSizeHint() const
{
    return hint(&Measures::minimumSizeHint);
}

void WrappedLabel::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        m_own = {};
        m_key.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace knead
