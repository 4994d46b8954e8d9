// SPDX-License-Identifier: MIT
#include "BodyMapGeometry.h"

#include <QResource>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string_view>

namespace knead {

namespace {

constexpr auto npos = std::string_view::npos;

bool isBlank(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// Reads the figure file: SVG, so that it can be looked at and edited as a picture, but read by
// hand as the subset its header describes, because Qt's XML reader alone took 0.4 ms over it,
// more than half of what building the figures from splines at each start used to take.
class FigureReader
{
public:
    explicit FigureReader(std::string_view text)
        : m_text(text)
    { }

    // Moves to the next tag, past comments; false at the end of the file.
    bool next()
    {
        std::size_t at = m_text.find('<', m_end);
        for (; at != npos && m_text.compare(at, 4, "<!--") == 0; at = m_text.find('<', m_end)) {
            m_end = m_text.find("-->", at);
            if (m_end == npos)
                fail(at, "an unclosed comment");
        }
        if (at == npos)
            return false;
        m_start = at;
        m_end = m_text.find('>', at);
        const std::string_view tag = m_text.substr(at + 1, m_end == npos ? npos : m_end - at - 1);
        if (m_end == npos || tag.find('<') != npos)
            fail("an unclosed tag");
        m_name = tag.substr(0, tag.find_first_of(" \t\r\n/", 1));
        m_attributes = tag.substr(m_name.size());
        return true;
    }

    // The tag's name: "polygon", or "/g" for the end of a group.
    std::string_view name() const { return m_name; }

    std::string_view attribute(std::string_view key) const
    {
        for (std::size_t at = m_attributes.find(key); at != npos; at = m_attributes.find(key, at + 1)) {
            const std::size_t value = at + key.size() + 2;
            const std::size_t end = m_attributes.find('"', value);
            if (at > 0 && isBlank(m_attributes[at - 1]) && m_attributes.compare(at + key.size(), 2, "=\"") == 0
                && end != npos)
                return m_attributes.substr(value, end - value);
        }
        fail("a missing attribute");
    }

    double number(std::string_view key) const
    {
        const std::string_view text = attribute(key);
        double value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || end != text.data() + text.size())
            fail("a malformed number");
        return value;
    }

    // SVG's points attribute, written as "x,y x,y ...".
    Outline points() const
    {
        const std::string_view text = attribute("points");
        const char* at = text.data();
        const char* const end = at + text.size();
        // Sized up front, as appending point by point was half the load time in debug builds;
        // every point takes exactly one comma, or loading stops below.
        qsizetype commas = 0;
        for (const char* c = at; (c = static_cast<const char*>(std::memchr(c, ',', std::size_t(end - c)))); ++c)
            ++commas;
        Outline outline(commas);
        QPointF* out = outline.data();
        while (true) {
            while (at != end && isBlank(*at))
                ++at;
            if (at == end)
                break;
            double x = 0;
            double y = 0;
            const auto [afterX, xError] = std::from_chars(at, end, x);
            if (xError != std::errc() || afterX == end || *afterX != ',')
                fail("points that are not x,y pairs");
            const auto [afterY, yError] = std::from_chars(afterX + 1, end, y);
            if (yError != std::errc() || (afterY != end && !isBlank(*afterY)))
                fail("points that are not x,y pairs");
            *out++ = QPointF(x, y);
            at = afterY;
        }
        if (outline.size() < 3)
            fail("an outline of fewer than three points");
        return outline;
    }

    // The figure ships inside the binary and every test run loads it, so a fault in it is a
    // programming error: stop and say where, rather than draw part of a body.
    [[noreturn]] void fail(const char* what) const { fail(m_start, what); }
    [[noreturn]] void fail(std::size_t at, const char* what) const
    {
        const auto line = std::count(m_text.begin(), m_text.begin() + std::ptrdiff_t(at), '\n') + 1;
        qFatal("resources/bodymap/figure.svg:%lld: %s", static_cast<long long>(line), what);
    }

private:
    std::string_view m_text;
    std::size_t m_start = 0; // of the current tag
    std::size_t m_end = 0;
    std::string_view m_name;
    std::string_view m_attributes;
};

QRectF boundsOf(const QList<Outline>& outlines)
{
    double left = 1e9, top = 1e9, right = -1e9, bottom = -1e9;
    for (const Outline& outline : outlines) {
        for (QPointF p : outline) {
            left = std::min(left, p.x());
            right = std::max(right, p.x());
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        }
    }
    return left > right ? QRectF() : QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace

const BodyMapGeometry& BodyMapGeometry::standard()
{
    static const BodyMapGeometry geometry;
    return geometry;
}

BodyMapGeometry::BodyMapGeometry()
{
    const QByteArray data = QResource(QStringLiteral(":/bodymap/figure.svg")).uncompressedData();
    FigureReader reader(std::string_view(data.constData(), std::size_t(data.size())));
    if (data.isEmpty())
        qFatal("resources/bodymap/figure.svg is not compiled in (see src/core/bodymap/CMakeLists.txt)");
    Figure figure = Figure::Both; // outside the groups
    while (reader.next()) {
        const std::string_view name = reader.name();
        if (name == "g") {
            const std::string_view id = reader.attribute("id");
            if (figure != Figure::Both || (id != "front" && id != "back"))
                reader.fail("a group that is not one figure");
            figure = id == "front" ? Figure::Front : Figure::Back;
        } else if (name == "/g") {
            figure = Figure::Both;
        } else if (name == "polygon" || name == "circle") {
            const std::string_view id = reader.attribute("class");
            if (figure == Figure::Both)
                reader.fail("a shape outside the figures");
            if (id == "silhouette") {
                (figure == Figure::Front ? m_frontSilhouette : m_backSilhouette).append(reader.points());
                continue;
            }
            const QString shapeId = QString::fromLatin1(id.data(), qsizetype(id.size()));
            auto shape
                = std::find_if(m_shapes.begin(), m_shapes.end(), [&](const Shape& s) { return s.id == shapeId; });
            if (shape == m_shapes.end())
                shape = m_shapes.insert(m_shapes.end(), Shape {shapeId, {}, {}});
            Drawing& drawing = figure == Figure::Front ? shape->front : shape->back;
            if (name == "polygon")
                drawing.outlines.append(reader.points());
            else if (drawing.anchor.isNull())
                drawing.anchor = QPointF(reader.number("cx"), reader.number("cy"));
            else
                reader.fail("a second label anchor for one shape on one figure");
        } else if (name != "?xml" && name != "svg" && name != "/svg" && name != "style" && name != "/style") {
            reader.fail("a tag the app does not read");
        }
    }
    if (m_frontSilhouette.isEmpty() || m_backSilhouette.isEmpty())
        qFatal("resources/bodymap/figure.svg: a figure without its silhouette");
    for (Shape& shape : m_shapes) {
        for (Drawing* drawing : {&shape.front, &shape.back}) {
            if (drawing->outlines.isEmpty() != drawing->anchor.isNull())
                qFatal("resources/bodymap/figure.svg: %s has outlines but no label anchor on a figure, or the reverse",
                    qPrintable(shape.id));
            drawing->bounds = boundsOf(drawing->outlines);
        }
    }
}

const BodyMapGeometry::Drawing* BodyMapGeometry::find(QStringView shapeId, Figure figure) const
{
    if (figure == Figure::Both)
        return nullptr;
    for (const Shape& shape : m_shapes) {
        if (shape.id == shapeId)
            return figure == Figure::Front ? &shape.front : &shape.back;
    }
    return nullptr;
}

const QList<Outline>& BodyMapGeometry::silhouette(Figure figure) const
{
    static const QList<Outline> none;
    return figure == Figure::Front ? m_frontSilhouette : figure == Figure::Back ? m_backSilhouette : none;
}

const QList<Outline>& BodyMapGeometry::outlines(QStringView shapeId, Figure figure) const
{
    static const QList<Outline> none;
    const Drawing* drawing = find(shapeId, figure);
    return drawing ? drawing->outlines : none;
}

QRectF BodyMapGeometry::bounds(QStringView shapeId, Figure figure) const
{
    const Drawing* drawing = find(shapeId, figure);
    return drawing ? drawing->bounds : QRectF();
}

QString BodyMapGeometry::hitTest(Figure figure, QPointF point) const
{
    if (figure == Figure::Both)
        return {};
    for (const Shape& shape : m_shapes) {
        const Drawing& drawing = figure == Figure::Front ? shape.front : shape.back;
        if (drawing.bounds.isNull() || !drawing.bounds.contains(point))
            continue;
        for (const Outline& outline : drawing.outlines) {
            if (contains(outline, point))
                return shape.id;
        }
    }
    return {};
}

QPointF BodyMapGeometry::labelAnchor(QStringView shapeId, Figure figure) const
{
    const Drawing* drawing = find(shapeId, figure);
    return drawing ? drawing->anchor : QPointF();
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
