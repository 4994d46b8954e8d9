// SPDX-License-Identifier: MIT
// The strict JSON reader: limits enforced while parsing, and positions of paths.
#include "StrictJson.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace knead;

TEST_CASE("strict JSON accepts ordinary documents", "[json]")
{
    const StrictJsonResult r = parseStrictJson(R"({"a": [1, -2, 3.5, "x", true, null, {"b": {}}], "c": 18446744073709551615})");
    REQUIRE(r.ok);
    CHECK(r.value["a"][1].get<int>() == -2);
    CHECK(r.value["a"][2].get<double>() == 3.5);
    CHECK(r.value["c"].is_number_unsigned());
    CHECK(r.value["a"][6]["b"].is_object());
}

TEST_CASE("nesting is limited before the document is built", "[json]")
{
    const auto nested = [](int depth) { return std::string(std::size_t(depth), '[') + std::string(std::size_t(depth), ']'); };
    CHECK(parseStrictJson(nested(64)).ok);
    const StrictJsonResult deep = parseStrictJson(nested(65));
    REQUIRE_FALSE(deep.ok);
    CHECK(deep.error.contains(QStringLiteral("nesting deeper than 64")));
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
    CHECK(r.error == QStringLiteral("duplicate key \"a\""));
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
    CHECK(overflow.error.contains(QStringLiteral("number overflow")));
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
    CHECK(syntax.error.contains(QStringLiteral("syntax error")));
    CHECK(syntax.errorOffset == 8);
    const StrictJsonResult empty = parseStrictJson("");
    CHECK_FALSE(empty.ok);
    const StrictJsonResult trailing = parseStrictJson("{} x");
    CHECK_FALSE(trailing.ok);
    CHECK(trailing.errorOffset == 3);
    // Control characters in the message are replaced so they cannot garble a terminal.
    const StrictJsonResult control = parseStrictJson("[\"a\x01\"]");
    REQUIRE_FALSE(control.ok);
    CHECK_FALSE(control.error.contains(QChar(1)));
}

TEST_CASE("paths are located at their key or value", "[json]")
{
    const std::string text = "{\n  \"steps\": [\n    {\"title\": \"a\"},\n    { \"duration\" : 5, \"x\": [1, [2, 3]] }\n  ]\n}";
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

TEST_CASE("the flat tree holds what the document says", "[json][tree]")
{
    JsonTree tree;
    const std::string text = R"({"a": [1, -2, 3.5, "x\n\u00e9", true, null, {"b": {}}], "c": 18446744073709551615, "": "empty key"})";
    REQUIRE(parseStrictJsonTree(text, tree).ok);
    const JsonValue root = tree.root();
    REQUIRE(root.is_object());
    CHECK(root.size() == 3);
    const auto a = root.find("a");
    REQUIRE(a);
    REQUIRE(a->is_array());
    CHECK(a->size() == 7);
    CHECK((*a)[0].is_number_unsigned());
    CHECK((*a)[0].unsignedInteger() == 1);
    CHECK((*a)[1].is_number_integer());
    CHECK_FALSE((*a)[1].is_number_unsigned());
    CHECK((*a)[1].integer() == -2);
    CHECK((*a)[1].number() == -2.0);
    CHECK((*a)[2].number() == 3.5);
    CHECK_FALSE((*a)[2].is_number_integer());
    CHECK((*a)[3].string() == "x\n\xc3\xa9"); // escapes decoded
    CHECK((*a)[4].is_boolean());
    CHECK((*a)[4].boolean());
    CHECK((*a)[5].is_null());
    REQUIRE((*a)[6].find("b"));
    CHECK((*a)[6].find("b")->is_object());
    CHECK((*a)[6].find("b")->empty());
    CHECK(root.find("c")->unsignedInteger() == 18446744073709551615ULL);
    CHECK(root.find("")->string() == "empty key");
    CHECK_FALSE(root.find("missing"));
    CHECK_FALSE((*a)[0].find("a")); // not an object

    // Iteration visits items and members in document order, skipping nested ones.
    std::string keys;
    for (const JsonValue member : root)
        keys += std::string(member.key()) + ';';
    CHECK(keys == "a;c;;");
    int items = 0;
    for (const JsonValue item : *a) {
        (void)item;
        ++items;
    }
    CHECK(items == 7);

    // One tree is reused from document to document.
    REQUIRE(parseStrictJsonTree("[\"only\"]", tree).ok);
    CHECK(tree.root().size() == 1);
    CHECK(tree.root()[0].string() == "only");
    CHECK(tree.capacityBytes() > 0);
    tree.release();
    CHECK(tree.capacityBytes() < 32); // at most std::string's inline buffer
    CHECK(tree.isEmpty());
}

TEST_CASE("the flat tree refuses what the strict DOM refuses, at the same place", "[json][tree]")
{
    const auto nested = [](int depth) { return std::string(std::size_t(depth), '[') + std::string(std::size_t(depth), ']'); };
    // An object with 40 members: duplicates past the 32nd member are found through a set.
    std::string wide = "{";
    for (int i = 0; i < 40; ++i)
        wide += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
    const std::string wideOk = wide + "\"last\": 0}";
    const std::string wideLateDuplicate = wide + "\"k3\": 0}";
    const std::string wideEarlyDuplicate = "{\"k0\": 0, \"k0\": 1, " + wide.substr(1) + "\"x\": 1}";
    const std::vector<std::string> inputs = {
        "{\"a\": 1, \"b\": [true, false, null]}",
        nested(64),
        nested(65),
        nested(100000),
        "{\"a\": 1,\n \"a\": 2}",
        "[{\"a\": 1}, {\"a\": 2}]",
        wideOk,
        wideLateDuplicate,
        wideEarlyDuplicate,
        "[99999999999999999999]",
        "[1, 1e400]",
        "[1e10, -9223372036854775808]",
        "{\"a\": \"x\xff\"}",
        "{\"a\": 1 \"b\": 2}",
        "",
        "{} x",
        "[\"a\x01\"]",
    };
    JsonTree tree;
    for (const std::string& text : inputs) {
        INFO(text.substr(0, 80));
        const StrictJsonResult dom = parseStrictJson(text);
        const JsonTreeParse flat = parseStrictJsonTree(text, tree);
        CHECK(flat.ok == dom.ok);
        CHECK(flat.error == dom.error);
        CHECK(flat.errorOffset == dom.errorOffset);
        if (flat.ok)
            CHECK(tree.root().size() == dom.value.size());
    }
    CHECK(parseStrictJsonTree(wideOk, tree).ok);
    CHECK(tree.root().find("k39")->unsignedInteger() == 39);
    CHECK_FALSE(parseStrictJsonTree(wideLateDuplicate, tree).ok);
    CHECK_FALSE(parseStrictJsonTree(wideEarlyDuplicate, tree).ok);
}
