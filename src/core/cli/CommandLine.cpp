// SPDX-License-Identifier: MIT
#include "CommandLine.h"

#include "ContentLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace knead {

namespace {

struct Options
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QCommandLineOption help {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")};
    QCommandLineOption version {{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit.")};
    QCommandLineOption contentDir {QStringLiteral("content-dir"),
        tr("Also load the content pack in DIR (may be given more than once)."), QStringLiteral("DIR")};
    QCommandLineOption list {QStringLiteral("list"),
        tr("Print what the loaded packs hold and exit: everything, or only techniques, routines or "
           "regions (the ids a pack can use), named as an argument.")};
    QCommandLineOption format {QStringLiteral("format"), tr("Output format of --list: text or json."),
        QStringLiteral("FORMAT"), QStringLiteral("text")};
    QCommandLineOption validate {QStringLiteral("validate"),
        tr("Check the content packs named as arguments, on top of the bundled pack and your "
           "installed packs, print every problem as file:line:column: severity: field: message "
           "(field is - when the problem is not in one field), and exit: 0 when there is no "
           "error, 1 when there is any, 2 on a usage error.")};
    QCommandLineOption start {
        QStringLiteral("start"), tr("Open the preparation page of ROUTINE_ID."), QStringLiteral("ROUTINE_ID")};
    QCommandLineOption background {QStringLiteral("background"),
        tr("Start without a window and wait for reminders (what starting at login uses). "
           "When Knead is already running, it is left as it is.")};

    void addTo(QCommandLineParser& parser) const
    {
        // Qt's own GUI options are accepted (and left to QApplication) so that arguments can
        // be checked before a display is needed.
        for (const char* name : {"platform", "style", "stylesheet", "geometry", "qwindowgeometry", "display",
                 "platformtheme", "plugin", "session", "qwindowtitle", "qwindowicon", "title", "name"}) {
            QCommandLineOption qtOption(QString::fromLatin1(name), QString(), QStringLiteral("value"));
            qtOption.setFlags(QCommandLineOption::HiddenFromHelp);
            parser.addOption(qtOption);
        }
        for (const char* name : {"reverse", "widgetcount", "nograb", "dograb", "sync"}) {
            QCommandLineOption qtFlag(QString::fromLatin1(name));
            qtFlag.setFlags(QCommandLineOption::HiddenFromHelp);
            parser.addOption(qtFlag);
        }
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({help, version, contentDir, list, format, validate, start, background});
        parser.addPositionalArgument(
            QStringLiteral("DIR"), tr("Content packs to check with --validate."), QStringLiteral("[DIR...]"));
        parser.addPositionalArgument(
            QStringLiteral("WHAT"), tr("With --list: techniques, routines or regions."), QStringLiteral("[WHAT]"));
    }
};

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine out;
    Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    if (!parser.parse(arguments)) {
        out.error = parser.errorText();
        return out;
    }
    out.contentDirs = parser.values(options.contentDir);
    const QStringList positional = parser.positionalArguments();

    if (parser.isSet(options.help)) {
        out.action = Action::Help;
        return out;
    }
    if (parser.isSet(options.version)) {
        out.action = Action::Version;
        return out;
    }
    const QString format = parser.value(options.format);
    if (format == QLatin1String("json")) {
        out.listFormat = ListFormat::Json;
    } else if (format != QLatin1String("text")) {
        out.error = tr("--format must be text or json, not \"%1\".").arg(format);
        return out;
    }
    if (parser.isSet(options.format) && !parser.isSet(options.list)) {
        out.error = tr("--format only applies to --list.");
        return out;
    }
    const int actions = int(parser.isSet(options.list)) + int(parser.isSet(options.validate))
        + int(parser.isSet(options.start)) + int(parser.isSet(options.background));
    if (actions > 1) {
        out.error = tr("Use only one of --list, --validate, --start and --background.");
        return out;
    }
    if (parser.isSet(options.validate)) {
        if (positional.isEmpty()) {
            out.error = tr("--validate needs at least one content folder, e.g. knead --validate my-pack");
            return out;
        }
        for (const QString& dir : positional) {
            if (!QFileInfo(dir).isDir()) {
                out.error = tr("--validate: \"%1\" is not a folder. A pack is a folder holding pack.json.").arg(dir);
                return out;
            }
        }
        out.action = Action::Validate;
        out.validateDirs = positional;
        return out;
    }
    if (parser.isSet(options.list)) {
        out.action = Action::List;
        if (positional.size() > 1) {
            out.error = tr("--list takes at most one of techniques, routines or regions.");
            return out;
        }
        const QString what = positional.value(0);
        if (what == QLatin1String("techniques"))
            out.listWhat = ListWhat::Techniques;
        else if (what == QLatin1String("routines"))
            out.listWhat = ListWhat::Routines;
        else if (what == QLatin1String("regions"))
            out.listWhat = ListWhat::Regions;
        else if (!what.isEmpty())
            out.error = tr("--list can show techniques, routines or regions, not \"%1\".").arg(what);
        return out;
    }
    if (!positional.isEmpty()) {
        out.error = tr(
            "Unexpected argument \"%1\". Folders are only taken by --validate; use --content-dir DIR to load a pack.")
                        .arg(positional.first());
        return out;
    }
    out.background = parser.isSet(options.background);
    out.startRoutine = parser.value(options.start);
    if (parser.isSet(options.start) && out.startRoutine.isEmpty())
        out.error = tr("--start needs a routine id.");
    return out;
}

QString CommandLine::helpText()
{
    Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    // Only here, where the application's name is set: the folder is named after it.
    parser.setApplicationDescription(
        Options::tr("Knead guides you through self-massage routines, step by step.\n\n"
                    "Your own content packs, one folder each, go in %1 ($XDG_DATA_HOME/Knead/packs, by default "
                    "~/.local/share/Knead/packs); the routines you make in Knead are the pack my-routines there. "
                    "content/FORMAT.md describes the format.")
            .arg(QDir::toNativeSeparators(ContentLoader::userPackFolder())));
    QString text = parser.helpText();
    // Qt names the program after argv[0], which may be any path; show the installed name.
    text.replace(0, text.indexOf(QLatin1Char('\n')), Options::tr("Usage: knead [options] [DIR...|WHAT]"));
    return text;
}

QString CommandLine::versionText()
{
    return QStringLiteral("knead %1\n").arg(QStringLiteral(KNEAD_VERSION));
}

} // namespace knead
