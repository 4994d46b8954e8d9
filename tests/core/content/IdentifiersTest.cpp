// SPDX-License-Identifier: MIT
// Content ids and language tags are checked by hand, not by regular expressions (see
// Identifiers.h); the expressions they replaced are the specification here, and every
// string tried gets the same answer from both.
#include "Identifiers.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QStringList>

#include <random>

using namespace knead;

namespace {

// Edge cases, then strings drawn from the characters that matter (fixed seed), short and
// around the 64-character limit.
QStringList candidates()
{
    QStringList out {QString(), QStringLiteral("a"), QStringLiteral("ab"), QStringLiteral("abc"),
        QStringLiteral("abcd"), QStringLiteral("de"), QStringLiteral("DE"), QStringLiteral("pt-BR"),
        QStringLiteral("pt_BR"), QStringLiteral("zh-Hant-TW"), QStringLiteral("de-"), QStringLiteral("-de"),
        QStringLiteral("de--at"), QStringLiteral("en-a"), QStringLiteral("en-abcdefgh"), QStringLiteral("en-abcdefghi"),
        QStringLiteral("e1"), QStringLiteral("en-12"), QStringLiteral("scalp-tension-relief"), QStringLiteral("a-b-c"),
        QStringLiteral("a--b"), QStringLiteral("1abc"), QStringLiteral("abc-"), QStringLiteral("ab9-x2"),
        QStringLiteral("Abc"), QStringLiteral("ä"), QStringLiteral("de-ä"), QString(64, u'a'), QString(65, u'a'),
        QStringLiteral("a") + QString(63, u'1'), QStringLiteral("a") + QString(64, u'1')};
    std::mt19937 random(20261201);
    const QString alphabet = QStringLiteral("aazZ09--_:.é");
    std::uniform_int_distribution<int> pick(0, int(alphabet.size()) - 1);
    std::uniform_int_distribution<int> shortLength(0, 12);
    std::uniform_int_distribution<int> longLength(60, 68);
    for (int i = 0; i < 20000; ++i) {
        const int length = i % 10 == 0 ? longLength(random) : shortLength(random);
        QString s;
        for (int j = 0; j < length; ++j)
            s += alphabet[pick(random)];
        out.append(s);
    }
    return out;
}

} // namespace

TEST_CASE("ids and language tags are checked as their regular expressions said", "[content]")
{
    const QRegularExpression kebab(QStringLiteral("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"));
    const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    int kebabs = 0;
    int tags = 0;
    for (const QString& s : candidates()) {
        CAPTURE(s);
        const bool isKebab = s.size() <= 64 && kebab.match(s).hasMatch();
        const bool isTag = tag.match(s).hasMatch();
        CHECK(isKebabId(s) == isKebab);
        CHECK(isLanguageTag(s) == isTag);
        kebabs += isKebab;
        tags += isTag;
    }
    // Both answers occur often enough to mean something.
    CHECK(kebabs > 300);
    CHECK(tags > 100);
}
