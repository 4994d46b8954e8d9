// SPDX-License-Identifier: MIT
#include "Theme.h"

#include "Controls.h"
#include "Palette.h"
#include "SessionBus.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVariant>
#include <QEvent>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace knead {

namespace {

const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kPortalInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kAppearance = QStringLiteral("org.freedesktop.appearance");
const QString kColorScheme = QStringLiteral("color-scheme");

// The portal's color-scheme: 1 prefers dark, 2 prefers light, 0 no preference. Older portals
// wrap the value in one more variant.
bool prefersDark(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value.toUInt() == 1;
}

} // namespace

ThemeController::ThemeController(Settings::Theme theme, QObject* parent)
    : QObject(parent)
    , m_theme(theme)
{
    m_systemStyle = styleName(QApplication::style());
    m_systemPalette = QApplication::palette();
    QDBusConnection bus = sessionBusIfRunning();
    if (bus.isConnected()) {
        // QtDBus relays bus signals only through a slot named in text.
        bus.connect(kPortalService, kPortalPath, kPortalInterface, QStringLiteral("SettingChanged"), this,
            SLOT(onPortalSettingChanged(QString, QString, QDBusVariant)));
        readPortal(bus);
    }
    apply();
}

void ThemeController::readPortal(QDBusConnection& bus)
{
    QDBusMessage call
        = QDBusMessage::createMethodCall(kPortalService, kPortalPath, kPortalInterface, QStringLiteral("Read"));
    call << kAppearance << kColorScheme;
    // Short: a desktop without a portal must not delay the first frame.
    const QDBusMessage reply = bus.call(call, QDBus::Block, 300);
    if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
        m_desktopDark = prefersDark(reply.arguments().first());
}

void ThemeController::onPortalSettingChanged(const QString& group, const QString& key, const QDBusVariant& value)
{
    if (group != kAppearance || key != kColorScheme)
        return;
    const bool dark = prefersDark(value.variant());
    if (dark == m_desktopDark)
        return;
    m_desktopDark = dark;
    if (m_theme == Settings::Theme::System)
        apply();
}

void ThemeController::setTheme(Settings::Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    apply();
}

bool ThemeController::isDark() const
{
    switch (m_theme) {
    case Settings::Theme::Light:
        return false;
    case Settings::Theme::Dark:
        return true;
    case Settings::Theme::System:
        return m_desktopDark || isDarkPalette(m_systemPalette);
    }
    return false;
}

void ThemeController::apply()
{
    const bool system = m_theme == Settings::Theme::System;
    const QString style = system ? m_systemStyle : QStringLiteral("Fusion");
    if (styleName(QApplication::style()).compare(style, Qt::CaseInsensitive) != 0
        || !qobject_cast<QProxyStyle*>(QApplication::style())) {
        QStyle* base = QStyleFactory::create(style);
        QApplication::setStyle(makeControlStyle(base ? base : QStyleFactory::create(QStringLiteral("Fusion"))));
    }
    QPalette palette;
    if (!system)
        palette = isDark() ? darkPalette() : lightPalette();
    else if (m_desktopDark && !isDarkPalette(m_systemPalette))
        palette = darkPalette(); // the desktop prefers dark, but Qt's platform palette is light
    else
        palette = m_systemPalette;
    QApplication::setPalette(palette);
    // Qt tells the widgets only once its event loop runs; the window is built before that,
    // and what it builds reads the palette it inherits.
    QEvent paletteChange(QEvent::ApplicationPaletteChange);
    for (QWidget* window : QApplication::topLevelWidgets())
        QCoreApplication::sendEvent(window, &paletteChange);
    Q_EMIT changed();
}

} // namespace knead
