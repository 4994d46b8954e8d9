// SPDX-License-Identifier: MIT
#include "Palette.h"

#include <algorithm>

namespace knead {

namespace {

// A calm teal as the accent: visible as a selection, soft as a fill.
const QColor kAccentLight(0x2f, 0x7f, 0x78);
const QColor kAccentDark(0x4f, 0xb3, 0xa9);

QPalette build(const QColor& window, const QColor& base, const QColor& alternate, const QColor& text,
    const QColor& button, const QColor& accent, const QColor& accentText, const QColor& muted, const QColor& disabled)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, accentText);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::LinkVisited, accent);
    p.setColor(QPalette::Light, button.lighter(130));
    p.setColor(QPalette::Midlight, button.lighter(115));
    p.setColor(QPalette::Mid, button.darker(130));
    p.setColor(QPalette::Dark, button.darker(160));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, disabled);
    // The selection stays readable when the window does not have focus.
    p.setColor(QPalette::Inactive, QPalette::Highlight, accent);
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, accentText);
    return p;
}

} // namespace

QColor mixColors(const QColor& base, const QColor& over, qreal amount)
{
    const QColor a = base.toRgb();
    const QColor b = over.toRgb();
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amount), float(a.greenF() * keep + b.greenF() * amount),
        float(a.blueF() * keep + b.blueF() * amount));
}

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor cautionColor(const QPalette& palette)
{
    return QColor::fromHslF(0.015f, 0.62f, isDarkPalette(palette) ? 0.68f : 0.40f);
}

QColor cautionBackground(const QPalette& palette)
{
    return mixColors(palette.color(QPalette::Window), cautionColor(palette), isDarkPalette(palette) ? 0.16 : 0.08);
}

QPalette lightPalette()
{
    return build(QColor(0xf6, 0xf5, 0xf2), QColor(0xff, 0xff, 0xff), QColor(0xef, 0xee, 0xea), QColor(0x1f, 0x23, 0x26),
        QColor(0xec, 0xeb, 0xe7), kAccentLight, Qt::white, QColor(0x5c, 0x61, 0x66), QColor(0x8a, 0x8f, 0x94));
}

QPalette darkPalette()
{
    return build(QColor(0x1e, 0x21, 0x24), QColor(0x16, 0x18, 0x1b), QColor(0x25, 0x29, 0x2d), QColor(0xe6, 0xe8, 0xea),
        QColor(0x2b, 0x30, 0x34), kAccentDark, QColor(0x0d, 0x1f, 0x1d), QColor(0xa9, 0xb0, 0xb6),
        QColor(0x74, 0x7b, 0x81));
}

} // namespace knead
