// SPDX-License-Identifier: MIT
#include "Cli.h"

#include "StrictJson.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>

namespace knead {

QString userPacksFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/packs");
}

QList<PackLocation> standardPacks(const QStringList& contentDirs)
{
    QList<PackLocation> packs{{QString::fromLatin1(kBundledPackRoot), QStringLiteral("bundled")}};
    packs += ContentLoader::userPacks(userPacksFolder());
    for (const QString& dir : contentDirs)
        packs.append({dir, QDir::cleanPath(dir)});
    return packs;
}

QString contentListText(const Content& content)
{
    QString out;
    QTextStream s(&out);
    s << "Techniques (" << content.techniques().size() << ")\n";
    for (const Technique& t : content.techniques())
        s << "  " << t.id << "  " << t.name << "  [" << t.regions.join(QStringLiteral(", ")) << "]\n";
    s << "Routines (" << content.routines().size() << ")\n";
    for (const Routine& r : content.routines()) {
        s << "  " << r.id << "  " << r.name << "  " << formatClock(r.totalSeconds()) << ", " << r.steps.size()
          << " steps  [" << r.regions.join(QStringLiteral(", ")) << "]\n";
    }
    return out;
}

namespace {

std::string utf8(const QString& s)
{
    return s.toStdString();
}

nlohmann::ordered_json stringArray(const QStringList& list)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const QString& s : list)
        out.push_back(utf8(s));
    return out;
}

} // namespace

QByteArray contentListJson(const Content& content)
{
    // Ordered, so the output reads techniques first and each item id first.
    nlohmann::ordered_json doc;
    doc["techniques"] = nlohmann::ordered_json::array();
    for (const Technique& t : content.techniques())
        doc["techniques"].push_back({{"id", utf8(t.id)}, {"name", utf8(t.name)}, {"regions", stringArray(t.regions)}});
    doc["routines"] = nlohmann::ordered_json::array();
    for (const Routine& r : content.routines()) {
        doc["routines"].push_back({{"id", utf8(r.id)},
                                   {"name", utf8(r.name)},
                                   {"regions", stringArray(r.regions)},
                                   {"duration_seconds", r.totalSeconds()},
                                   {"steps", r.steps.size()}});
    }
    return toJsonBytes(doc);
}

int runListCommand(const CommandLine& command, QTextStream& out, QTextStream& err)
{
    const LoadResult loaded = ContentLoader::load(standardPacks(command.contentDirs));
    for (const Diagnostic& d : loaded.diagnostics)
        err << d.toString() << '\n';
    if (command.listFormat == CommandLine::ListFormat::Json)
        out << QString::fromUtf8(contentListJson(loaded.content));
    else
        out << contentListText(loaded.content);
    out.flush();
    err.flush();
    return 0;
}

int runValidateCommand(const CommandLine& command, QTextStream& out, QTextStream& err)
{
    // The bundled pack is the base, as at run time: a pack may use its techniques and regions.
    // Its own diagnostics are not the author's concern and are checked by Knead's tests.
    QList<PackLocation> packs{{QString::fromLatin1(kBundledPackRoot), QStringLiteral("bundled")}};
    const LoadResult base = ContentLoader::load(packs);
    const qsizetype baseCount = base.diagnostics.size();
    for (const QString& dir : command.validateDirs)
        packs.append({dir, QDir::cleanPath(dir)});
    const LoadResult loaded = ContentLoader::load(packs);
    qsizetype errors = 0;
    qsizetype warnings = 0;
    for (qsizetype i = baseCount; i < loaded.diagnostics.size(); ++i) {
        const Diagnostic& d = loaded.diagnostics[i];
        out << d.toString() << '\n';
        errors += d.severity == Diagnostic::Severity::Error;
        warnings += d.severity == Diagnostic::Severity::Warning;
    }
    err << QStringLiteral("%1 error(s), %2 warning(s) in %3 pack(s)\n").arg(errors).arg(warnings).arg(command.validateDirs.size());
    out.flush();
    err.flush();
    return errors > 0 ? 1 : 0;
}

namespace {

int editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QStringList closestIds(const QString& wanted, const QStringList& known, int count)
{
    QList<std::pair<int, QString>> scored;
    for (const QString& id : known) {
        int score = editDistance(wanted, id);
        if (id.contains(wanted) || wanted.contains(id))
            score = std::min(score, 1 + int(std::abs(id.size() - wanted.size())) / 4);
        scored.append({score, id});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList out;
    for (qsizetype i = 0; i < scored.size() && out.size() < count; ++i)
        out.append(scored[i].second);
    return out;
}

} // namespace knead
