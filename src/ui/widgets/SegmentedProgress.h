// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

namespace knead {

// The whole routine at a glance: one segment per step, as wide as the step is long, coloured
// by whether it is done, skipped, current or still to come.
class SegmentedProgress : public QWidget
{
    Q_OBJECT

public:
    enum class Segment { Upcoming, Current, Done, Skipped };

    explicit SegmentedProgress(QWidget* parent = nullptr);

    // Relative lengths (any one unit; 0 for untimed steps, drawn narrow).
    void setLengths(const QList<int>& lengths);
    void setStates(const QList<Segment>& states, double currentFraction);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<int> m_lengths;
    QList<Segment> m_states;
    double m_currentFraction = 0.0;
};

} // namespace knead
