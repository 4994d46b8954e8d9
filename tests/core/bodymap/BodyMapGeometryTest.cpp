// SPDX-License-Identifier: MIT
// The body map's geometry: which shapes are drawn where, hit-testing, and the shape boxes
// that content positions motion guides in.
#include "BodyMapGeometry.h"
#include "BodyShapes.h"
#include "TestSupport.h"

#include <QFile>
#include <QMap>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace knead;

namespace {

const BodyMapGeometry& geometry()
{
    return BodyMapGeometry::standard();
}

const char* figureName(Figure figure)
{
    return figure == Figure::Front ? "front" : "back";
}

QList<Figure> figuresOf(const BodyShapeInfo& shape)
{
    QList<Figure> figures;
    if (shape.onFront)
        figures.append(Figure::Front);
    if (shape.onBack)
        figures.append(Figure::Back);
    return figures;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + ab * t);
    return std::sqrt(QPointF::dotProduct(d, d));
}

double distanceToOutline(const Outline& outline, QPointF p)
{
    double best = 1e9;
    for (qsizetype i = 0; i < outline.size(); ++i)
        best = std::min(best, distanceToSegment(p, outline[i], outline[(i + 1) % outline.size()]));
    return best;
}

// Where a horizontal line crosses an outline, left to right.
QList<double> crossings(const Outline& outline, double y)
{
    QList<double> xs;
    for (qsizetype i = 0; i < outline.size(); ++i) {
        const QPointF a = outline[i];
        const QPointF b = outline[(i + 1) % outline.size()];
        if ((a.y() > y) != (b.y() > y))
            xs.append(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
    }
    std::sort(xs.begin(), xs.end());
    return xs;
}

// A point inside an outline found independently of the geometry's own label anchors: the
// middle of the first inside stretch of the horizontal line through the outline's middle.
std::optional<QPointF> interiorPoint(const Outline& outline)
{
    double top = 1e9;
    double bottom = -1e9;
    for (QPointF p : outline) {
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    const double y = (top + bottom) / 2 + 0.01;
    const QList<double> xs = crossings(outline, y);
    if (xs.size() < 2)
        return std::nullopt;
    return QPointF((xs[0] + xs[1]) / 2, y);
}

bool segmentsCross(QPointF a, QPointF b, QPointF c, QPointF d)
{
    const auto cross = [](QPointF o, QPointF p, QPointF q) {
        return (p.x() - o.x()) * (q.y() - o.y()) - (p.y() - o.y()) * (q.x() - o.x());
    };
    const double d1 = cross(c, d, a);
    const double d2 = cross(c, d, b);
    const double d3 = cross(a, b, c);
    const double d4 = cross(a, b, d);
    return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0)) && d1 != 0 && d2 != 0 && d3 != 0 && d4 != 0;
}

} // namespace

TEST_CASE("every shape is drawn on exactly the figures it claims", "[body-map]")
{
    const BodyMapGeometry& g = geometry();
    REQUIRE(bodyShapes().size() == 15);
    for (const BodyShapeInfo& shape : bodyShapes()) {
        INFO(QString(shape.id));
        CHECK(g.outlines(QString(shape.id), Figure::Front).isEmpty() == !shape.onFront);
        CHECK(g.outlines(QString(shape.id), Figure::Back).isEmpty() == !shape.onBack);
        CHECK(g.bounds(QString(shape.id), Figure::Front).isNull() == !shape.onFront);
        CHECK(g.bounds(QString(shape.id), Figure::Back).isNull() == !shape.onBack);
        CHECK(g.outlines(QString(shape.id), Figure::Both).isEmpty());
        for (Figure figure : figuresOf(shape)) {
            for (const Outline& outline : g.outlines(QString(shape.id), figure))
                CHECK(outline.size() >= 12); // smooth, not a polygon sketch
        }
    }
    // Limbs come in pairs; the torso shapes that straddle the spine are single.
    for (const char* paired : {"arms", "hands", "thighs", "calves", "feet", "shoulders"}) {
        CHECK(g.outlines(QString::fromLatin1(paired), Figure::Front).size() == 2);
        CHECK(g.outlines(QString::fromLatin1(paired), Figure::Back).size() == 2);
    }
    for (const char* single : {"chest", "abdomen", "face"})
        CHECK(g.outlines(QString::fromLatin1(single), Figure::Front).size() == 1);
    for (const char* single : {"upper-back", "mid-back", "lower-back", "neck", "head"})
        CHECK(g.outlines(QString::fromLatin1(single), Figure::Back).size() == 1);

    CHECK(g.outlines(QStringLiteral("elbow"), Figure::Front).isEmpty());
    CHECK(g.bounds(QStringLiteral("elbow"), Figure::Front).isNull());
    CHECK(g.silhouette(Figure::Front).size() == 1);
    CHECK(g.silhouette(Figure::Back).size() == 1);
    CHECK(g.silhouette(Figure::Both).isEmpty());
}

TEST_CASE("the figure file is SVG and agrees with the shape catalogue", "[body-map]")
{
    // Read with a real XML parser, independently of the geometry's own reader of the subset:
    // the file stays viewable as SVG, every shape in it is one content can name, drawn on the
    // figures the catalogue says, and the geometry holds exactly what the file says.
    const BodyMapGeometry& g = geometry();
    QFile file(QStringLiteral(":/bodymap/figure.svg"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    REQUIRE(xml.readNextStartElement());
    CHECK(xml.name() == QLatin1String("svg"));
    CHECK(xml.namespaceUri() == QLatin1String("http://www.w3.org/2000/svg"));
    QMap<std::pair<QString, Figure>, qsizetype> outlinesRead;
    int anchorsRead = 0;
    std::optional<Figure> figure;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("g"))
            figure.reset();
        if (!xml.isStartElement() || xml.name() == QLatin1String("style"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("g")) {
            figure = attributes.value(QLatin1String("id")) == QLatin1String("front") ? Figure::Front : Figure::Back;
            continue;
        }
        REQUIRE(figure.has_value());
        const QString id = attributes.value(QLatin1String("class")).toString();
        INFO(id << " on the " << figureName(*figure) << ", line " << xml.lineNumber());
        const BodyShapeInfo* shape = findBodyShape(id);
        if (id != QLatin1String("silhouette")) {
            REQUIRE(shape != nullptr);
            CHECK(shapeSupportsFigure(*shape, *figure));
        }
        if (xml.name() == QLatin1String("circle")) {
            const QPointF anchor(
                attributes.value(QLatin1String("cx")).toDouble(), attributes.value(QLatin1String("cy")).toDouble());
            CHECK(g.labelAnchor(id, *figure) == anchor);
            ++anchorsRead;
            continue;
        }
        REQUIRE(xml.name() == QLatin1String("polygon"));
        Outline outline;
        const QStringList points = attributes.value(QLatin1String("points")).toString().simplified().split(u' ');
        for (const QString& point : points)
            outline.append(QPointF(point.section(u',', 0, 0).toDouble(), point.section(u',', 1, 1).toDouble()));
        const QList<Outline>& loaded = shape ? g.outlines(id, *figure) : g.silhouette(*figure);
        const qsizetype index = outlinesRead[{id, *figure}]++;
        REQUIRE(index < loaded.size());
        CHECK(loaded[index] == outline);
    }
    CHECK_FALSE(xml.hasError());
    int anchorsExpected = 0; // one per shape and figure it is drawn on
    for (const BodyShapeInfo& shape : bodyShapes()) {
        for (Figure f : {Figure::Front, Figure::Back}) {
            const qsizetype count = outlinesRead.value({QString(shape.id), f});
            CHECK((count > 0) == shapeSupportsFigure(shape, f));
            CHECK(count == g.outlines(QString(shape.id), f).size());
            anchorsExpected += shapeSupportsFigure(shape, f) ? 1 : 0;
        }
    }
    CHECK(anchorsRead == anchorsExpected);
    CHECK(outlinesRead.value({QStringLiteral("silhouette"), Figure::Front}) == 1);
    CHECK(outlinesRead.value({QStringLiteral("silhouette"), Figure::Back}) == 1);
}

TEST_CASE("everything lies within the figure's coordinate space", "[body-map]")
{
    const BodyMapGeometry& g = geometry();
    const QRectF space(0, 0, BodyMapGeometry::kFigureWidth, BodyMapGeometry::kFigureHeight);
    for (Figure figure : {Figure::Front, Figure::Back}) {
        for (const Outline& outline : g.silhouette(figure)) {
            for (QPointF p : outline)
                CHECK(space.contains(p));
        }
    }
    // The figure stands upright, centred, head near the top and feet near the bottom.
    const Outline& body = g.silhouette(Figure::Front).first();
    double top = 1e9, bottom = -1e9, left = 1e9, right = -1e9;
    for (QPointF p : body) {
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
        left = std::min(left, p.x());
        right = std::max(right, p.x());
    }
    CHECK(top == Approx(10).margin(3));
    CHECK(bottom == Approx(510).margin(3));
    CHECK((left + right) / 2 == Approx(100).margin(0.5));
}

TEST_CASE("label anchors and interior points hit their own shape", "[body-map]")
{
    const BodyMapGeometry& g = geometry();
    for (const BodyShapeInfo& shape : bodyShapes()) {
        for (Figure figure : figuresOf(shape)) {
            INFO(QString(shape.id) << " on the " << figureName(figure));
            const QPointF anchor = g.labelAnchor(QString(shape.id), figure);
            CHECK(g.hitTest(figure, anchor) == shape.id);
            // Well inside: a label centred there does not start on the border.
            double depth = 1e9;
            for (const Outline& outline : g.outlines(QString(shape.id), figure)) {
                if (BodyMapGeometry::contains(outline, anchor))
                    depth = distanceToOutline(outline, anchor);
            }
            CHECK(depth >= 4.0);
            for (const Outline& outline : g.outlines(QString(shape.id), figure)) {
                const std::optional<QPointF> inside = interiorPoint(outline);
                REQUIRE(inside.has_value());
                CHECK(BodyMapGeometry::contains(outline, *inside));
                CHECK(g.hitTest(figure, *inside) == shape.id);
            }
        }
        CHECK(g.labelAnchor(QString(shape.id), Figure::Both).isNull());
    }
}

TEST_CASE("points outside the body hit nothing", "[body-map]")
{
    const BodyMapGeometry& g = geometry();
    const QList<QPointF> outside = {
        {0, 0}, {200, 0}, {0, 520}, {200, 520}, // corners
        {-50, 200}, {260, 200}, {100, -5}, {100, 600}, // off the figure
        {100, 330}, {100, 420}, {100, 500}, // between the legs, below the crotch
        {50, 40}, {150, 40}, {100, 3}, // beside and above the head
        {58, 230}, {142, 230}, // between the arms and the waist
        {45, 330}, {155, 330}, // between the hands and the thighs
    };
    for (Figure figure : {Figure::Front, Figure::Back}) {
        for (QPointF p : outside) {
            INFO(figureName(figure) << " " << p.x() << "," << p.y());
            CHECK(g.hitTest(figure, p).isEmpty());
            CHECK_FALSE(BodyMapGeometry::contains(g.silhouette(figure).first(), p));
        }
    }
    CHECK(g.hitTest(Figure::Both, QPointF(100, 140)).isEmpty());
}

TEST_CASE("shapes do not overlap and stay inside the silhouette", "[body-map]")
{
    const BodyMapGeometry& g = geometry();
    for (Figure figure : {Figure::Front, Figure::Back}) {
        INFO(figureName(figure));
        QList<std::pair<QString, const Outline*>> outlines;
        QList<QRectF> boxes;
        for (const BodyShapeInfo& shape : bodyShapes()) {
            for (const Outline& outline : g.outlines(QString(shape.id), figure)) {
                outlines.append({QString(shape.id), &outline});
                boxes.append(g.bounds(QString(shape.id), figure));
            }
        }
        const Outline& body = g.silhouette(figure).first();
        // Every point of the grid is in at most one outline, and every point in an outline
        // is on the body.
        int covered = 0;
        int overlaps = 0;
        int offBody = 0;
        for (double y = 0.5; y < BodyMapGeometry::kFigureHeight; y += 1.0) {
            const QList<double> bodyEdges = crossings(body, y);
            for (double x = 0.5; x < BodyMapGeometry::kFigureWidth; x += 1.0) {
                const QPointF p(x, y);
                int inside = 0;
                for (qsizetype i = 0; i < outlines.size(); ++i)
                    inside += boxes[i].contains(p) && BodyMapGeometry::contains(*outlines[i].second, p) ? 1 : 0;
                covered += inside > 0 ? 1 : 0;
                overlaps += inside > 1 ? 1 : 0;
                const auto rightOfP
                    = std::count_if(bodyEdges.begin(), bodyEdges.end(), [&](double edge) { return edge > x; });
                offBody += inside > 0 && rightOfP % 2 == 0 ? 1 : 0;
            }
        }
        CHECK(overlaps == 0);
        CHECK(offBody == 0);
        CHECK(covered > 12000); // the shapes cover most of the body
        // Shape vertices lie inside the silhouette (or within half a unit of its edge).
        QStringList strays;
        for (const auto& [id, outline] : outlines) {
            for (QPointF p : *outline) {
                if (!BodyMapGeometry::contains(body, p) && distanceToOutline(body, p) > 0.5)
                    strays.append(id + QStringLiteral(" at %1,%2").arg(p.x()).arg(p.y()));
            }
        }
        CHECK(strays.join(QStringLiteral("; ")) == QString());
        // Neighbours keep a visible gap: no vertex of one shape is within a unit of another.
        QStringList touching;
        for (qsizetype i = 0; i < outlines.size(); ++i) {
            for (qsizetype j = 0; j < outlines.size(); ++j) {
                if (i == j || !boxes[i].adjusted(-2, -2, 2, 2).intersects(boxes[j]))
                    continue;
                for (QPointF p : *outlines[i].second) {
                    if (distanceToOutline(*outlines[j].second, p) < 1.0) {
                        touching.append(outlines[i].first + QStringLiteral(" and ") + outlines[j].first);
                        break;
                    }
                }
            }
        }
        CHECK(touching.join(QStringLiteral("; ")) == QString());
    }
}

TEST_CASE("outlines are simple polygons", "[body-map]")
{
    // Painters fill with either rule; a self-crossing outline would show holes.
    const BodyMapGeometry& g = geometry();
    QList<std::pair<QString, Outline>> all = {{QStringLiteral("silhouette"), g.silhouette(Figure::Front).first()}};
    for (const BodyShapeInfo& shape : bodyShapes()) {
        for (Figure figure : figuresOf(shape)) {
            for (const Outline& outline : g.outlines(QString(shape.id), figure))
                all.append({QString(shape.id), outline});
        }
    }
    for (const auto& [id, outline] : all) {
        INFO(id);
        const qsizetype n = outline.size();
        int crossings = 0;
        for (qsizetype i = 0; i < n; ++i) {
            for (qsizetype j = i + 2; j < n; ++j) {
                if (i == 0 && j == n - 1)
                    continue; // neighbours through the closing edge
                crossings += segmentsCross(outline[i], outline[i + 1], outline[j], outline[(j + 1) % n]) ? 1 : 0;
            }
        }
        CHECK(crossings == 0);
    }
}

TEST_CASE("paired shapes are mirror images", "[body-map]")
{
    const BodyMapGeometry& g = geometry();
    for (const char* id : {"arms", "hands", "thighs", "calves", "feet", "shoulders", "hips-glutes"}) {
        for (Figure figure : {Figure::Front, Figure::Back}) {
            const QList<Outline>& pair = g.outlines(QString::fromLatin1(id), figure);
            if (pair.size() != 2)
                continue; // the front hips are one band
            INFO(id << " on the " << figureName(figure));
            REQUIRE(pair[0].size() == pair[1].size());
            double worst = 0;
            for (QPointF p : pair[0]) {
                const QPointF mirrored(BodyMapGeometry::kFigureWidth - p.x(), p.y());
                double nearest = 1e9;
                for (QPointF q : pair[1])
                    nearest = std::min(nearest, std::hypot(q.x() - mirrored.x(), q.y() - mirrored.y()));
                worst = std::max(worst, nearest);
            }
            CHECK(worst < 0.02);
            // The viewer's left one comes first.
            CHECK(pair[0].first().x() < 100);
        }
    }
    // The symmetric single shapes are centred.
    for (const char* id : {"head", "neck", "chest", "abdomen"}) {
        const QRectF box = g.bounds(QString::fromLatin1(id), Figure::Front);
        CHECK(box.center().x() == Approx(100).margin(0.1));
    }
}

TEST_CASE("points people expect on each figure", "[body-map]")
{
    const BodyMapGeometry& g = geometry();
    const auto front = [&](double x, double y) { return g.hitTest(Figure::Front, QPointF(x, y)); };
    const auto back = [&](double x, double y) { return g.hitTest(Figure::Back, QPointF(x, y)); };
    CHECK(front(100, 20) == QStringLiteral("head")); // top of the head
    CHECK(front(100, 58) == QStringLiteral("face")); // middle of the face
    CHECK(front(100, 90) == QStringLiteral("neck"));
    CHECK(front(100, 140) == QStringLiteral("chest")); // centre of the chest
    CHECK(front(100, 212) == QStringLiteral("abdomen")); // navel
    CHECK(front(70, 262) == QStringLiteral("hips-glutes")); // side of the hip
    CHECK(front(80, 320) == QStringLiteral("thighs"));
    CHECK(front(80, 430) == QStringLiteral("calves")); // shin
    CHECK(front(80, 498) == QStringLiteral("feet"));
    CHECK(front(38, 190) == QStringLiteral("arms"));
    CHECK(front(162, 190) == QStringLiteral("arms"));
    CHECK(front(18, 310) == QStringLiteral("hands"));
    CHECK(front(55, 115) == QStringLiteral("shoulders"));
    CHECK(front(80, 370).isEmpty()); // the knee is left plain
    CHECK(front(100, 25) != QStringLiteral("face"));

    CHECK(back(100, 30) == QStringLiteral("head"));
    CHECK(back(100, 58) == QStringLiteral("head")); // the back of the head, not a face
    CHECK(back(100, 85) == QStringLiteral("neck"));
    CHECK(back(145, 112) == QStringLiteral("shoulders"));
    CHECK(back(100, 135) == QStringLiteral("upper-back")); // between the shoulder blades
    CHECK(back(100, 185) == QStringLiteral("mid-back"));
    CHECK(back(100, 225) == QStringLiteral("lower-back")); // small of the back
    CHECK(back(82, 268) == QStringLiteral("hips-glutes")); // buttocks
    CHECK(back(118, 268) == QStringLiteral("hips-glutes"));
    CHECK(back(80, 320) == QStringLiteral("thighs"));
    CHECK(back(80, 420) == QStringLiteral("calves"));
    CHECK(back(100, 268).isEmpty()); // the cleft between the glutes
    for (const char* frontOnly : {"face", "chest", "abdomen"}) {
        for (double y = 0; y < 520; y += 2)
            CHECK(back(100, y) != QLatin1String(frontOnly));
    }
}

TEST_CASE("shape boxes map the person's right and left onto the figures", "[body-map]")
{
    const BodyMapGeometry& g = geometry();
    for (const BodyShapeInfo& shape : bodyShapes()) {
        INFO(QString(shape.id));
        if (shape.onFront) {
            const QRectF box = g.bounds(QString(shape.id), Figure::Front);
            // Facing the viewer, the person's right is on the viewer's left.
            CHECK(g.mapFromShapeBox(QString(shape.id), Figure::Front, {0.1, 0.5}).x() < 100);
            CHECK(g.mapFromShapeBox(QString(shape.id), Figure::Front, {0, 0}) == box.topLeft());
            CHECK(g.mapFromShapeBox(QString(shape.id), Figure::Front, {1, 1}) == box.bottomRight());
        }
        if (shape.onBack) {
            const QRectF box = g.bounds(QString(shape.id), Figure::Back);
            CHECK(g.mapFromShapeBox(QString(shape.id), Figure::Back, {0.1, 0.5}).x() > 100);
            CHECK(g.mapFromShapeBox(QString(shape.id), Figure::Back, {0, 0}) == box.topRight());
            CHECK(g.mapFromShapeBox(QString(shape.id), Figure::Back, {1, 1}) == box.bottomLeft());
        }
        CHECK(g.mapFromShapeBox(QString(shape.id), Figure::Both, {0.5, 0.5}).isNull());
    }
    CHECK(g.mapFromShapeBox(QStringLiteral("face"), Figure::Back, {0.5, 0.5}).isNull());
    // Paired limbs: the person's right limb is on the viewer's left in front, right behind.
    CHECK(g.mapFromShapeBox(QStringLiteral("thighs"), Figure::Front, {0.2, 0.5}).x() < 100);
    CHECK(g.mapFromShapeBox(QStringLiteral("thighs"), Figure::Back, {0.2, 0.5}).x() > 100);
}

TEST_CASE("reference points given to content authors land in their shape", "[body-map]")
{
    struct Reference
    {
        const char* shape;
        Figure figure;
        QPointF at;
    };
    const Figure F = Figure::Front;
    const Figure B = Figure::Back;
    const QList<Reference> references = {
        {"head", F, {0.1, 0.8}},
        {"head", F, {0.9, 0.8}},
        {"head", F, {0.5, 0.1}},
        {"head", F, {0.5, 0.85}}, // temples, crown, hairline
        {"head", B, {0.25, 0.9}},
        {"head", B, {0.5, 0.9}},
        {"head", B, {0.75, 0.9}},
        {"head", B, {0.5, 0.6}}, // base of the skull
        {"face", F, {0.5, 0.1}},
        {"face", F, {0.5, 0.3}},
        {"face", F, {0.5, 0.35}}, // forehead, eyebrows
        {"face", F, {0.05, 0.3}},
        {"face", F, {0.95, 0.3}}, // temples
        {"face", F, {0.1, 0.65}},
        {"face", F, {0.9, 0.65}},
        {"face", F, {0.5, 0.95}}, // jaw hinges, chin
        {"neck", B, {0.5, 0.5}},
        {"neck", B, {0.2, 0.5}},
        {"neck", B, {0.8, 0.5}},
        {"neck", F, {0.2, 0.5}},
        {"neck", F, {0.8, 0.5}},
        {"shoulders", F, {0.1, 0.4}},
        {"shoulders", F, {0.9, 0.4}},
        {"shoulders", F, {0.35, 0.4}},
        {"shoulders", F, {0.65, 0.4}},
        {"shoulders", B, {0.1, 0.4}},
        {"shoulders", B, {0.9, 0.4}},
        {"shoulders", B, {0.35, 0.4}},
        {"shoulders", B, {0.65, 0.4}},
        {"chest", F, {0.25, 0.4}},
        {"chest", F, {0.75, 0.4}},
        {"upper-back", B, {0.5, 0.5}},
        {"upper-back", B, {0.35, 0.5}},
        {"upper-back", B, {0.65, 0.5}},
        {"mid-back", B, {0.5, 0.5}},
        {"mid-back", B, {0.35, 0.5}},
        {"mid-back", B, {0.65, 0.5}},
        {"lower-back", B, {0.5, 0.5}},
        {"lower-back", B, {0.35, 0.5}},
        {"lower-back", B, {0.65, 0.5}},
        {"hips-glutes", B, {0.25, 0.5}},
        {"hips-glutes", B, {0.75, 0.5}},
        {"thighs", F, {0.2, 0.5}},
        {"thighs", F, {0.8, 0.5}},
        {"thighs", B, {0.2, 0.5}},
        {"thighs", B, {0.8, 0.5}},
        {"calves", F, {0.2, 0.5}},
        {"calves", F, {0.8, 0.5}},
        {"calves", B, {0.2, 0.5}},
        {"calves", B, {0.8, 0.5}},
        {"feet", F, {0.2, 0.5}},
        {"feet", F, {0.8, 0.5}},
        {"feet", B, {0.2, 0.5}},
        {"feet", B, {0.8, 0.5}},
    };
    const BodyMapGeometry& g = geometry();
    for (const Reference& r : references) {
        const QString id = QString::fromLatin1(r.shape);
        const QPointF p = g.mapFromShapeBox(id, r.figure, r.at);
        INFO(id << " on the " << figureName(r.figure) << " at " << r.at.x() << "," << r.at.y() << " -> " << p.x() << ","
                << p.y());
        CHECK(g.hitTest(r.figure, p) == id);
    }
    // Arms and hands are narrow and angled away from the body, so their boxes are mostly air;
    // the middle of each limb sits near the outer tenth of the box.
    for (const char* limb : {"arms", "hands"}) {
        for (Figure figure : {F, B}) {
            INFO(limb << " on the " << figureName(figure));
            CHECK(g.hitTest(figure, g.mapFromShapeBox(QString::fromLatin1(limb), figure, {0.08, 0.5}))
                == QLatin1String(limb));
            CHECK(g.hitTest(figure, g.mapFromShapeBox(QString::fromLatin1(limb), figure, {0.92, 0.5}))
                == QLatin1String(limb));
        }
    }
}

TEST_CASE("contains uses the even-odd rule", "[body-map]")
{
    const Outline square = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    CHECK(BodyMapGeometry::contains(square, {5, 5}));
    CHECK(BodyMapGeometry::contains(square, {0.1, 9.9}));
    CHECK_FALSE(BodyMapGeometry::contains(square, {-0.1, 5}));
    CHECK_FALSE(BodyMapGeometry::contains(square, {5, 10.1}));
    CHECK_FALSE(BodyMapGeometry::contains(square, {15, 5}));

    // An L: the notch at the top right is outside although it is inside the bounding box.
    const Outline ell = {{0, 0}, {4, 0}, {4, 6}, {10, 6}, {10, 10}, {0, 10}};
    CHECK(BodyMapGeometry::contains(ell, {2, 2}));
    CHECK(BodyMapGeometry::contains(ell, {8, 8}));
    CHECK(BodyMapGeometry::contains(ell, {2, 8}));
    CHECK_FALSE(BodyMapGeometry::contains(ell, {8, 2}));
    CHECK_FALSE(BodyMapGeometry::contains(ell, {5, 5.9}));
    // Orientation does not matter.
    Outline reversed = ell;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(BodyMapGeometry::contains(reversed, {8, 8}));
    CHECK_FALSE(BodyMapGeometry::contains(reversed, {8, 2}));

    CHECK_FALSE(BodyMapGeometry::contains({}, {0, 0}));
    CHECK_FALSE(BodyMapGeometry::contains({{0, 0}, {10, 10}}, {5, 5}));
}
