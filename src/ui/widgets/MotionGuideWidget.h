// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainterPath>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QSvgRenderer;

namespace knead {

// Shows where and how to move during a step: the step's region on the body figure, zoomed
// in, with its motion guide (small circles, long strokes, press and hold) drawn over it and
// animated in time with the step; or the step's own picture when the pack has one.
// Animation runs only when asked to (the session controller says when a step demonstrates
// its movement), or for one demonstration when the pointer rests on the still diagram.
class MotionGuideWidget : public QWidget
{
    Q_OBJECT

public:
    // How long pointing at the still guide shows the movement again.
    static constexpr qint64 kHoverDemonstrationMs = 12000;

    explicit MotionGuideWidget(QWidget* parent = nullptr);
    ~MotionGuideWidget() override;

    // The region's shape id and figures, and the step's guide (may be empty) or image path.
    void setStep(const Region* region, const Step* step);
    // Where the step stands; `animate` starts or stops the animation.
    void setPlayback(qint64 stepElapsedMs, bool animate);
    bool isAnimating() const { return m_timer.isActive(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void relayout();
    qint64 currentElapsed() const;
    void endHoverDemonstration();
    void paintGuide(QPainter& p, qint64 elapsedMs);
    void paintFace(QPainter& p);
    void paintOrientation(QPainter& p);
    void onFrame();

    QString m_shape;
    Figure m_figure = Figure::Front;
    std::optional<Motion> m_motion;
    Side m_side = Side::None;
    QString m_image;
    QImage m_png;
    QSvgRenderer* m_svg = nullptr;

    QTransform m_toWidget; // figure units to widget pixels
    QPainterPath m_silhouette;
    QPainterPath m_region;
    QList<QPointF> m_points; // motion points in widget pixels

    QTimer m_timer;
    QElapsedTimer m_since; // time since the last setPlayback()
    qint64 m_elapsedAtSet = 0;
    bool m_hovering = false; // animating because the pointer asked, not the session
};

} // namespace knead
