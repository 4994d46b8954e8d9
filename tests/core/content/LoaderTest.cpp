// SPDX-License-Identifier: MIT
// The content loader against one broken fixture per rule (tests/data/broken/<rule>/, laid
// over tests/data/minimal-pack): each problem is reported with the right file, line, column,
// JSON path and message, the broken item is skipped and the rest of the pack still loads.
#include "ContentLoader.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QSemaphore>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace knead;
using namespace knead::test;
using Severity = Diagnostic::Severity;

namespace {

const QString kTechnique = QStringLiteral("techniques/circles.json");
const QString kRoutine = QStringLiteral("routines/short.json");

struct Expectation
{
    const char* rule;
    QString file; // pack-relative
    const char* marker; // expected position: first occurrence of this text (empty: 1:1)
    int markerOffset; // added to the marker's byte offset
    const char* path;
    const char* message;
    Severity severity;
    bool techniqueLoads;
    bool routineLoads;
    bool lastOccurrence = false;
};

// Where `marker` is in `text`, computed independently of the loader: 1-based line and column
// in code points.
std::pair<int, int> expectedPosition(const QByteArray& text, const Expectation& e)
{
    if (*e.marker == '\0')
        return {1, 1};
    const QByteArray marker(e.marker);
    qsizetype at = e.lastOccurrence ? text.lastIndexOf(marker) : text.indexOf(marker);
    REQUIRE(at >= 0);
    at += e.markerOffset;
    const QByteArray before = text.left(at);
    const int line = int(before.count('\n')) + 1;
    const QByteArray lastLine = before.mid(before.lastIndexOf('\n') + 1);
    return {line, int(QString::fromUtf8(lastLine).size()) + 1};
}

} // namespace

TEST_CASE("the minimal pack loads with no diagnostics", "[loader]")
{
    const ScratchPack pack;
    const LoadResult result = pack.load();
    INFO(dump(result.diagnostics));
    CHECK(result.diagnostics.isEmpty());
    REQUIRE(result.content.technique(QStringLiteral("circles")));
    const Routine* routine = result.content.routine(QStringLiteral("short"));
    REQUIRE(routine);
    REQUIRE(routine->steps.size() == 3);
    CHECK(routine->steps[0].durationSeconds == 60);
    CHECK(routine->steps[0].side == Side::Right);
    CHECK(routine->steps[0].restSeconds == 5);
    REQUIRE(routine->steps[0].cues.size() == 1);
    CHECK(routine->steps[0].cues[0].atSeconds == 30);
    REQUIRE(routine->steps[0].motion);
    CHECK(routine->steps[0].motion->pattern == MotionPattern::Circles);
    CHECK(routine->steps[0].motion->points == QList<QPointF> {QPointF(0.2, 0.7)});
    CHECK_FALSE(routine->steps[2].isTimed());
    CHECK(routine->steps[1].image.endsWith(QStringLiteral("/images/dot.svg")));
    CHECK(routine->totalSeconds() == 125);
    const Technique* t = result.content.technique(QStringLiteral("circles"));
    CHECK(t->pressure.contains(Pressure::Light));
    CHECK(t->pressure.contains(Pressure::Medium));
    CHECK_FALSE(t->pressure.contains(Pressure::Firm));
    CHECK(t->description.contains(QStringLiteral("\n\n")));
    REQUIRE(result.content.packs().size() == 1);
    CHECK(result.content.packs()[0].id == QStringLiteral("minimal"));
}

TEST_CASE("each broken fixture is reported precisely and skipped alone", "[loader]")
{
    const auto E = Severity::Error;
    const auto W = Severity::Warning;
    // clang-format off
    const std::vector<Expectation> cases = {
        {"syntax-error", kTechnique, "\"Fingertip circles\"", 19, "", "a comma is missing after this item", E, false, false},
        {"deep-nesting", kRoutine, "\"summary\": ", 11 + 63, "", "nested more than 64 levels deep", E, true, false},
        {"duplicate-key", kTechnique, "\"name\": \"Second name\"", 0, "", "the key \"name\" appears twice in this object", E, false, false},
        {"integer-too-large", kRoutine, "99999999999999999999", 0, "", "the number 99999999999999999999 is too large", E, true, false},
        {"number-overflow", kRoutine, "1e400", 0, "", "the number 1e400 is too large", E, true, false},
        {"float-duration", kRoutine, "\"duration\": 1e10", 0, "steps[0].duration", "expected whole seconds from 1 to 3600 (a whole number, no decimal point), got 10000000000.0 (a number with a decimal point)", E, true, false},
        {"fraction-duration", kRoutine, "\"duration\": 12.5", 0, "steps[0].duration", "expected whole seconds from 1 to 3600 (a whole number, no decimal point), got 12.5 (a number with a decimal point)", E, true, false},
        {"invalid-utf8", kTechnique, "\"Fingertip", 11, "", "save the file as UTF-8", E, false, false},
        {"unknown-field", kTechnique, "\"colour\"", 0, "colour", "unknown field \"colour\" is ignored", W, true, true},
        {"missing-field", kTechnique, "", 0, "", "missing required field \"summary\"", E, false, false},
        {"wrong-type", kTechnique, "\"regions\"", 0, "regions", "expected a list […], got text \"head\"", E, false, false},
        {"bad-id", kTechnique, "\"id\"", 0, "id", "\"Circles\" is not a valid id", E, false, false},
        {"id-mismatch", kTechnique, "\"id\"", 0, "id", "does not match the file name", E, false, false},
        {"unknown-technique", kRoutine, "\"technique\": \"kneading\"", 0, "steps[0].technique", "no technique has the id \"kneading\"", E, true, false},
        {"unknown-region", kRoutine, "\"region\": \"knee\"", 0, "steps[2].region", "no region has the id \"knee\"", E, true, false},
        {"bad-enum", kRoutine, "\"side\": \"up\"", 0, "steps[0].side", "expected one of left, right, both or none, got text \"up\"", E, true, false},
        {"cue-out-of-range", kRoutine, "\"at\": 60", 0, "steps[0].cues[0].at", "expected whole seconds into the step from 1 to 59 (a whole number, no decimal point), got 60", E, true, false},
        {"cue-on-untimed", kRoutine, "\"cues\": [{ \"at\": 5", 0, "steps[2].cues", "an untimed step cannot have cues", E, true, false},
        {"image-absolute", kRoutine, "\"image\": \"/etc", 0, "steps[1].image", "is an absolute path", E, true, false},
        {"image-dotdot", kRoutine, "\"image\": \"images/..", 0, "steps[1].image", "contains \"..\"", E, true, false},
        {"image-backslash", kRoutine, "\"image\": \"images\\\\", 0, "steps[1].image", "contains a backslash", E, true, false},
        {"image-nul", kRoutine, "\"image\": \"images/dot.svg\\u0000", 0, "steps[1].image", "contains a NUL character", E, true, false},
        {"image-missing", kRoutine, "\"image\": \"images/none", 0, "steps[1].image", "file not found", E, true, false},
        {"image-wrong-type", kRoutine, "\"image\": \"images/dot.gif", 0, "steps[1].image", "must be an .svg or .png file", E, true, false},
        {"image-empty", kRoutine, "\"image\": \"images/empty", 0, "steps[2].image", "the image file is empty", E, true, false},
        {"image-garbage", kRoutine, "\"image\": \"images/garbage", 0, "steps[2].image", "not a PNG image", E, true, false},
        {"image-huge-dimensions", kRoutine, "\"image\": \"images/bomb", 0, "steps[2].image", "100000×100000 pixels", E, true, false},
        {"image-svg-external", kRoutine, "\"image\": \"images/outside", 0, "steps[1].image", "refers to \"/etc/hostname\"", E, true, false},
        {"not-an-object", kTechnique, "[", 0, "", "expected an object {…}, got a list", E, false, false},
        {"empty-file", kTechnique, "", 0, "", "the file is empty", E, false, false},
        {"format-version", QStringLiteral("pack.json"), "\"format\"", 0, "format", "needs format version 2", E, true, true},
        {"bad-url", kTechnique, "\"url\"", 0, "sources[0].url", "expected an https:// address", E, false, false},
        {"control-char", kTechnique, "\"name\"", 0, "name", "control character U+0007", E, false, false},
        {"motion-bad-point", kRoutine, "[1.5, 0.7]", 0, "steps[0].motion.points[0]", "expected a point [x, y] with both numbers from 0 to 1", E, true, false},
        {"empty-steps", kRoutine, "\"steps\"", 0, "steps", "expected a list of 1 to 200 steps, got 0 step", E, true, false},
        {"trailing-garbage", kRoutine, "}", 0, "", "after the end of the JSON object", E, true, false, true},
    };
    // clang-format on

    for (const Expectation& e : cases) {
        DYNAMIC_SECTION(e.rule)
        {
            const ScratchPack pack(QString::fromLatin1(e.rule));
            const LoadResult result = pack.load();
            INFO(dump(result.diagnostics));
            REQUIRE_FALSE(result.diagnostics.isEmpty());
            const Diagnostic& d = result.diagnostics.first();
            CHECK(d.file == QStringLiteral("pack/") + e.file);
            CHECK(d.severity == e.severity);
            CHECK(d.path == QString::fromUtf8(e.path));
            CHECK(d.message.contains(QString::fromUtf8(e.message)));
            const auto [line, column] = expectedPosition(readFile(pack.root() + QLatin1Char('/') + e.file), e);
            CHECK(d.line == line);
            CHECK(d.column == column);
            CHECK(bool(result.content.technique(QStringLiteral("circles"))) == e.techniqueLoads);
            CHECK(bool(result.content.routine(QStringLiteral("short"))) == e.routineLoads);
            // The rest of the pack is unaffected: regions always load.
            CHECK(result.content.regions().size() == 3);
        }
    }
}

TEST_CASE("a diagnostic reads file:line:col: severity: field: message", "[loader]")
{
    const ScratchPack pack(QStringLiteral("negative-duration"));
    const LoadResult result = pack.load();
    INFO(dump(result.diagnostics));
    REQUIRE(result.errorCount() == 1);
    CHECK(result.diagnostics.first().toString()
        == QStringLiteral(
            "pack/routines/scalp.json:14:9: error: steps[2].duration: expected whole seconds from 1 to 3600 "
            "(a whole number, no decimal point), got -5"));
    CHECK_FALSE(result.content.routine(QStringLiteral("scalp")));
    CHECK(result.content.routine(QStringLiteral("short"))); // the other routine still loads
}

TEST_CASE("a file over 4 MiB is refused without being parsed", "[loader]")
{
    const ScratchPack pack;
    QByteArray big = readFile(pack.root() + QLatin1Char('/') + kTechnique);
    big.insert(1, QByteArray(5 * 1024 * 1024, ' '));
    writeFile(pack.root() + QLatin1Char('/') + kTechnique, big);
    const LoadResult result = pack.load();
    const Diagnostic* d = findDiagnostic(result.diagnostics, QStringLiteral("larger than 4 MiB"));
    REQUIRE(d);
    CHECK(d->file == QStringLiteral("pack/") + kTechnique);
    CHECK_FALSE(result.content.technique(QStringLiteral("circles")));
}

TEST_CASE("one run reports every problem of a routine, references included", "[loader]")
{
    const ScratchPack pack(QStringLiteral("bad-enum"));
    // A second, independent problem in the same routine: an unknown technique.
    const QString file = pack.root() + QLatin1Char('/') + kRoutine;
    QByteArray text = readFile(file);
    text.replace("\"technique\": \"circles\",\n      \"region\": \"neck\"",
        "\"technique\": \"kneading\",\n      \"region\": \"neck\"");
    writeFile(file, text);
    const LoadResult result = pack.load();
    INFO(dump(result.diagnostics));
    CHECK(findDiagnostic(result.diagnostics, QStringLiteral("steps[0].side")));
    CHECK(
        findDiagnostic(result.diagnostics, QStringLiteral("steps[2].technique: no technique has the id \"kneading\"")));
}

TEST_CASE("a later pack adds items and overrides earlier ones by id, with a note", "[loader]")
{
    const ScratchPack first;
    QTemporaryDir secondDir;
    const QString second = secondDir.path();
    writeFile(second + QStringLiteral("/pack.json"),
        R"({ "format": 1, "id": "second", "name": "Second", "language": "en" })");
    QByteArray technique = readFile(first.root() + QLatin1Char('/') + kTechnique);
    technique.replace("Fingertip circles", "Better circles");
    writeFile(second + QLatin1Char('/') + kTechnique, technique);
    QByteArray routine = readFile(first.root() + QLatin1Char('/') + kRoutine);
    routine.replace("\"id\": \"short\"", "\"id\": \"extra\"");
    routine.replace("\"steps\": [",
        "\"steps\": [\n    { \"title\": \"Only\", \"instruction\": \"Go.\", \"duration\": 10, \"technique\": "
        "\"circles\", \"region\": \"head\", \"side\": \"none\", \"pressure\": \"light\" }\n  ], \"unused\": [");
    writeFile(second + QStringLiteral("/routines/extra.json"), routine);

    const LoadResult result
        = ContentLoader::load({{first.root(), QStringLiteral("first")}, {second, QStringLiteral("second")}});
    INFO(dump(result.diagnostics));
    CHECK(result.errorCount() == 0);
    const Technique* t = result.content.technique(QStringLiteral("circles"));
    REQUIRE(t);
    CHECK(t->name == QStringLiteral("Better circles"));
    CHECK(t->packId == QStringLiteral("second"));
    CHECK(result.content.techniques().size() == 1);
    CHECK(result.content.routine(QStringLiteral("extra")));
    CHECK(result.content.routine(QStringLiteral("short")));
    const Diagnostic* note = findDiagnostic(
        result.diagnostics, QStringLiteral("replaces the technique of the same id from pack \"minimal\""));
    REQUIRE(note);
    CHECK(note->severity == Severity::Note);
    CHECK(note->file == QStringLiteral("second/techniques/circles.json"));
    CHECK(note->line == 2);
    // The unknown field in the second routine is a warning, not an error.
    CHECK(findDiagnostic(result.diagnostics, QStringLiteral("unknown field \"unused\"")));
}

TEST_CASE("a missing pack folder or manifest is an error, not a crash", "[loader]")
{
    const LoadResult missing = ContentLoader::load({{QStringLiteral("/nonexistent/knead-pack"), QString()}});
    REQUIRE(missing.errorCount() == 1);
    CHECK(missing.diagnostics.first().message.contains(QStringLiteral("folder not found")));

    const ScratchPack pack;
    QFile::remove(pack.root() + QStringLiteral("/pack.json"));
    const LoadResult noManifest = pack.load();
    const Diagnostic* d
        = findDiagnostic(noManifest.diagnostics, QStringLiteral("pack/pack.json:1:1: error: -: file not found"));
    CHECK(d);
    CHECK(noManifest.content.routine(QStringLiteral("short"))); // items still load
}

TEST_CASE("every broken fixture and fuzz finding, in any file of a pack, is reported and never crashes", "[loader]")
{
    QStringList inputs;
    for (const QString& folder : {QStringLiteral("broken"), QStringLiteral("fuzz-regressions")}) {
        QDirIterator it(dataPath(folder), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.endsWith(QLatin1String(".gitkeep")) && !path.endsWith(QLatin1String(".png"))
                && !path.endsWith(QLatin1String(".svg")))
                inputs.append(path);
        }
    }
    REQUIRE(inputs.size() > 30);
    int reported = 0;
    for (const QString& input : std::as_const(inputs)) {
        const QByteArray bytes = readFile(input);
        for (const QString& target :
            {QStringLiteral("pack.json"), QStringLiteral("regions.json"), kTechnique, kRoutine}) {
            const ScratchPack pack;
            writeFile(pack.root() + QLatin1Char('/') + target, bytes);
            const LoadResult result = pack.load();
            for (const Diagnostic& d : result.diagnostics) {
                CHECK_FALSE(d.file.isEmpty());
                CHECK_FALSE(d.message.isEmpty());
            }
            // Whatever else happens, the regions of an intact regions.json always load.
            if (target != QLatin1String("regions.json"))
                CHECK(result.content.regions().size() == 3);
            reported += result.errorCount() > 0;
        }
    }
    CHECK(reported > int(inputs.size()));
}

TEST_CASE("a pack of hundreds of files is read on every core and comes out in file order", "[loader]")
{
    // From 64 files in a folder on, the files are read on the thread pool while the loader
    // inserts the finished ones; whatever the timing, items and diagnostics keep file order,
    // routines find the techniques of their own pack, and an item that replaces one of an
    // earlier pack is noted.
    const ScratchPack first;
    QTemporaryDir manyDir;
    const QString many = manyDir.path();
    writeFile(
        many + QStringLiteral("/pack.json"), R"({ "format": 1, "id": "many", "name": "Many", "language": "en" })");
    const QByteArray technique = readFile(first.root() + QLatin1Char('/') + kTechnique);
    writeFile(many + QLatin1Char('/') + kTechnique, QByteArray(technique).replace("Fingertip circles", "Many circles"));
    constexpr int kCount = 120;
    QStringList expectedFiles {QStringLiteral("many/") + kTechnique};
    QStringList routineFiles;
    QStringList expectedRoutines {QStringLiteral("short")};
    for (int i = 0; i < kCount; ++i) {
        const QByteArray id = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0')).toLatin1();
        QByteArray t = QByteArray(technique).replace("\"circles\"", "\"t-" + id + "\"");
        if (i % 17 == 5) { // a field the format does not have: a warning, and the item loads
            t.replace("\"summary\"", "\"colour\": \"red\",\n  \"summary\"");
            expectedFiles.append(QStringLiteral("many/techniques/t-%1.json").arg(QString::fromLatin1(id)));
        }
        const QString name = QString::fromLatin1(id) + QStringLiteral(".json");
        writeFile(many + QStringLiteral("/techniques/t-") + name, t);
        // Each routine uses its own technique; every 23rd names one that does not exist.
        const QByteArray uses = i % 23 == 7 ? "nope-" + id : "t-" + id;
        writeFile(many + QStringLiteral("/routines/r-") + name,
            R"({ "id": "r-)" + id + R"(", "name": "Routine )" + id
                + R"(", "summary": "One step.", "regions": ["head"], "preparation": ["Sit."], "safety": "Stop if it hurts.",
  "steps": [{ "title": "Only", "instruction": "Go.", "duration": 10, "technique": ")"
                + uses + R"(", "region": "head", "side": "none", "pressure": "light" }] })");
        if (i % 23 == 7)
            routineFiles.append(QStringLiteral("many/routines/r-%1.json").arg(QString::fromLatin1(id)));
        else
            expectedRoutines.append(QStringLiteral("r-") + QString::fromLatin1(id));
    }
    expectedFiles += routineFiles;

    QString firstDump;
    for (int round = 0; round < 3; ++round) {
        const LoadResult result
            = ContentLoader::load({{first.root(), QStringLiteral("first")}, {many, QStringLiteral("many")}});
        INFO(dump(result.diagnostics));
        QStringList techniques;
        for (const Technique& t : result.content.techniques())
            techniques.append(t.id);
        QStringList expectedTechniques {QStringLiteral("circles")}; // replaced where it was
        for (int i = 0; i < kCount; ++i)
            expectedTechniques.append(QStringLiteral("t-%1").arg(i, 3, 10, QLatin1Char('0')));
        CHECK(techniques == expectedTechniques);
        CHECK(result.content.technique(QStringLiteral("circles"))->name == QStringLiteral("Many circles"));
        QStringList routines;
        for (const Routine& r : result.content.routines()) {
            routines.append(r.id);
            if (r.id != QLatin1String("short"))
                CHECK(r.steps.first().technique == QStringLiteral("t-") + r.id.mid(2));
        }
        CHECK(routines == expectedRoutines);
        QStringList files;
        for (const Diagnostic& d : result.diagnostics)
            files.append(d.file);
        CHECK(files == expectedFiles);
        const Diagnostic* note = findDiagnostic(
            result.diagnostics, QStringLiteral("replaces the technique of the same id from pack \"minimal\""));
        REQUIRE(note);
        CHECK(note->file == QStringLiteral("many/") + kTechnique);
        CHECK(result.errorCount() == routineFiles.size());
        if (round == 0)
            firstDump = dump(result.diagnostics);
        else
            CHECK(dump(result.diagnostics) == firstDump);
    }
}

TEST_CASE("a large pack loads from the only thread of the global pool", "[loader]")
{
    // ContentStore loads on the global thread pool. The loading thread waits for each file in
    // turn, so the files are read on a pool of the loader's own: on the global one, a load
    // from its only thread (a one-core machine, or a pool busy with other work) would wait for
    // ever for a thread to read them.
    const ScratchPack pack;
    const QByteArray technique = readFile(pack.root() + QLatin1Char('/') + kTechnique);
    for (int i = 0; i < 100; ++i) {
        const QByteArray id = "more-" + QByteArray::number(i);
        writeFile(pack.root() + QStringLiteral("/techniques/") + QString::fromLatin1(id) + QStringLiteral(".json"),
            QByteArray(technique).replace("\"circles\"", "\"" + id + "\""));
    }

    QThreadPool* global = QThreadPool::globalInstance();
    const int threads = global->maxThreadCount();
    global->setMaxThreadCount(1);
    QSemaphore started;
    QFuture<LoadResult> loading = QtConcurrent::run([&] {
        started.release();
        return pack.load();
    });
    started.acquire(); // on the pool's one thread now (waiting on it below does not run it here)
    QFutureWatcher<LoadResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    // Only a guard for the failure: a load that waits for ever is let go after 30 s.
    QTimer::singleShot(std::chrono::seconds(30), &loop, &QEventLoop::quit);
    watcher.setFuture(loading);
    if (!loading.isFinished())
        loop.exec();
    CHECK(loading.isFinished());
    global->setMaxThreadCount(threads); // lets a stuck load finish, so the test can end
    const LoadResult result = loading.result();
    INFO(dump(result.diagnostics));
    CHECK(result.errorCount() == 0);
    CHECK(result.content.techniques().size() == 101);
}
