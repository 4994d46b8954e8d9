// SPDX-License-Identifier: MIT
#include "WrappedLabel.h"

#include <QEvent>

#include <algorithm>

namespace knead {

int WrappedLabel::heightForWidth(int width) const
{
    // setText() is not virtual and sends no event: the text is compared instead.
    if (m_text.size() != text().size() || m_text != text()) {
        m_text = text();
        forget();
    }
    for (int i = 0; i < m_count; ++i) {
        if (m_heights[i].first == width)
            return m_heights[i].second;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = {width, height};
    m_next = (m_next + 1) % int(m_heights.size());
    m_count = std::min(m_count + 1, int(m_heights.size()));
    return height;
}

void WrappedLabel::forget() const
{
    m_count = 0;
    m_next = 0;
}

void WrappedLabel::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        forget();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace knead
