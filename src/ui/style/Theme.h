// SPDX-License-Identifier: MIT
#pragma once

#include "Settings.h"

#include <QObject>
#include <QPalette>

class QDBusConnection;
class QDBusVariant;

namespace knead {

// Applies the person's theme and keeps it right while Knead runs. "Follow the system" keeps
// the desktop's own style and palette, and switches to Knead's dark palette while the
// desktop prefers dark: Qt 6.4 has no colour-scheme hint, so the preference is read from
// the XDG desktop portal (org.freedesktop.appearance color-scheme) and followed live.
// "Light" and "Dark" use the Fusion style with Knead's palettes.
class ThemeController : public QObject
{
    Q_OBJECT

public:
    explicit ThemeController(Settings::Theme theme, QObject* parent = nullptr);

    Settings::Theme theme() const { return m_theme; }
    void setTheme(Settings::Theme theme);
    // What the desktop asks for: true dark, false light or no preference.
    bool desktopPrefersDark() const { return m_desktopDark; }
    bool isDark() const;

Q_SIGNALS:
    void changed();

private Q_SLOTS:
    void onPortalSettingChanged(const QString& group, const QString& key, const QDBusVariant& value);

private:
    void apply();
    void readPortal(QDBusConnection& bus);

    Settings::Theme m_theme;
    QString m_systemStyle; // the style Qt chose before Knead changed anything
    QPalette m_systemPalette;
    bool m_desktopDark = false;
};

} // namespace knead
