// SPDX-License-Identifier: MIT
#include "BodyMapGeometry.h"

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <utility>
#include <vector>

namespace knead {

namespace {

// How the figures are built: one smooth silhouette (a Catmull-Rom spline through hand-placed
// control points), shrunk slightly so its outline shows around the shapes, then cut into
// shapes by smooth boundary curves. Neighbouring shapes keep to opposite sides of the same
// curve, each a half gap away from it, so their borders run parallel and never overlap.

using Polygon = std::vector<QPointF>;
// (t, s) pairs: distance along a limb's axis and out to its side.
using LimbOffsets = std::initializer_list<std::pair<double, double>>;

// How far every shape stays inside the silhouette, so the body outline frames the shapes.
constexpr double kInset = 1.25;
// Half the gap between neighbouring shapes: wide enough that borders read as separate lines
// at the smallest size the map is drawn, narrow enough that the body still reads as whole.
constexpr double kHalfGap = 1.1;

double length(QPointF v)
{
    return std::sqrt(v.x() * v.x() + v.y() * v.y());
}

QPointF mirrored(QPointF p)
{
    return {BodyMapGeometry::kFigureWidth - p.x(), p.y()};
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = ab.x() * ab.x() + ab.y() * ab.y();
    double t = len2 > 0 ? ((p.x() - a.x()) * ab.x() + (p.y() - a.y()) * ab.y()) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF q = a + ab * t;
    return length(p - q);
}

// A single pass over an open polyline that drops points lying within `tolerance` of the line
// from the last point kept to the next one: cheaper than Douglas-Peucker on the long, finely
// sampled silhouette. Both ends are kept.
Polygon thin(const Polygon& p, double tolerance)
{
    const std::size_t n = p.size();
    Polygon out;
    out.reserve(n);
    out.push_back(p[0]);
    for (std::size_t i = 1; i + 1 < n; ++i) {
        if (distanceToSegment(p[i], out.back(), p[i + 1]) > tolerance)
            out.push_back(p[i]);
    }
    out.push_back(p[n - 1]);
    return out;
}

// --- Curves ------------------------------------------------------------------------------

// Samples the centripetal Catmull-Rom segment from p1 to p2 into `out`, `steps` points
// without the end. Centripetal parametrisation never overshoots into loops or cusps where
// control points bunch up, as they do around the ears, thumbs and fingertips.
void sampleSegment(QPointF p0, QPointF p1, QPointF p2, QPointF p3, int steps, Polygon& out)
{
    const auto knot = [](QPointF a, QPointF b) { return std::max(std::sqrt(length(b - a)), 1e-6); };
    const double t1 = knot(p0, p1);
    const double t2 = t1 + knot(p1, p2);
    const double t3 = t2 + knot(p2, p3);
    for (int s = 0; s < steps; ++s) {
        const double u = t1 + (t2 - t1) * s / steps;
        const QPointF a1 = p0 * ((t1 - u) / t1) + p1 * (u / t1);
        const QPointF a2 = p1 * ((t2 - u) / (t2 - t1)) + p2 * ((u - t1) / (t2 - t1));
        const QPointF a3 = p2 * ((t3 - u) / (t3 - t2)) + p3 * ((u - t2) / (t3 - t2));
        const QPointF b1 = a1 * ((t2 - u) / t2) + a2 * (u / t2);
        const QPointF b2 = a2 * ((t3 - u) / (t3 - t1)) + a3 * ((u - t1) / (t3 - t1));
        out.push_back(b1 * ((t2 - u) / (t2 - t1)) + b2 * ((u - t1) / (t2 - t1)));
    }
}

// Samples an open spline through `points`, from the first to the last, about every `spacing`
// units; the ends continue straight so the curve does not hook there.
Polygon sampleSpline(const Polygon& points, double spacing)
{
    const int n = int(points.size());
    const auto at = [&](int i) {
        if (i < 0)
            return points[0] * 2 - points[1];
        if (i >= n)
            return points[std::size_t(n - 1)] * 2 - points[std::size_t(n - 2)];
        return points[std::size_t(i)];
    };
    Polygon out;
    for (int i = 0; i + 1 < n; ++i) {
        const int steps = std::max(2, int(std::ceil(length(at(i + 1) - at(i)) / spacing)));
        sampleSegment(at(i - 1), at(i), at(i + 1), at(i + 2), steps, out);
    }
    out.push_back(points.back());
    return out;
}

// The closed outline through control points given for the viewer's left half, from the top
// of the centre line down to the bottom of it, completed by its mirror image. Only the left
// half is sampled and thinned, so the two halves are exact mirror images.
Polygon symmetricOutline(const Polygon& leftHalf, double spacing, double tolerance)
{
    Polygon control = leftHalf;
    for (auto it = leftHalf.rbegin() + 1; it + 1 != leftHalf.rend(); ++it)
        control.push_back(mirrored(*it));
    const int n = int(control.size());
    const auto at = [&](int i) { return control[std::size_t((i % n + n) % n)]; };
    Polygon left;
    for (int i = 0; i + 1 < int(leftHalf.size()); ++i) {
        const int steps = std::max(2, int(std::ceil(length(at(i + 1) - at(i)) / spacing)));
        sampleSegment(at(i - 1), at(i), at(i + 1), at(i + 2), steps, left);
    }
    left.push_back(leftHalf.back());
    left = thin(left, tolerance);
    Polygon all = left;
    for (auto it = left.rbegin() + 1; it + 1 != left.rend(); ++it)
        all.push_back(mirrored(*it));
    return all;
}

// A boundary between neighbouring shapes: a smooth curve that is a function of x (y = f(x),
// for cuts across the body) or of y (x = f(y), for cuts along it), in coordinates (u, v)
// where u is the free coordinate. Beyond its ends a cut runs on level.
class Cut
{
public:
    enum class Axis { AcrossX, AlongY };

    // `step` is the resolution of the tabulated edges: finer for cuts that bend sharply.
    Cut(Axis axis, const Polygon& controlPoints, double step = 0.5)
        : m_axis(axis)
        , m_step(step)
    {
        Polygon samples;
        for (QPointF p : sampleSpline(controlPoints, 2.0))
            samples.push_back(toUv(p));
        build(std::move(samples));
    }

    // A cut symmetric about the figure's centre line, from the control points of its left half.
    static Cut symmetric(Axis axis, const Polygon& leftHalf)
    {
        Polygon all = leftHalf;
        for (auto it = leftHalf.rbegin() + 1; it != leftHalf.rend(); ++it)
            all.push_back(mirrored(*it));
        return Cut(axis, all);
    }

    // The same cut reflected to the other side of the figure.
    Cut mirror() const
    {
        Cut result(m_axis, m_step);
        Polygon samples;
        for (QPointF uv : m_samples)
            samples.push_back(result.toUv(mirrored(fromUv(uv.x(), uv.y()))));
        result.build(std::move(samples));
        return result;
    }

    QPointF toUv(QPointF p) const { return m_axis == Axis::AcrossX ? p : QPointF(p.y(), p.x()); }
    QPointF fromUv(double u, double v) const { return m_axis == Axis::AcrossX ? QPointF(u, v) : QPointF(v, u); }

    // The edge of the region kept on one side of the cut, half a gap away from it: side -1
    // keeps smaller v (above, or to the left), +1 larger v.
    double offset(double u, int side) const
    {
        const std::vector<double>& table = side < 0 ? m_before : m_after;
        const double at = std::clamp((u - m_u0) / m_step, 0.0, double(table.size() - 1));
        const std::size_t i = std::min(std::size_t(at), table.size() - 2);
        const double f = at - double(i);
        return table[i] * (1 - f) + table[i + 1] * f;
    }

    // Appends the edge on `side` of the cut strictly between u0 and u1 (either way round):
    // every fourth table point where the edge is gentle, every point where it bends.
    void appendEdge(Polygon& out, double u0, double u1, int side) const
    {
        const std::vector<double>& table = side < 0 ? m_before : m_after;
        const std::vector<char>& bends = side < 0 ? m_bendsBefore : m_bendsAfter;
        const double a = (u0 - m_u0) / m_step;
        const double b = (u1 - m_u0) / m_step;
        const auto last = std::ptrdiff_t(table.size()) - 1;
        const auto keep = [&](std::ptrdiff_t i) {
            if (i >= 0 && i <= last && ((m_firstIndex + i) % 4 == 0 || bends[std::size_t(i)]))
                out.push_back(fromUv(m_u0 + double(i) * m_step, table[std::size_t(i)]));
        };
        if (b > a) {
            for (auto i = std::ptrdiff_t(std::floor(a)) + 1; double(i) < b; ++i)
                keep(i);
        } else {
            for (auto i = std::ptrdiff_t(std::ceil(a)) - 1; double(i) > b; --i)
                keep(i);
        }
    }

private:
    Cut(Axis axis, double step)
        : m_axis(axis)
        , m_step(step)
    { }

    // Tabulates the edges on either side: the curve moved half a gap along its normal, so the
    // gap is measured square to the curve even where it is steep. Where a moved curve folds
    // over itself (inside a bend) the fold farther from the curve is the edge.
    void build(Polygon samples)
    {
        std::sort(samples.begin(), samples.end(), [](QPointF a, QPointF b) { return a.x() < b.x(); });
        m_samples = std::move(samples);
        constexpr double d = kHalfGap;
        const std::size_t n = m_samples.size();
        // On a grid through the centre line, so symmetric cuts give symmetric edges.
        m_firstIndex = std::ptrdiff_t(std::floor((m_samples.front().x() - d) / m_step));
        m_u0 = double(m_firstIndex) * m_step;
        const auto count = std::size_t(std::ceil((m_samples.back().x() + d - m_u0) / m_step)) + 1;
        m_before.assign(count, 1e9);
        m_after.assign(count, -1e9);
        // Level beyond the ends.
        for (std::size_t i = 0; i < count; ++i) {
            const double u = m_u0 + double(i) * m_step;
            if (u > m_samples.front().x())
                break;
            m_before[i] = m_samples.front().y() - d;
            m_after[i] = m_samples.front().y() + d;
        }
        for (std::size_t i = count; i-- > 0;) {
            const double u = m_u0 + double(i) * m_step;
            if (u < m_samples.back().x())
                break;
            m_before[i] = m_samples.back().y() - d;
            m_after[i] = m_samples.back().y() + d;
        }
        const auto normalAt = [&](std::size_t i) {
            const QPointF t = m_samples[std::min(i + 1, n - 1)] - m_samples[i > 0 ? i - 1 : 0];
            const double size = std::max(length(t), 1e-9);
            return QPointF(-t.y() / size, t.x() / size); // towards larger v
        };
        const auto rasterise = [&](QPointF a, QPointF b, std::vector<double>& table, bool keepLow) {
            const double lo = std::min(a.x(), b.x());
            const double hi = std::max(a.x(), b.x());
            const auto first = std::size_t(std::max(0.0, std::ceil((lo - m_u0) / m_step)));
            for (std::size_t i = first; i < count; ++i) {
                const double u = m_u0 + double(i) * m_step;
                if (u > hi)
                    break;
                const double v
                    = hi - lo > 1e-9 ? a.y() + (b.y() - a.y()) * (u - a.x()) / (b.x() - a.x()) : std::min(a.y(), b.y());
                table[i] = keepLow ? std::min(table[i], v) : std::max(table[i], v);
            }
        };
        QPointF previousNormal = normalAt(0);
        for (std::size_t i = 0; i + 1 < n; ++i) {
            const QPointF nextNormal = normalAt(i + 1);
            rasterise(m_samples[i] - previousNormal * d, m_samples[i + 1] - nextNormal * d, m_before, true);
            rasterise(m_samples[i] + previousNormal * d, m_samples[i + 1] + nextNormal * d, m_after, false);
            previousNormal = nextNormal;
        }
        for (std::size_t i = 1; i < count; ++i) {
            if (m_before[i] > 1e8)
                m_before[i] = m_before[i - 1];
            if (m_after[i] < -1e8)
                m_after[i] = m_after[i - 1];
        }
        const auto bends = [&](const std::vector<double>& table) {
            std::vector<char> flags(count, 1);
            for (std::size_t i = 1; i + 1 < count; ++i)
                flags[i] = std::abs(table[i - 1] - 2 * table[i] + table[i + 1]) > 0.05;
            return flags;
        };
        m_bendsBefore = bends(m_before);
        m_bendsAfter = bends(m_after);
    }

    Axis m_axis;
    double m_step;
    Polygon m_samples;
    std::ptrdiff_t m_firstIndex = 0; // of m_u0 on the grid through 0
    double m_u0 = 0;
    std::vector<double> m_before;
    std::vector<double> m_after;
    std::vector<char> m_bendsBefore;
    std::vector<char> m_bendsAfter;
};

// --- Clipping ----------------------------------------------------------------------------

// Sutherland-Hodgman against one side of a cut. Where the outline leaves the kept side and
// comes back, the boundary curve between the two crossings is traced, so cut edges are as
// smooth as the cut. Callers first isolate the part they want (see Recipe), so each cut is
// crossed once on the way out and once on the way back.
Polygon clip(const Polygon& polygon, const Cut& cut, int side)
{
    const std::size_t n = polygon.size();
    if (n < 3)
        return {};
    const auto excess = [&](QPointF p) {
        const QPointF uv = cut.toUv(p);
        const double bound = cut.offset(uv.x(), side);
        return side < 0 ? uv.y() - bound : bound - uv.y();
    };
    std::vector<double> outside(n);
    std::size_t start = n;
    for (std::size_t i = 0; i < n; ++i) {
        outside[i] = excess(polygon[i]);
        if (start == n && outside[i] <= 0)
            start = i;
    }
    if (start == n)
        return {};
    // The excess changes almost linearly along an edge, so a few secant steps that keep the
    // crossing bracketed find it as well as a long bisection would.
    const auto crossing = [&](QPointF a, QPointF b) {
        double lo = 0; // inside end
        double hi = 1;
        double gLo = excess(a);
        double gHi = excess(b);
        double t = 0.5;
        for (int i = 0; i < 3; ++i) {
            t = std::clamp(lo + (hi - lo) * gLo / (gLo - gHi), lo, hi);
            const double g = excess(a + (b - a) * t);
            if (g <= 0) {
                lo = t;
                gLo = g;
            } else {
                hi = t;
                gHi = g;
            }
            if (hi - lo < 1e-4)
                break;
        }
        return a + (b - a) * t;
    };
    Polygon out;
    out.reserve(n + 64);
    double exitU = 0;
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = (start + k) % n;
        const std::size_t j = (i + 1) % n;
        const bool aIn = outside[i] <= 0;
        const bool bIn = outside[j] <= 0;
        if (aIn && bIn) {
            out.push_back(polygon[j]);
        } else if (aIn) {
            const QPointF exit = crossing(polygon[i], polygon[j]);
            out.push_back(exit);
            exitU = cut.toUv(exit).x();
        } else if (bIn) {
            const QPointF entry = crossing(polygon[j], polygon[i]);
            const double entryU = cut.toUv(entry).x();
            cut.appendEdge(out, exitU, entryU, side);
            out.push_back(entry);
            out.push_back(polygon[j]);
        }
    }
    return out;
}

// Sutherland-Hodgman against an axis-aligned box; used only to cut a shape's neighbourhood
// out of the whole silhouette before the (slower) curved cuts.
Polygon clipToBox(Polygon polygon, const QRectF& box)
{
    const auto clipAxis = [](const Polygon& in, bool alongX, double limit, bool keepBelow) {
        Polygon out;
        const std::size_t n = in.size();
        out.reserve(n + 4);
        const auto value = [&](QPointF p) { return alongX ? p.x() : p.y(); };
        const auto inside = [&](QPointF p) { return keepBelow ? value(p) <= limit : value(p) >= limit; };
        for (std::size_t i = 0; i < n; ++i) {
            const QPointF a = in[i];
            const QPointF b = in[(i + 1) % n];
            const bool aIn = inside(a);
            const bool bIn = inside(b);
            if (aIn != bIn) {
                const double t = (limit - value(a)) / (value(b) - value(a));
                out.push_back(a + (b - a) * t);
            }
            if (bIn)
                out.push_back(b);
        }
        return out;
    };
    // Sides that cut nothing are skipped; shapes are bands across a tall figure, so the top
    // and bottom go first as they drop the most points.
    double left = 1e9, top = 1e9, right = -1e9, bottom = -1e9;
    for (QPointF p : polygon) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    if (top < box.top())
        polygon = clipAxis(polygon, false, box.top(), false);
    if (bottom > box.bottom())
        polygon = clipAxis(polygon, false, box.bottom(), true);
    if (left < box.left())
        polygon = clipAxis(polygon, true, box.left(), false);
    if (right > box.right())
        polygon = clipAxis(polygon, true, box.right(), true);
    return polygon;
}

// --- Outline clean-up --------------------------------------------------------------------

double signedArea(const Polygon& p)
{
    double sum = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const QPointF a = p[i];
        const QPointF b = p[(i + 1) % p.size()];
        sum += a.x() * b.y() - b.x() * a.y();
    }
    return sum / 2;
}

bool segmentsCross(QPointF a, QPointF b, QPointF c, QPointF d, QPointF* at)
{
    const QPointF r = b - a;
    const QPointF s = d - c;
    const double denom = r.x() * s.y() - r.y() * s.x();
    if (std::abs(denom) < 1e-12)
        return false;
    const QPointF ac = c - a;
    const double t = (ac.x() * s.y() - ac.y() * s.x()) / denom;
    const double u = (ac.x() * r.y() - ac.y() * r.x()) / denom;
    if (t <= 0 || t >= 1 || u <= 0 || u >= 1)
        return false;
    *at = a + r * t;
    return true;
}

// Moves every point of a smooth closed outline `distance` inwards. In tight concave corners
// (armpits, crotch, beside the ears and thumbs) the moved outline crosses itself in a small
// loop; those loops are local, so a short look-ahead from each tight corner finds and cuts them.
// The outline must not start inside such a corner (the silhouette starts at the crown).
Polygon inset(const Polygon& outline, double distance)
{
    const std::size_t n = outline.size();
    const double orientation = signedArea(outline) > 0 ? 1 : -1; // y points down
    Polygon moved(n);
    std::vector<std::size_t> nextTight(n + 1, n);
    for (std::size_t i = 0; i < n; ++i) {
        const QPointF before = outline[i] - outline[(i + n - 1) % n];
        const QPointF after = outline[(i + 1) % n] - outline[i];
        const QPointF tangent = before + after;
        const double size = std::max(length(tangent), 1e-9);
        const QPointF normal(-tangent.y() / size, tangent.x() / size);
        moved[i] = outline[i] + normal * (distance * orientation);
        // A concave turn sharper than a curve of radius `distance` would draw.
        const double turn = (before.x() * after.y() - before.y() * after.x()) * orientation;
        const double lengths = length(before) * length(after);
        nextTight[i] = turn < 0 && -turn * 2 * distance > lengths * std::min(length(before), length(after)) ? i : n;
    }
    for (std::size_t i = n; i-- > 0;)
        nextTight[i] = std::min(nextTight[i], nextTight[i + 1]);
    constexpr std::size_t kLookAhead = 12;
    Polygon out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        out.push_back(moved[i]);
        if (nextTight[i] > i + kLookAhead)
            continue;
        const QPointF a = moved[i];
        const QPointF b = moved[(i + 1) % n];
        for (std::size_t k = kLookAhead; k >= 2; --k) {
            if (i + k + 1 >= n)
                continue;
            QPointF at;
            if (segmentsCross(a, b, moved[i + k], moved[i + k + 1], &at)) {
                out.push_back(at);
                i += k; // resume with the point after the loop
                break;
            }
        }
    }
    return out;
}

void simplifyRange(const Polygon& p, std::size_t first, std::size_t last, double tolerance, std::vector<bool>& keep)
{
    if (last <= first + 1)
        return;
    double worst = 0;
    std::size_t index = first;
    for (std::size_t i = first + 1; i < last; ++i) {
        const double d = distanceToSegment(p[i], p[first], p[last]);
        if (d > worst) {
            worst = d;
            index = i;
        }
    }
    if (worst > tolerance) {
        keep[index] = true;
        simplifyRange(p, first, index, tolerance, keep);
        simplifyRange(p, index, last, tolerance, keep);
    }
}

// Douglas-Peucker on a closed outline: keeps only the points needed to stay within
// `tolerance` of it, so outlines stay light to paint and hit-test.
Polygon simplify(const Polygon& p, double tolerance)
{
    const std::size_t n = p.size();
    if (n < 8)
        return p;
    // Split the loop at the point farthest from the first, so both halves are open runs.
    std::size_t far = 0;
    double farthest = -1;
    for (std::size_t i = 1; i < n; ++i) {
        const double d = length(p[i] - p[0]);
        if (d > farthest) {
            farthest = d;
            far = i;
        }
    }
    Polygon loop = p;
    loop.push_back(p[0]);
    std::vector<bool> keep(loop.size(), false);
    keep[0] = keep[far] = true;
    simplifyRange(loop, 0, far, tolerance, keep);
    simplifyRange(loop, far, n, tolerance, keep);
    Polygon out;
    for (std::size_t i = 0; i < n; ++i) {
        if (keep[i])
            out.push_back(loop[i]);
    }
    return out;
}

Outline toOutline(const Polygon& p)
{
    return Outline(p.begin(), p.end());
}

Outline mirroredOutline(const Outline& outline)
{
    Outline out;
    out.reserve(outline.size());
    for (auto it = outline.crbegin(); it != outline.crend(); ++it)
        out.append(mirrored(*it));
    return out;
}

QRectF boundsOf(const QList<Outline>& outlines)
{
    double left = 1e9, top = 1e9, right = -1e9, bottom = -1e9;
    for (const Outline& o : outlines) {
        for (QPointF p : o) {
            left = std::min(left, p.x());
            right = std::max(right, p.x());
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        }
    }
    if (left > right)
        return {};
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

// Midpoints of the inside stretches of a line through an outline, longest first.
std::vector<std::pair<double, double>> insideRuns(const Outline& outline, bool horizontal, double at)
{
    std::vector<double> hits;
    const qsizetype n = outline.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF a = outline[i];
        const QPointF b = outline[(i + 1) % n];
        const double av = horizontal ? a.y() : a.x();
        const double bv = horizontal ? b.y() : b.x();
        if ((av > at) != (bv > at)) {
            const double t = (at - av) / (bv - av);
            hits.push_back(horizontal ? a.x() + (b.x() - a.x()) * t : a.y() + (b.y() - a.y()) * t);
        }
    }
    std::sort(hits.begin(), hits.end());
    std::vector<std::pair<double, double>> runs; // (length, middle)
    for (std::size_t i = 0; i + 1 < hits.size(); i += 2)
        runs.emplace_back(hits[i + 1] - hits[i], (hits[i] + hits[i + 1]) / 2);
    std::sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    return runs;
}

// A point well inside an outline: alternately centres a point across and along the shape,
// starting from its centroid, which is a good start for the mostly convex shapes here.
QPointF deepPoint(const Outline& outline)
{
    QPointF centre;
    double area = 0;
    for (qsizetype i = 0; i < outline.size(); ++i) {
        const QPointF a = outline[i];
        const QPointF b = outline[(i + 1) % outline.size()];
        const double cross = a.x() * b.y() - b.x() * a.y();
        area += cross;
        centre += (a + b) * cross;
    }
    QPointF p = area != 0 ? centre / (3 * area) : outline.value(0);
    for (int round = 0; round < 2; ++round) {
        const auto across = insideRuns(outline, true, p.y());
        if (!across.empty())
            p.setX(across.front().second);
        const auto along = insideRuns(outline, false, p.x());
        if (!along.empty())
            p.setY(along.front().second);
    }
    return p;
}

// --- The figure --------------------------------------------------------------------------

// The arms hang about ten degrees away from the body; arm points are placed along each
// part's axis, `t` down it and `s` out to the side away from the body (negative: inwards).
constexpr QPointF kShoulderJoint(51.5, 120.0);
constexpr double kUpperArmAngle = 9.5;
constexpr double kForearmAngle = 11.0;
constexpr double kHandAngle = 10.0;
constexpr double kUpperArmLength = 90.0;
constexpr double kForearmLength = 74.0;

QPointF along(QPointF origin, double angleDegrees, double t, double s)
{
    const double a = qDegreesToRadians(angleDegrees);
    const QPointF axis(-std::sin(a), std::cos(a));
    const QPointF outwards(-std::cos(a), -std::sin(a));
    return origin + axis * t + outwards * s;
}

QPointF elbow()
{
    return along(kShoulderJoint, kUpperArmAngle, kUpperArmLength, 0);
}

QPointF wrist()
{
    return along(elbow(), kForearmAngle, kForearmLength, 0);
}

// The left half of the body outline as the viewer sees it, from the crown down the outside
// and back up the inside of the leg to the crotch.
Polygon silhouetteControlPoints()
{
    Polygon p = {
        // Cranium, ear and jaw.
        {100, 10},
        {88, 12.4},
        {79.6, 18.8},
        {75.6, 28.5},
        {74.6, 39.4},
        {73.2, 44.5},
        {72.2, 50},
        {72.7, 55.8},
        {74.8, 60.2},
        {77.2, 62.4},
        {78.8, 68.2},
        {82.5, 74},
        {86.2, 78.4},
        // Neck, trapezius and the round of the shoulder.
        {87.6, 84},
        {87.7, 91},
        {86, 96.4},
        {80, 99.8},
        {70, 102.8},
        {60, 106.2},
        {52, 109.6},
        {45.4, 113.2},
        {40.6, 118.6},
        {37.8, 126},
    };
    const QPointF s = kShoulderJoint;
    const QPointF e = elbow();
    const QPointF w = wrist();
    // Outside of the arm, down to the wrist.
    for (auto [t, side] : LimbOffsets {{22.0, 13.0}, {46.0, 11.8}, {70.0, 10.6}}) // biceps
        p.push_back(along(s, kUpperArmAngle, t, side));
    p.push_back(along(e, kForearmAngle, -2, 9.6));
    for (auto [t, side] : LimbOffsets {{14.0, 10.6}, {36.0, 10.0}, {58.0, 8.2}, {72.0, 7.4}})
        p.push_back(along(e, kForearmAngle, t, side));
    // An open hand, palm forwards, the thumb out to the side.
    for (auto [t, side] : LimbOffsets {{6.0, 8.8}, {12.0, 11.0}, {18.0, 13.3}, {23.0, 14.7}, {26.6, 14.3}, {27.6, 12.2},
             {25.2, 10.0}, {21.6, 8.4}, {27.0, 8.6}, {37.0, 8.6}, {45.0, 7.7}, {49.0, 5.2}, {50.8, 1.4}, {50.2, -2.8},
             {48.0, -6.3}, {43.5, -8.4}, {33.0, -9.2}, {20.0, -9.4}, {8.0, -8.5}})
        p.push_back(along(w, kHandAngle, t, side));
    // Inside of the arm, back up to the armpit.
    for (auto [t, side] : LimbOffsets {{72.0, -7.4}, {58.0, -7.9}, {38.0, -9.4}, {16.0, -10.3}, {0.0, -9.4}})
        p.push_back(along(e, kForearmAngle, t, side));
    for (auto [t, side] : LimbOffsets {{76.0, -9.5}, {54.0, -10.5}, {34.0, -11.0}})
        p.push_back(along(s, kUpperArmAngle, t, side));
    const Polygon body = {
        // Armpit, side of the chest and waist, hip.
        {58.8, 140.6},
        {61.0, 137.6},
        {63.4, 139.8},
        {64.4, 147},
        {65.3, 162},
        {66.7, 182},
        {69.2, 203},
        {69.0, 220},
        {66.6, 238},
        {63.2, 254},
        {60.8, 270},
        // Outside of the leg, the foot, and up the inside of the leg.
        {60.2, 288},
        {61.2, 312},
        {64.4, 340},
        {67.6, 362},
        {68.4, 378},
        {66.6, 396},
        {67.0, 414},
        {69.4, 440},
        {71.6, 466},
        {71.8, 476},
        {71.4, 484},
        {69.4, 492},
        {67.6, 500},
        {67.4, 506},
        {69.8, 509.6},
        {76.0, 511},
        {83.0, 510.8},
        {89.4, 510},
        {92.4, 506.4},
        {91.8, 499},
        {88.8, 491.6},
        {86.4, 482},
        {86.2, 474},
        {86.6, 462},
        {89.6, 440},
        {92.6, 416},
        {92.8, 400},
        {91.6, 380},
        {92.0, 362},
        {94.6, 336},
        {97.0, 306},
        {98.6, 288},
        {100, 281.5},
    };
    p.insert(p.end(), body.begin(), body.end());
    return p;
}

// The cuts, named for what they separate. Most are symmetric; those for one side are drawn
// for the viewer's left and mirrored for the other.
struct Cuts
{
    // Each cut is given only where shapes meet it; beyond its ends it runs on level.
    using Axis = Cut::Axis;
    const Cut midline = Cut(Axis::AlongY, {{100, 250}, {100, 300}});
    // Front: scalp above the hairline, face below it; the face stops short of the ears.
    const Cut hairline = Cut::symmetric(Axis::AcrossX, {{60, 39.7}, {76, 38.6}, {88, 37.4}, {100, 37}});
    const Cut faceLeft = Cut(Axis::AlongY, {{80.5, 34}, {77.4, 40}, {76.4, 46}, {76.4, 57}, {77.4, 63.5}, {80.5, 70}});
    const Cut faceRight = faceLeft.mirror();
    const Cut chin = Cut::symmetric(Axis::AcrossX, {{66, 62.5}, {78, 69.4}, {86, 75.2}, {93, 78.9}, {100, 80}});
    // Back: the head down to the base of the skull, level with the ear lobes, without the
    // ears; the neck is the column between the jaw and the shoulders.
    const Cut earLeft = Cut(Axis::AlongY, {{72.4, 30}, {72.4, 38}, {76.4, 43.5}, {76.4, 70}});
    const Cut earRight = earLeft.mirror();
    const Cut skullBase = Cut::symmetric(Axis::AcrossX, {{66, 61.5}, {78, 64}, {86, 65.6}, {92, 66.2}, {100, 66.4}});
    const Cut napeLeft = Cut(Axis::AlongY, {{85.6, 60}, {85.6, 82}, {84.4, 90}, {78, 97}, {60, 101}});
    const Cut napeRight = napeLeft.mirror();
    // The neck's lower edge: it dips to the breastbone in front and to the seventh vertebra
    // behind, where it meets the shoulders' lower edge, which ends the shoulders there.
    const Cut neckFront = Cut::symmetric(Axis::AcrossX, {{70, 94}, {82, 97.6}, {90, 102}, {96, 108}, {100, 114}});
    const Cut neckBack = Cut::symmetric(
        Axis::AcrossX, {{76, 95}, {80, 97}, {84, 100}, {88, 105.5}, {92, 108.8}, {96, 110.6}, {100, 111.2}});
    // Below the shoulders: the collarbones, then down the front of the armpit and across the
    // top of the arm, square to it.
    const Cut shoulderLow = Cut::symmetric(Axis::AcrossX,
        {{15, 131.9}, {35, 135.4}, {50, 138.1}, {59.6, 139.9}, {60.4, 131}, {61.3, 124}, {64, 120.5}, {70, 119.2},
            {80, 117.4}, {90, 114.4}, {100, 111}});
    // Between the arm and the torso: through the armpit, then down the open gap.
    const Cut armLeft = Cut(Axis::AlongY,
        {{61.5, 110}, {61.5, 120}, {61.0, 131}, {61.2, 137.6}, {61.2, 150}, {59.6, 170}, {56.5, 200}, {51.5, 240},
            {47.0, 280}, {43.0, 330}, {41.0, 380}},
        1.0);
    const Cut armRight = armLeft.mirror();
    const Cut wristLeft = wristCut();
    // Front torso.
    const Cut chestLow = Cut::symmetric(Axis::AcrossX, {{60, 167}, {80, 169.6}, {100, 171.4}});
    const Cut belly = Cut::symmetric(Axis::AcrossX, {{60, 238.5}, {80, 240.8}, {100, 241.6}});
    const Cut groin = Cut::symmetric(Axis::AcrossX, {{56, 286.5}, {70, 283.2}, {84, 278.4}, {94, 274.8}, {100, 273.4}});
    // Back torso: below the shoulder blades, the lowest ribs, the top of the pelvis, and the
    // fold under each buttock.
    const Cut bladesLow = Cut::symmetric(Axis::AcrossX, {{60, 166.4}, {80, 167.4}, {100, 168}});
    const Cut ribsLow = Cut::symmetric(Axis::AcrossX, {{60, 205.4}, {80, 205.2}, {100, 205}});
    const Cut pelvisTop = Cut::symmetric(Axis::AcrossX, {{60, 240}, {80, 243}, {100, 244.4}});
    const Cut gluteFold = Cut::symmetric(
        Axis::AcrossX, {{56, 288.4}, {62, 289.4}, {74, 293.4}, {84, 294}, {92, 291.4}, {97, 286.4}, {100, 283.6}});
    // Legs: around the knee (left plain) and at the ankle, centred on each leg.
    const Cut kneeTop
        = Cut::symmetric(Axis::AcrossX, {{60, 353}, {70, 359.4}, {80, 361.6}, {90, 359.4}, {98, 354}, {100, 353}});
    const Cut kneeLow
        = Cut::symmetric(Axis::AcrossX, {{60, 387}, {70, 382.2}, {80, 380.6}, {90, 382.2}, {98, 386}, {100, 387}});
    const Cut ankle = Cut::symmetric(Axis::AcrossX, {{56, 476.4}, {66, 477.4}, {79, 479}, {92, 477.4}, {100, 476.6}});

    static Cut wristCut()
    {
        // Square to the forearm at the wrist.
        const QPointF w = wrist();
        const double slope = std::tan(qDegreesToRadians(kForearmAngle));
        return Cut(Axis::AcrossX, {{w.x() - 25, w.y() - 25 * slope}, w, {w.x() + 25, w.y() + 25 * slope}});
    }
};

// How one outline is carved from the silhouette: a box around it, then the kept side of
// each cut in turn.
struct Recipe
{
    QRectF box;
    std::vector<std::pair<const Cut*, int>> keep; // side -1: above/left of the cut, +1: below/right
};

// The inset silhouette cut into overlapping horizontal bands, so each shape is carved from
// the band around it rather than from the whole body.
class Bands
{
public:
    explicit Bands(Polygon body)
        : m_whole(std::move(body))
    {
        for (auto [top, bottom] : {std::pair {-10.0, 170.0}, {90.0, 320.0}, {220.0, 400.0}, {340.0, 530.0}})
            m_bands.push_back({top, bottom, clipToBox(m_whole, QRectF(QPointF(-1e3, top), QPointF(1e3, bottom)))});
    }

    const Polygon& around(const QRectF& box) const
    {
        for (const Band& band : m_bands) {
            if (band.top < box.top() && band.bottom > box.bottom())
                return band.polygon;
        }
        return m_whole;
    }

private:
    struct Band
    {
        double top;
        double bottom;
        Polygon polygon;
    };
    Polygon m_whole;
    std::vector<Band> m_bands;
};

Polygon carve(const Bands& body, const Recipe& recipe)
{
    Polygon p = clipToBox(body.around(recipe.box), recipe.box);
    for (const auto& [cut, side] : recipe.keep)
        p = clip(p, *cut, side);
    return p;
}

} // namespace

const BodyMapGeometry& BodyMapGeometry::standard()
{
    static const BodyMapGeometry geometry;
    return geometry;
}

BodyMapGeometry::BodyMapGeometry()
{
    const Polygon body = symmetricOutline(silhouetteControlPoints(), 2.0, 0.04);
    m_frontSilhouette = {toOutline(body)};
    // Seen from behind the outline is the same, mirrored onto itself.
    m_backSilhouette = m_frontSilhouette;
    const Bands shrunk(inset(body, kInset));

    const Cuts c;
    constexpr int above = -1; // also: to the left of an along-y cut
    constexpr int below = 1; // also: to the right

    const auto box = [](double left, double top, double right, double bottom) {
        return QRectF(QPointF(left, top), QPointF(right, bottom));
    };
    // One outline spanning the centre line, or a pair: the viewer's left and its mirror.
    const auto single
        = [&](const Recipe& recipe) { return QList<Outline> {toOutline(simplify(carve(shrunk, recipe), 0.06))}; };
    const auto pair = [&](const Recipe& left) {
        const Outline outline = toOutline(simplify(carve(shrunk, left), 0.06));
        return QList<Outline> {outline, mirroredOutline(outline)};
    };

    const QList<Outline> arms
        = pair({box(-5, 110, 75, 300), {{&c.armLeft, above}, {&c.shoulderLow, below}, {&c.wristLeft, above}}});
    const QList<Outline> hands = pair({box(-5, 260, 60, 350), {{&c.armLeft, above}, {&c.wristLeft, below}}});
    const QList<Outline> calves
        = pair({box(50, 370, 100, 490), {{&c.midline, above}, {&c.kneeLow, below}, {&c.ankle, above}}});
    const QList<Outline> feet = pair({box(50, 470, 100, 520), {{&c.midline, above}, {&c.ankle, below}}});

    const auto add = [&](const char* id, QList<Outline> front, QList<Outline> back) {
        Shape shape;
        shape.id = QString::fromLatin1(id);
        shape.front = std::move(front);
        shape.back = std::move(back);
        m_shapes.append(shape);
    };

    add("head", single({box(50, 0, 150, 60), {{&c.hairline, above}}}),
        single({box(50, 0, 150, 80), {{&c.earLeft, below}, {&c.earRight, above}, {&c.skullBase, above}}}));
    add("face",
        single({box(60, 20, 140, 100),
            {{&c.hairline, below}, {&c.faceLeft, below}, {&c.faceRight, above}, {&c.chin, above}}}),
        {});
    add("neck", single({box(70, 60, 130, 125), {{&c.chin, below}, {&c.neckFront, above}, {&c.shoulderLow, above}}}),
        single({box(70, 55, 130, 125),
            {{&c.napeLeft, below}, {&c.napeRight, above}, {&c.skullBase, below}, {&c.neckBack, above},
                {&c.shoulderLow, above}}}));
    add("shoulders", pair({box(0, 80, 100, 160), {{&c.neckFront, below}, {&c.shoulderLow, above}}}),
        pair({box(0, 80, 100, 160), {{&c.neckBack, below}, {&c.shoulderLow, above}}}));
    const auto torso = [&](const Cut& top, const Cut& bottom, double y0, double y1) {
        return single(
            {box(50, y0, 150, y1), {{&c.armLeft, below}, {&c.armRight, above}, {&top, below}, {&bottom, above}}});
    };
    add("chest", torso(c.shoulderLow, c.chestLow, 100, 185), {});
    add("abdomen", torso(c.chestLow, c.belly, 150, 260), {});
    add("upper-back", {}, torso(c.shoulderLow, c.bladesLow, 100, 185));
    add("mid-back", {}, torso(c.bladesLow, c.ribsLow, 150, 220));
    add("lower-back", {}, torso(c.ribsLow, c.pelvisTop, 190, 260));
    add("hips-glutes", torso(c.belly, c.groin, 220, 300),
        pair({box(40, 230, 100, 310),
            {{&c.armLeft, below}, {&c.midline, above}, {&c.pelvisTop, below}, {&c.gluteFold, above}}}));
    add("arms", arms, arms);
    add("hands", hands, hands);
    add("thighs",
        pair({box(40, 260, 100, 375),
            {{&c.armLeft, below}, {&c.midline, above}, {&c.groin, below}, {&c.kneeTop, above}}}),
        pair({box(40, 270, 100, 375),
            {{&c.armLeft, below}, {&c.midline, above}, {&c.gluteFold, below}, {&c.kneeTop, above}}}));
    add("calves", calves, calves);
    add("feet", feet, feet);

    for (Shape& shape : m_shapes) {
        shape.frontBounds = boundsOf(shape.front);
        shape.backBounds = boundsOf(shape.back);
        if (!shape.front.isEmpty())
            shape.frontAnchor = deepPoint(shape.front.first());
        if (!shape.back.isEmpty())
            shape.backAnchor = deepPoint(shape.back.first());
    }
}

const BodyMapGeometry::Shape* BodyMapGeometry::find(QStringView shapeId) const
{
    for (const Shape& shape : m_shapes) {
        if (shape.id == shapeId)
            return &shape;
    }
    return nullptr;
}

const QList<Outline>& BodyMapGeometry::silhouette(Figure figure) const
{
    static const QList<Outline> none;
    switch (figure) {
    case Figure::Front:
        return m_frontSilhouette;
    case Figure::Back:
        return m_backSilhouette;
    case Figure::Both:
        break;
    }
    return none;
}

const QList<Outline>& BodyMapGeometry::outlines(QStringView shapeId, Figure figure) const
{
    static const QList<Outline> none;
    const Shape* shape = find(shapeId);
    if (!shape)
        return none;
    switch (figure) {
    case Figure::Front:
        return shape->front;
    case Figure::Back:
        return shape->back;
    case Figure::Both:
        break;
    }
    return none;
}

QRectF BodyMapGeometry::bounds(QStringView shapeId, Figure figure) const
{
    const Shape* shape = find(shapeId);
    if (!shape || figure == Figure::Both)
        return {};
    return figure == Figure::Front ? shape->frontBounds : shape->backBounds;
}

QString BodyMapGeometry::hitTest(Figure figure, QPointF point) const
{
    if (figure == Figure::Both)
        return {};
    for (const Shape& shape : m_shapes) {
        const QRectF box = figure == Figure::Front ? shape.frontBounds : shape.backBounds;
        if (box.isNull() || !box.contains(point))
            continue;
        for (const Outline& outline : figure == Figure::Front ? shape.front : shape.back) {
            if (contains(outline, point))
                return shape.id;
        }
    }
    return {};
}

QPointF BodyMapGeometry::labelAnchor(QStringView shapeId, Figure figure) const
{
    const Shape* shape = find(shapeId);
    if (!shape || figure == Figure::Both)
        return {};
    return figure == Figure::Front ? shape->frontAnchor : shape->backAnchor;
}

QPointF BodyMapGeometry::mapFromShapeBox(QStringView shapeId, Figure figure, QPointF relative) const
{
    const QRectF box = bounds(shapeId, figure);
    if (box.isNull())
        return {};
    const double x
        = figure == Figure::Front ? box.left() + relative.x() * box.width() : box.right() - relative.x() * box.width();
    return {x, box.top() + relative.y() * box.height()};
}

bool BodyMapGeometry::contains(const Outline& outline, QPointF point)
{
    bool inside = false;
    const qsizetype n = outline.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF a = outline[i];
        const QPointF b = outline[j];
        if ((a.y() > point.y()) != (b.y() > point.y())) {
            const double x = a.x() + (point.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
            if (point.x() < x)
                inside = !inside;
        }
    }
    return inside;
}

} // namespace knead
