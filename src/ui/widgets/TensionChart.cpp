// SPDX-License-Identifier: MIT
#include "TensionChart.h"

#include "Palette.h"
#include "Typography.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace knead {

namespace {

// A screen reader meets the chart as a chart, named by its region, described by its summary.
QAccessibleInterface* chartAccessibleFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("knead::TensionChart") && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::Chart);
    return nullptr;
}

} // namespace

TensionChart::TensionChart(QWidget* parent)
    : QWidget(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(chartAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setObjectName(QStringLiteral("tensionChart"));
    setAccessibleName(tr("Tension chart"));
    setFont(fontFor(TextStyle::Caption, QFont()));
    // Reachable with Tab, so a screen reader reads the summary where the chart is.
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TensionChart::setSeries(const RegionSeries& series, const QDateTime& from, const QDateTime& to,
    const LocalDays& days, const QString& regionName, const QString& summary)
{
    m_series = series;
    std::tie(m_begin, m_end) = m_series.range(from, to);
    m_to = to;
    m_from = from.isValid() ? from : m_begin < m_end ? m_series.points[m_begin].when : to.addDays(-30);
    if (m_from >= m_to)
        m_from = m_to.addDays(-1);
    m_days = days;
    m_summary = summary;
    setAccessibleName(tr("Tension chart: %1").arg(regionName));
    setAccessibleDescription(summary);
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
    update();
}

QSize TensionChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 36, line * 16};
}

QSize TensionChart::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 14, line * 11};
}

void TensionChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
}

void TensionChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor grid = mixColors(window, text, 0.12);
    const QColor pair = mixColors(window, text, 0.35);
    const QFontMetricsF fm(font());
    const qreal line = fm.height();
    // Sizes follow the font, so the chart reads the same at any scale.
    const qreal radius = std::max(3.0, line / 4.5);
    const qreal stroke = std::max(1.5, line / 9.0);

    const QString ten = QLocale().toString(10);
    const QRectF plot(fm.horizontalAdvance(ten) + line * 0.8, line * 1.8, 0, 0);
    const QRectF area = QRectF(rect()).adjusted(plot.left(), plot.top(), -radius - 2, -line * 1.6);
    if (area.width() < line * 4 || area.height() < line * 3)
        return;
    const qint64 from = m_from.toMSecsSinceEpoch();
    const qint64 to = m_to.toMSecsSinceEpoch();
    const auto xOf = [&](const QDateTime& t) {
        return area.left() + area.width() * double(t.toMSecsSinceEpoch() - from) / double(to - from);
    };
    const auto yOf = [&](double v) { return area.bottom() - area.height() * v / 10.0; };

    // Tension axis: 0 to 10, a line every 2.
    p.setFont(font());
    for (int v = 0; v <= 10; v += 2) {
        const qreal y = yOf(v);
        p.setPen(QPen(v == 0 ? pair : grid, 1));
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p.setPen(muted);
        p.drawText(QRectF(0, y - line / 2, area.left() - line * 0.4, line), Qt::AlignRight | Qt::AlignVCenter,
            QLocale().toString(v));
    }
    // Time axis: round dates, as many as fit.
    const QLocale locale;
    const QDate firstDay = m_days.dayOf(m_from);
    const QDate lastDay = m_days.dayOf(m_to);
    const bool longSpan = firstDay.daysTo(lastDay) > 400;
    const QString widest
        = longSpan ? QStringLiteral("0000") : locale.toString(QDate(2000, 12, 28), QStringLiteral("d MMM"));
    const int maxTicks = std::max(2, int(area.width() / (fm.horizontalAdvance(widest) + line * 1.5)));
    const QList<QDate> ticks = dateTicks(firstDay, lastDay, maxTicks);
    for (const QDate& day : ticks) {
        const qreal x = xOf(m_days.startOf(day));
        if (x < area.left() - 1 || x > area.right() + 1)
            continue;
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        const QString label = longSpan && day.dayOfYear() == 1 ? QString::number(day.year())
                                                               : locale.toString(day, QStringLiteral("d MMM"));
        const qreal w = fm.horizontalAdvance(label);
        const qreal left = std::clamp(x - w / 2, 0.0, width() - w);
        p.setPen(muted);
        p.drawText(QRectF(left, area.bottom() + line * 0.3, w + 1, line), Qt::AlignLeft | Qt::AlignTop, label);
    }

    // Legend, top right: ○ before  ● after  — median of 7 sessions.
    {
        const QString before = tr("before");
        const QString after = tr("after");
        const QString median = tr("median of the last 7 sessions");
        const qreal gap = line * 0.8;
        const qreal total = 3 * (radius * 2 + line * 0.3) + fm.horizontalAdvance(before) + fm.horizontalAdvance(after)
            + fm.horizontalAdvance(median) + 2 * gap + line;
        qreal x = std::max(area.left(), area.right() - total);
        const qreal y = line * 0.8;
        p.setPen(QPen(muted, stroke));
        p.setBrush(window);
        p.drawEllipse(QPointF(x + radius, y), radius, radius);
        x += radius * 2 + line * 0.3;
        p.setPen(text);
        p.drawText(QPointF(x, y + fm.ascent() / 2 - 1), before);
        x += fm.horizontalAdvance(before) + gap;
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        p.drawEllipse(QPointF(x + radius, y), radius, radius);
        x += radius * 2 + line * 0.3;
        p.setPen(text);
        p.drawText(QPointF(x, y + fm.ascent() / 2 - 1), after);
        x += fm.horizontalAdvance(after) + gap;
        p.setPen(QPen(text, stroke * 1.4));
        p.drawLine(QPointF(x, y), QPointF(x + line, y));
        x += line + line * 0.3;
        p.drawText(QPointF(x, y + fm.ascent() / 2 - 1), median);
    }

    if (m_begin >= m_end) {
        p.setPen(muted);
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("No ratings in this period."));
        return;
    }
    p.save();
    p.setClipRect(area.adjusted(-radius - 1, -radius - 1, radius + 1, radius + 1));
    // Each session: the rating before and after, joined.
    for (qsizetype i = m_begin; i < m_end; ++i) {
        const RatingPoint& pt = m_series.points[i];
        const qreal x = xOf(pt.when);
        if (pt.hasBefore() && pt.hasAfter()) {
            p.setPen(QPen(pair, stroke));
            p.drawLine(QPointF(x, yOf(pt.before)), QPointF(x, yOf(pt.after)));
        }
    }
    for (qsizetype i = m_begin; i < m_end; ++i) {
        const RatingPoint& pt = m_series.points[i];
        const qreal x = xOf(pt.when);
        if (pt.hasBefore()) {
            p.setPen(QPen(muted, stroke));
            p.setBrush(window);
            p.drawEllipse(QPointF(x, yOf(pt.before)), radius, radius);
        }
        if (pt.hasAfter()) {
            p.setPen(QPen(window, 1));
            p.setBrush(accent);
            p.drawEllipse(QPointF(x, yOf(pt.after)), radius, radius);
        }
    }
    // The median on top: the trend is what the chart is for.
    QPainterPath path;
    for (qsizetype i = m_begin; i < m_end; ++i) {
        const QPointF at(xOf(m_series.points[i].when), yOf(m_series.median[i]));
        if (i == m_begin)
            path.moveTo(at);
        else
            path.lineTo(at);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(text, stroke * 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (m_end - m_begin == 1)
        p.drawPoint(path.currentPosition());
    else
        p.drawPath(path);
    p.restore();
}

} // namespace knead
