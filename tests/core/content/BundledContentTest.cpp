// SPDX-License-Identifier: MIT
// The bundled pack (content/): loads cleanly and is complete enough to guide people.
#include "BodyMapGeometry.h"
#include "ContentLoader.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace knead;
using namespace knead::test;

namespace {

const LoadResult& bundled()
{
    static const LoadResult result
        = ContentLoader::load({{sourcePath(QStringLiteral("content")), QStringLiteral("content")}});
    return result;
}

int wordCount(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    return int(text.split(separators, Qt::SkipEmptyParts).size());
}

} // namespace

TEST_CASE("every bundled file loads with zero diagnostics", "[content]")
{
    INFO(dump(bundled().diagnostics));
    CHECK(bundled().diagnostics.isEmpty());
    CHECK(bundled().content.packs().size() == 1);
}

TEST_CASE("the bundled library has the techniques and routines people look for", "[content]")
{
    const Content& c = bundled().content;
    CHECK(c.techniques().size() >= 12);
    CHECK(c.routines().size() >= 10);
    for (const char* id : {"swedish-massage", "effleurage", "petrissage", "friction", "tapotement", "vibration",
             "deep-tissue", "trigger-point", "myofascial-release", "scalp-massage", "neuromuscular-therapy",
             "craniosacral-light-touch", "acupressure", "sports-massage", "foam-rolling", "massage-ball",
             "heat-and-cold", "stretching", "hot-stone"}) {
        INFO(id);
        CHECK(c.technique(QString::fromLatin1(id)));
    }
    for (const char* id : {"scalp-tension-relief", "desk-reset", "jaw-and-temples", "neck-and-shoulders",
             "upper-back-ball-wall", "mid-back-foam-roller", "lower-back-ball", "hips-and-glutes", "evening-unwind",
             "scalp-wind-down", "scalp-long-session", "deep-tissue-legs", "myofascial-slow-release",
             "hip-flexors-after-sitting", "back-of-shoulder", "forearm-and-elbow", "lower-back-hands-only",
             "tired-eyes-and-face", "neck-micro-break", "hands-micro-break", "shoulders-desk-micro-break"}) {
        INFO(id);
        CHECK(c.routine(QString::fromLatin1(id)));
    }
    for (const char* id : {"head", "face", "neck", "shoulders", "chest", "upper-back", "mid-back", "lower-back",
             "hips-glutes", "arms", "hands", "thighs", "calves", "feet"}) {
        INFO(id);
        CHECK(c.region(QString::fromLatin1(id)));
    }
}

TEST_CASE("every region has a technique and a routine", "[content]")
{
    const Content& c = bundled().content;
    for (const Region& region : c.regions()) {
        INFO(region.id.toStdString());
        CHECK_FALSE(c.techniquesForRegion(region.id).isEmpty());
        CHECK_FALSE(c.routinesForRegion(region.id).isEmpty());
    }
}

TEST_CASE("every technique is complete, with cautions, red flags and real sources", "[content]")
{
    for (const Technique& t : bundled().content.techniques()) {
        INFO(t.id.toStdString());
        CHECK_FALSE(t.summary.isEmpty());
        CHECK(t.summary.count(QStringLiteral(". ")) == 0); // one sentence
        CHECK_FALSE(t.description.isEmpty());
        CHECK_FALSE(t.howItHelps.isEmpty());
        CHECK(t.howTo.size() >= 3);
        CHECK_FALSE(t.pressure.isEmpty());
        CHECK_FALSE(t.tools.isEmpty());
        CHECK(t.cautions.size() >= 2);
        CHECK(t.redFlags.size() >= 3);
        REQUIRE_FALSE(t.sources.isEmpty());
        for (const QString& step : t.howTo)
            CHECK(wordCount(step) < 40);
        // No invented figures: no percentages anywhere in the text.
        CHECK_FALSE(t.howItHelps.contains(QLatin1Char('%')));
        CHECK_FALSE(t.description.contains(QLatin1Char('%')));
        const QString redFlags = Guidance::texts(t.redFlags).join(QLatin1Char(' ')).toLower();
        CHECK((redFlags.contains(QStringLiteral("doctor")) || redFlags.contains(QStringLiteral("professional"))
            || redFlags.contains(QStringLiteral("medical"))));
    }
}

TEST_CASE("every routine is ready to guide: preparation, safety, timed steps a voice can read", "[content]")
{
    const Content& c = bundled().content;
    for (const Routine& r : c.routines()) {
        INFO(r.id.toStdString());
        CHECK_FALSE(r.preparation.isEmpty());
        CHECK_FALSE(r.safety.isEmpty());
        CHECK(r.totalSeconds() >= 120);
        for (const Step& s : r.steps) {
            INFO(s.title.toStdString());
            CHECK(wordCount(s.instruction) < 40);
            CHECK(c.technique(s.technique));
            // A step without a region is a rest: nothing is pressed, so there is no motion.
            if (s.region.isEmpty()) {
                CHECK_FALSE(s.motion.has_value());
                continue;
            }
            CHECK(c.region(s.region));
            CHECK(r.regions.contains(s.region));
        }
    }
}

TEST_CASE("the guided scalp routine keeps the source sequence and timings", "[content]")
{
    const Routine* r = bundled().content.routine(QStringLiteral("scalp-tension-relief"));
    REQUIRE(r);
    CHECK(r->totalSeconds() >= 8 * 60);
    CHECK(r->totalSeconds() <= 12 * 60);
    CHECK(r->regions.contains(QStringLiteral("head")));
    // Seated, head supported, first.
    CHECK(r->steps.first().instruction.contains(QStringLiteral("supported")));
    // Two minutes of temple circles on each side, as consecutive sided steps.
    qsizetype right = -1;
    for (qsizetype i = 0; i + 1 < r->steps.size(); ++i) {
        if (r->steps[i].side == Side::Right && r->steps[i + 1].side == Side::Left)
            right = i;
    }
    REQUIRE(right >= 0);
    for (qsizetype i : {right, right + 1}) {
        const Step& s = r->steps[i];
        CHECK(s.durationSeconds == 120);
        CHECK(s.technique == QStringLiteral("scalp-massage"));
        CHECK(s.instruction.contains(QStringLiteral("temple")));
        CHECK(s.instruction.contains(QStringLiteral("hairline")));
        CHECK(s.instruction.contains(QStringLiteral("skull")));
        REQUIRE(s.motion);
        CHECK(s.motion->pattern == MotionPattern::Circles);
    }
    // Then long front-to-back strokes, then the eyebrows and forehead, in that order.
    qsizetype strokes = -1;
    qsizetype forehead = -1;
    for (qsizetype i = right + 2; i < r->steps.size(); ++i) {
        const Step& s = r->steps[i];
        if (strokes < 0 && s.motion && s.motion->pattern == MotionPattern::Strokes
            && s.instruction.contains(QStringLiteral("3 to 4 inches")))
            strokes = i;
        if (forehead < 0 && s.instruction.contains(QStringLiteral("eyebrows"))
            && s.instruction.contains(QStringLiteral("forehead")))
            forehead = i;
    }
    CHECK(strokes > right + 1);
    CHECK(forehead > strokes);
    // Last: the hands rest together at chest height: a short instruction and about 25 seconds,
    // so that the article's 15 seconds of stillness remain after the spoken words (issue 13).
    const Step& last = r->steps.last();
    CHECK(last.durationSeconds >= 20);
    CHECK(last.durationSeconds <= 30);
    CHECK(last.instruction.contains(QStringLiteral("chest height")));
    // Preparation from the sources: warmth, dim light, support, optional oil, comb out tangles.
    const QString preparation = r->preparation.join(QLatin1Char(' ')).toLower();
    for (const char* word : {"warm", "lights down", "support", "oil", "comb"}) {
        INFO(word);
        CHECK(preparation.contains(QString::fromLatin1(word)));
    }
    CHECK(r->safety.contains(QStringLiteral("dizzy")));
    CHECK(r->safety.contains(QStringLiteral("headache")));
}

TEST_CASE("every motion guide point lands on its step's region of the body map", "[content]")
{
    const Content& c = bundled().content;
    const BodyMapGeometry& geometry = BodyMapGeometry::standard();
    int checked = 0;
    for (const Routine& r : c.routines()) {
        for (const Step& s : r.steps) {
            if (!s.motion)
                continue;
            const Region* region = c.region(s.region);
            REQUIRE(region);
            const Figure figure
                = s.motion->figure.value_or(region->figure == Figure::Back ? Figure::Back : Figure::Front);
            for (const QPointF& p : s.motion->points) {
                INFO(r.id.toStdString() << ": " << s.title.toStdString() << " (" << p.x() << ", " << p.y() << ")");
                CHECK(geometry.hitTest(figure, geometry.mapFromShapeBox(region->shape, figure, p)) == region->shape);
                ++checked;
            }
        }
    }
    CHECK(checked > 100);
}
