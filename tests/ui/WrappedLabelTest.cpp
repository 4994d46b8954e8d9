// SPDX-License-Identifier: MIT
// The label that remembers its heights answers as QLabel does: on every text of the bundled
// content, in both languages, at more widths than it remembers and in each type size, and
// again after its text or font changed. And page text is selectable at the first click.
#include "WrappedLabel.h"
#include "ContentLoader.h"
#include "Typography.h"
#include "UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace knead;
using namespace knead::test;

namespace {

QStringList bundledTexts(const QString& language)
{
    LoadOptions options;
    options.languages = {language};
    const LoadResult loaded
        = ContentLoader::load({{sourcePath(QStringLiteral("content")), QStringLiteral("content")}}, options);
    QStringList texts;
    for (const Technique& t : loaded.content.techniques()) {
        texts << t.name << t.summary << t.description << t.howItHelps << t.howTo;
        for (const Guidance& g : t.cautions + t.redFlags)
            texts << g.text;
    }
    for (const Routine& r : loaded.content.routines()) {
        texts << r.name << r.summary << r.description << r.preparation << r.safety;
        QStringList steps;
        for (const Step& s : r.steps) {
            texts << s.instruction;
            steps << s.title;
        }
        texts << steps.join(QLatin1Char('\n')); // the preparation page's step list
    }
    texts.removeAll(QString());
    texts.removeDuplicates();
    return texts;
}

} // namespace

TEST_CASE("a wrapped label's heights are QLabel's", "[ui][style]")
{
    QStringList texts = bundledTexts(QStringLiteral("en")) + bundledTexts(QStringLiteral("de"));
    REQUIRE(texts.size() > 400);
    // And what content may hold beyond the bundled packs: an unbroken address, right-to-left
    // script, a word longer than the width, blank lines.
    texts << QStringLiteral("https://example.org/a/very/long/address/that/has/no/spaces/in/it/at/all?query=1&x=2")
          << QStringLiteral("שלום עולם, זהו טקסט מימין לשמאל שנשבר לשורות")
          << QStringLiteral("مرحبا بالعالم هذا نص طويل بعض الشيء")
          << QStringLiteral("Donaudampfschifffahrtsgesellschaftskapitänsmütze")
          << QStringLiteral("First paragraph.\n\nSecond, after a blank line.\n");
    const QList<int> widths {-1, 0, 1, 37, 90, 151, 233, 320, 411, 560, 733, 1000, QWIDGETSIZE_MAX};
    int compared = 0;
    for (const TextStyle style : {TextStyle::Body, TextStyle::Large, TextStyle::Caption}) {
        for (const QString& text : std::as_const(texts)) {
            QLabel* made = makeLabel(text, style, nullptr);
            auto* wrapped = qobject_cast<WrappedLabel*>(made);
            REQUIRE(wrapped);
            std::unique_ptr<QLabel> owner(made);
            QLabel reference;
            reference.setTextFormat(Qt::PlainText);
            reference.setWordWrap(true);
            reference.setFont(wrapped->font());
            reference.setText(text);
            INFO(text.toStdString());
            // Twice round, the second time from what it remembered (13 widths, 6 kept).
            for (int round = 0; round < 2; ++round) {
                for (int width : widths) {
                    INFO("width " << width);
                    CHECK(wrapped->heightForWidth(width) == reference.heightForWidth(width));
                    CHECK(wrapped->heightForWidth(width) == reference.heightForWidth(width));
                    ++compared;
                }
            }
        }
    }
    CHECK(compared == texts.size() * 3 * 2 * widths.size());
}

TEST_CASE("a wrapped label measures again when its text or font changes", "[ui][style]")
{
    QLabel* made = makeLabel(QStringLiteral("Short."), TextStyle::Body, nullptr);
    std::unique_ptr<QLabel> owner(made);
    QLabel reference;
    reference.setTextFormat(Qt::PlainText);
    reference.setWordWrap(true);
    reference.setFont(made->font());
    reference.setText(made->text());
    REQUIRE(made->heightForWidth(200) == reference.heightForWidth(200));
    const int oneLine = made->heightForWidth(200);
    const QString longer = QStringLiteral("A much longer text that cannot possibly fit on one line of two hundred "
                                          "pixels, so it wraps onto several lines.");
    made->setText(longer);
    reference.setText(longer);
    CHECK(made->heightForWidth(200) > oneLine);
    CHECK(made->heightForWidth(200) == reference.heightForWidth(200));
    CHECK(made->sizeHint() == reference.sizeHint());
    const QFont bigger = fontFor(TextStyle::Title, made->font());
    made->setFont(bigger);
    reference.setFont(bigger);
    CHECK(made->heightForWidth(200) == reference.heightForWidth(200));
    CHECK(made->heightForWidth(200) > oneLine * 2);
    made->setContentsMargins(0, 10, 0, 10);
    reference.setContentsMargins(0, 10, 0, 10);
    CHECK(made->heightForWidth(200) == reference.heightForWidth(200));
}

TEST_CASE("page text becomes selectable at the first click, without moving", "[ui][style]")
{
    QWidget page;
    auto* layout = new QVBoxLayout(&page);
    QLabel* label = makeLabel(QStringLiteral("Keep the ball off the spine itself, the kidneys and the back of the "
                                             "knee, and roll slowly."),
        TextStyle::Body, &page);
    layout->addWidget(label);
    layout->addStretch(1);
    page.resize(300, 400);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(label->textInteractionFlags() == Qt::NoTextInteraction);
    CHECK(label->focusPolicy() == Qt::NoFocus); // no text document until it is wanted
    const QRect before = label->geometry();
    QTest::mousePress(label, Qt::LeftButton, {}, QPoint(4, 4));
    QTest::mouseMove(label, QPoint(label->width() - 4, label->height() - 4));
    QTest::mouseRelease(label, Qt::LeftButton, {}, QPoint(label->width() - 4, label->height() - 4));
    QCoreApplication::processEvents();
    CHECK(label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    CHECK(label->hasFocus());
    CHECK(label->hasSelectedText());
    CHECK(label->geometry() == before);
}
