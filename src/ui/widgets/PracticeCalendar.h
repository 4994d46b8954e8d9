// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QWidget>

namespace knead {

// The last months as a grid of days, a column a week: the days with practice filled with
// the accent, today outlined. Its accessible description says the same in words.
class PracticeCalendar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kWeeks = 26;

    explicit PracticeCalendar(QWidget* parent = nullptr);

    void setDays(const QList<QDate>& practised, const QDate& today);
    // The first day shown (a first day of the week, kWeeks − 1 weeks before today's week).
    QDate firstDay() const;
    int practisedShown() const { return m_shownCount; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    qreal cellSize() const;

    QSet<QDate> m_practised;
    QDate m_today;
    int m_shownCount = 0;
};

} // namespace knead
