// SPDX-License-Identifier: MIT
// The person's own routines on disk: saving into the user pack (atomically, in the documented
// format, validating with no problems), drafts outside the packs, delete with undo, import
// of routine files and pack folders, export of one routine or the whole pack.
#include "UserRoutines.h"
#include "ContentLoader.h"
#include "RoutineDocument.h"
#include "RoutineJson.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

// QString and QStringList read as text in failure messages, not as ranges of characters.
namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& l) { return '[' + l.join(QStringLiteral(" | ")).toStdString() + ']'; }
};
} // namespace Catch

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace knead;
using namespace knead::test;

namespace {

PackLocation bundledSource()
{
    return {sourcePath(QStringLiteral("content")), QStringLiteral("content")};
}

struct Folders
{
    QTemporaryDir dir;
    QString packs() const { return dir.filePath(QStringLiteral("packs")); }
    QString drafts() const { return dir.filePath(QStringLiteral("routine-drafts")); }
    // Bundled plus every user pack, as Knead loads them at start.
    LoadResult load() const
    {
        return ContentLoader::load(QList<PackLocation> {bundledSource()} + ContentLoader::userPacks(packs()));
    }
};

// A valid two-step routine made the way the editor makes one.
Routine makeRoutine(const Content& content, const QString& id, const QString& name)
{
    RoutineDocument doc(content);
    doc.openNew(id);
    doc.setText(RoutineDocument::Field::Name, name);
    doc.setText(RoutineDocument::Field::Summary, QStringLiteral("Two steps for the scalp."));
    doc.insertStep(0, doc.newStep(QStringLiteral("scalp-massage")));
    doc.insertStep(1, doc.newStep(QStringLiteral("craniosacral-light-touch")));
    QString problems;
    for (const FieldProblem& p : doc.problems())
        problems += p.path + QStringLiteral(": ") + p.message + QLatin1Char('\n');
    INFO(problems.toStdString());
    REQUIRE(doc.errorCount() == 0);
    return doc.routine();
}

} // namespace

TEST_CASE("ids are made from names, never taken twice and never a bundled routine's", "[editor][files]")
{
    CHECK(UserRoutines::idFromName(QStringLiteral("Neck, evening!")) == QStringLiteral("neck-evening"));
    CHECK(UserRoutines::idFromName(QStringLiteral("Épaules détendues")) == QStringLiteral("epaules-detendues"));
    CHECK(UserRoutines::idFromName(QStringLiteral("5 minutes")) == QStringLiteral("routine-5-minutes"));
    CHECK(UserRoutines::idFromName(QStringLiteral("…")) == QStringLiteral("my-routine"));
    Folders folders;
    const LoadResult loaded = folders.load();
    UserRoutines own(folders.packs(), folders.drafts());
    CHECK(
        own.freeId(QStringLiteral("scalp-tension-relief"), loaded.content) == QStringLiteral("scalp-tension-relief-2"));
    CHECK(own.copyId(QStringLiteral("scalp-tension-relief"), loaded.content)
        == QStringLiteral("my-scalp-tension-relief"));
    UserRoutines::Draft draft {
        makeRoutine(loaded.content, QStringLiteral("my-scalp-tension-relief"), QStringLiteral("x")), true, false, {}};
    REQUIRE(own.saveDraft(draft).ok());
    CHECK(own.copyId(QStringLiteral("scalp-tension-relief"), loaded.content)
        == QStringLiteral("my-scalp-tension-relief-2"));
}

TEST_CASE("saving writes a pack that loads and validates with no problems", "[editor][files]")
{
    Folders folders;
    LoadResult loaded = folders.load();
    UserRoutines own(folders.packs(), folders.drafts());
    const Routine routine
        = makeRoutine(loaded.content, QStringLiteral("scalp-before-bed"), QStringLiteral("Scalp before bed"));
    const UserRoutines::Outcome saved = own.save(routine);
    REQUIRE(saved.ok());
    CHECK(saved.path == folders.packs() + QStringLiteral("/my-routines/routines/scalp-before-bed.json"));
    CHECK(QFileInfo::exists(folders.packs() + QStringLiteral("/my-routines/pack.json")));
    CHECK(readFile(saved.path) == RoutineJson::write(routine));
    // No temporary file of the atomic write is left behind.
    CHECK(QDir(folders.packs() + QStringLiteral("/my-routines/routines")).entryList(QDir::Files)
        == QStringList {QStringLiteral("scalp-before-bed.json")});

    loaded = folders.load();
    INFO(dump(loaded.diagnostics).toStdString());
    CHECK(loaded.diagnostics.isEmpty());
    const Routine* back = loaded.content.routine(routine.id);
    REQUIRE(back);
    CHECK(UserRoutines::isOwn(*back));
    CHECK(back->name == routine.name);
    CHECK(back->safety == routine.safety);
    REQUIRE(back->steps.size() == 2);
    CHECK(sameStep(back->steps[1], routine.steps[1]));
    // The editor opens it again exactly as it was saved.
    RoutineDocument doc(loaded.content);
    doc.open(UserRoutines::editable(*back, own.packRoot()), RoutineDocument::Origin::Own, false);
    CHECK(doc.toJson() == readFile(saved.path));
    CHECK_FALSE(doc.hasUnsavedChanges());
}

TEST_CASE("drafts keep routines with problems outside every pack", "[editor][files]")
{
    Folders folders;
    const LoadResult loaded = folders.load();
    UserRoutines own(folders.packs(), folders.drafts());
    Routine broken = makeRoutine(loaded.content, QStringLiteral("half-done"), QStringLiteral("Half done"));
    broken.name.clear(); // not named yet
    broken.steps[0].cues = {Cue {500, QStringLiteral("Later.")}};
    const QDateTime when(QDate(2025, 3, 4), QTime(10, 0), Qt::UTC);
    REQUIRE(own.saveDraft({broken, true, true, when}).ok());
    CHECK(QFileInfo::exists(folders.drafts() + QStringLiteral("/half-done.json")));

    const auto draft = own.draft(QStringLiteral("half-done"));
    REQUIRE(draft);
    CHECK(draft->isNew);
    CHECK(draft->safetyFromRedFlags);
    CHECK(draft->saved == when);
    CHECK(draft->routine.steps[0].cues.first().atSeconds == 500);
    CHECK(RoutineJson::write(draft->routine) == RoutineJson::write(broken));
    CHECK(own.drafts().size() == 1);

    // The loader never sees drafts: the packs load as before, with no problem reported.
    const LoadResult after = folders.load();
    CHECK(after.diagnostics.isEmpty());
    CHECK_FALSE(after.content.routine(QStringLiteral("half-done")));

    // Saving the routine, once fixed, removes its draft.
    Routine fixed = broken;
    fixed.name = QStringLiteral("Done now");
    fixed.steps[0].cues.clear();
    REQUIRE(own.save(fixed).ok());
    CHECK_FALSE(own.draft(QStringLiteral("half-done")));
}

TEST_CASE("deleting an own routine can be undone", "[editor][files][undo]")
{
    Folders folders;
    UserRoutines own(folders.packs(), folders.drafts());
    const LoadResult loaded = folders.load();
    const Routine routine = makeRoutine(loaded.content, QStringLiteral("to-delete"), QStringLiteral("To delete"));
    REQUIRE(own.save(routine).ok());
    const QByteArray bytes = readFile(own.routineFile(routine.id));
    QString error;
    const auto removed = own.remove(routine.id, &error);
    REQUIRE(removed);
    CHECK(removed->name == QStringLiteral("To delete"));
    CHECK_FALSE(QFileInfo::exists(own.routineFile(routine.id)));
    CHECK_FALSE(folders.load().content.routine(routine.id));
    REQUIRE(own.restore(*removed).ok());
    CHECK(readFile(own.routineFile(routine.id)) == bytes);
    CHECK(folders.load().content.routine(routine.id));
    CHECK_FALSE(own.remove(QStringLiteral("scalp-tension-relief"), &error)); // bundled: never
    CHECK(error.contains(QStringLiteral("no routine")));
}

TEST_CASE("exports validate on their own and import back", "[editor][files]")
{
    Folders folders;
    UserRoutines own(folders.packs(), folders.drafts());
    LoadResult loaded = folders.load();
    REQUIRE(own.save(makeRoutine(loaded.content, QStringLiteral("first-one"), QStringLiteral("First"))).ok());
    REQUIRE(own.save(makeRoutine(loaded.content, QStringLiteral("second-one"), QStringLiteral("Second"))).ok());
    QTemporaryDir out;

    SECTION("one routine")
    {
        const UserRoutines::Outcome exported = own.exportRoutine(QStringLiteral("first-one"), out.path());
        REQUIRE(exported.ok());
        CHECK(exported.path == out.filePath(QStringLiteral("first-one")));
        const LoadResult check = ContentLoader::load({bundledSource(), {exported.path, QStringLiteral("export")}});
        INFO(dump(check.diagnostics).toStdString());
        CHECK(check.diagnostics.isEmpty());
        CHECK(check.content.routine(QStringLiteral("first-one")));
        CHECK_FALSE(check.content.routine(QStringLiteral("second-one")));
        // Exporting again over the earlier export is fine; over something else it is refused.
        CHECK(own.exportRoutine(QStringLiteral("first-one"), out.path()).ok());
        writeFile(out.filePath(QStringLiteral("second-one/notes.txt")), "mine");
        CHECK(own.exportRoutine(QStringLiteral("second-one"), out.path())
                  .error.contains(QStringLiteral("not an export")));
        CHECK(own.exportRoutine(QStringLiteral("never-saved"), out.path())
                  .error.contains(QStringLiteral("save it first")));
    }
    SECTION("the whole pack, imported by someone else")
    {
        const UserRoutines::Outcome exported = own.exportPack(out.path());
        REQUIRE(exported.ok());
        const LoadResult check = ContentLoader::load({bundledSource(), {exported.path, QStringLiteral("export")}});
        CHECK(check.diagnostics.isEmpty());
        CHECK(check.content.routines().size() == loaded.content.routines().size() + 2);

        Folders other;
        UserRoutines theirs(other.packs(), other.drafts());
        const UserRoutines::ImportResult imported = theirs.import(exported.path, other.load().content);
        INFO(imported.error.toStdString());
        REQUIRE(imported.ok());
        CHECK(imported.routineIds == QStringList {QStringLiteral("first-one"), QStringLiteral("second-one")});
        const LoadResult after = other.load();
        CHECK(after.diagnostics.isEmpty());
        CHECK(UserRoutines::isOwn(*after.content.routine(QStringLiteral("second-one"))));
        // Importing the same again keeps both: the second comes in under a free id.
        const UserRoutines::ImportResult again = theirs.import(exported.path, after.content);
        REQUIRE(again.ok());
        CHECK(again.routineIds == QStringList {QStringLiteral("first-one-2"), QStringLiteral("second-one-2")});
        CHECK(again.notes.size() == 2);
    }
}

TEST_CASE("importing a routine file checks it with the loader first", "[editor][files]")
{
    Folders folders;
    UserRoutines own(folders.packs(), folders.drafts());
    const LoadResult loaded = folders.load();
    QTemporaryDir in;

    SECTION("a good file, saved by a browser under another name")
    {
        const QString file = in.filePath(QStringLiteral("shared (1).json"));
        writeFile(file,
            RoutineJson::write(
                makeRoutine(loaded.content, QStringLiteral("from-a-friend"), QStringLiteral("From a friend"))));
        const UserRoutines::ImportResult result = own.import(file, loaded.content);
        INFO(result.error.toStdString() << dump(result.diagnostics).toStdString());
        REQUIRE(result.ok());
        CHECK(result.routineIds == QStringList {QStringLiteral("from-a-friend")});
        CHECK(folders.load().content.routine(QStringLiteral("from-a-friend")));
    }
    SECTION("a bundled routine's file comes in as a copy, never over the bundled one")
    {
        const QString file = sourcePath(QStringLiteral("content/routines/neck-micro-break.json"));
        const UserRoutines::ImportResult result = own.import(file, loaded.content);
        REQUIRE(result.ok());
        CHECK(result.routineIds == QStringList {QStringLiteral("neck-micro-break-2")});
        REQUIRE(result.notes.size() == 1);
        CHECK(result.notes.first().contains(QStringLiteral("imported as “neck-micro-break-2”")));
    }
    SECTION("a file with mistakes is refused with the loader's messages, and nothing is written")
    {
        const QString file = in.filePath(QStringLiteral("broken.json"));
        QByteArray text
            = RoutineJson::write(makeRoutine(loaded.content, QStringLiteral("broken"), QStringLiteral("Broken")));
        text.replace("\"technique\": \"scalp-massage\"", "\"technique\": \"scalp-masage\"");
        writeFile(file, text);
        const UserRoutines::ImportResult result = own.import(file, loaded.content);
        CHECK_FALSE(result.ok());
        CHECK(result.error == QStringLiteral("“broken.json” was not imported: it has 1 problem(s)."));
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics.first().toString().startsWith(file + QStringLiteral(":")));
        CHECK(result.diagnostics.first().message.contains(QStringLiteral("Did you mean scalp-massage?")));
        CHECK_FALSE(QFileInfo::exists(own.packRoot()));
    }
    SECTION("a syntax error says what and where, in plain words")
    {
        const QString file = in.filePath(QStringLiteral("comma.json"));
        writeFile(file, "{\n  \"id\": \"x\",\n  \"regions\": [\"head\",],\n}\n");
        const UserRoutines::ImportResult result = own.import(file, loaded.content);
        CHECK_FALSE(result.ok());
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics.first().message.startsWith(
            QStringLiteral("remove the comma after the last item (line 3)")));
    }
}

TEST_CASE("importing a pack folder installs it beside the others, once", "[editor][files]")
{
    Folders folders;
    UserRoutines own(folders.packs(), folders.drafts());
    const LoadResult loaded = folders.load();
    const ScratchPack pack;
    // The minimal pack brings its own regions and technique; it loads on top of the bundled one.
    const UserRoutines::ImportResult result = own.import(pack.root(), loaded.content);
    INFO(result.error.toStdString() << dump(result.diagnostics).toStdString());
    REQUIRE(result.ok());
    CHECK_FALSE(result.packId.isEmpty());
    CHECK(QFileInfo::exists(folders.packs() + QLatin1Char('/') + result.packId + QStringLiteral("/pack.json")));
    const LoadResult after = folders.load();
    CHECK(countErrors(after.diagnostics) == 0);
    CHECK(after.content.routine(QStringLiteral("short")));
    const UserRoutines::ImportResult again = own.import(pack.root(), after.content);
    CHECK(again.error.contains(QStringLiteral("already installed")));

    const ScratchPack broken(QStringLiteral("negative-duration"));
    Folders fresh;
    UserRoutines other(fresh.packs(), fresh.drafts());
    const UserRoutines::ImportResult refused = other.import(broken.root(), fresh.load().content);
    CHECK(refused.error.contains(QStringLiteral("was not installed")));
    CHECK_FALSE(refused.diagnostics.isEmpty());
    CHECK_FALSE(QFileInfo::exists(fresh.packs()));
}
