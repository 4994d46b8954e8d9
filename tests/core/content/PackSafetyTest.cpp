// SPDX-License-Identifier: MIT
// A pack's files stay inside the pack: symbolic links that lead out, sibling folders whose
// names start like the pack's, and special files are refused; nothing outside is read.
#include "ContentLoader.h"
#include "PackDirectory.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include <sys/stat.h>

using namespace knead;
using namespace knead::test;

namespace {

void link(const QString& target, const QString& linkPath)
{
    QFile::remove(linkPath);
    REQUIRE(QFile::link(target, linkPath));
}

void pointStepImageAt(const ScratchPack& pack, const QByteArray& image)
{
    const QString file = pack.root() + QStringLiteral("/routines/short.json");
    QByteArray text = readFile(file);
    text.replace("\"images/dot.svg\"", "\"" + image + "\"");
    writeFile(file, text);
}

} // namespace

TEST_CASE("a symlinked JSON file pointing outside the pack is not read", "[pack-safety]")
{
    const ScratchPack pack;
    // The target is perfectly valid content, so loading it would show.
    const QString outside = pack.parent() + QStringLiteral("/outside.json");
    QByteArray routine = readFile(pack.root() + QStringLiteral("/routines/short.json"));
    routine.replace("\"id\": \"short\"", "\"id\": \"sneaky\"");
    writeFile(outside, routine);
    link(outside, pack.root() + QStringLiteral("/routines/sneaky.json"));

    const LoadResult result = pack.load();
    INFO(dump(result.diagnostics));
    CHECK_FALSE(result.content.routine(QStringLiteral("sneaky")));
    const Diagnostic* d = findDiagnostic(result.diagnostics, QStringLiteral("leads outside the pack"));
    REQUIRE(d);
    CHECK(d->file == QStringLiteral("pack/routines/sneaky.json"));
    CHECK(d->severity == Diagnostic::Severity::Error);
}

TEST_CASE("a symlink to a file inside the pack is fine", "[pack-safety]")
{
    const ScratchPack pack;
    link(pack.root() + QStringLiteral("/images/dot.svg"), pack.root() + QStringLiteral("/images/alias.svg"));
    pointStepImageAt(pack, "images/alias.svg");
    const LoadResult result = pack.load();
    INFO(dump(result.diagnostics));
    CHECK(result.diagnostics.isEmpty());
    REQUIRE(result.content.routine(QStringLiteral("short")));
}

TEST_CASE("a symlinked folder that leads out of the pack is refused", "[pack-safety]")
{
    SECTION("the routines folder")
    {
        const ScratchPack pack;
        const QString elsewhere = pack.parent() + QStringLiteral("/elsewhere");
        copyTree(pack.root() + QStringLiteral("/routines"), elsewhere);
        QDir(pack.root() + QStringLiteral("/routines")).removeRecursively();
        link(elsewhere, pack.root() + QStringLiteral("/routines"));
        const LoadResult result = pack.load();
        INFO(dump(result.diagnostics));
        CHECK_FALSE(result.content.routine(QStringLiteral("short")));
        CHECK(findDiagnostic(
            result.diagnostics, QStringLiteral("pack/routines:1:1: error: -: not read: leads outside the pack")));
    }
    SECTION("an images folder used by a step")
    {
        const ScratchPack pack;
        const QString elsewhere = pack.parent() + QStringLiteral("/pictures");
        copyTree(pack.root() + QStringLiteral("/images"), elsewhere);
        QDir(pack.root() + QStringLiteral("/images")).removeRecursively();
        link(elsewhere, pack.root() + QStringLiteral("/images"));
        const LoadResult result = pack.load();
        INFO(dump(result.diagnostics));
        CHECK_FALSE(result.content.routine(QStringLiteral("short")));
        const Diagnostic* d = findDiagnostic(result.diagnostics, QStringLiteral("steps[1].image"));
        REQUIRE(d);
        CHECK(d->message.contains(QStringLiteral("leads outside the pack")));
    }
}

TEST_CASE("a sibling folder whose name starts with the pack's is outside it", "[pack-safety]")
{
    const ScratchPack pack;
    // ".../pack-evil" starts with ".../pack" but is not inside it.
    const QString sibling = pack.parent() + QStringLiteral("/pack-evil");
    writeFile(sibling + QStringLiteral("/dot.svg"), readFile(pack.root() + QStringLiteral("/images/dot.svg")));
    link(sibling + QStringLiteral("/dot.svg"), pack.root() + QStringLiteral("/images/evil.svg"));
    pointStepImageAt(pack, "images/evil.svg");
    const LoadResult result = pack.load();
    INFO(dump(result.diagnostics));
    CHECK_FALSE(result.content.routine(QStringLiteral("short")));
    CHECK(findDiagnostic(result.diagnostics, QStringLiteral("pack-evil/dot.svg")));
}

TEST_CASE("special files are refused without blocking", "[pack-safety]")
{
    const ScratchPack pack;
    // Opening a FIFO for reading blocks until a writer appears; the loader must not try.
    const QByteArray fifo = QFile::encodeName(pack.root() + QStringLiteral("/techniques/fifo.json"));
    REQUIRE(::mkfifo(fifo.constData(), 0600) == 0);
    const LoadResult result = pack.load();
    INFO(dump(result.diagnostics));
    const Diagnostic* d = findDiagnostic(
        result.diagnostics, QStringLiteral("pack/techniques/fifo.json:1:1: error: -: not a regular file"));
    CHECK(d);
    CHECK(result.content.routine(QStringLiteral("short")));
}

TEST_CASE("an image larger than 4 MiB is refused", "[pack-safety]")
{
    const ScratchPack pack;
    QByteArray png = readFile(pack.root() + QStringLiteral("/images/dot.png"));
    png.append(QByteArray(5 * 1024 * 1024, '\0'));
    writeFile(pack.root() + QStringLiteral("/images/dot.png"), png);
    const LoadResult result = pack.load();
    INFO(dump(result.diagnostics));
    const Diagnostic* d = findDiagnostic(result.diagnostics, QStringLiteral("steps[2].image"));
    REQUIRE(d);
    CHECK(d->message.contains(QStringLiteral("larger than 4 MiB")));
}

TEST_CASE("relative path rules", "[pack-safety]")
{
    CHECK(PackDirectory::checkRelativePath(QStringLiteral("images/a.svg")).isEmpty());
    CHECK(PackDirectory::checkRelativePath(QStringLiteral("a.png")).isEmpty());
    CHECK_FALSE(PackDirectory::checkRelativePath(QString()).isEmpty());
    CHECK_FALSE(PackDirectory::checkRelativePath(QStringLiteral("/etc/passwd")).isEmpty());
    CHECK_FALSE(PackDirectory::checkRelativePath(QStringLiteral("C:/x.png")).isEmpty());
    CHECK_FALSE(PackDirectory::checkRelativePath(QStringLiteral("~/x.png")).isEmpty());
    CHECK_FALSE(PackDirectory::checkRelativePath(QStringLiteral(":/content/x.png")).isEmpty());
    CHECK_FALSE(PackDirectory::checkRelativePath(QStringLiteral("file:///etc/x.png")).isEmpty());
    CHECK_FALSE(PackDirectory::checkRelativePath(QStringLiteral("a/../../x.png")).isEmpty());
    CHECK_FALSE(PackDirectory::checkRelativePath(QStringLiteral("a\\x.png")).isEmpty());
    CHECK_FALSE(PackDirectory::checkRelativePath(QStringLiteral("a//x.png")).isEmpty());
    CHECK_FALSE(PackDirectory::checkRelativePath(QStringLiteral("./x.png")).isEmpty());
    CHECK_FALSE(
        PackDirectory::checkRelativePath(QStringLiteral("a") + QChar(u'\0') + QStringLiteral(".png")).isEmpty());
}

TEST_CASE("SVG images may not reach outside themselves", "[pack-safety]")
{
    const auto check = [](const char* svg) { return PackDirectory::checkImageData(QByteArray(svg), true); };
    CHECK(check("<svg xmlns='http://www.w3.org/2000/svg'><use href='#a'/></svg>").isEmpty());
    CHECK(check("<svg><image href='data:image/png;base64,AAAA'/></svg>").isEmpty());
    CHECK_FALSE(check("<svg><image href='/etc/hostname'/></svg>").isEmpty());
    CHECK_FALSE(check("<svg><image xlink:href = \"file:///etc/hostname\"/></svg>").isEmpty());
    CHECK_FALSE(check("<svg><a href='https://example.org'>x</a></svg>").isEmpty());
    CHECK_FALSE(check("<svg><rect style='fill:url(/etc/x.svg#p)'/></svg>").isEmpty());
    CHECK_FALSE(check("<!DOCTYPE svg [<!ENTITY x SYSTEM '/etc/passwd'>]><svg>&x;</svg>").isEmpty());
    CHECK_FALSE(check("not an image").isEmpty());
}

TEST_CASE("a folder listing reads its plain files and never follows a link swapped in later", "[pack-safety]")
{
    const ScratchPack pack;
    writeFile(pack.root() + QStringLiteral("/techniques/notes.txt"), "not JSON, not listed");
    writeFile(pack.root() + QStringLiteral("/techniques/big.json"), QByteArray(5 * 1024 * 1024, ' '));
    const QString outside = pack.parent() + QStringLiteral("/secret.json");
    writeFile(outside, "{\"secret\": true}");

    // ".json" in any case and hidden files are listed, as QDir's filter lists them; folders,
    // and links to folders, are not, whatever their name.
    writeFile(pack.root() + QStringLiteral("/techniques/Upper.JSON"), "{}");
    writeFile(pack.root() + QStringLiteral("/techniques/.hidden.json"), "{}");
    REQUIRE(QDir().mkpath(pack.root() + QStringLiteral("/techniques/folder.json")));
    link(pack.root() + QStringLiteral("/techniques/folder.json"),
        pack.root() + QStringLiteral("/techniques/linked.json"));

    const PackDirectory dir(pack.root());
    QStringList refused;
    const QStringList files = dir.jsonFiles(QStringLiteral("techniques"), &refused);
    CHECK(refused.isEmpty());
    INFO(files.join(QLatin1Char(' ')).toStdString());
    CHECK_FALSE(files.contains(QStringLiteral("techniques/notes.txt")));
    REQUIRE(files.contains(QStringLiteral("techniques/big.json")));
    CHECK(files.contains(QStringLiteral("techniques/Upper.JSON")));
    CHECK(files.contains(QStringLiteral("techniques/.hidden.json")));
    CHECK_FALSE(files.contains(QStringLiteral("techniques/folder.json")));
    CHECK_FALSE(files.contains(QStringLiteral("techniques/linked.json")));
    QStringList sorted = files;
    sorted.sort();
    CHECK(files == sorted);

    // Every listed file reads as it is on disk.
    for (const QString& file : files) {
        if (file == QStringLiteral("techniques/big.json"))
            continue;
        const PackDirectory::ReadResult read = dir.read(file);
        CHECK(read.error.isEmpty());
        CHECK(read.data == readFile(pack.root() + QLatin1Char('/') + file));
    }
    const PackDirectory::ReadResult big = dir.read(QStringLiteral("techniques/big.json"));
    CHECK(big.error.contains(QStringLiteral("larger than 4 MiB")));
    CHECK(big.data.isEmpty());

    // Swap a listed plain file for a link that leads out: reading it must not follow the link.
    link(outside, pack.root() + QStringLiteral("/techniques/big.json"));
    const PackDirectory::ReadResult swapped = dir.read(QStringLiteral("techniques/big.json"));
    CHECK(swapped.data.isEmpty());
    CHECK(swapped.error.contains(QStringLiteral("leads outside the pack")));
}
