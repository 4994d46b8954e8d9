// SPDX-License-Identifier: MIT
#include "SegmentedProgress.h"

#include "Palette.h"

#include <QPainter>

#include <algorithm>
#include <numeric>

namespace knead {

SegmentedProgress::SegmentedProgress(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("routineProgress"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Routine progress"));
}

void SegmentedProgress::setLengths(const QList<int>& lengths)
{
    m_lengths = lengths;
    m_states = QList<Segment>(lengths.size(), Segment::Upcoming);
    update();
}

void SegmentedProgress::setStates(const QList<Segment>& states, double currentFraction)
{
    currentFraction = std::clamp(currentFraction, 0.0, 1.0);
    if (states == m_states && qFuzzyCompare(currentFraction + 1.0, m_currentFraction + 1.0))
        return;
    m_states = states;
    m_currentFraction = currentFraction;
    const auto done = std::count(states.cbegin(), states.cend(), Segment::Done);
    setAccessibleDescription(tr("%1 of %2 steps done").arg(done).arg(states.size()));
    update();
}

QSize SegmentedProgress::sizeHint() const
{
    return {fontMetrics().height() * 20, std::max(8, fontMetrics().height() / 2)};
}

QSize SegmentedProgress::minimumSizeHint() const
{
    return {fontMetrics().height() * 4, std::max(8, fontMetrics().height() / 2)};
}

void SegmentedProgress::paintEvent(QPaintEvent*)
{
    if (m_lengths.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal gap = std::max(2.0, height() / 4.0);
    const qreal usable = width() - gap * (m_lengths.size() - 1);
    // Untimed steps and very short ones still get a visible sliver.
    const int total = std::accumulate(m_lengths.cbegin(), m_lengths.cend(), 0);
    const qreal minWidth = std::min<qreal>(usable / m_lengths.size(), height() * 1.5);
    const qreal flexible = usable - minWidth * m_lengths.size();
    const QPalette& pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor upcoming = mixColors(window, pal.color(QPalette::WindowText), 0.15);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor skipped = mixColors(window, pal.color(QPalette::WindowText), 0.4);
    qreal x = 0;
    const qreal radius = height() / 2.0;
    for (int i = 0; i < m_lengths.size(); ++i) {
        const qreal w = minWidth + (total > 0 ? flexible * m_lengths[i] / total : flexible / m_lengths.size());
        const QRectF r(x, 0, w, height());
        const Segment s = m_states.value(i);
        p.setPen(Qt::NoPen);
        p.setBrush(s == Segment::Done ? accent : s == Segment::Skipped ? skipped : upcoming);
        p.drawRoundedRect(r, radius, radius);
        if (s == Segment::Current) {
            p.setBrush(accent);
            p.drawRoundedRect(
                QRectF(r.left(), 0, std::max(radius * 2, r.width() * m_currentFraction), height()), radius, radius);
        }
        x += w + gap;
    }
}

} // namespace knead
