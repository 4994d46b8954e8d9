// SPDX-License-Identifier: MIT
// Painting in pieces (to keep Qt 6.4's raster engine from handing fills to its thread pool)
// must not change a pixel: not at fractional scales, not with half-transparent lines that
// would show a seam drawn twice, not for Fusion's tool bar drawn through Knead's style, not
// when each band fills only the part of an outline that reaches it.
#include "Painting.h"
#include "Controls.h"
#include "Palette.h"

#include <catch2/catch.hpp>

#include <QLinearGradient>
#include <QMainWindow>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOptionToolBar>
#include <QToolBar>

#include <cmath>
#include <memory>
#include <random>

using namespace knead;

namespace {

QImage canvas(QSize size, qreal ratio)
{
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    return image;
}

// How many pixels differ between two images of the same size.
int differences(const QImage& a, const QImage& b)
{
    REQUIRE(a.size() == b.size());
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y);
    }
    return count;
}

} // namespace

TEST_CASE("painting in pieces gives the same pixels as painting at once", "[ui][style]")
{
    // A concave shape (several spans a row), hatched, with a gradient, half-transparent
    // one-pixel lines across the pieces' edges, and an antialiased outline.
    QPolygonF shape;
    shape << QPointF(10.3, 10) << QPointF(190, 14.6) << QPointF(120, 80) << QPointF(185, 230.2) << QPointF(100, 150)
          << QPointF(15, 240) << QPointF(60, 90);
    const auto paint = [&](QPainter& p) {
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(Qt::NoPen);
        p.setBrush(QBrush(QColor(90, 90, 90), Qt::BDiagPattern));
        p.drawPolygon(shape);
        QLinearGradient gradient(0, 40, 0, 200);
        gradient.setColorAt(0, QColor(200, 60, 60, 120));
        gradient.setColorAt(1, QColor(60, 60, 200, 120));
        p.fillRect(QRectF(30, 40, 140, 160), gradient);
        p.setPen(QPen(QColor(0, 0, 0, 90), 0));
        p.drawLine(QPointF(0, 100.5), QPointF(200, 100.5));
        p.drawLine(QPointF(70.5, 0), QPointF(70.5, 250));
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(20, 120, 20, 160), 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawPolygon(shape);
    };
    for (const qreal ratio : {1.0, 1.5, 2.0}) {
        for (const QSize piece : {QSize(32, 16), QSize(0, 16), QSize(88, 88), QSize(7, 0)}) {
            CAPTURE(ratio, piece.width(), piece.height());
            QImage once = canvas(QSize(210, 260), ratio);
            QImage pieces = canvas(QSize(210, 260), ratio);
            {
                QPainter p(&once);
                p.translate(3, 5); // not on a whole device pixel at 1.5
                paint(p);
            }
            {
                QPainter p(&pieces);
                p.translate(3, 5);
                paintInPieces(p, QRectF(-2, -2, 210, 260), piece, [&](const QRectF&) { paint(p); }); // all it draws
            }
            CHECK(differences(once, pieces) == 0);
        }
    }
}

TEST_CASE("a band of an outline filled alone gives the band's pixels of the whole outline", "[ui][style]")
{
    // A wobbly ring of 240 points (fixed seed), several spans on most rows, filled in bands of
    // 15 device rows as the body map's hatch is: each band from only the edges that reach it.
    std::mt19937 random(7);
    std::uniform_real_distribution<qreal> wobble(-30, 30);
    QPolygonF shape;
    for (int i = 0; i < 240; ++i) {
        const qreal angle = 2 * M_PI * i / 240;
        const qreal radius = 70 + wobble(random) * (i % 2 ? 1 : 0.3);
        shape << QPointF(105 + radius * std::cos(angle), 125 + 1.5 * radius * std::sin(angle));
    }
    // The bands leave most of the outline out, which is what makes them cheap.
    CHECK(polygonBetween(shape, 120, 135).size() < shape.size() / 3);
    CHECK(polygonBetween(shape, 300, 315).isEmpty());
    for (const qreal ratio : {1.0, 1.5, 2.0}) {
        for (const bool antialiased : {false, true}) {
            CAPTURE(ratio, antialiased);
            QImage whole = canvas(QSize(210, 260), ratio);
            QImage banded = canvas(QSize(210, 260), ratio);
            const auto setUp = [&](QPainter& p) {
                p.translate(0.3, 0.6); // not on whole device pixels
                p.setRenderHint(QPainter::Antialiasing, antialiased);
                p.setPen(Qt::NoPen);
                p.setBrush(QBrush(QColor(90, 90, 90), Qt::BDiagPattern));
            };
            {
                QPainter p(&whole);
                setUp(p);
                p.drawPolygon(shape);
            }
            {
                QPainter p(&banded);
                setUp(p);
                paintInPieces(p, shape.boundingRect(), QSize(0, 15),
                    [&](const QRectF& band) { p.drawPolygon(polygonBetween(shape, band.top(), band.bottom())); });
            }
            CHECK(differences(whole, banded) == 0);
        }
    }
}

TEST_CASE("Fusion's tool bar drawn through Knead's style is Fusion's, pixel for pixel", "[ui][style]")
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    std::unique_ptr<QStyle> knead(makeControlStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QMainWindow window; // Fusion bevels only a main window's tool bars
    auto* bar = new QToolBar(&window);
    window.addToolBar(bar);
    for (const qreal ratio : {1.0, 1.5, 2.0}) {
        for (const QPalette& palette : {lightPalette(), darkPalette()}) {
            CAPTURE(ratio);
            QStyleOptionToolBar option;
            option.initFrom(bar);
            option.palette = palette;
            option.rect = QRect(0, 0, 1120, 40);
            option.state |= QStyle::State_Horizontal;
            option.toolBarArea = Qt::TopToolBarArea;
            option.positionOfLine = QStyleOptionToolBar::OnlyOne;
            option.positionWithinLine = QStyleOptionToolBar::OnlyOne;
            const auto draw = [&](QStyle& style) {
                QImage image = canvas(QSize(1120, 40), ratio);
                QPainter painter(&image);
                style.drawControl(QStyle::CE_ToolBar, &option, &painter, bar);
                return image;
            };
            const QImage expected = draw(*fusion);
            CHECK(expected.pixel(5, 5) != qRgb(255, 255, 255)); // Fusion drew something
            CHECK(differences(draw(*knead), expected) == 0);
        }
    }
}
