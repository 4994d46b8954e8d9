// SPDX-License-Identifier: MIT
#include "PracticeCalendar.h"

#include "Palette.h"
#include "Typography.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace knead {

PracticeCalendar::PracticeCalendar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("practiceCalendar"));
    setAccessibleName(tr("Practice calendar"));
    setFont(fontFor(TextStyle::Caption, QFont()));
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QDate PracticeCalendar::firstDay() const
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const int firstWeekday = QLocale().firstDayOfWeek();
    const int back = (today.dayOfWeek() - firstWeekday + 7) % 7;
    return today.addDays(-back - 7 * (kWeeks - 1));
}

void PracticeCalendar::setDays(const QList<QDate>& practised, const QDate& today)
{
    m_today = today;
    m_practised.clear();
    const QDate first = firstDay();
    for (auto it = practised.crbegin(); it != practised.crend() && *it >= first; ++it) {
        if (*it <= today)
            m_practised.insert(*it);
    }
    m_shownCount = int(m_practised.size());
    const qint64 shown = first.daysTo(today) + 1;
    setAccessibleDescription(m_shownCount == 0
            ? tr("No practice in the last %1 days.").arg(shown)
            : tr("You practised on %1 of the last %2 days.").arg(m_shownCount).arg(shown));
    updateGeometry();
    update();
}

qreal PracticeCalendar::cellSize() const
{
    return std::max(8.0, fontMetrics().height() * 0.95);
}

QSize PracticeCalendar::sizeHint() const
{
    const qreal cell = cellSize();
    const int label
        = fontMetrics().horizontalAdvance(QLocale().dayName(3, QLocale::ShortFormat)) + fontMetrics().height() / 2;
    return {int(label + kWeeks * cell * 1.2), int(fontMetrics().height() * 1.4 + 7 * cell * 1.2)};
}

QSize PracticeCalendar::minimumSizeHint() const
{
    return sizeHint();
}

void PracticeCalendar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    const QColor empty = mixColors(window, text, 0.1);
    const QColor accent = pal.color(QPalette::Highlight);
    const QLocale locale;
    const QFontMetricsF fm(font());
    const qreal cell = cellSize();
    const qreal pitch = cell * 1.2;
    const qreal top = fm.height() * 1.4;
    const int firstWeekday = locale.firstDayOfWeek();
    qreal labelWidth = 0;
    for (int row : {1, 3, 5})
        labelWidth = std::max(
            labelWidth, fm.horizontalAdvance(locale.dayName((firstWeekday - 1 + row) % 7 + 1, QLocale::ShortFormat)));
    const qreal left = labelWidth + fm.height() / 2;

    p.setFont(font());
    p.setPen(muted);
    for (int row : {1, 3, 5}) {
        const int weekday = (firstWeekday - 1 + row) % 7 + 1;
        p.drawText(QRectF(0, top + row * pitch, labelWidth, cell), Qt::AlignLeft | Qt::AlignVCenter,
            locale.dayName(weekday, QLocale::ShortFormat));
    }
    const QDate first = firstDay();
    qreal lastLabelEnd = -1;
    for (int week = 0; week < kWeeks; ++week) {
        const qreal x = left + week * pitch;
        for (int row = 0; row < 7; ++row) {
            const QDate day = first.addDays(week * 7 + row);
            if (day > m_today)
                break;
            // A month's name over the week its first day falls in.
            if (day.day() == 1 && x > lastLabelEnd) {
                const QString month = locale.monthName(day.month(), QLocale::ShortFormat);
                p.setPen(muted);
                p.drawText(QPointF(x, fm.ascent()), month);
                lastLabelEnd = x + fm.horizontalAdvance(month) + fm.height() / 2;
            }
            const QRectF r(x, top + row * pitch, cell, cell);
            const bool practised = m_practised.contains(day);
            p.setPen(day == m_today ? QPen(text, std::max(1.5, cell / 8)) : Qt::NoPen);
            p.setBrush(practised ? accent : empty);
            p.drawRoundedRect(r, cell / 5, cell / 5);
        }
    }
}

} // namespace knead
