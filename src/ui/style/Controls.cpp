// SPDX-License-Identifier: MIT
#include "Controls.h"

#include "Painting.h"
#include "Palette.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionSlider>
#include <QSvgRenderer>

namespace knead {

namespace {

struct IconName
{
    Icon icon;
    const char* theme; // freedesktop icon naming specification
    const char* file; // resources/icons/actions/<file>.svg
};

constexpr IconName kIcons[] = {
    {Icon::Back, "go-previous", "back"},
    {Icon::Forward, "go-next", "forward"},
    {Icon::Home, "go-home", "home"},
    {Icon::Play, "media-playback-start", "play"},
    {Icon::Pause, "media-playback-pause", "pause"},
    {Icon::Stop, "media-playback-stop", "stop"},
    {Icon::Skip, "media-skip-forward", "skip"},
    {Icon::Previous, "media-skip-backward", "previous"},
    {Icon::Favourite, "starred", "favourite"},
    {Icon::NotFavourite, "non-starred", "not-favourite"},
    {Icon::Library, "accessories-dictionary", "library"},
    {Icon::History, "document-open-recent", "history"},
    {Icon::Settings, "preferences-system", "settings"},
    {Icon::Add, "list-add", "add"},
    {Icon::Remove, "edit-delete", "remove"},
    {Icon::Edit, "document-edit", "edit"},
    {Icon::Copy, "edit-copy", "copy"},
    {Icon::Undo, "edit-undo", "undo"},
    {Icon::Redo, "edit-redo", "redo"},
    {Icon::Import, "document-import", "import"},
    {Icon::Export, "document-export", "export"},
    {Icon::Open, "document-open", "open"},
    {Icon::Search, "edit-find", "search"},
};

// Knead's own one-colour SVG, painted in the palette's button text at paint time, so the
// same icon reads on light and dark palettes and follows a theme switch.
class TintedSvgEngine final : public QIconEngine
{
public:
    explicit TintedSvgEngine(QString file)
        : m_file(std::move(file))
    { }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, render(rect.size() * dpr, mode));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override { return render(size, mode); }

    QIconEngine* clone() const override { return new TintedSvgEngine(m_file); }

private:
    // The icon as last drawn at each size and mode, in the colour it was drawn in: buttons
    // repaint often, and reading the SVG again each time was most of their paint.
    QPixmap render(const QSize& size, QIcon::Mode mode) const
    {
        const QRgb colour = tint(mode).rgba();
        const QString key
            = QStringLiteral("%1x%2:%3:%4").arg(size.width()).arg(size.height()).arg(int(mode)).arg(colour);
        if (const auto it = m_rendered.constFind(key); it != m_rendered.cend())
            return *it;
        if (m_rendered.size() > 12)
            m_rendered.clear();
        const QPixmap pixmap = draw(size, QColor::fromRgba(colour));
        m_rendered.insert(key, pixmap);
        return pixmap;
    }

    static QColor tint(QIcon::Mode mode)
    {
        const QPalette palette = QApplication::palette();
        return mode == QIcon::Disabled ? palette.color(QPalette::Disabled, QPalette::ButtonText)
            : mode == QIcon::Selected  ? palette.color(QPalette::HighlightedText)
                                       : palette.color(QPalette::ButtonText);
    }

    QPixmap draw(const QSize& size, const QColor& colour) const
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QSvgRenderer renderer(m_file);
        QPainter p(&image);
        renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(image.rect(), colour);
        p.end();
        return QPixmap::fromImage(image);
    }

    QString m_file;
    mutable QHash<QString, QPixmap> m_rendered;
};

} // namespace

QIcon icon(Icon which)
{
    // Each icon is looked up in the desktop's theme once per theme: a lookup searches the
    // theme's folders (and, for a name it lacks, all of them and its fallbacks), and the
    // window asks for the same few icons dozens of times as it is built. No desktop theme
    // (Qt's "hicolor", the fallback theme of application icons, which has no action icons):
    // no lookup, whose misses cost 4 ms of a start without a desktop.
    static QString cachedTheme;
    static QHash<int, QIcon> cached;
    if (QIcon::themeName() != cachedTheme) {
        cachedTheme = QIcon::themeName();
        cached.clear();
    }
    if (const auto it = cached.constFind(int(which)); it != cached.cend())
        return *it;
    for (const IconName& name : kIcons) {
        if (name.icon != which)
            continue;
        const bool themed = !cachedTheme.isEmpty() && cachedTheme != QLatin1String("hicolor");
        QIcon found = themed ? QIcon::fromTheme(QString::fromLatin1(name.theme)) : QIcon();
        if (found.isNull()) {
            found = QIcon(
                new TintedSvgEngine(QStringLiteral(":/knead/icons/actions/%1.svg").arg(QLatin1String(name.file))));
        }
        cached.insert(int(which), found);
        return found;
    }
    return {};
}

void makePrimary(QPushButton* button)
{
    button->setProperty("primary", true);
    button->setDefault(true);
    button->setAutoDefault(true);
    QFont font = button->font();
    font.setWeight(QFont::DemiBold);
    button->setFont(font);
    button->updateGeometry();
    button->update();
}

QPushButton* makeButton(
    const QString& text, Icon which, QWidget* parent, const char* objectName, const QString& accessibleName)
{
    auto* button = new QPushButton(icon(which), text, parent);
    if (objectName)
        button->setObjectName(QString::fromLatin1(objectName));
    if (!accessibleName.isEmpty())
        button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

namespace {

bool isPrimary(const QWidget* widget)
{
    return qobject_cast<const QPushButton*>(widget) && widget->property("primary").toBool();
}

// Knead's few additions to the desktop's or Fusion's style: the primary button. A proxy
// style rather than a style sheet, which would run its selectors at every polish and paint
// of every widget.
class ControlStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void polish(QWidget* widget) override
    {
        QProxyStyle::polish(widget);
        if (qobject_cast<QPushButton*>(widget))
            widget->setAttribute(Qt::WA_Hover); // the primary button shows hover in every style
    }
    using QProxyStyle::polish;

    QIcon standardIcon(StandardPixmap which, const QStyleOption* option, const QWidget* widget) const override
    {
        // The "more" button of a menu bar or tool bar that does not fit: Qt's own is a set of
        // PNGs that every menu bar loads as it is built, 2 % of Knead's start-up.
        if (which == SP_ToolBarHorizontalExtensionButton) {
            const Qt::LayoutDirection direction = option ? option->direction
                : widget                                 ? widget->layoutDirection()
                                                         : QGuiApplication::layoutDirection();
            return icon(direction == Qt::RightToLeft ? Icon::Back : Icon::Forward);
        }
        return QProxyStyle::standardIcon(which, option, widget);
    }

    void drawControl(
        ControlElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const override
    {
        if (element == CE_ToolBar && painter) {
            // Fusion draws its lines pixel by pixel: 54 hand-offs to the thread pool in one
            // piece (see paintInPieces).
            paintInPieces(*painter, option->rect, QSize(88, 88),
                [&](const QRectF&) { QProxyStyle::drawControl(element, option, painter, widget); });
            return;
        }
        const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option);
        if (element != CE_PushButton || !button || !isPrimary(widget)) {
            QProxyStyle::drawControl(element, option, painter, widget);
            return;
        }
        // The accent of the active window, so the action keeps its colour when the window
        // is not focused.
        const QPalette& pal = button->palette;
        const QColor accent = pal.color(QPalette::Active, QPalette::Highlight);
        const QColor text = pal.color(QPalette::Active, QPalette::WindowText);
        const bool enabled = button->state & State_Enabled;
        QColor fill = accent;
        if (!enabled)
            fill = mixColors(pal.color(QPalette::Active, QPalette::Button), text, 0.15);
        else if (button->state & (State_Sunken | State_On))
            fill = mixColors(accent, text, 0.2);
        else if (button->state & State_MouseOver)
            fill = mixColors(accent, pal.color(QPalette::Active, QPalette::Window), 0.12);
        const bool focused = enabled && (button->state & State_HasFocus);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(fill);
        // A two-pixel ring in the text colour shows keyboard focus.
        const qreal pen = focused ? 2 : 1;
        painter->setPen(QPen(focused ? text : fill, pen));
        painter->drawRoundedRect(QRectF(button->rect).adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2), 6, 6);
        painter->restore();

        QStyleOptionButton label(*button);
        label.palette.setColor(QPalette::ButtonText,
            enabled ? pal.color(QPalette::Active, QPalette::HighlightedText)
                    : pal.color(QPalette::Disabled, QPalette::ButtonText));
        if (enabled && !label.icon.isNull()) {
            // The icon as on a selection, in the highlighted text's colour like the label.
            const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
            label.icon = QIcon(button->icon.pixmap(button->iconSize, dpr, QIcon::Selected));
        }
        label.rect = QProxyStyle::subElementRect(SE_PushButtonContents, button, widget);
        QProxyStyle::drawControl(CE_PushButtonLabel, &label, painter, widget);
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
        const QWidget* widget) const override
    {
        const auto* bar = qstyleoption_cast<const QStyleOptionSlider*>(option);
        if (control != CC_ScrollBar || !bar || !isFusion()) {
            QProxyStyle::drawComplexControl(control, option, painter, widget);
            return;
        }
        drawScrollBar(*bar, painter, widget);
    }

    // Fusion's scroll bar, flat: its gradients and half-transparent lines were 51 hand-offs to
    // the thread pool each time a list's scroll bar was painted (see paintInPieces), and
    // Fusion sets a clip of its own, so it cannot be drawn in pieces. The geometry is Fusion's.
    void drawScrollBar(const QStyleOptionSlider& bar, QPainter* painter, const QWidget* widget) const
    {
        const QPalette& pal = bar.palette;
        const QColor window = pal.color(QPalette::Window);
        const QColor text = pal.color(QPalette::WindowText);
        const bool dark = isDarkPalette(pal);
        const bool enabled = bar.state & State_Enabled;
        const bool horizontal = bar.orientation == Qt::Horizontal;
        const auto part = [&](SubControl sub) { return subControlRect(CC_ScrollBar, &bar, sub, widget); };
        const auto active = [&](SubControl sub) { return enabled && (bar.activeSubControls & sub); };
        const bool pressed = bar.state & State_Sunken;

        const bool rightToLeft = bar.direction == Qt::RightToLeft;
        // A line along the side that meets the content: the top of a horizontal bar, the left
        // of a vertical one (the right where text runs right to left). What lies inside it:
        const auto inside = [&](QRect r) {
            if (horizontal)
                r.setTop(r.top() + 1);
            else if (rightToLeft)
                r.setRight(r.right() - 1);
            else
                r.setLeft(r.left() + 1);
            return r;
        };

        painter->save();
        // The edge line, and the groove inside it.
        painter->fillRect(bar.rect, mixColors(window, text, dark ? 0.30 : 0.22));
        painter->fillRect(inside(bar.rect), mixColors(window, text, dark ? 0.08 : 0.04));

        // The arrow buttons: a triangle each, on a shade while pressed.
        painter->setRenderHint(QPainter::Antialiasing);
        for (const SubControl sub : {SC_ScrollBarSubLine, SC_ScrollBarAddLine}) {
            if (!(bar.subControls & sub))
                continue;
            const QRect button = part(sub);
            if (button.isEmpty())
                continue;
            if (active(sub) && pressed)
                painter->fillRect(inside(button), mixColors(window, text, dark ? 0.22 : 0.14));
            const bool forward = (sub == SC_ScrollBarAddLine) != (horizontal && rightToLeft);
            const QPointF c = QRectF(inside(button)).center();
            const qreal h = std::max<qreal>(2.0, std::min(button.width(), button.height()) / 5.0);
            QPolygonF arrow;
            if (horizontal)
                arrow << c + QPointF(forward ? h : -h, 0) << c + QPointF(forward ? -h : h, -2 * h)
                      << c + QPointF(forward ? -h : h, 2 * h);
            else
                arrow << c + QPointF(0, forward ? h : -h) << c + QPointF(-2 * h, forward ? -h : h)
                      << c + QPointF(2 * h, forward ? -h : h);
            painter->setPen(Qt::NoPen);
            painter->setBrush(mixColors(window, text, enabled ? 0.60 : 0.30));
            painter->drawPolygon(arrow);
        }

        // The handle: a rounded bar, darker under the pointer and while dragged.
        if (bar.subControls & SC_ScrollBarSlider) {
            const QRect slider = part(SC_ScrollBarSlider);
            if (enabled && !slider.isEmpty()) {
                qreal amount = dark ? 0.34 : 0.26;
                if (active(SC_ScrollBarSlider))
                    amount = pressed ? 0.55 : 0.42;
                // Two pixels clear of the edge line and of the far side, one at the ends.
                const QRectF handle
                    = QRectF(inside(slider))
                          .adjusted(horizontal ? 1 : 2, horizontal ? 2 : 1, horizontal ? -1 : -2, horizontal ? -2 : -1);
                const qreal radius = std::min(handle.width(), handle.height()) / 2;
                painter->setPen(Qt::NoPen);
                painter->setBrush(mixColors(window, text, amount));
                painter->drawRoundedRect(handle, radius, radius);
            }
        }
        painter->restore();
    }

    bool isFusion() const { return styleName(this).compare(QLatin1String("Fusion"), Qt::CaseInsensitive) == 0; }

    void drawPrimitive(
        PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
            return;
        // An outline that shows on any background: Fusion's is the window colour darkened,
        // which all but vanishes in a dark palette.
        const QPalette& pal = option->palette;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(mixColors(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.55), 1));
        const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(box);
        else
            painter->drawRoundedRect(box, 2, 2);
        painter->restore();
    }

    QSize sizeFromContents(
        ContentsType type, const QStyleOption* option, const QSize& contents, const QWidget* widget) const override
    {
        QSize size = QProxyStyle::sizeFromContents(type, option, contents, widget);
        if (type == CT_PushButton && isPrimary(widget))
            size = size.expandedTo(contents + QSize(2 * 19, 2 * 7)); // room round the label
        return size;
    }
};

} // namespace

QStyle* makeControlStyle(QStyle* base)
{
    return new ControlStyle(base);
}

QString styleName(const QStyle* style)
{
    const auto* proxy = qobject_cast<const QProxyStyle*>(style);
    return proxy && proxy->baseStyle() ? proxy->baseStyle()->name() : style->name();
}

} // namespace knead
