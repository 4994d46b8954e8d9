// SPDX-License-Identifier: MIT
#include "PlainText.h"

#include "Palette.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace knead {

void makePlain(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
    label->setOpenExternalLinks(false);
}

QString escapeMnemonic(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('&'), QStringLiteral("&&"));
    return out;
}

QString plainToolTip(const QString& text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

Chip::Chip(const QString& text, QWidget* parent)
    : QLabel(parent)
{
    makePlain(this);
    setText(text);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setAlignment(Qt::AlignCenter);
    const int h = fontMetrics().height();
    setContentsMargins(h * 2 / 3, h / 6, h * 2 / 3, h / 6);
}

QSize Chip::sizeHint() const
{
    const QMargins m = contentsMargins();
    return QSize(fontMetrics().horizontalAdvance(text()) + m.left() + m.right() + 2,
        fontMetrics().height() + m.top() + m.bottom());
}

QSize Chip::minimumSizeHint() const
{
    return sizeHint();
}

void Chip::paintEvent(QPaintEvent* event)
{
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        const QPalette& p = palette();
        painter.setPen(QPen(mixColors(p.color(QPalette::Window), p.color(QPalette::WindowText), 0.22), 1.0));
        painter.setBrush(mixColors(p.color(QPalette::Window), p.color(QPalette::WindowText), 0.06));
        const qreal radius = r.height() / 2;
        painter.drawRoundedRect(r, radius, radius);
    }
    QLabel::paintEvent(event);
}

FlowLayout::FlowLayout(QWidget* parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent)
    , m_horizontalSpacing(horizontalSpacing)
    , m_verticalSpacing(verticalSpacing)
{ }

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}
int FlowLayout::count() const
{
    return int(m_items.size());
}
QLayoutItem* FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem* item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}
bool FlowLayout::hasHeightForWidth() const
{
    return true;
}
int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem* item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line is the preferred shape; heightForWidth covers the wrapping.
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        if (width > 0)
            width += horizontalSpacing();
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::horizontalSpacing() const
{
    return m_horizontalSpacing >= 0 ? m_horizontalSpacing : styleSpacing(QStyle::PM_LayoutHorizontalSpacing);
}

int FlowLayout::verticalSpacing() const
{
    return m_verticalSpacing >= 0 ? m_verticalSpacing : styleSpacing(QStyle::PM_LayoutVerticalSpacing);
}

int FlowLayout::styleSpacing(QStyle::PixelMetric metric) const
{
    const QWidget* widget = parentWidget();
    if (!widget)
        return 6;
    const int spacing = widget->style()->pixelMetric(metric, nullptr, widget);
    return spacing >= 0 ? spacing : 6;
}

int FlowLayout::arrange(const QRect& rect, bool apply) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    const int hSpace = horizontalSpacing();
    const int vSpace = verticalSpacing();
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    // Items of one line share its height and are centred in it, so combos and buttons of
    // different heights line up.
    QList<std::pair<QLayoutItem*, QPoint>> line;
    auto flush = [&] {
        if (apply) {
            for (const auto& [item, at] : std::as_const(line)) {
                const QSize size = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
                item->setGeometry(QRect(QPoint(at.x(), at.y() + (lineHeight - size.height()) / 2), size));
            }
        }
        line.clear();
    };
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize size = item->sizeHint();
        if (x > area.x() && x + size.width() > area.right() + 1) {
            flush();
            x = area.x();
            y += lineHeight + vSpace;
            lineHeight = 0;
        }
        line.append({item, QPoint(x, y)});
        x += size.width() + hSpace;
        lineHeight = std::max(lineHeight, size.height());
    }
    flush();
    return y + lineHeight - rect.y() + m.bottom();
}

} // namespace knead
