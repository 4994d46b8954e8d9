// SPDX-License-Identifier: MIT
// The library's list: search as you type, ranking, filters, favourites, highlight ranges.
#include "LibraryModel.h"
#include "ContentLoader.h"
#include "Favourites.h"
#include "Settings.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QPoint>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

using namespace knead;
using namespace knead::test;

namespace {

const Content& bundled()
{
    static const LoadResult result
        = ContentLoader::load({{sourcePath(QStringLiteral("content")), QStringLiteral("content")}});
    return result.content;
}

QStringList ids(const LibraryModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.id(row));
    return out;
}

LibraryFilter query(const QString& text)
{
    LibraryFilter f;
    f.query = text;
    return f;
}

Technique technique(const QString& id, const QString& name, const QStringList& aliases, const QString& summary,
    const QString& description)
{
    Technique t;
    t.id = id;
    t.name = name;
    t.aliases = aliases;
    t.summary = summary;
    t.description = description;
    t.pressure.add(Pressure::Light);
    t.tools = {QStringLiteral("fingertips")};
    t.regions = {QStringLiteral("neck")};
    return t;
}

Step step(const QString& techniqueId, const QString& region, int seconds, Pressure pressure = Pressure::Light,
    const QStringList& tools = {})
{
    Step s;
    s.title = QStringLiteral("Step");
    s.instruction = QStringLiteral("Do it.");
    s.technique = techniqueId;
    s.region = region;
    s.durationSeconds = seconds;
    s.pressure = pressure;
    s.tools = tools;
    return s;
}

Routine routine(const QString& id, const QString& name, const QStringList& regions, const QList<Step>& steps)
{
    Routine r;
    r.id = id;
    r.name = name;
    r.summary = QStringLiteral("A routine.");
    r.regions = regions;
    r.steps = steps;
    return r;
}

// One item per ranking tier for the word "knead", listed in reverse rank order so that
// content order alone cannot produce the expected ranking.
Content rankingContent()
{
    Content c;
    c.setTechnique(technique(QStringLiteral("in-description"), QStringLiteral("Alpha"), {}, QStringLiteral("Nothing."),
        QStringLiteral("You knead the muscle.")));
    c.setTechnique(technique(QStringLiteral("in-summary"), QStringLiteral("Beta"), {}, QStringLiteral("Knead slowly."),
        QStringLiteral("Nothing.")));
    c.setTechnique(technique(QStringLiteral("in-alias"), QStringLiteral("Gamma"), {QStringLiteral("dough kneading")},
        QStringLiteral("Nothing."), QStringLiteral("Nothing.")));
    c.setTechnique(technique(QStringLiteral("in-name"), QStringLiteral("Slow knead"), {}, QStringLiteral("Nothing."),
        QStringLiteral("Nothing.")));
    c.setTechnique(technique(QStringLiteral("name-prefix"), QStringLiteral("Kneading"), {}, QStringLiteral("Nothing."),
        QStringLiteral("Nothing.")));
    c.setTechnique(technique(QStringLiteral("name-prefix-too"), QStringLiteral("Knead and roll"), {},
        QStringLiteral("Nothing."), QStringLiteral("Nothing.")));
    c.setTechnique(technique(QStringLiteral("no-match"), QStringLiteral("Delta"), {}, QStringLiteral("Nothing."),
        QStringLiteral("Nothing.")));
    return c;
}

} // namespace

TEST_CASE("with no query and no filter every technique and routine is listed in content order", "[library]")
{
    const Content& c = bundled();
    REQUIRE(c.techniques().size() >= 12);
    LibraryModel model(c);
    REQUIRE(model.rowCount() == c.techniques().size() + c.routines().size());
    CHECK(model.id(0) == c.techniques().first().id);
    CHECK(model.kind(0) == ItemKind::Technique);
    const int firstRoutine = int(c.techniques().size());
    CHECK(model.kind(firstRoutine) == ItemKind::Routine);
    CHECK(model.id(firstRoutine) == c.routines().first().id);
    CHECK(model.data(model.index(0), LibraryModel::NameRole).toString() == c.techniques().first().name);
    CHECK(model.data(model.index(0), LibraryModel::NameHighlightsRole).toList().isEmpty());
}

TEST_CASE("search finds words in names, aliases, summaries and descriptions", "[library]")
{
    LibraryModel model(bundled());

    model.setFilter(query(QStringLiteral("scalp")));
    CHECK(ids(model).contains(QStringLiteral("scalp-massage")));
    CHECK(ids(model).contains(QStringLiteral("scalp-tension-relief")));
    CHECK_FALSE(ids(model).contains(QStringLiteral("lower-back-ball")));

    // Only an alias of trigger point therapy says "knot release".
    model.setFilter(query(QStringLiteral("knot release")));
    REQUIRE(model.rowCount() >= 1);
    CHECK(model.id(0) == QStringLiteral("trigger-point"));

    // "dough" is only in the petrissage summary.
    model.setFilter(query(QStringLiteral("dough")));
    CHECK(ids(model) == QStringList {QStringLiteral("petrissage")});

    // "researchers still disagree" is only in the trigger point description.
    model.setFilter(query(QStringLiteral("researchers still disagree")));
    CHECK(ids(model) == QStringList {QStringLiteral("trigger-point")});

    model.setFilter(query(QStringLiteral("zzzzqx")));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("searching for trigger lists Trigger point therapy first", "[library]")
{
    LibraryModel model(bundled());
    model.setQuery(QStringLiteral("trigger"));
    REQUIRE(model.rowCount() >= 2); // the massage ball's alias mentions trigger points too
    CHECK(model.id(0) == QStringLiteral("trigger-point"));
    CHECK(model.data(model.index(0), LibraryModel::NameRole).toString() == QStringLiteral("Trigger point therapy"));
    CHECK(ids(model).contains(QStringLiteral("massage-ball")));
}

TEST_CASE("matches rank name prefix, name, alias, summary, description, and ties keep content order", "[library]")
{
    const Content c = rankingContent();
    LibraryModel model(c);
    model.setQuery(QStringLiteral("KNEAD"));
    CHECK(ids(model)
        == QStringList {QStringLiteral("name-prefix"), QStringLiteral("name-prefix-too"), QStringLiteral("in-name"),
            QStringLiteral("in-alias"), QStringLiteral("in-summary"), QStringLiteral("in-description")});
    model.setQuery({});
    CHECK(model.rowCount() == c.techniques().size());
    CHECK(model.id(0) == QStringLiteral("in-description"));
}

TEST_CASE("every word of the query must match, anywhere in the item", "[library]")
{
    LibraryModel model(bundled());
    model.setQuery(QStringLiteral("scalp"));
    const qsizetype scalpRows = model.rowCount();
    model.setQuery(QStringLiteral("scalp   wind-down"));
    CHECK(ids(model) == QStringList {QStringLiteral("scalp-wind-down")});
    // "knot" is in the name's alias list, "shoulder" in its description.
    model.setQuery(QStringLiteral("shoulder knot"));
    CHECK(ids(model).contains(QStringLiteral("trigger-point")));
    model.setQuery(QStringLiteral("scalp zzzzqx"));
    CHECK(model.rowCount() == 0);
    model.setQuery(QStringLiteral("  scalp  "));
    CHECK(model.rowCount() == scalpRows);
}

TEST_CASE("search ignores case and accents", "[library]")
{
    Content c;
    c.setTechnique(technique(QStringLiteral("petrissage"), QStringLiteral("Pétrissage"), {QStringLiteral("Kneading")},
        QStringLiteral("Lifting and squeezing, à la française."), QStringLiteral("Text.")));
    c.setTechnique(technique(
        QStringLiteral("other"), QStringLiteral("Other"), {}, QStringLiteral("Nothing."), QStringLiteral("Text.")));
    LibraryModel model(c);

    for (const QString& q : {QStringLiteral("petrissage"), QStringLiteral("PETRISSAGE"), QStringLiteral("Pétri"),
             QStringLiteral("pe\u0301trissage"), QStringLiteral("francaise"), QStringLiteral("KNEADING")}) {
        INFO(q.toStdString());
        model.setQuery(q);
        CHECK(ids(model) == QStringList {QStringLiteral("petrissage")});
    }
    CHECK(foldForSearch(QStringLiteral("Ça Pétrit ÉÈ")) == QStringLiteral("ca petrit ee"));
    CHECK(searchWords(QStringLiteral("  Pétri\tFOO ")) == QStringList {QStringLiteral("petri"), QStringLiteral("foo")});

    // The highlight lies on the original spelling, accent included.
    model.setQuery(QStringLiteral("petri"));
    CHECK(model.nameHighlights(0) == TextRanges {{0, 5}});
    CHECK(QStringView(QStringLiteral("Pétrissage")).sliced(0, 5) == QStringLiteral("Pétri"));
}

TEST_CASE("highlight ranges point at the matched text of name and summary", "[library]")
{
    LibraryModel model(bundled());
    model.setQuery(QStringLiteral("point TRIGGER"));
    REQUIRE(model.rowCount() >= 1);
    REQUIRE(model.id(0) == QStringLiteral("trigger-point"));
    const QString name = model.data(model.index(0), LibraryModel::NameRole).toString();
    CHECK(model.nameHighlights(0) == TextRanges {{0, 7}, {8, 5}});
    CHECK(name.sliced(0, 7) == QStringLiteral("Trigger"));
    CHECK(name.sliced(8, 5) == QStringLiteral("point"));

    // The role carries the same ranges as QPoint(start, length).
    const QVariantList role = model.data(model.index(0), LibraryModel::NameHighlightsRole).toList();
    REQUIRE(role.size() == 2);
    CHECK(role[1].toPoint() == QPoint(8, 5));

    model.setQuery(QStringLiteral("knot"));
    const int row = model.rowOf(ItemKind::Technique, QStringLiteral("trigger-point"));
    REQUIRE(row >= 0);
    const QString summary = model.data(model.index(row), LibraryModel::SummaryRole).toString();
    const TextRanges ranges = model.summaryHighlights(row);
    REQUIRE(ranges.size() == 1);
    CHECK(summary.sliced(ranges[0].first, ranges[0].second) == QStringLiteral("knot"));
    CHECK(model.nameHighlights(row).isEmpty());
}

TEST_CASE("each filter narrows the list alone and in combination", "[library]")
{
    const Content& c = bundled();
    LibraryModel model(c);
    const int all = model.rowCount();
    LibraryFilter f;

    SECTION("kind")
    {
        f.kind = LibraryFilter::Kind::Techniques;
        model.setFilter(f);
        CHECK(model.rowCount() == c.techniques().size());
        f.kind = LibraryFilter::Kind::Routines;
        model.setFilter(f);
        CHECK(model.rowCount() == c.routines().size());
        CHECK(model.kind(0) == ItemKind::Routine);
    }
    SECTION("region, including routines through their steps")
    {
        f.regionId = QStringLiteral("head");
        model.setFilter(f);
        const QStringList shown = ids(model);
        CHECK(shown.contains(QStringLiteral("scalp-massage")));
        CHECK(shown.contains(QStringLiteral("scalp-tension-relief")));
        CHECK_FALSE(shown.contains(QStringLiteral("lower-back-ball")));
        CHECK_FALSE(shown.contains(QStringLiteral("foam-rolling")));
        for (int row = 0; row < model.rowCount(); ++row)
            CHECK(model.data(model.index(row), LibraryModel::RegionsRole)
                      .toStringList()
                      .contains(QStringLiteral("head")));
        f.regionId = QStringLiteral("no-such-region");
        model.setFilter(f);
        CHECK(model.rowCount() == 0);
    }
    SECTION("pressure")
    {
        f.pressure = Pressure::Firm;
        model.setFilter(f);
        const QStringList shown = ids(model);
        CHECK(shown.contains(QStringLiteral("trigger-point")));
        CHECK_FALSE(shown.contains(QStringLiteral("scalp-massage"))); // light to medium
        CHECK_FALSE(shown.contains(QStringLiteral("scalp-tension-relief")));
        CHECK(model.rowCount() < all);
    }
    SECTION("duration hides techniques and buckets routines")
    {
        for (auto bucket : {LibraryFilter::Duration::UpTo5Minutes, LibraryFilter::Duration::From5To15Minutes,
                 LibraryFilter::Duration::Over15Minutes}) {
            f.duration = bucket;
            model.setFilter(f);
            REQUIRE(model.rowCount() > 0);
            for (int row = 0; row < model.rowCount(); ++row) {
                CHECK(model.kind(row) == ItemKind::Routine);
                CHECK(
                    durationInBucket(model.data(model.index(row), LibraryModel::DurationSecondsRole).toInt(), bucket));
            }
        }
        f.duration = LibraryFilter::Duration::UpTo5Minutes;
        model.setFilter(f);
        CHECK(ids(model).contains(QStringLiteral("desk-reset"))); // 3 minutes
        CHECK(durationInBucket(300, LibraryFilter::Duration::UpTo5Minutes));
        CHECK(durationInBucket(301, LibraryFilter::Duration::From5To15Minutes));
        CHECK(durationInBucket(901, LibraryFilter::Duration::Over15Minutes));
    }
    SECTION("tool")
    {
        f.toolId = QStringLiteral("foam-roller");
        model.setFilter(f);
        const QStringList shown = ids(model);
        CHECK(shown.contains(QStringLiteral("foam-rolling")));
        CHECK(shown.contains(QStringLiteral("mid-back-foam-roller")));
        CHECK_FALSE(shown.contains(QStringLiteral("scalp-massage")));
    }
    SECTION("combined")
    {
        f.regionId = QStringLiteral("head");
        f.kind = LibraryFilter::Kind::Routines;
        f.duration = LibraryFilter::Duration::UpTo5Minutes;
        model.setFilter(f);
        CHECK(ids(model) == QStringList {QStringLiteral("desk-reset")});
        f.duration = LibraryFilter::Duration::Any;
        f.query = QStringLiteral("jaw");
        model.setFilter(f);
        CHECK(ids(model) == QStringList {QStringLiteral("jaw-and-temples")});
        CHECK(f.narrows());
        CHECK_FALSE(LibraryFilter {}.narrows());
    }
}

TEST_CASE("routines match a region, pressure or tool through their steps", "[library]")
{
    Content c;
    Technique rolling = technique(
        QStringLiteral("rolling"), QStringLiteral("Rolling"), {}, QStringLiteral("Roll."), QStringLiteral("Roll."));
    rolling.tools = {QStringLiteral("foam-roller")};
    c.setTechnique(rolling);
    c.setTechnique(technique(QStringLiteral("circles"), QStringLiteral("Circles"), {}, QStringLiteral("Circle."),
        QStringLiteral("Circle.")));
    // Listed for the neck only; one step works the head with firm pressure, and the
    // rolling step names no tools, so it uses the technique's foam roller.
    c.setRoutine(routine(QStringLiteral("mixed"), QStringLiteral("Mixed"), {QStringLiteral("neck")},
        {step(QStringLiteral("circles"), QStringLiteral("neck"), 60, Pressure::Light, {QStringLiteral("thumbs")}),
            step(QStringLiteral("circles"), QStringLiteral("head"), 60, Pressure::Firm, {QStringLiteral("thumbs")}),
            step(QStringLiteral("rolling"), QStringLiteral("neck"), 60)}));
    c.setRoutine(routine(QStringLiteral("plain"), QStringLiteral("Plain"), {QStringLiteral("neck")},
        {step(QStringLiteral("circles"), QStringLiteral("neck"), 60, Pressure::Light, {QStringLiteral("thumbs")})}));
    LibraryModel model(c);
    LibraryFilter f;
    f.kind = LibraryFilter::Kind::Routines;

    f.regionId = QStringLiteral("head");
    model.setFilter(f);
    CHECK(ids(model) == QStringList {QStringLiteral("mixed")});
    f.regionId.clear();
    f.pressure = Pressure::Firm;
    model.setFilter(f);
    CHECK(ids(model) == QStringList {QStringLiteral("mixed")});
    f.pressure.reset();
    f.toolId = QStringLiteral("foam-roller");
    model.setFilter(f);
    CHECK(ids(model) == QStringList {QStringLiteral("mixed")});
    f.toolId = QStringLiteral("thumbs");
    model.setFilter(f);
    CHECK(ids(model) == QStringList {QStringLiteral("mixed"), QStringLiteral("plain")});

    CHECK(model.regionIds().isEmpty()); // this Content defines no regions to offer
    // Known tools in the format's order, whichever item used them first.
    CHECK(model.toolIds()
        == QStringList {QStringLiteral("fingertips"), QStringLiteral("thumbs"), QStringLiteral("foam-roller")});
}

TEST_CASE("the filter choices offer only regions and tools that something uses", "[library]")
{
    const Content& c = bundled();
    LibraryModel model(c);
    CHECK(model.regionIds().contains(QStringLiteral("head")));
    CHECK(model.regionIds().first() == c.regions().first().id);
    CHECK(model.toolIds().contains(QStringLiteral("foam-roller")));
    CHECK(model.toolIds().first() == QStringLiteral("fingertips"));
    CHECK_FALSE(model.toolIds().contains(QStringLiteral("peanut-ball-that-does-not-exist")));
}

TEST_CASE("favourites toggle, filter the list and survive a restart", "[library]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(path);
        Favourites favourites(settings);
        QSignalSpy changed(&favourites, &Favourites::changed);
        LibraryModel model(bundled(), &favourites);
        const int row = model.rowOf(ItemKind::Technique, QStringLiteral("scalp-massage"));
        REQUIRE(row >= 0);
        CHECK_FALSE(model.data(model.index(row), LibraryModel::FavouriteRole).toBool());

        favourites.toggle(ItemKind::Technique, QStringLiteral("scalp-massage"));
        favourites.set(ItemKind::Routine, QStringLiteral("desk-reset"), true);
        favourites.set(ItemKind::Routine, QStringLiteral("desk-reset"), true); // no change, no signal
        CHECK(changed.size() == 2);
        CHECK(favourites.contains(ItemKind::Technique, QStringLiteral("scalp-massage")));
        CHECK_FALSE(favourites.contains(ItemKind::Routine, QStringLiteral("scalp-massage")));
        CHECK(model.data(model.index(row), LibraryModel::FavouriteRole).toBool());

        LibraryFilter f;
        f.favouritesOnly = true;
        model.setFilter(f);
        CHECK(ids(model) == QStringList {QStringLiteral("scalp-massage"), QStringLiteral("desk-reset")});
        favourites.toggle(ItemKind::Technique, QStringLiteral("scalp-massage"));
        CHECK(ids(model) == QStringList {QStringLiteral("desk-reset")});
        favourites.toggle(ItemKind::Technique, QStringLiteral("trigger-point"));
        CHECK(ids(model) == QStringList {QStringLiteral("trigger-point"), QStringLiteral("desk-reset")});
    }
    Settings again(path);
    CHECK(again.favourites()
        == QStringList {QStringLiteral("routine:desk-reset"), QStringLiteral("technique:trigger-point")});
    Favourites restored(again);
    CHECK(restored.contains(ItemKind::Technique, QStringLiteral("trigger-point")));
    CHECK(restored.contains(ItemKind::Routine, QStringLiteral("desk-reset")));
    CHECK_FALSE(restored.contains(ItemKind::Technique, QStringLiteral("scalp-massage")));
    LibraryModel model(bundled(), &restored);
    CHECK(model
              .data(model.index(model.rowOf(ItemKind::Routine, QStringLiteral("desk-reset"))),
                  LibraryModel::FavouriteRole)
              .toBool());
}

TEST_CASE("the model resets only when the visible rows change", "[library]")
{
    LibraryModel model(bundled());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    model.setQuery(QStringLiteral("scalp"));
    CHECK(resets.size() == 1);
    model.setQuery(QStringLiteral("scalp ")); // same words
    CHECK(resets.size() == 1);
    CHECK(changes.isEmpty());
    model.setQuery(QStringLiteral("scal")); // same rows, other highlights
    CHECK(resets.size() == 1);
    CHECK(changes.size() == 1);
    model.setQuery({});
    CHECK(model.rowCount() == bundled().techniques().size() + bundled().routines().size());
    CHECK(resets.size() == 2);
}

TEST_CASE("rowOf finds shown items and reports hidden ones as -1", "[library]")
{
    LibraryModel model(bundled());
    const int row = model.rowOf(ItemKind::Routine, QStringLiteral("desk-reset"));
    REQUIRE(row >= 0);
    CHECK(model.id(row) == QStringLiteral("desk-reset"));
    CHECK(model.rowOf(ItemKind::Technique, QStringLiteral("desk-reset")) == -1);
    model.setQuery(QStringLiteral("trigger"));
    CHECK(model.rowOf(ItemKind::Technique, QStringLiteral("trigger-point")) == 0);
    CHECK(model.rowOf(ItemKind::Routine, QStringLiteral("desk-reset")) == -1);
}

TEST_CASE("the best routine for a technique is the one that spends most of its time on it", "[library]")
{
    const Content& c = bundled();
    const Routine* scalp = bestRoutineForTechnique(c, QStringLiteral("scalp-massage"));
    REQUIRE(scalp);
    CHECK(scalp->id == QStringLiteral("scalp-tension-relief"));
    CHECK(bestRoutineForTechnique(c, QStringLiteral("no-such-technique")) == nullptr);

    Content small;
    small.setTechnique(
        technique(QStringLiteral("a"), QStringLiteral("A"), {}, QStringLiteral("A."), QStringLiteral("A.")));
    small.setTechnique(
        technique(QStringLiteral("b"), QStringLiteral("B"), {}, QStringLiteral("B."), QStringLiteral("B.")));
    // "long" uses "a" for more seconds, but "short" gives it a larger share of its time.
    small.setRoutine(routine(QStringLiteral("long"), QStringLiteral("Long"), {QStringLiteral("neck")},
        {step(QStringLiteral("a"), QStringLiteral("neck"), 300),
            step(QStringLiteral("b"), QStringLiteral("neck"), 600)}));
    small.setRoutine(routine(QStringLiteral("short"), QStringLiteral("Short"), {QStringLiteral("neck")},
        {step(QStringLiteral("a"), QStringLiteral("neck"), 120),
            step(QStringLiteral("b"), QStringLiteral("neck"), 60)}));
    small.setRoutine(routine(QStringLiteral("untimed"), QStringLiteral("Untimed"), {QStringLiteral("neck")},
        {step(QStringLiteral("b"), QStringLiteral("neck"), 0)}));
    CHECK(bestRoutineForTechnique(small, QStringLiteral("a"))->id == QStringLiteral("short"));
    CHECK(bestRoutineForTechnique(small, QStringLiteral("b"))->id == QStringLiteral("untimed")); // all of it
}
