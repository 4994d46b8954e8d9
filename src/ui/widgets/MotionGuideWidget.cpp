// SPDX-License-Identifier: MIT
#include "MotionGuideWidget.h"

#include "BodyMapGeometry.h"
#include "Palette.h"
#include "Typography.h"

#include <QPainter>
#include <QSvgRenderer>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace knead {

namespace {

constexpr int kFrameMs = 40; // 25 frames a second: smooth for slow hand movements

QPainterPath toPath(const QList<Outline>& outlines, const QTransform& t)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (const Outline& outline : outlines) {
        QPolygonF polygon;
        for (const QPointF& p : outline)
            polygon.append(t.map(p));
        if (!polygon.isEmpty()) {
            polygon.append(polygon.first());
            path.addPolygon(polygon);
        }
    }
    return path;
}

} // namespace

MotionGuideWidget::MotionGuideWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("motionGuide"));
    setAccessibleName(tr("Motion guide"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kFrameMs);
    connect(&m_timer, &QTimer::timeout, this, &MotionGuideWidget::onFrame);
}

MotionGuideWidget::~MotionGuideWidget() = default;

QSize MotionGuideWidget::sizeHint() const
{
    return {260, 260};
}

QSize MotionGuideWidget::minimumSizeHint() const
{
    return {120, 120};
}

void MotionGuideWidget::setStep(const Region* region, const Step* step)
{
    m_timer.stop();
    m_hovering = false;
    m_shape = region ? region->shape : QString();
    m_motion = step ? step->motion : std::nullopt;
    m_image = step ? step->image : QString();
    m_side = step ? step->side : Side::None;
    delete m_svg;
    m_svg = nullptr;
    m_png = QImage();
    if (!m_image.isEmpty()) {
        // The loader checked the file: inside its pack, a PNG of sane size or an SVG that
        // refers to nothing outside itself.
        if (m_image.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
            m_svg = new QSvgRenderer(m_image, this);
        else
            m_png = QImage(m_image);
    }
    const BodyMapGeometry& g = BodyMapGeometry::standard();
    m_figure = Figure::Front;
    if (m_motion && m_motion->figure)
        m_figure = *m_motion->figure;
    else if (region && (region->figure == Figure::Back || g.outlines(m_shape, Figure::Front).isEmpty()))
        m_figure = Figure::Back;
    QString name = region ? region->name : QString();
    if (m_motion)
        //: "small circles: Head and scalp" (the motion, then the region's name as written)
        name = tr("%1: %2").arg(motionPatternLabel(m_motion->pattern), region ? region->name : QString());
    if (m_side == Side::Left || m_side == Side::Right)
        name = tr("%1, %2").arg(name, sideLabel(m_side));
    //: Which view of the body the guide shows.
    setAccessibleDescription(
        tr("%1; %2").arg(name, m_figure == Figure::Back ? tr("seen from behind") : tr("seen from the front")));
    relayout();
    update();
}

void MotionGuideWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void MotionGuideWidget::relayout()
{
    const BodyMapGeometry& g = BodyMapGeometry::standard();
    QRectF focus = g.bounds(m_shape, m_figure);
    if (focus.isNull())
        focus = QRectF(0, 0, BodyMapGeometry::kFigureWidth, BodyMapGeometry::kFigureHeight);
    // Show the region with some of the body around it, so it is clear where it is.
    const qreal side = std::max({focus.width(), focus.height(), 60.0}) * 1.7;
    const QRectF view(focus.center() - QPointF(side / 2, side / 2), QSizeF(side, side));
    const qreal scale = std::min(width() / view.width(), height() / view.height());
    m_toWidget = QTransform::fromTranslate(-view.left(), -view.top()) * QTransform::fromScale(scale, scale)
        * QTransform::fromTranslate((width() - view.width() * scale) / 2, (height() - view.height() * scale) / 2);
    m_silhouette = toPath(g.silhouette(m_figure), m_toWidget);
    m_region = toPath(g.outlines(m_shape, m_figure), m_toWidget);
    m_points.clear();
    if (m_motion) {
        QList<QPointF> relative = m_motion->points;
        if (relative.isEmpty())
            relative = {QPointF(0.5, 0.5)};
        for (const QPointF& r : std::as_const(relative))
            m_points.append(m_toWidget.map(g.mapFromShapeBox(m_shape, m_figure, r)));
    }
}

void MotionGuideWidget::setPlayback(qint64 stepElapsedMs, bool animate)
{
    const bool run = animate && m_motion && m_image.isEmpty();
    if (!run && m_hovering)
        return; // the demonstration the pointer asked for plays to its end (or until hidden)
    if (!run && !m_timer.isActive() && stepElapsedMs == m_elapsedAtSet)
        return; // already still at this moment: the session asks once a second, nothing moved
    m_elapsedAtSet = stepElapsedMs;
    m_since.start();
    m_hovering = false; // a demonstration the session asks for takes over
    if (run && !m_timer.isActive())
        m_timer.start();
    else if (!run)
        m_timer.stop();
    update();
}

void MotionGuideWidget::enterEvent(QEnterEvent* event)
{
    // Pointing at the still guide shows the movement again.
    if (m_motion && m_image.isEmpty() && !m_timer.isActive() && isVisible()) {
        m_hovering = true;
        m_elapsedAtSet = 0;
        m_since.start();
        m_timer.start();
    }
    QWidget::enterEvent(event);
}

void MotionGuideWidget::hideEvent(QHideEvent* event)
{
    // A demonstration nobody can see would only cost wake-ups.
    if (m_hovering)
        endHoverDemonstration();
    QWidget::hideEvent(event);
}

void MotionGuideWidget::endHoverDemonstration()
{
    m_hovering = false;
    m_timer.stop();
    m_elapsedAtSet = 0; // the still diagram shows the start of the movement
}

qint64 MotionGuideWidget::currentElapsed() const
{
    return m_elapsedAtSet + (m_timer.isActive() && m_since.isValid() ? m_since.elapsed() : 0);
}

void MotionGuideWidget::onFrame()
{
    if (m_hovering && currentElapsed() >= kHoverDemonstrationMs)
        endHoverDemonstration();
    update();
}

void MotionGuideWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    if (m_svg && m_svg->isValid()) {
        QSizeF fit = m_svg->defaultSize();
        fit.scale(QSizeF(size()), Qt::KeepAspectRatio);
        m_svg->render(&p, QRectF(QPointF((width() - fit.width()) / 2, (height() - fit.height()) / 2), fit));
        return;
    }
    if (!m_png.isNull()) {
        const QImage scaled = m_png.scaled(size() * devicePixelRatioF(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QImage image = scaled;
        image.setDevicePixelRatio(devicePixelRatioF());
        const QSizeF logical = QSizeF(image.size()) / devicePixelRatioF();
        p.drawImage(QPointF((width() - logical.width()) / 2, (height() - logical.height()) / 2), image);
        return;
    }
    const QColor text = pal.color(QPalette::WindowText);
    const QColor window = pal.color(QPalette::Window);
    p.setPen(QPen(mixColors(window, text, 0.3), 1.2));
    p.setBrush(mixColors(window, text, 0.07));
    p.drawPath(m_silhouette);
    const QColor region = mixColors(mixColors(window, text, 0.07), pal.color(QPalette::Highlight), 0.28);
    p.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
    p.setBrush(region);
    p.drawPath(m_region);
    if (m_figure == Figure::Front)
        paintFace(p);
    if (m_motion && !m_points.isEmpty())
        paintGuide(p, currentElapsed());
    paintOrientation(p);
}

void MotionGuideWidget::paintFace(QPainter& p)
{
    // Eyes and a nose on the front figure's face, so nobody takes it for the back of a head.
    const BodyMapGeometry& g = BodyMapGeometry::standard();
    const QRectF face = m_toWidget.mapRect(g.bounds(QStringLiteral("face"), Figure::Front));
    if (face.isNull() || !rect().intersects(face.toRect()))
        return;
    const QColor ink = mixColors(palette().color(QPalette::Window), palette().color(QPalette::WindowText), 0.45);
    const qreal eye = std::max<qreal>(1.5, face.width() * 0.06);
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    const qreal eyesY = face.top() + face.height() * 0.38;
    p.drawEllipse(QPointF(face.left() + face.width() * 0.33, eyesY), eye, eye);
    p.drawEllipse(QPointF(face.left() + face.width() * 0.67, eyesY), eye, eye);
    p.setPen(QPen(ink, std::max<qreal>(1.0, eye * 0.6), Qt::SolidLine, Qt::RoundCap));
    p.drawLine(
        QPointF(face.center().x(), eyesY + eye * 2), QPointF(face.center().x(), face.top() + face.height() * 0.62));
}

void MotionGuideWidget::paintOrientation(QPainter& p)
{
    // The person's right and left, at the sides of the view, and which view it is: "right
    // temple" must be unambiguous whether the figure faces you or turns its back. On the
    // front figure the person's right is on the viewer's left.
    const QPalette& pal = palette();
    QFont small = fontFor(TextStyle::Caption, font());
    small.setWeight(QFont::DemiBold);
    p.setFont(small);
    const QFontMetrics fm(small);
    const bool front = m_figure != Figure::Back;
    const QString leftMark
        = front ? tr("R", "the person's right, on the front view") : tr("L", "the person's left, on the back view");
    const QString rightMark
        = front ? tr("L", "the person's left, on the front view") : tr("R", "the person's right, on the back view");
    const Side leftSide = front ? Side::Right : Side::Left;
    const Side rightSide = front ? Side::Left : Side::Right;
    const qreal y = height() / 2.0;
    const auto mark = [&](const QString& text, Side side, qreal x, Qt::Alignment align) {
        const bool meant = m_side == side || m_side == Side::Both;
        p.setPen(meant ? pal.color(QPalette::Highlight) : pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(x, y - fm.height(), fm.height() * 1.5, fm.height() * 2), align | Qt::AlignVCenter, text);
    };
    mark(leftMark, leftSide, 2, Qt::AlignLeft);
    mark(rightMark, rightSide, width() - 2 - fm.height() * 1.5, Qt::AlignRight);
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(
        QRectF(0, 2, width(), fm.height() + 2), Qt::AlignHCenter | Qt::AlignTop, front ? tr("Front") : tr("Back"));
}

void MotionGuideWidget::paintGuide(QPainter& p, qint64 elapsedMs)
{
    const QPalette& pal = palette();
    const QColor ink = pal.color(QPalette::WindowText);
    QColor accent = pal.color(QPalette::Highlight).darker(isDarkPalette(pal) ? 70 : 130);
    const qreal unit = std::max<qreal>(6.0, std::min(width(), height()) / 22.0);
    const qreal period = std::max(0.5, m_motion->periodSeconds) * 1000.0;
    const qreal cycles = elapsedMs / period;
    QPen guidePen(ink, std::max<qreal>(1.5, unit / 5.0), Qt::DashLine, Qt::RoundCap);
    const QColor regionFill
        = mixColors(mixColors(pal.color(QPalette::Window), ink, 0.07), pal.color(QPalette::Highlight), 0.28);
    const QColor guideInk = mixColors(regionFill, ink, 0.55);
    guidePen.setColor(guideInk);

    switch (m_motion->pattern) {
    case MotionPattern::Circles: {
        // One point at a time, a few circles each, then on to the next.
        const int perPoint = 3;
        const int active = int(cycles / perPoint) % int(m_points.size());
        const qreal radius = unit * 1.6;
        for (int i = 0; i < m_points.size(); ++i) {
            p.setPen(guidePen);
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(m_points[i], radius, radius);
        }
        const qreal angle = (cycles - std::floor(cycles)) * 2 * M_PI;
        const QPointF c = m_points[active];
        const QPointF dot = c + QPointF(std::cos(angle - M_PI / 2), std::sin(angle - M_PI / 2)) * radius;
        // An arrowhead at twelve o'clock shows the direction (clockwise) on the still diagram.
        QPolygonF arrow;
        const QPointF top = c + QPointF(0, -radius);
        arrow << top + QPointF(-unit * 0.35, -unit * 0.35) << top + QPointF(unit * 0.3, 0)
              << top + QPointF(-unit * 0.35, unit * 0.35);
        p.setPen(Qt::NoPen);
        p.setBrush(guideInk);
        p.drawPolygon(arrow);
        p.setBrush(accent);
        p.drawEllipse(dot, unit * 0.55, unit * 0.55);
        break;
    }
    case MotionPattern::Strokes: {
        QPainterPath path(m_points.first());
        for (int i = 1; i < m_points.size(); ++i)
            path.lineTo(m_points[i]);
        p.setPen(guidePen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // Direction: an arrowhead at the end of the path.
        const QPointF end = m_points.last();
        const QPointF before = m_points.size() > 1 ? m_points[m_points.size() - 2] : end - QPointF(0, 1);
        const QPointF dir = (end - before) / std::max(1e-6, std::hypot(end.x() - before.x(), end.y() - before.y()));
        const QPointF normal(-dir.y(), dir.x());
        QPolygonF head;
        head << end << end - dir * unit + normal * unit * 0.5 << end - dir * unit - normal * unit * 0.5;
        p.setPen(Qt::NoPen);
        p.setBrush(guideInk);
        p.drawPolygon(head);
        // The hand glides along, then lifts and returns to the start.
        const qreal t = cycles - std::floor(cycles);
        const qreal along = std::min(1.0, t / 0.8);
        const QPointF at = path.pointAtPercent(along);
        p.setBrush(t < 0.8 ? accent : mixColors(regionFill, accent, 0.35));
        p.drawEllipse(at, unit * 0.6, unit * 0.6);
        break;
    }
    case MotionPattern::Hold: {
        const int active = int(cycles) % int(m_points.size());
        const qreal t = cycles - std::floor(cycles);
        for (int i = 0; i < m_points.size(); ++i) {
            p.setPen(guidePen);
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(m_points[i], unit, unit);
        }
        // Press in over the first half, ease off over the second: a slow breath.
        const qreal press = std::sin(t * M_PI);
        p.setPen(Qt::NoPen);
        p.setBrush(mixColors(regionFill, accent, 0.35 + 0.55 * press));
        p.drawEllipse(m_points[active], unit * (0.5 + 0.5 * press), unit * (0.5 + 0.5 * press));
        break;
    }
    }
}

} // namespace knead
