// SPDX-License-Identifier: MIT
// Layouts that survive translation: every page with every string 40 % longer and accented
// (a pseudo-translation), and right to left, keeps each label and button whole and no two
// controls on top of each other.
#include "UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QTranslator>

using namespace knead;
using namespace knead::test;

namespace {

// Every string 40 % longer, with accents, placeholders and accelerators kept, as a long
// language (German, Finnish) would make it.
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        const QString text = QString::fromUtf8(source);
        if (text.isEmpty() || text.contains(QLatin1Char('<')) || text.startsWith(QLatin1String("Ctrl+")))
            return {};
        QString out;
        for (QChar c : text) {
            switch (c.unicode()) {
            case 'a':
                out += QChar(0x00E4);
                break; // ä
            case 'o':
                out += QChar(0x00F6);
                break; // ö
            case 'u':
                out += QChar(0x00FC);
                break; // ü
            case 'e':
                out += QChar(0x00E9);
                break; // é
            default:
                out += c;
            }
        }
        const int extra = int(text.size() * 4 / 10);
        return out + QString(extra, QChar(0x0101)); // ā, to 140 %
    }
    bool isEmpty() const override { return false; }
};

QString describe(const QWidget* w)
{
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
}

// Labels that do not wrap, and buttons, show their whole text; visible controls do not overlap.
// Returns how many labels and buttons it checked.
int checkPage(MainWindow& window, const char* page)
{
    INFO("page: " << page);
    QApplication::processEvents();
    QWidget* root = window.centralWidget();
    QList<QWidget*> controls;
    int checked = 0;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != &window || w->width() <= 0)
            continue;
        INFO(describe(w).toStdString());
        if (auto* label = qobject_cast<QLabel*>(w); label && !label->wordWrap() && !label->text().isEmpty()
            && label->textFormat() != Qt::RichText && label->pixmap().isNull()) {
            const int needed = label->fontMetrics().horizontalAdvance(label->text().section(QLatin1Char('\n'), 0, 0));
            CHECK(needed <= label->contentsRect().width() + 1);
            ++checked;
        }
        if (auto* button = qobject_cast<QAbstractButton*>(w); button && !button->text().isEmpty()) {
            CHECK(button->sizeHint().width() <= button->width() + 1);
            controls.append(button);
            ++checked;
        }
    }
    // Buttons that share a parent never cover one another.
    for (qsizetype i = 0; i < controls.size(); ++i) {
        for (qsizetype j = i + 1; j < controls.size(); ++j) {
            const QWidget* a = controls[i];
            const QWidget* b = controls[j];
            if (a->parentWidget() != b->parentWidget())
                continue;
            INFO(describe(a).toStdString() << " and " << describe(b).toStdString());
            CHECK_FALSE(a->geometry().intersects(b->geometry()));
        }
    }
    return checked;
}

// Checks every page; returns how many labels and buttons were checked in all.
int walkPages(TestApp& app)
{
    app.settings.setLeadInSeconds(0);
    auto window = app.makeWindow();
    window->resize(1120, 760);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->startUp();
    int checked = checkPage(*window, "home");
    window->openLibrary();
    checked += checkPage(*window, "library");
    window->openTechnique(QStringLiteral("scalp-massage"));
    checked += checkPage(*window, "technique");
    window->openPreparation(QStringLiteral("scalp-tension-relief"));
    checked += checkPage(*window, "preparation");
    window->startSession(QStringLiteral("scalp-tension-relief"), {});
    app.clock.advance(1000);
    app.session->catchUp();
    checked += checkPage(*window, "player");
    window->stopSession();
    checked += checkPage(*window, "summary");
    return checked;
}

} // namespace

TEST_CASE("every page keeps its words whole and its controls apart in a 40 % longer language", "[layout-language]")
{
    PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    TestApp app;
    CHECK(walkPages(app) >= 30); // the walk really saw the pages' words and buttons
    QCoreApplication::removeTranslator(&pseudo);
}

TEST_CASE("every page keeps its words whole and its controls apart right to left", "[layout-language]")
{
    QApplication::setLayoutDirection(Qt::RightToLeft);
    TestApp app;
    CHECK(walkPages(app) >= 30);
    QApplication::setLayoutDirection(Qt::LeftToRight);
}
