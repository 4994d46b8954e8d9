// SPDX-License-Identifier: MIT
#include "CommandLine.h"
#include "Cli.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace knead;
using knead::test::dataPath;

namespace {

CommandLine parse(std::initializer_list<const char*> args)
{
    QStringList list {QStringLiteral("knead")};
    for (const char* a : args)
        list.append(QString::fromUtf8(a));
    return CommandLine::parse(list);
}

} // namespace

TEST_CASE("command line actions", "[cli]")
{
    CHECK(parse({}).action == CommandLine::Action::Run);
    CHECK(parse({"--help"}).action == CommandLine::Action::Help);
    CHECK(parse({"-v"}).action == CommandLine::Action::Version);
    const CommandLine list = parse({"--list", "--format", "json", "--content-dir", "a", "--content-dir", "b"});
    CHECK(list.error.isEmpty());
    CHECK(list.action == CommandLine::Action::List);
    CHECK(list.listFormat == CommandLine::ListFormat::Json);
    CHECK(list.contentDirs == QStringList {QStringLiteral("a"), QStringLiteral("b")});
    const QString a = dataPath(QStringLiteral("minimal-pack"));
    const QString b = dataPath(QStringLiteral("broken/bad-id"));
    const CommandLine validate = CommandLine::parse({QStringLiteral("knead"), QStringLiteral("--validate"), a, b});
    CHECK(validate.action == CommandLine::Action::Validate);
    CHECK(validate.validateDirs == QStringList {a, b});
    // A folder that is not there is a usage error, not a pack with errors.
    const CommandLine missing = parse({"--validate", "/nonexistent/pack"});
    CHECK(missing.error.contains(QStringLiteral("is not a folder")));
    CHECK(missing.needsNoDisplay());
    CHECK(parse({"--list", "regions"}).listWhat == CommandLine::ListWhat::Regions);
    CHECK(parse({"--list"}).listWhat == CommandLine::ListWhat::Everything);
    CHECK_FALSE(parse({"--list", "knees"}).error.isEmpty());
    CHECK(parse({"--start", "scalp-tension-relief"}).startRoutine == QStringLiteral("scalp-tension-relief"));
    // Qt's own options are left for QApplication.
    CHECK(parse({"-platform", "offscreen"}).error.isEmpty());
}

TEST_CASE("command line usage errors", "[cli]")
{
    CHECK_FALSE(parse({"--bogus"}).error.isEmpty());
    CHECK_FALSE(parse({"--validate"}).error.isEmpty());
    CHECK_FALSE(parse({"--list", "--format", "xml"}).error.isEmpty());
    CHECK_FALSE(parse({"--format", "json"}).error.isEmpty());
    CHECK_FALSE(parse({"--list", "--validate", "x"}).error.isEmpty());
    CHECK_FALSE(parse({"stray"}).error.isEmpty());
    CHECK_FALSE(parse({"--start"}).error.isEmpty());
}

TEST_CASE("the background option starts without a window, and takes no other action", "[cli][reminders]")
{
    const CommandLine background = parse({"--background"});
    CHECK(background.error.isEmpty());
    CHECK(background.action == CommandLine::Action::Run);
    CHECK(background.background);
    CHECK_FALSE(background.needsNoDisplay());
    CHECK_FALSE(parse({}).background);
    CHECK(parse({"--background", "--start", "desk-reset"}).error.contains(QStringLiteral("only one of")));
    CHECK(CommandLine::helpText().contains(QStringLiteral("--background")));
}

TEST_CASE("closest ids put near misses first", "[cli]")
{
    const QStringList ids {
        QStringLiteral("scalp-tension-relief"), QStringLiteral("desk-reset"), QStringLiteral("scalp-wind-down")};
    CHECK(closestIds(QStringLiteral("scalp-tension-releif"), ids).first() == QStringLiteral("scalp-tension-relief"));
    CHECK(closestIds(QStringLiteral("desk"), ids).first() == QStringLiteral("desk-reset"));
    CHECK(closestIds(QStringLiteral("x"), ids, 2).size() == 2);
}
