// SPDX-License-Identifier: MIT
// Icons come from the desktop's theme when it has them, else from Knead's own SVGs, and a
// change of theme is followed. The window's icon is the app's SVG, rendered when Knead is built.
#include "Controls.h"
#include "MainWindow.h"
#include "UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>
#include <QTemporaryDir>

using namespace knead;
using namespace knead::test;

namespace {

bool hasInk(const QIcon& icon)
{
    const QImage image = icon.pixmap(24, 24).toImage();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("icons come from the desktop theme when it has them, else Knead's own", "[ui][style]")
{
    const QString savedTheme = QIcon::themeName();
    const QStringList savedPaths = QIcon::themeSearchPaths();

    // No desktop theme: Knead's own, drawn.
    QIcon::setThemeName(QStringLiteral("hicolor"));
    const QIcon own = icon(Icon::Play);
    CHECK_FALSE(own.isNull());
    CHECK(own.name().isEmpty()); // not a theme icon
    CHECK(hasInk(own));

    // A theme with a play icon: that one.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QDir(dir.path()).mkpath(QStringLiteral("testtheme/24x24/actions"));
    QFile index(dir.filePath(QStringLiteral("testtheme/index.theme")));
    REQUIRE(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=testtheme\nDirectories=24x24/actions\n\n[24x24/actions]\nSize=24\nType=Fixed\n");
    index.close();
    QImage red(24, 24, QImage::Format_ARGB32);
    red.fill(Qt::red);
    REQUIRE(red.save(dir.filePath(QStringLiteral("testtheme/24x24/actions/media-playback-start.png"))));
    QIcon::setThemeSearchPaths({dir.path()});
    QIcon::setThemeName(QStringLiteral("testtheme"));
    const QIcon themed = icon(Icon::Play);
    CHECK(themed.name() == QStringLiteral("media-playback-start"));
    CHECK(themed.pixmap(24, 24).toImage().pixelColor(12, 12) == QColor(Qt::red));
    // A name the theme lacks: Knead's own still.
    CHECK(icon(Icon::Pause).name().isEmpty());
    CHECK(hasInk(icon(Icon::Pause)));

    QIcon::setThemeSearchPaths(savedPaths);
    QIcon::setThemeName(savedTheme);
}

TEST_CASE("the window has Knead's icon from the start", "[ui][style]")
{
    TestApp testApp;
    auto window = testApp.makeWindow();
    // Set as the window is built, not after its first frame: the X11 property a taskbar reads
    // is there when the window is mapped. The pictures compiled in are the SVG, pixel for
    // pixel, as Qt draws it at each size (a wrong byte order or a missing premultiplication in
    // the build step would show here).
    QSvgRenderer svg(QStringLiteral(KNEAD_SOURCE_DIR "/resources/icons/knead.svg"));
    REQUIRE(svg.isValid());
    const QList<QSize> sizes = window->windowIcon().availableSizes();
    CHECK(sizes == QList<QSize>({{16, 16}, {24, 24}, {32, 32}, {48, 48}, {64, 64}, {128, 128}}));
    for (const QSize& size : sizes) {
        INFO(size.width());
        const QImage image
            = window->windowIcon().pixmap(size).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        REQUIRE(image.size() == size);
        CHECK(qAlpha(image.pixel(size.width() / 2, size.height() / 2)) == 255); // the orange dot in the middle
        CHECK(qAlpha(image.pixel(0, 0)) == 0); // the rounded corner
        QImage drawn(size, QImage::Format_ARGB32_Premultiplied);
        drawn.fill(Qt::transparent);
        QPainter painter(&drawn);
        svg.render(&painter);
        painter.end();
        CHECK(image == drawn);
    }
}
