// SPDX-License-Identifier: MIT
// A seeded random walk over the whole app: clicks, keys, drags, wheel and window resizes on
// visible, enabled widgets of every page, a running session included, with the fake clock
// jumping around. Any Qt warning fails the run. The seed is printed; KNEAD_MONKEY_SEED
// replays a run, KNEAD_MONKEY_STEPS or KNEAD_MONKEY_SECONDS make it longer
// (scripts/monkey.sh).
#include "PlayerPage.h"
#include "UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

#include <iostream>
#include <random>

using namespace knead;
using namespace knead::test;

namespace {

QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // The offscreen platform announces what it cannot do (raise a window, grab the keyboard
    // for a popup, pass size hints to a window manager): limits of the test platform, not
    // problems in Knead.
    const bool platformNoise = message.startsWith(QLatin1String("This plugin does not support"));
    if (type != QtDebugMsg && type != QtInfoMsg && !platformNoise)
        g_warnings.append(message);
    if (g_previous)
        g_previous(type, context, message);
}

QList<QWidget*> targets(QWidget* window)
{
    QList<QWidget*> out;
    const auto all = window->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (w->isVisible() && w->isEnabled() && w->width() > 0 && w->height() > 0)
            out.append(w);
    }
    return out;
}

} // namespace

TEST_CASE("a random walk over every page finds no crash and no warning", "[monkey]")
{
    // Fixed in the suite, so CI walks the same path every time; scripts/monkey.sh picks new ones.
    const quint32 seed = qEnvironmentVariableIsSet("KNEAD_MONKEY_SEED")
        ? quint32(qEnvironmentVariableIntValue("KNEAD_MONKEY_SEED"))
        : 20261130u;
    const int steps
        = qEnvironmentVariableIsSet("KNEAD_MONKEY_STEPS") ? qEnvironmentVariableIntValue("KNEAD_MONKEY_STEPS") : 1500;
    const qint64 budgetMs = qEnvironmentVariableIsSet("KNEAD_MONKEY_SECONDS")
        ? qEnvironmentVariableIntValue("KNEAD_MONKEY_SECONDS") * 1000LL
        : -1;
    std::cout << "monkey seed: " << seed << " (KNEAD_MONKEY_SEED=" << seed << " replays this walk)" << std::endl;
    INFO("seed " << seed);
    std::mt19937 random(seed);
    const auto pick = [&](int n) { return int(random() % unsigned(std::max(1, n))); };

    g_warnings.clear();
    g_previous = qInstallMessageHandler(recordWarnings);
    TestApp app;
    const QStringList routines = [&] {
        QStringList ids;
        for (const Routine& r : app.loaded.content.routines())
            ids.append(r.id);
        return ids;
    }();
    const QStringList techniques = [&] {
        QStringList ids;
        for (const Technique& t : app.loaded.content.techniques())
            ids.append(t.id);
        return ids;
    }();
    auto window = app.makeWindow();
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    window->startUp();

    // Dialogs run their own event loops; close them (and popups) as soon as they appear.
    QTimer closer;
    closer.setInterval(5);
    QObject::connect(&closer, &QTimer::timeout, [] {
        if (QWidget* popup = QApplication::activePopupWidget())
            popup->close();
        if (QWidget* modal = QApplication::activeModalWidget())
            modal->close();
    });
    closer.start();

    const QList<std::pair<int, Qt::KeyboardModifiers>> keys = {
        {Qt::Key_Tab, {}},
        {Qt::Key_Backtab, Qt::ShiftModifier},
        {Qt::Key_Space, {}},
        {Qt::Key_Return, {}},
        {Qt::Key_Escape, {}},
        {Qt::Key_Left, {}},
        {Qt::Key_Right, {}},
        {Qt::Key_Up, {}},
        {Qt::Key_Down, {}},
        {Qt::Key_Left, Qt::AltModifier},
        {Qt::Key_Right, Qt::AltModifier},
        {Qt::Key_F, Qt::ControlModifier},
        {Qt::Key_L, Qt::ControlModifier},
        {Qt::Key_D, Qt::ControlModifier},
        {Qt::Key_F11, {}},
        {Qt::Key_Home, Qt::AltModifier},
        {Qt::Key_Backspace, {}},
        {Qt::Key_Home, {}},
        {Qt::Key_End, {}},
        {Qt::Key_PageDown, {}},
        {Qt::Key_S, {}},
        {Qt::Key_C, {}},
        {Qt::Key_A, {}},
        {Qt::Key_L, {}},
        {Qt::Key_P, {}},
    };

    QElapsedTimer elapsed;
    elapsed.start();
    int done = 0;
    for (; budgetMs > 0 ? elapsed.elapsed() < budgetMs : done < steps; ++done) {
        const QList<QWidget*> widgets = targets(window.get());
        REQUIRE_FALSE(widgets.isEmpty());
        QWidget* w = widgets[pick(int(widgets.size()))];
        const QPoint at(pick(w->width()), pick(w->height()));
        const int action = pick(100);
        if (action < 35) {
            QTest::mouseClick(w, pick(5) == 0 ? Qt::RightButton : Qt::LeftButton,
                pick(6) == 0 ? Qt::ControlModifier : Qt::NoModifier, at);
        } else if (action < 60) {
            const auto& [key, modifiers] = keys[pick(int(keys.size()))];
            QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
            QTest::keyClick(target, Qt::Key(key), modifiers);
        } else if (action < 68) {
            QTest::mousePress(w, Qt::LeftButton, {}, at);
            QTest::mouseMove(w, QPoint(pick(w->width()), pick(w->height())));
            QTest::mouseRelease(w, Qt::LeftButton, {}, QPoint(pick(w->width()), pick(w->height())));
        } else if (action < 76) {
            QWheelEvent wheel(QPointF(at), QPointF(w->mapToGlobal(at)), QPoint(), QPoint(0, pick(2) ? 120 : -120),
                Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(w, &wheel);
        } else if (action < 81) {
            window->resize(360 + pick(1200), 300 + pick(700));
        } else if (action < 91) {
            app.clock.advance(pick(3) == 0 ? pick(200000) : pick(3000));
            app.session->catchUp();
        } else {
            switch (pick(5)) {
            case 0:
                window->openPreparation(routines[pick(int(routines.size()))]);
                break;
            case 1:
                window->startSession(routines[pick(int(routines.size()))], {});
                break;
            case 2:
                window->openTechnique(techniques[pick(int(techniques.size()))]);
                break;
            case 3:
                window->openLibrary();
                break;
            default:
                window->openHome();
                break;
            }
        }
        QCoreApplication::processEvents();
        if (!window->isVisible()) { // Ctrl+Q or the like: come back, as a person restarts
            window->show();
            window->activateWindow();
        }
        if (!g_warnings.isEmpty())
            break;
    }
    closer.stop();
    qInstallMessageHandler(g_previous);
    std::cout << "monkey: " << done << " steps" << std::endl;
    INFO("warnings:\n" << g_warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(g_warnings.isEmpty());
    CHECK(done > 0);
    // The person's data is still intact after all that.
    Journal reread(app.journal.path());
    CHECK(reread.load().isEmpty());
}
