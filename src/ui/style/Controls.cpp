// SPDX-License-Identifier: MIT
#include "Controls.h"

#include "Palette.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPushButton>
#include <QStyle>
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
    // The style sheet reads the property when the widget is polished.
    button->style()->unpolish(button);
    button->style()->polish(button);
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

QString controlStyleSheet(const QPalette& palette)
{
    const QColor accent = palette.color(QPalette::Highlight);
    const QColor onAccent = palette.color(QPalette::HighlightedText);
    const QColor pressed = mixColors(accent, palette.color(QPalette::WindowText), 0.2);
    const QColor hover = mixColors(accent, palette.color(QPalette::Window), 0.12);
    const QColor ring = palette.color(QPalette::WindowText);
    const QColor disabled = mixColors(palette.color(QPalette::Button), palette.color(QPalette::WindowText), 0.15);
    return QStringLiteral(
        "QPushButton[primary=\"true\"] { background-color: %1; color: %2; border: 1px solid %1; border-radius: 6px;"
        " padding: 6px 18px; font-weight: 600; }"
        "QPushButton[primary=\"true\"]:hover { background-color: %4; border-color: %4; }"
        "QPushButton[primary=\"true\"]:pressed { background-color: %3; border-color: %3; }"
        "QPushButton[primary=\"true\"]:focus { border: 2px solid %5; padding: 5px 17px; }"
        "QPushButton[primary=\"true\"]:disabled { background-color: %6; border-color: %6; color: %7; }")
        .arg(accent.name(), onAccent.name(), pressed.name(), hover.name(), ring.name(), disabled.name(),
            palette.color(QPalette::Disabled, QPalette::ButtonText).name());
}

} // namespace knead
