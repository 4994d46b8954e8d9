// SPDX-License-Identifier: MIT
// Replays the fuzz target deterministically, without libFuzzer: every bundled content file
// and broken fixture (routed to the pack file it was written for, as scripts/fuzz.sh seeds
// them) and every input in tests/data/fuzz-regressions goes through LLVMFuzzerTestOneInput
// once. Run by ctest under the sanitizers of the build; open-ended fuzzing is
// scripts/fuzz.sh. Nothing is written into the checkout.
#include <QDirIterator>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

// Which file of the pack an input replaces: the harness's first byte.
int routeOf(const QString& path)
{
    if (path.endsWith(QLatin1String("/pack.json")))
        return 0;
    if (path.endsWith(QLatin1String("/regions.json")))
        return 1;
    if (path.contains(QLatin1String("/techniques/")))
        return 2;
    if (path.contains(QLatin1String("/routines/")))
        return 3;
    return -1;
}

int replay(const QByteArray& input)
{
    return LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.constData()), std::size_t(input.size()));
}

} // namespace

int main(int argc, char** argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int inputs = 0;
    for (const char* folder : {KNEAD_FUZZ_CONTENT, KNEAD_FUZZ_BROKEN}) {
        QDirIterator it(
            QString::fromUtf8(folder), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const int route = routeOf(path);
            QFile file(path);
            if (route < 0 || !file.open(QIODevice::ReadOnly))
                continue;
            replay(QByteArray(1, char(route)) + file.readAll());
            ++inputs;
        }
    }
    QDirIterator regressions(QStringLiteral(KNEAD_FUZZ_REGRESSIONS), QDir::Files);
    while (regressions.hasNext()) {
        QFile file(regressions.next());
        if (file.fileName().endsWith(QLatin1String(".gitkeep")) || !file.open(QIODevice::ReadOnly))
            continue;
        replay(file.readAll());
        ++inputs;
    }
    std::printf("replayed %d inputs through the content loader's fuzz target\n", inputs);
    return inputs > 50 ? 0 : 1; // the corpus was found
}
