// SPDX-License-Identifier: MIT
// libFuzzer harness for the content loader. Each input replaces one file of a small valid
// pack (the first byte chooses which) and the pack is loaded through the real loader, file
// reading included. The loader must never crash, hang or trip a sanitizer, whatever the bytes.
#include "ContentLoader.h"
#include "StrictJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <filesystem>

namespace {

// Created once and never destroyed: libFuzzer leaves through exit(), and Qt objects must not
// be torn down by static destructors after the application object is gone.
QCoreApplication* app = nullptr;
QString* scratch = nullptr;

const char* const kTargets[] = {"pack.json", "regions.json", "techniques/circles.json", "routines/short.json",
    "routines/extra.json", "images/dot.svg"};

QString packPath()
{
    return *scratch + QStringLiteral("/pack");
}

void copyTree(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo& info : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (info.isDir())
            copyTree(info.filePath(), to + QLatin1Char('/') + info.fileName());
        else
            QFile::copy(info.filePath(), to + QLatin1Char('/') + info.fileName());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static int qtArgc = 1;
    static char name[] = "knead_fuzz_loader";
    static char* qtArgv[] = {name, nullptr};
    app = new QCoreApplication(qtArgc, qtArgv);
    (void)argc;
    (void)argv;
    QTemporaryDir dir;
    dir.setAutoRemove(false);
    scratch = new QString(dir.path());
    std::atexit([] { std::filesystem::remove_all(scratch->toStdString()); });
    copyTree(QStringLiteral(KNEAD_FUZZ_PACK), packPath());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const char* target = kTargets[data[0] % (sizeof(kTargets) / sizeof(kTargets[0]))];
    const QString path = packPath() + QLatin1Char('/') + QString::fromLatin1(target);
    QFile original(path);
    QByteArray saved;
    const bool existed = original.open(QIODevice::ReadOnly);
    if (existed) {
        saved = original.readAll();
        original.close();
    }
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char*>(data + 1), qint64(size - 1));
    }
    // The strict parser on its own, then the whole loader.
    const knead::StrictJsonResult parsed
        = knead::parseStrictJson(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
    if (!parsed.ok && parsed.errorOffset > size)
        __builtin_trap(); // an error must point inside the input
    const knead::LoadResult result = knead::ContentLoader::load({{packPath(), QStringLiteral("pack")}});
    for (const knead::Diagnostic& d : result.diagnostics) {
        if (d.file.isEmpty() || d.message.isEmpty())
            __builtin_trap(); // every diagnostic names a file and says something
    }
    QFile restore(path);
    if (existed && restore.open(QIODevice::WriteOnly | QIODevice::Truncate))
        restore.write(saved);
    else if (!existed)
        QFile::remove(path);
    return 0;
}
