// SPDX-License-Identifier: MIT
#include "Controls.h"

#include "Palette.h"

#include <QApplication>
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
    QPixmap render(const QSize& size, QIcon::Mode mode) const
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QSvgRenderer renderer(m_file);
        QPainter p(&image);
        renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        const QPalette palette = QApplication::palette();
        const QColor colour = mode == QIcon::Disabled ? palette.color(QPalette::Disabled, QPalette::ButtonText)
            : mode == QIcon::Selected                 ? palette.color(QPalette::HighlightedText)
                                                      : palette.color(QPalette::ButtonText);
        p.fillRect(image.rect(), colour);
        p.end();
        return QPixmap::fromImage(image);
    }

    QString m_file;
};

} // namespace

QIcon icon(Icon which)
{
    for (const IconName& name : kIcons) {
        if (name.icon != which)
            continue;
        const QString themeName = QString::fromLatin1(name.theme);
        if (QIcon::hasThemeIcon(themeName))
            return QIcon::fromTheme(themeName);
        return QIcon(new TintedSvgEngine(QStringLiteral(":/knead/icons/actions/%1.svg").arg(QLatin1String(name.file))));
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
