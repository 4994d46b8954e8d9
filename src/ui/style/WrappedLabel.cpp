// SPDX-License-Identifier: MIT
#include "WrappedLabel.h"

#include <QEvent>
#include <QHash>

#include <algorithm>

namespace knead {

namespace {

// Shared measures, by font and text. A few pages' worth of texts; when full it starts again.
QHash<QString, WrappedLabel::Measures>& shared()
{
    static QHash<QString, WrappedLabel::Measures> measures;
    if (measures.size() > 4000)
        measures.clear();
    return measures;
}

} // namespace

WrappedLabel::Measures& WrappedLabel::measures() const
{
    // Only the text, the font and the screen's resolution decide what QLabel answers while the
    // label has none of these.
    const bool plain = wordWrap() && textFormat() == Qt::PlainText && margin() == 0 && indent() <= 0
        && frameWidth() == 0 && contentsMargins().isNull() && minimumSize().isNull()
        && maximumSize() == QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    if (plain)
        return shared()[font().key() + QChar(0x1F) + QString::number(logicalDpiY()) + QChar(0x1F) + text()];
    // setText() is not virtual and sends no event: the text is compared instead.
    if (m_text.size() != text().size() || m_text != text()) {
        m_text = text();
        m_own = {};
    }
    return m_own;
}

// Each answer is looked up, and on a miss computed by QLabel and stored with a fresh look-up:
// QLabel may polish the label meanwhile, and the shared table may have changed.
int WrappedLabel::heightForWidth(int width) const
{
    const Measures& known = measures();
    for (int i = 0; i < known.count; ++i) {
        if (known.heights[i].first == width)
            return known.heights[i].second;
    }
    const int height = QLabel::heightForWidth(width);
    Measures& m = measures();
    m.heights[m.next] = {width, height};
    m.next = (m.next + 1) % int(m.heights.size());
    m.count = std::min(m.count + 1, int(m.heights.size()));
    return height;
}

QSize WrappedLabel::sizeHint() const
{
    if (const QSize known = measures().sizeHint; known.isValid())
        return known;
    const QSize hint = QLabel::sizeHint();
    measures().sizeHint = hint;
    return hint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    if (const QSize known = measures().minimumSizeHint; known.isValid())
        return known;
    const QSize hint = QLabel::minimumSizeHint();
    measures().minimumSizeHint = hint;
    return hint;
}

void WrappedLabel::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        m_own = {}; // shared measures are by font already
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace knead
