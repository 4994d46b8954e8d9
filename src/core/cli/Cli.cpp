// SPDX-License-Identifier: MIT
#include "Cli.h"

#include "StrictJson.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

namespace knead {

namespace {

// The command line's messages, in one translation context.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

using What = CommandLine::ListWhat;

bool shows(What what, What part)
{
    return what == What::Everything || what == part;
}

} // namespace

QList<PackLocation> standardPacks(const QStringList& contentDirs)
{
    QList<PackLocation> packs {ContentLoader::bundledPack()};
    packs += ContentLoader::userPacks();
    for (const QString& dir : contentDirs)
        packs.append({dir, QDir::cleanPath(dir)});
    return packs;
}

QString contentListText(const Content& content, What what)
{
    QString out;
    QTextStream s(&out);
    if (shows(what, What::Techniques)) {
        s << CliText::tr("Techniques (%1)").arg(content.techniques().size()) << '\n';
        for (const Technique& t : content.techniques())
            s << "  " << t.id << "  " << t.name << "  [" << t.regions.join(QStringLiteral(", ")) << "]\n";
    }
    if (shows(what, What::Routines)) {
        s << CliText::tr("Routines (%1)").arg(content.routines().size()) << '\n';
        for (const Routine& r : content.routines()) {
            s << "  " << r.id << "  " << r.name << "  "
              << CliText::tr("%1, %n step(s)", nullptr, int(r.steps.size())).arg(formatClock(r.totalSeconds())) << "  ["
              << r.regions.join(QStringLiteral(", ")) << "]\n";
        }
    }
    if (shows(what, What::Regions)) {
        s << CliText::tr("Regions (%1)").arg(content.regions().size()) << '\n';
        for (const Region& r : content.regions())
            s << "  " << r.id << "  " << r.name << "  (" << figureId(r.figure) << ")\n";
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

QByteArray contentListJson(const Content& content, What what)
{
    // Ordered, so the output reads techniques first and each item id first.
    nlohmann::ordered_json doc = nlohmann::ordered_json::object();
    if (shows(what, What::Techniques)) {
        doc["techniques"] = nlohmann::ordered_json::array();
        for (const Technique& t : content.techniques())
            doc["techniques"].push_back(
                {{"id", utf8(t.id)}, {"name", utf8(t.name)}, {"regions", stringArray(t.regions)}});
    }
    if (shows(what, What::Routines)) {
        doc["routines"] = nlohmann::ordered_json::array();
        for (const Routine& r : content.routines()) {
            doc["routines"].push_back({{"id", utf8(r.id)}, {"name", utf8(r.name)}, {"regions", stringArray(r.regions)},
                {"duration_seconds", r.totalSeconds()}, {"steps", r.steps.size()}});
        }
    }
    if (shows(what, What::Regions)) {
        doc["regions"] = nlohmann::ordered_json::array();
        for (const Region& r : content.regions())
            doc["regions"].push_back(
                {{"id", utf8(r.id)}, {"name", utf8(r.name)}, {"figure", utf8(figureId(r.figure))}});
    }
    return toJsonBytes(doc);
}

int runListCommand(const CommandLine& command, QTextStream& out, QTextStream& err)
{
    const LoadResult loaded = ContentLoader::load(standardPacks(command.contentDirs));
    for (const Diagnostic& d : loaded.diagnostics)
        err << d.toString() << '\n';
    if (command.listFormat == CommandLine::ListFormat::Json)
        out << QString::fromUtf8(contentListJson(loaded.content, command.listWhat));
    else
        out << contentListText(loaded.content, command.listWhat);
    out.flush();
    err.flush();
    return 0;
}

int runValidateCommand(const CommandLine& command, QTextStream& out, QTextStream& err)
{
    // The packs are checked the way they load: on top of the bundled pack and the installed
    // user packs, so a pack may use their techniques and regions. Their own problems are not
    // this author's concern (the bundled pack's are checked by Knead's tests) and are not
    // printed, except where a pack under test is itself an installed one.
    // A checked pack stands in for the installed pack it would replace (same folder or same
    // id): checking the source of the bundled pack checks it alone.
    QStringList checkedPaths;
    QStringList checkedIds;
    for (const QString& dir : command.validateDirs) {
        checkedPaths.append(QFileInfo(dir).canonicalFilePath());
        checkedIds.append(ContentLoader::packIdOf(dir));
    }
    QList<PackLocation> base;
    for (const PackLocation& installed :
        QList<PackLocation> {ContentLoader::bundledPack()} + ContentLoader::userPacks()) {
        if (!checkedPaths.contains(QFileInfo(installed.root).canonicalFilePath())
            && !checkedIds.contains(ContentLoader::packIdOf(installed.root)))
            base.append(installed);
    }
    LoadResult loaded = ContentLoader::load(base);
    const qsizetype baseCount = loaded.diagnostics.size();
    QList<PackLocation> packs;
    for (const QString& dir : command.validateDirs)
        packs.append({dir, QDir::cleanPath(dir)});
    LoadOptions checkAll;
    checkAll.checkAllTranslations = true; // every language the packs carry, none applied
    ContentLoader::loadInto(loaded, packs, checkAll);
    QStringList names;
    for (const PackLocation& p : std::as_const(base))
        names.append(p.displayRoot);
    if (!names.isEmpty())
        err << CliText::tr("Checked on top of: %1").arg(names.join(QStringLiteral(", "))) << '\n';
    qsizetype errors = 0;
    qsizetype warnings = 0;
    for (qsizetype i = baseCount; i < loaded.diagnostics.size(); ++i) {
        const Diagnostic& d = loaded.diagnostics[i];
        out << d.toString() << '\n';
        errors += d.severity == Diagnostic::Severity::Error;
        warnings += d.severity == Diagnostic::Severity::Warning;
    }
    //: The end of --validate: "2 errors, 1 warning in 1 pack"
    err << CliText::tr("%1, %2 in %n pack(s)", nullptr, int(command.validateDirs.size()))
               .arg(CliText::tr("%n error(s)", nullptr, int(errors)),
                   CliText::tr("%n warning(s)", nullptr, int(warnings)))
        << '\n';
    out.flush();
    err.flush();
    return errors > 0 ? 1 : 0;
}

} // namespace knead
