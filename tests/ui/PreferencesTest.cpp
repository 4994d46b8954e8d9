// SPDX-License-Identifier: MIT
// Preferences (Ctrl+,): one window for language, appearance, reminders and the journal
// folder, each change applied and kept at once.
#include "FakeWallClock.h"
#include "Palette.h"
#include "PreferencesDialog.h"
#include "ReminderScheduler.h"
#include "UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>

using namespace knead;
using namespace knead::test;

TEST_CASE("Preferences gathers language, appearance, reminders and the journal, and keeps each choice", "[preferences]")
{
    TestApp app;
    FakeWallClock wall;
    ReminderScheduler scheduler(app.settings, wall, app.clock);
    auto window = app.makeWindow();
    window->startUp();
    window->attachReminders(
        scheduler, [] {},
        [](QWidget* parent) {
            auto* page = new QLabel(QStringLiteral("reminders"), parent);
            return page;
        });
    QAction* action = window->findChild<QAction*>(QStringLiteral("preferencesAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma));
    action->trigger();
    PreferencesDialog* dialog = window->preferences();
    REQUIRE(dialog);
    auto* pages = dialog->findChild<QListWidget*>(QStringLiteral("preferencesPages"));
    REQUIRE(pages);
    QStringList titles;
    for (int i = 0; i < pages->count(); ++i)
        titles.append(pages->item(i)->text());
    CHECK(titles
        == QStringList {QStringLiteral("Sound and voice"), QStringLiteral("Language and appearance"),
            QStringLiteral("Reminders"), QStringLiteral("Journal")});
    // Every title shows whole, with no scroll bar under the list (the longest was cut off).
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK_FALSE(pages->horizontalScrollBar()->isVisible());
    for (int i = 0; i < pages->count(); ++i) {
        CAPTURE(pages->item(i)->text());
        CHECK(pages->visualItemRect(pages->item(i)).width()
            >= pages->fontMetrics().horizontalAdvance(pages->item(i)->text()));
        CHECK(pages->viewport()->width() >= pages->fontMetrics().horizontalAdvance(pages->item(i)->text()));
    }

    // The language is kept for the next start, and says so.
    auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageChoice"));
    REQUIRE(language);
    CHECK(language->currentData().toString().isEmpty()); // as the desktop
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    CHECK(app.settings.language() == QStringLiteral("de"));
    CHECK(Settings::languageIn(app.settings.path()) == QStringLiteral("de")); // written, for the next start
    CHECK_FALSE(dialog->findChild<QLabel*>(QStringLiteral("languageNote"))->isHidden());

    // The theme applies at once.
    auto* theme = dialog->findChild<QComboBox*>(QStringLiteral("themeChoice"));
    REQUIRE(theme);
    theme->setCurrentIndex(theme->findData(int(Settings::Theme::Dark)));
    CHECK(app.settings.theme() == Settings::Theme::Dark);
    CHECK(isDarkPalette(QApplication::palette()));
    theme->setCurrentIndex(theme->findData(int(Settings::Theme::Light)));
    CHECK_FALSE(isDarkPalette(QApplication::palette()));

    // The journal page names the folder the journal is in.
    dialog->showPage(QStringLiteral("journalPreferences"));
    CHECK(dialog->currentPage() == QStringLiteral("journalPreferences"));
    auto* folder = dialog->findChild<QLabel*>(QStringLiteral("journalFolderText"));
    REQUIRE(folder);
    CHECK(folder->text().contains(QDir::toNativeSeparators(app.journal.folder())));
    dialog->close();
}
