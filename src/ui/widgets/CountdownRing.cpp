// SPDX-License-Identifier: MIT
#include "CountdownRing.h"

#include "Palette.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace knead {

CountdownRing::CountdownRing(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("countdown"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::NoFocus);
    updateAccessibleName();
}

void CountdownRing::setTime(const QString& text)
{
    if (text == m_time)
        return;
    m_time = text;
    updateAccessibleName();
    update();
}

void CountdownRing::setCaption(const QString& text)
{
    if (text == m_caption)
        return;
    m_caption = text;
    updateAccessibleName();
    update();
}

void CountdownRing::setFraction(double remaining)
{
    remaining = std::clamp(remaining, 0.0, 1.0);
    if (qFuzzyCompare(remaining + 1.0, m_fraction + 1.0))
        return;
    m_fraction = remaining;
    update();
}

void CountdownRing::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    updateAccessibleName();
    update();
}

void CountdownRing::updateAccessibleName()
{
    QString name = m_time.isEmpty() ? m_caption : tr("Time left %1").arg(m_time);
    if (!m_time.isEmpty() && !m_caption.isEmpty())
        name += QStringLiteral(", ") + m_caption;
    if (m_paused)
        name += QStringLiteral(", ") + tr("paused");
    setAccessibleName(name.isEmpty() ? tr("Countdown") : name);
}

QSize CountdownRing::sizeHint() const
{
    const int side = fontMetrics().height() * 14;
    return {side, side};
}

QSize CountdownRing::minimumSizeHint() const
{
    const int side = fontMetrics().height() * 6;
    return {side, side};
}

const QPixmap& CountdownRing::trackPixmap(const QRectF& ring, qreal pen, const QColor& colour)
{
    // Stroking a wide antialiased circle was a third of the ring's paint, once a second.
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    if (m_track.size() == pixels && m_track.devicePixelRatio() == ratio && m_trackColour == colour)
        return m_track;
    m_track = QPixmap(pixels);
    m_track.setDevicePixelRatio(ratio);
    m_track.fill(Qt::transparent);
    m_trackColour = colour;
    QPainter p(&m_track);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, pen, Qt::SolidLine, Qt::FlatCap));
    p.drawEllipse(ring);
    return m_track;
}

void CountdownRing::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int side = std::min(width(), height());
    const qreal pen = std::max<qreal>(4.0, side / 22.0);
    const QRectF ring(
        QPointF((width() - side) / 2.0 + pen / 2, (height() - side) / 2.0 + pen / 2), QSizeF(side - pen, side - pen));
    const QPalette& pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor track = mixColors(window, pal.color(QPalette::WindowText), 0.12);
    p.drawPixmap(0, 0, trackPixmap(ring, pen, track));
    if (m_fraction > 0.0 && !m_time.isEmpty()) {
        QColor accent = pal.color(QPalette::Highlight);
        if (m_paused)
            accent = mixColors(window, accent, 0.45);
        p.setPen(QPen(accent, pen, Qt::SolidLine, Qt::RoundCap));
        // Clockwise from twelve o'clock; Qt counts angles in 1/16 degree, counter-clockwise.
        p.drawArc(ring, 90 * 16, -int(m_fraction * 360 * 16));
    }
    p.setPen(pal.color(QPalette::WindowText));
    QFont big = font();
    const QString text = m_time.isEmpty() ? QStringLiteral("·") : m_time;
    big.setPixelSize(std::max(12, int(side * (text.size() > 5 ? 0.2 : 0.26))));
    big.setWeight(QFont::DemiBold);
    p.setFont(big);
    const QRectF inner = ring.adjusted(pen, pen, -pen, -pen);
    p.drawText(inner, Qt::AlignCenter, text);
    const QString caption = m_paused ? tr("Paused") : m_caption;
    if (!caption.isEmpty()) {
        QFont small = font();
        small.setPixelSize(std::max(10, int(side * 0.065)));
        p.setFont(small);
        p.setPen(mixColors(window, pal.color(QPalette::WindowText), 0.7));
        const QRectF below(inner.left(), inner.center().y() + side * 0.15, inner.width(), side * 0.12);
        p.drawText(below, Qt::AlignHCenter | Qt::AlignTop, caption);
    }
}

} // namespace knead
