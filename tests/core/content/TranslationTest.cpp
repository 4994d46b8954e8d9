// SPDX-License-Identifier: MIT
// Content in the person's language: a pack's translations/<lang>/ laid over its own items
// field by field, structure always from the original, and --validate's checks of it.
#include "ContentLoader.h"
#include "LibraryModel.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace knead;
using namespace knead::test;

namespace {

void writeJson(const QString& path, const char* json)
{
    QDir().mkpath(QFileInfo(path).path());
    writeFile(path, QByteArray(json));
}

// A German translation of tests/data/minimal-pack, whole unless a test spoils it.
void writeGerman(const ScratchPack& pack)
{
    const QString de = pack.root() + QStringLiteral("/translations/de/");
    writeJson(de + QStringLiteral("regions.json"),
        R"({"regions": [{"id": "head", "name": "Kopf"}, {"id": "neck", "name": "Nacken"}, {"id": "lower-back", "name": "Unterer Rücken"}]})");
    writeJson(de + QStringLiteral("techniques/circles.json"), R"({
      "id": "circles", "name": "Fingerkreise", "aliases": ["kleine Kreise"],
      "summary": "Kleine Kreise mit den Fingerkuppen.", "description": "Beschreibung.", "how_it_helps": "Hilft.",
      "how_to": ["Erstens.", "Zweitens."], "cautions": ["Vorsicht."], "red_flags": ["Warnzeichen."]})");
    writeJson(de + QStringLiteral("routines/short.json"), R"({
      "id": "short", "name": "Kurzer Ablauf", "summary": "Kurz.", "description": "Ein kurzer Ablauf.",
      "preparation": ["Hinsetzen."], "safety": "Bei Schmerzen aufhören.",
      "steps": [{"title": "Eins", "instruction": "Kreisen Sie.", "cues": ["Weiter so."]},
                {"title": "Zwei", "instruction": "Weiter."}, {"title": "Drei", "instruction": "Ruhen."}]})");
}

LoadResult loadIn(const ScratchPack& pack, QStringList languages)
{
    LoadOptions options;
    options.languages = std::move(languages);
    return ContentLoader::load({{pack.root(), QStringLiteral("pack")}}, options);
}

} // namespace

TEST_CASE("a pack's German translation is shown to a German speaker, the original to others", "[translation]")
{
    ScratchPack pack;
    writeGerman(pack);
    const LoadResult english = loadIn(pack, {QStringLiteral("en-GB")});
    const LoadResult german = loadIn(pack, {QStringLiteral("de-AT"), QStringLiteral("en")});
    INFO(dump(german.diagnostics).toStdString());
    CHECK(german.diagnostics.isEmpty());

    const Technique* en = english.content.technique(QStringLiteral("circles"));
    const Technique* de = german.content.technique(QStringLiteral("circles"));
    REQUIRE(en);
    REQUIRE(de);
    CHECK(en->name == QStringLiteral("Fingertip circles"));
    CHECK(de->name == QStringLiteral("Fingerkreise"));
    CHECK(de->howTo == QStringList {QStringLiteral("Erstens."), QStringLiteral("Zweitens.")});
    CHECK(de->cautions.first().text == QStringLiteral("Vorsicht."));
    CHECK(de->cautions.first().regions == en->cautions.first().regions); // structure from the original
    CHECK(de->tools == en->tools);
    CHECK(de->originalNames.contains(en->name));

    const Routine* r = german.content.routine(QStringLiteral("short"));
    const Routine* o = english.content.routine(QStringLiteral("short"));
    REQUIRE(r);
    REQUIRE(o);
    CHECK(r->name == QStringLiteral("Kurzer Ablauf"));
    CHECK(r->language == QStringLiteral("de")); // what the voice speaks
    CHECK(o->language.isEmpty());
    REQUIRE(r->steps.size() == o->steps.size());
    CHECK(r->steps[0].instruction == QStringLiteral("Kreisen Sie."));
    CHECK(r->steps[0].cues.first().say == QStringLiteral("Weiter so."));
    CHECK(r->steps[0].cues.first().atSeconds == o->steps[0].cues.first().atSeconds);
    CHECK(r->steps[0].durationSeconds == o->steps[0].durationSeconds);
    CHECK(r->totalSeconds() == o->totalSeconds());
    CHECK(german.content.region(QStringLiteral("head"))->name == QStringLiteral("Kopf"));
}

TEST_CASE("a translation list of the wrong length keeps the original, with a warning at its place", "[translation]")
{
    ScratchPack pack;
    writeGerman(pack);
    writeJson(pack.root() + QStringLiteral("/translations/de/techniques/circles.json"), R"({
      "id": "circles", "name": "Fingerkreise", "summary": "Kurz.", "description": "B.", "how_it_helps": "H.",
      "how_to": ["Nur einer."], "cautions": ["Vorsicht."], "red_flags": ["Warnzeichen."]})");
    const LoadResult german = loadIn(pack, {QStringLiteral("de")});
    const Technique* de = german.content.technique(QStringLiteral("circles"));
    REQUIRE(de);
    CHECK(de->name == QStringLiteral("Fingerkreise")); // the rest is translated
    CHECK(de->howTo.first() != QStringLiteral("Nur einer.")); // this list is not
    CHECK(de->howTo.size() == 2);
    const Diagnostic* d = findDiagnostic(german.diagnostics, QStringLiteral("has 1 entries where the original has 2"));
    REQUIRE(d);
    CHECK(d->severity == Diagnostic::Severity::Warning);
    CHECK(d->path == QStringLiteral("how_to"));
    CHECK(d->file.endsWith(QStringLiteral("translations/de/techniques/circles.json")));
    CHECK(d->line == 3);
}

TEST_CASE(
    "the validator's check of translations: missing files and fields are warnings, nothing is applied", "[translation]")
{
    ScratchPack pack;
    writeGerman(pack);
    QFile::remove(pack.root() + QStringLiteral("/translations/de/routines/short.json"));
    writeJson(pack.root() + QStringLiteral("/translations/de/techniques/circles.json"),
        R"({"id": "circles", "name": "Fingerkreise", "how_to": ["A.", "B."], "cautions": ["C."], "red_flags": ["D."]})");
    writeJson(pack.root() + QStringLiteral("/translations/de/techniques/squares.json"),
        R"({"id": "squares", "name": "Quadrate"})");
    LoadOptions check;
    check.checkAllTranslations = true;
    const LoadResult result = ContentLoader::load({{pack.root(), QStringLiteral("pack")}}, check);
    INFO(dump(result.diagnostics).toStdString());
    CHECK(result.errorCount() == 0);
    CHECK(result.content.technique(QStringLiteral("circles"))->name == QStringLiteral("Fingertip circles"));
    const Diagnostic* missingFile = findDiagnostic(result.diagnostics, QStringLiteral("translation of \"short\""));
    REQUIRE(missingFile);
    CHECK(missingFile->file.endsWith(QStringLiteral("translations/de/routines/short.json")));
    const Diagnostic* missingField = findDiagnostic(result.diagnostics, QStringLiteral("not translated"));
    REQUIRE(missingField);
    CHECK(missingField->path == QStringLiteral("summary"));
    CHECK(findDiagnostic(result.diagnostics, QStringLiteral("no item \"squares\"")));
}

TEST_CASE("the bundled German translation is complete and matches every original", "[translation][content]")
{
    LoadOptions check;
    check.checkAllTranslations = true;
    const LoadResult result
        = ContentLoader::load({{sourcePath(QStringLiteral("content")), QStringLiteral("content")}}, check);
    INFO(dump(result.diagnostics).toStdString());
    CHECK(result.diagnostics.isEmpty());

    const LoadResult german = ContentLoader::load(
        {{sourcePath(QStringLiteral("content")), QStringLiteral("content")}}, {{QStringLiteral("de-DE")}, false});
    CHECK(german.diagnostics.isEmpty());
    const Routine* scalp = german.content.routine(QStringLiteral("scalp-tension-relief"));
    REQUIRE(scalp);
    CHECK(scalp->name.contains(QStringLiteral("Kopfhaut")));
    // Every spoken cue stays short enough to speak, in German too.
    for (const Routine& r : german.content.routines()) {
        for (const Step& s : r.steps) {
            INFO(r.id.toStdString() << ": " << s.title.toStdString());
            CHECK(s.instruction.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 40);
            for (const Cue& c : s.cues)
                CHECK(c.say.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 14);
        }
    }
}

TEST_CASE("the library finds a translated item by its German and by its original name", "[translation]")
{
    const LoadResult german = ContentLoader::load(
        {{sourcePath(QStringLiteral("content")), QStringLiteral("content")}}, {{QStringLiteral("de")}, false});
    LibraryModel model(german.content);
    for (const QString& query : {QStringLiteral("Kopfhautmassage"), QStringLiteral("scalp massage")}) {
        INFO(query.toStdString());
        model.setQuery(query);
        REQUIRE(model.rowCount() > 0);
        CHECK(model.index(0, 0).data(LibraryModel::IdRole).toString() == QStringLiteral("scalp-massage"));
    }
}
