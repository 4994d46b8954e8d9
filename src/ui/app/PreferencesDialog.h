// SPDX-License-Identifier: MIT
#pragma once

#include "Settings.h"

#include <QDialog>

#include <functional>

class QListWidget;
class QStackedWidget;

namespace knead {

// Preferences (Ctrl+,): one window with a page per topic, listed on the left. The pages are
// made by their owners (sound, reminders, journal…) and apply their changes at once, as
// GNOME and KDE preferences do; Close only closes.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    struct Page
    {
        QString title;
        QString objectName;
        std::function<QWidget*(QWidget* parent)> make;
    };

    PreferencesDialog(const QList<Page>& pages, QWidget* parent = nullptr);

    // Shows the page with this object name (e.g. from a "Reminders…" menu item).
    void showPage(const QString& objectName);
    QString currentPage() const;

private:
    QListWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
};

// Language and appearance: the app's language (at the next start) and the theme (at once).
class LanguagePage : public QWidget
{
    Q_OBJECT

public:
    LanguagePage(Settings& settings, std::function<void(Settings::Theme)> applyTheme, QWidget* parent = nullptr);
};

// Where the journal lives, and a way to move it (to a synced folder, for instance).
class JournalFolderPage : public QWidget
{
    Q_OBJECT

public:
    JournalFolderPage(std::function<QString()> folder, std::function<void()> change, QWidget* parent = nullptr);
};

} // namespace knead
