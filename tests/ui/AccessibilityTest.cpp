// SPDX-License-Identifier: MIT
// An accessibility audit of every page: each focusable control has a name a screen reader can
// speak, Tab reaches every control, every player action has a key, and the body map's regions
// are accessible children.
#include "BodyMapWidget.h"
#include "HomePage.h"
#include "LibraryPage.h"
#include "PlayerPage.h"
#include "RoutineEditorPage.h"
#include "UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QTest>

using namespace knead;
using namespace knead::test;

namespace {

// The controls a keyboard user can reach on the current page: visible, enabled, taking Tab.
QList<QWidget*> focusableControls(QWidget* root)
{
    QList<QWidget*> out;
    const auto all = root->findChildren<QWidget*>();
    for (QWidget* w : all) {
        // A widget with a focus proxy (a spin box's line edit) hands its focus on; the
        // proxy is the control people reach and hear.
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->isWindow() && !w->focusProxy()
            && w->window() == root->window())
            out.append(w);
    }
    return out;
}

QString describe(QWidget* w)
{
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
}

void auditPage(MainWindow& window, const char* page)
{
    INFO("page: " << page);
    QWidget* root = window.centralWidget();
    const QList<QWidget*> controls = focusableControls(root);
    REQUIRE_FALSE(controls.isEmpty());

    // Names: what a screen reader says for each control.
    for (QWidget* w : controls) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        REQUIRE(iface);
        INFO(describe(w).toStdString());
        CHECK_FALSE(iface->text(QAccessible::Name).trimmed().isEmpty());
    }

    // The Tab chain: pressing Tab from the first control visits every one of them.
    controls.first()->setFocus(Qt::TabFocusReason);
    QSet<QWidget*> visited;
    for (int i = 0; i < controls.size() * 2 + 4; ++i) {
        QWidget* focus = QApplication::focusWidget();
        REQUIRE(focus);
        visited.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    for (QWidget* w : controls) {
        INFO("not reached by Tab: " << describe(w).toStdString());
        CHECK(visited.contains(w));
    }
}

} // namespace

TEST_CASE("every page: named controls, all reachable with Tab", "[accessibility]")
{
    TestApp app;
    app.settings.setLeadInSeconds(0);
    auto window = app.makeWindow();
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    window->startUp();

    auditPage(*window, "home");
    window->openLibrary();
    window->libraryPage()->focusSearch();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("scalp"));
    auditPage(*window, "library");
    window->openTechnique(QStringLiteral("scalp-massage"));
    auditPage(*window, "technique");
    window->openPreparation(QStringLiteral("scalp-tension-relief"));
    auditPage(*window, "preparation");
    window->startSession(QStringLiteral("scalp-tension-relief"), {});
    auditPage(*window, "player");
    window->session()->stop();
    REQUIRE(window->currentPage() == MainWindow::Page::Summary);
    auditPage(*window, "summary");
    // The routine editor, with a step selected so its fields are enabled.
    window->newRoutine();
    RoutineDocument* doc = window->routineEditorPage()->document();
    doc->insertStep(0, doc->newStep(QStringLiteral("scalp-massage")));
    window->routineEditorPage()->stepList()->setCurrentIndex(doc->index(0));
    REQUIRE(window->currentPage() == MainWindow::Page::Editor);
    auditPage(*window, "editor");
}

TEST_CASE("every player action has a keyboard shortcut", "[accessibility]")
{
    TestApp app;
    auto window = app.makeWindow();
    const QList<QAction*> actions = window->playerPage()->sessionActions();
    REQUIRE(actions.size() >= 5);
    for (QAction* a : actions) {
        INFO(a->text().toStdString());
        CHECK_FALSE(a->shortcut().isEmpty());
    }
}

TEST_CASE("the body map's regions are accessible children with names and states", "[accessibility]")
{
    TestApp app;
    auto window = app.makeWindow();
    window->show();
    BodyMapWidget* map = window->homePage()->bodyMap();
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(map);
    REQUIRE(iface);
    CHECK(iface->role() == QAccessible::List);
    CHECK_FALSE(iface->text(QAccessible::Name).isEmpty());
    REQUIRE(iface->childCount() == int(app.loaded.content.regions().size()));
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface* child = iface->child(i);
        REQUIRE(child);
        CHECK(child->parent() == iface);
        CHECK(iface->indexOfChild(child) == i);
        CHECK(child->text(QAccessible::Name) == app.loaded.content.regions()[i].name);
        CHECK(child->state().focusable);
        CHECK_FALSE(child->rect().isEmpty());
    }
}

TEST_CASE("the body map shows each change of selection, hover and theme, and the same picture for the same state",
    "[accessibility]")
{
    TestApp app;
    auto window = app.makeWindow();
    window->resize(1120, 760);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    BodyMapWidget* map = window->homePage()->bodyMap();
    REQUIRE(map->regionCount() > 2);
    const QImage plain = map->grab().toImage();
    CHECK(map->grab().toImage() == plain); // painted again: the same

    map->setSelectedRegions({map->regionId(0)});
    const QImage selected = map->grab().toImage();
    CHECK(selected != plain);
    QTest::mouseMove(map, map->regionCentre(2)); // hovered: lit and named
    const QImage hovered = map->grab().toImage();
    CHECK(hovered != selected);
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(map, &leave);
    CHECK(map->grab().toImage() == selected);
    map->setSelectedRegions({});
    CHECK(map->grab().toImage() == plain);

    QPalette dark = map->palette();
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    map->setPalette(dark);
    CHECK(map->grab().toImage() != plain);
    map->resize(map->width() - 40, map->height());
    CHECK(map->grab().size() == map->size());
}
