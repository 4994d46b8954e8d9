// SPDX-License-Identifier: MIT
// The knead binary's command line, run in a child process with no display.
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QProcessEnvironment>

using namespace knead::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runKnead(const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // these commands must not need one
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KNEAD_BINARY), args);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("version and help options", "[cli]")
{
    const Run version = runKnead({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("knead ")));
    const Run help = runKnead({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith(QStringLiteral("Usage: knead")));
    for (const char* option : {"--content-dir", "--list", "--format", "--validate", "--start", "--background"})
        CHECK(help.out.contains(QString::fromLatin1(option)));
}

TEST_CASE("validating the bundled content exits 0", "[cli]")
{
    const Run run = runKnead({QStringLiteral("--validate"), sourcePath(QStringLiteral("content"))});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("0 errors, 0 warnings in 1 pack")));
}

TEST_CASE("validating a broken pack exits 1 and names file, line and field", "[cli]")
{
    const ScratchPack pack(QStringLiteral("negative-duration"));
    const Run run = runKnead({QStringLiteral("--validate"), pack.root()});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(pack.root()
        + QStringLiteral("/routines/scalp.json:14:9: error: steps[2].duration: expected whole seconds from 1 to 3600 "
                         "(a whole number, no decimal point), got -5")));
    CHECK(run.err.contains(QStringLiteral("Checked on top of: bundled")));
}

TEST_CASE("validating a missing folder is a usage error", "[cli]")
{
    const Run run = runKnead({QStringLiteral("--validate"), QStringLiteral("/nonexistent/my-pack")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("is not a folder")));
}

TEST_CASE("listing regions names the region ids a pack can use", "[cli]")
{
    const Run text = runKnead({QStringLiteral("--list"), QStringLiteral("regions")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("  neck  ")));
    CHECK_FALSE(text.out.contains(QStringLiteral("Routines (")));
    const Run json = runKnead(
        {QStringLiteral("--list"), QStringLiteral("regions"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const auto doc = nlohmann::json::parse(json.out.toStdString());
    REQUIRE(doc.contains("regions"));
    CHECK_FALSE(doc.contains("routines"));
    bool neck = false;
    for (const auto& r : doc["regions"])
        neck = neck || r["id"] == "neck";
    CHECK(neck);
}

TEST_CASE("validating a pack with warnings only exits 0", "[cli]")
{
    const ScratchPack pack(QStringLiteral("unknown-field"));
    const Run run = runKnead({QStringLiteral("--validate"), pack.root()});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("warning: colour: unknown field")));
}

TEST_CASE("usage errors exit 2 with a message", "[cli]")
{
    for (const QStringList& args : {QStringList {QStringLiteral("--validate")}, QStringList {QStringLiteral("--bogus")},
             QStringList {QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("xml")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run run = runKnead(args);
        CHECK(run.exitCode == 2);
        CHECK(run.err.startsWith(QStringLiteral("knead: ")));
    }
}

TEST_CASE("starting an unknown routine suggests the closest ids and exits 2", "[cli]")
{
    const Run run = runKnead({QStringLiteral("--start"), QStringLiteral("scalp")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("no routine has the id \"scalp\"")));
    CHECK(run.err.contains(QStringLiteral("scalp-tension-relief")));
}

TEST_CASE("listing as JSON lists the bundled techniques and routines", "[cli]")
{
    const Run run = runKnead({QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const auto doc = nlohmann::json::parse(run.out.toStdString());
    REQUIRE(doc["techniques"].is_array());
    REQUIRE(doc["routines"].is_array());
    CHECK(doc["techniques"].size() >= 12);
    CHECK(doc["routines"].size() >= 10);
    bool scalpTechnique = false;
    for (const auto& t : doc["techniques"]) {
        CHECK(t["id"].is_string());
        CHECK(t["name"].is_string());
        CHECK(t["regions"].is_array());
        scalpTechnique = scalpTechnique || t["id"] == "scalp-massage";
    }
    CHECK(scalpTechnique);
    bool scalpRoutine = false;
    for (const auto& r : doc["routines"]) {
        CHECK(r["duration_seconds"].is_number_integer());
        CHECK(r["steps"].get<int>() > 0);
        if (r["id"] == "scalp-tension-relief") {
            scalpRoutine = true;
            CHECK(r["duration_seconds"].get<int>() >= 300);
            CHECK(r["duration_seconds"].get<int>() <= 1800);
        }
    }
    CHECK(scalpRoutine);
}

TEST_CASE("a content dir adds a pack to --list", "[cli]")
{
    const ScratchPack pack;
    const Run run = runKnead({QStringLiteral("--list"), QStringLiteral("--content-dir"), pack.root()});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("circles  Fingertip circles")));
    CHECK(run.out.contains(QStringLiteral("scalp-tension-relief")));
}
