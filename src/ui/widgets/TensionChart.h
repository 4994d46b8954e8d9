// SPDX-License-Identifier: MIT
#pragma once

#include "LocalDays.h"
#include "TensionSeries.h"

#include <QWidget>

namespace knead {

// A region's tension over time, drawn with QPainter: each rating as a point (hollow before
// the session, filled after it, a line joining the two of one session), the median of the
// last seven sessions as a line, tension 0–10 up the side and dates along the bottom. What it
// shows is also a sentence, its accessible description, for people who cannot see it.
class TensionChart : public QWidget
{
    Q_OBJECT

public:
    explicit TensionChart(QWidget* parent = nullptr);

    // The points of `series` in [from, to) are drawn; an invalid `from` means from the first.
    void setSeries(const RegionSeries& series, const QDateTime& from, const QDateTime& to, const LocalDays& days,
        const QString& regionName, const QString& summary);
    QString summary() const { return m_summary; }
    qsizetype pointCount() const { return m_end - m_begin; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    RegionSeries m_series;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    QDateTime m_from;
    QDateTime m_to;
    LocalDays m_days;
    QString m_summary;
};

} // namespace knead
