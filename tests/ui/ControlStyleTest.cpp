// SPDX-License-Identifier: MIT
// What Knead's style adds to Fusion: the primary button filled with the accent, with a focus
// ring, check boxes that show in a dark palette, and flat scroll bars.
#include "Controls.h"
#include "Palette.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QStyleOptionSlider>

#include <memory>

using namespace knead;

namespace {

// How far apart two colours are, channel by channel.
int distance(const QColor& a, const QColor& b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

bool hasColour(const QImage& image, const QColor& colour, int tolerance)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (distance(image.pixelColor(x, y), colour) <= tolerance)
                return true;
        }
    }
    return false;
}

// The button as the style draws it, in `palette`, with `extra` state.
QImage drawButton(QStyle& style, const QPushButton& button, const QPalette& palette, QStyle::State extra)
{
    QStyleOptionButton option;
    option.initFrom(&button);
    option.rect = QRect(0, 0, 160, 40);
    option.palette = palette;
    option.text = button.text();
    option.state = QStyle::State_Enabled | extra;
    option.icon = button.icon();
    option.iconSize = QSize(32, 32);
    option.features = QStyleOptionButton::DefaultButton;
    QImage image(160, 40, QImage::Format_ARGB32);
    image.fill(palette.color(QPalette::Window));
    QPainter painter(&image);
    style.drawControl(QStyle::CE_PushButton, &option, &painter, &button);
    return image;
}

} // namespace

TEST_CASE("a primary button is filled with the accent and shows keyboard focus", "[ui][style]")
{
    std::unique_ptr<QStyle> style(makeControlStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    REQUIRE(styleName(style.get()).compare(QStringLiteral("Fusion"), Qt::CaseInsensitive) == 0);
    for (const QPalette& palette : {lightPalette(), darkPalette()}) {
        const QColor accent = palette.color(QPalette::Active, QPalette::Highlight);
        const QColor text = palette.color(QPalette::Active, QPalette::WindowText);

        QPushButton primary(QStringLiteral("Start"));
        makePrimary(&primary);
        const QImage plain = drawButton(*style, primary, palette, {});
        CHECK(distance(plain.pixelColor(10, 20), accent) <= 2); // filled, beside the label
        CHECK(distance(plain.pixelColor(0, 20), accent) <= 60); // the edge is the fill's own
        CHECK(hasColour(plain, palette.color(QPalette::Active, QPalette::HighlightedText), 40));
        // Its icon is in the label's colour too: no solid stroke in the button text's colour.
        // Knead's icons are tinted from the application's palette, as in the app.
        const QPalette saved = QApplication::palette();
        QApplication::setPalette(palette);
        const auto restore = qScopeGuard([&] { QApplication::setPalette(saved); });
        QPushButton withIcon(icon(Icon::Play), QStringLiteral("Start"));
        makePrimary(&withIcon);
        const QImage withIconImage = drawButton(*style, withIcon, palette, {});
        CHECK_FALSE(hasColour(withIconImage, palette.color(QPalette::Active, QPalette::ButtonText), 24));

        // Keyboard focus: a two-pixel ring in the text colour round the fill.
        const QImage focused = drawButton(*style, primary, palette, QStyle::State_HasFocus);
        CHECK(distance(focused.pixelColor(1, 20), text) <= 40);
        CHECK(distance(focused.pixelColor(10, 20), accent) <= 2);

        // Pressed shows: a different shade from the accent.
        const QImage pressed = drawButton(*style, primary, palette, QStyle::State_Sunken);
        CHECK(distance(pressed.pixelColor(10, 20), accent) > 10);

        // Any other button is the style's own, not filled with the accent.
        QPushButton secondary(QStringLiteral("Duplicate"));
        const QImage other = drawButton(*style, secondary, palette, {});
        CHECK(distance(other.pixelColor(10, 20), accent) > 30);
    }
}

TEST_CASE("check boxes are outlined so they show in the dark palette", "[ui][style]")
{
    std::unique_ptr<QStyle> style(makeControlStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette palette = darkPalette();
    const QColor window = palette.color(QPalette::Window);
    const auto edge = [&](QStyle& s) {
        QStyleOptionButton option;
        option.rect = QRect(2, 2, 16, 16);
        option.palette = palette;
        option.state = QStyle::State_Enabled | QStyle::State_Off;
        QImage image(20, 20, QImage::Format_ARGB32);
        image.fill(window);
        QPainter painter(&image);
        s.drawPrimitive(QStyle::PE_IndicatorCheckBox, &option, &painter);
        painter.end();
        return distance(image.pixelColor(2, 10), window); // the middle of the left edge
    };
    CHECK(edge(*fusion) < 30); // why: Fusion's own outline all but vanishes
    CHECK(edge(*style) >= 60);
}

TEST_CASE("the menu bar's overflow button uses Knead's chevron, pointing with the text", "[ui][style]")
{
    std::unique_ptr<QStyle> style(makeControlStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QStyleOption option;
    option.direction = Qt::LeftToRight;
    const QIcon forward = style->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &option);
    CHECK(forward.cacheKey() == icon(Icon::Forward).cacheKey());
    option.direction = Qt::RightToLeft;
    const QIcon back = style->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &option);
    CHECK(back.cacheKey() == icon(Icon::Back).cacheKey());
    CHECK_FALSE(back.pixmap(16, 16).isNull());
    // Other standard icons stay the style's own.
    CHECK(style->standardIcon(QStyle::SP_DialogOkButton).cacheKey() != icon(Icon::Forward).cacheKey());
}

TEST_CASE("scroll bars are flat: a plain groove, arrows, and a handle that darkens when used", "[ui][style]")
{
    std::unique_ptr<QStyle> style(makeControlStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QScrollBar bar(Qt::Vertical);
    bar.setRange(0, 100);
    bar.setPageStep(25);
    for (const QPalette& palette : {lightPalette(), darkPalette()}) {
        const QColor window = palette.color(QPalette::Window);
        const auto draw
            = [&](QStyle::State extra, QStyle::SubControls active, Qt::LayoutDirection direction = Qt::LeftToRight) {
                  QStyleOptionSlider option;
                  option.initFrom(&bar);
                  option.direction = direction;
                  option.palette = palette;
                  option.rect = QRect(0, 0, 16, 240);
                  option.orientation = Qt::Vertical;
                  option.minimum = 0;
                  option.maximum = 100;
                  option.pageStep = 25;
                  option.singleStep = 1;
                  option.sliderPosition = option.sliderValue = 0;
                  option.subControls = QStyle::SC_All;
                  option.activeSubControls = active;
                  option.state = QStyle::State_Enabled | extra;
                  QImage image(16, 240, QImage::Format_ARGB32);
                  image.fill(Qt::magenta);
                  QPainter painter(&image);
                  style->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter, &bar);
                  painter.end();
                  return std::pair {
                      image, style->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, &bar)};
              };
        const auto [plain, slider] = draw({}, QStyle::SC_None);
        REQUIRE(slider.height() > 20);
        const QPoint handle = slider.center();
        const QPoint groove(8, slider.bottom() + 40);
        // The groove is one colour across (Fusion's is a gradient), beside its edge line.
        const QColor grooveColour = plain.pixelColor(groove);
        for (int x = 1; x < 16; ++x)
            CHECK(plain.pixelColor(x, groove.y()) == grooveColour);
        CHECK(distance(grooveColour, window) <= 24);
        CHECK(distance(plain.pixelColor(0, groove.y()), grooveColour) >= 20); // the edge
        CHECK_FALSE(hasColour(plain, Qt::magenta, 0)); // the whole bar is painted
        // The handle stands out from the groove, more under the pointer, most while dragged.
        const int still = distance(plain.pixelColor(handle), grooveColour);
        const int hovered = distance(
            draw(QStyle::State_MouseOver, QStyle::SC_ScrollBarSlider).first.pixelColor(handle), grooveColour);
        const int dragged
            = distance(draw(QStyle::State_Sunken, QStyle::SC_ScrollBarSlider).first.pixelColor(handle), grooveColour);
        CHECK(still >= 40);
        CHECK(hovered > still);
        CHECK(dragged > hovered);
        // Right to left, the edge line is on the right, where the content is.
        const QImage mirrored = draw({}, QStyle::SC_None, Qt::RightToLeft).first;
        CHECK(mirrored.pixelColor(0, groove.y()) == grooveColour);
        CHECK(mirrored.pixelColor(15, groove.y()) == plain.pixelColor(0, groove.y()));
        // An arrow in each button, at the ends.
        CHECK(distance(plain.pixelColor(8, 7), grooveColour) >= 60);
        CHECK(distance(plain.pixelColor(8, 240 - 8), grooveColour) >= 60);
    }
}
