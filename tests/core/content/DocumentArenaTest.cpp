// SPDX-License-Identifier: MIT
// Content files' documents, whose nodes come from the thread's DocumentArena: the same trees
// and the same errors as nlohmann::json's, and the arena used again once they are gone.
#include "DocumentArena.h"
#include "StrictJson.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>

#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace knead;

namespace {

std::string readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll().toStdString();
}

// Every JSON file of the bundled content and of the test data (fixtures with their mistakes,
// and the inputs the fuzzer once crashed on).
QStringList jsonFiles()
{
    QStringList files;
    for (const char* root : {KNEAD_SOURCE_DIR "/content", KNEAD_TEST_DATA}) {
        QDirIterator it(QString::fromUtf8(root), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

// An array of `count` objects, as a routine's steps are.
std::string objects(int count)
{
    std::string text = "[";
    for (int i = 0; i < count; ++i)
        text += (i ? ",\n" : "") + std::string(R"({"title": "Step )") + std::to_string(i)
            + R"(", "duration": 30, "points": [[0.25, 0.5]], "say": "A sentence longer than a string's own buffer."})";
    return text + "]";
}

} // namespace

TEST_CASE("a content document is the tree and the error nlohmann::json gives", "[json][arena]")
{
    const QStringList files = jsonFiles();
    REQUIRE(files.size() > 100);
    int parsed = 0;
    int refused = 0;
    for (const QString& path : files) {
        INFO(path.toStdString());
        const std::string text = readAll(path);
        const StrictJsonResult plain = parseStrictJson(text);
        const auto document = parseStrictDocument(text);
        REQUIRE(document.ok == plain.ok);
        CHECK(document.error == plain.error);
        CHECK(document.errorOffset == plain.errorOffset);
        CHECK(document.value.dump() == plain.value.dump());
        (plain.ok ? parsed : refused) += 1;
    }
    // Both kinds were compared.
    CHECK(parsed > 50);
    CHECK(refused > 10);
}

TEST_CASE("the arena starts again from the start when a thread's documents are gone", "[json][arena]")
{
    REQUIRE(DocumentArena::usage().live == 0);
    const std::string text = objects(20);
    std::size_t oneDocument = 0;
    {
        const auto first = parseStrictDocument(text);
        REQUIRE(first.ok);
        oneDocument = DocumentArena::usage().bytes;
        CHECK(oneDocument > 0);
        CHECK(DocumentArena::usage().live > 20);
        {
            const auto second = parseStrictDocument(text);
            REQUIRE(second.ok);
            CHECK(second.value == first.value);
            // Two documents at once: the second is placed after the first.
            CHECK(DocumentArena::usage().bytes == 2 * oneDocument);
        }
        // One is still there: nothing is used again under it.
        CHECK(DocumentArena::usage().bytes == 2 * oneDocument);
        CHECK(DocumentArena::usage().live > 20);
    }
    CHECK(DocumentArena::usage().bytes == 0);
    CHECK(DocumentArena::usage().live == 0);
    // Plain nlohmann::json documents never touch it.
    const StrictJsonResult plain = parseStrictJson(text);
    REQUIRE(plain.ok);
    CHECK(DocumentArena::usage().bytes == 0);
}

TEST_CASE("a document larger than the arena is whole, and the next one that large fits", "[json][arena]")
{
    REQUIRE(DocumentArena::usage().live == 0);
    // About 2,000 objects: several times the first block.
    const std::string text = objects(2000);
    const StrictJsonResult plain = parseStrictJson(text);
    REQUIRE(plain.ok);
    std::size_t firstTime = 0;
    {
        const auto large = parseStrictDocument(text);
        REQUIRE(large.ok);
        CHECK(large.value == plain.value);
        firstTime = DocumentArena::usage().bytes;
    }
    {
        const auto again = parseStrictDocument(text);
        REQUIRE(again.ok);
        CHECK(again.value == plain.value);
        // The block grew by what overflowed to the heap, so more of the document is in it.
        CHECK(DocumentArena::usage().bytes > firstTime);
    }
    CHECK(DocumentArena::usage().live == 0);
}

TEST_CASE("each thread has its own arena", "[json][arena]")
{
    const std::string text = objects(50);
    const auto here = parseStrictDocument(text);
    REQUIRE(here.ok);
    const DocumentArena::Usage before = DocumentArena::usage();
    std::vector<std::thread> threads;
    std::vector<int> same(4, 0);
    for (std::size_t t = 0; t < same.size(); ++t) {
        threads.emplace_back([&, t] {
            std::mt19937 random(unsigned(t) + 11); // fixed seeds: documents of different sizes
            for (int i = 0; i < 200; ++i) {
                const std::string mine = objects(int(random() % 40) + 1);
                const auto document = parseStrictDocument(mine);
                same[t] += document.ok && document.value == parseStrictJson(mine).value ? 1 : 0;
            }
            same[t] += DocumentArena::usage().live == 0 ? 1 : 0;
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    CHECK(same == std::vector<int>(4, 201));
    CHECK(DocumentArena::usage().bytes == before.bytes);
    CHECK(DocumentArena::usage().live == before.live);
    CHECK(here.value == parseStrictJson(text).value);
}
