// SPDX-License-Identifier: MIT
// The strict JSON reader: limits enforced while parsing, and positions of paths.
#include "StrictJson.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace knead;

TEST_CASE("strict JSON accepts ordinary documents", "[json]")
{
    const StrictJsonResult r
        = parseStrictJson(R"({"a": [1, -2, 3.5, "x", true, null, {"b": {}}], "c": 18446744073709551615})");
    REQUIRE(r.ok);
    CHECK(r.value["a"][1].get<int>() == -2);
    CHECK(r.value["a"][2].get<double>() == 3.5);
    CHECK(r.value["c"].is_number_unsigned());
    CHECK(r.value["a"][6]["b"].is_object());
}

TEST_CASE("nesting is limited before the document is built", "[json]")
{
    const auto nested
        = [](int depth) { return std::string(std::size_t(depth), '[') + std::string(std::size_t(depth), ']'); };
    CHECK(parseStrictJson(nested(64)).ok);
    const StrictJsonResult deep = parseStrictJson(nested(65));
    REQUIRE_FALSE(deep.ok);
    CHECK(deep.error.contains(QStringLiteral("more than 64 levels")));
    CHECK(deep.errorOffset == 64);
    // Far deeper input neither overflows the stack nor takes long: it stops at level 65.
    const StrictJsonResult hostile = parseStrictJson(nested(1'000'000));
    CHECK_FALSE(hostile.ok);
    CHECK(hostile.errorOffset == 64);
}

TEST_CASE("duplicate keys are refused at the second key", "[json]")
{
    const std::string text = "{\"a\": 1,\n \"a\": 2}";
    const StrictJsonResult r = parseStrictJson(text);
    REQUIRE_FALSE(r.ok);
    CHECK(r.error == QStringLiteral("the key \"a\" appears twice in this object; keep only one"));
    CHECK(r.errorOffset == text.rfind("\"a\""));
    // The same key in different objects is fine.
    CHECK(parseStrictJson(R"([{"a": 1}, {"a": 2}])").ok);
}

TEST_CASE("numbers outside 64-bit and double range are errors, never exceptions", "[json]")
{
    const StrictJsonResult big = parseStrictJson("[99999999999999999999]");
    REQUIRE_FALSE(big.ok);
    CHECK(big.error.contains(QStringLiteral("too large")));
    CHECK(big.errorOffset == 1);
    const StrictJsonResult overflow = parseStrictJson("[1, 1e400]");
    REQUIRE_FALSE(overflow.ok);
    CHECK(overflow.error.contains(QStringLiteral("too large")));
    CHECK(overflow.errorOffset == 4);
    CHECK_FALSE(parseStrictJson("[-1e400]").ok);
    CHECK(parseStrictJson("[1e10, -9223372036854775808]").ok);
}

TEST_CASE("invalid UTF-8 and syntax errors are reported with their offset", "[json]")
{
    const StrictJsonResult utf8 = parseStrictJson("{\"a\": \"x\xff\"}");
    REQUIRE_FALSE(utf8.ok);
    CHECK(utf8.error.contains(QStringLiteral("UTF-8")));
    const StrictJsonResult syntax = parseStrictJson("{\"a\": 1 \"b\": 2}");
    REQUIRE_FALSE(syntax.ok);
    CHECK(syntax.error.contains(QStringLiteral("comma is missing")));
    CHECK(syntax.errorOffset == 7); // just after the 1
    const StrictJsonResult empty = parseStrictJson("");
    CHECK_FALSE(empty.ok);
    const StrictJsonResult trailing = parseStrictJson("{} x");
    CHECK_FALSE(trailing.ok);
    CHECK(trailing.errorOffset == 3);
    // Control characters from the file never reach the message, where they could garble a terminal.
    const StrictJsonResult control = parseStrictJson("[\"a\x01\"]");
    REQUIRE_FALSE(control.ok);
    CHECK_FALSE(control.error.contains(QChar(1)));
}

namespace {

struct Mistake
{
    const char* what;
    std::string text;
    std::size_t offset; // where the message points
    const char* says; // part of the message
};

} // namespace

TEST_CASE("syntax errors are explained in plain words at the real mistake", "[json]")
{
    const std::vector<Mistake> mistakes = {
        {"trailing comma in an object", "{\n  \"a\": 1,\n  \"b\": 2,\n}", 20,
            "remove the comma after the last item (line 3)"},
        {"trailing comma in a list", "{\"a\": [1, 2,]}", 11, "remove the comma after the last item"},
        {"missing comma between members", "{\n  \"a\": 1\n  \"b\": 2\n}", 10, "comma is missing"},
        {"missing comma in a list", "[\"one\" \"two\"]", 6, "comma is missing"},
        {"curly quotes", "{\"name\": \u201cNeck\u201d}", 9, "curly quotes"},
        {"unescaped quote in text", "{\"say\": \"Press \"gently\" here\"}", 15, "write \\\""},
        {"a comment", "{\n  // my routine\n  \"a\": 1\n}", 4, "comments"},
        {"single quotes", "{'a': 1}", 1, "single quotes"},
        {"a unit after a number", "{\"duration\": 90s}", 13, "90s is not a number"},
        {"a bare word", "{\"side\": left}", 9, "put text in double quotes"},
        {"text not closed", "{\"a\": \"open\n}", 6, "closing quote"},
        {"an object never closed", "{\"a\": [1, 2]", 0, "a } is missing"},
        {"text after the object", "{} x", 3, "after the end"},
        {"UTF-16", std::string("\xFF\xFE{\0\"\0a\0\"\0:\0 \01\0}\0", 18), 0, "UTF-16"},
        {"Latin-1", "{\"a\": \"caf\xE9\"}", 10, "save the file as UTF-8"},
    };
    for (const Mistake& m : mistakes) {
        INFO(m.what);
        const StrictJsonResult r = parseStrictJson(m.text);
        REQUIRE_FALSE(r.ok);
        INFO(r.error.toStdString());
        CHECK(r.error.contains(QString::fromUtf8(m.says)));
        CHECK(r.errorOffset == m.offset);
        // The JSON library's own wording never reaches the person.
        for (const char* jargon :
            {"syntax error", "parse error", "last read", "unexpected '", "json.exception", "literal"})
            CHECK_FALSE(r.error.contains(QString::fromLatin1(jargon)));
    }
}

TEST_CASE("paths are located at their key or value", "[json]")
{
    const std::string text
        = "{\n  \"steps\": [\n    {\"title\": \"a\"},\n    { \"duration\" : 5, \"x\": [1, [2, 3]] }\n  ]\n}";
    const auto at = [&](const JsonPath& p) {
        const auto offset = locateJsonPath(text, p);
        REQUIRE(offset);
        return textPositionAt(text, *offset);
    };
    CHECK(at(JsonPath()).line == 1);
    const TextPosition steps = at(JsonPath() / "steps");
    CHECK((steps.line == 2 && steps.column == 3));
    const TextPosition first = at(JsonPath() / "steps" / 0);
    CHECK((first.line == 3 && first.column == 5));
    const TextPosition duration = at(JsonPath() / "steps" / 1 / "duration");
    CHECK((duration.line == 4 && duration.column == 7));
    const TextPosition nested = at(JsonPath() / "steps" / 1 / "x" / 1 / 1);
    CHECK((nested.line == 4 && nested.column == 36));
    CHECK_FALSE(locateJsonPath(text, JsonPath() / "missing"));
    CHECK_FALSE(locateJsonPath(text, JsonPath() / "steps" / 7));
}

TEST_CASE("columns count characters, not bytes", "[json]")
{
    const std::string text = "{\"ä€\": 1, \"k\": 2}";
    const auto offset = locateJsonPath(text, JsonPath() / "k");
    REQUIRE(offset);
    CHECK(textPositionAt(text, *offset).column == 11);
}

TEST_CASE("JSON paths print as authors write them", "[json]")
{
    CHECK((JsonPath() / "steps" / 2 / "duration").toString() == QStringLiteral("steps[2].duration"));
    CHECK((JsonPath() / "odd key").toString() == QStringLiteral("[\"odd key\"]"));
    CHECK(JsonPath().toString().isEmpty());
}
