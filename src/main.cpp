// SPDX-License-Identifier: MIT
// Builds the core objects and hands them to the window. The actions that need no display
// (--help, --version, --list, --validate) run on a QCoreApplication.
#include "AudioCues.h"
#include "Cli.h"
#include "Clock.h"
#include "CommandLine.h"
#include "ContentLoader.h"
#include "Journal.h"
#include "MainWindow.h"
#include "SessionStore.h"
#include "Settings.h"
#include "StartupProbe.h"
#include "Theme.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTextStream>

#include <thread>

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("Knead"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KNEAD_VERSION));
}

bool needsNoDisplay(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        for (const char* flag : {"--list", "-list", "--validate", "-validate", "--help", "-help", "-h", "--version", "-version", "-v"}) {
            if (arg == flag)
                return true;
        }
        if (arg.startsWith("--format"))
            return true;
    }
    return false;
}

int usageError(const QString& message)
{
    QTextStream err(stderr);
    err << "knead: " << message << "\nTry 'knead --help'.\n";
    return 2;
}

int runWithoutDisplay(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    const knead::CommandLine command = knead::CommandLine::parse(QCoreApplication::arguments());
    if (!command.error.isEmpty())
        return usageError(command.error);
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (command.action) {
    case knead::CommandLine::Action::Help: out << knead::CommandLine::helpText(); return 0;
    case knead::CommandLine::Action::Version: out << knead::CommandLine::versionText(); return 0;
    case knead::CommandLine::Action::List: return knead::runListCommand(command, out, err);
    case knead::CommandLine::Action::Validate: return knead::runValidateCommand(command, out, err);
    case knead::CommandLine::Action::Run: break;
    }
    return usageError(QStringLiteral("this option needs the window; run knead without --list/--validate"));
}

} // namespace

int main(int argc, char** argv)
{
    if (needsNoDisplay(argc, argv))
        return runWithoutDisplay(argc, argv);

    // Check the arguments and the content before opening a display, so that a typo or an
    // unknown routine is a message on the terminal, not a window.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const knead::CommandLine command = knead::CommandLine::parse(arguments);
    if (!command.error.isEmpty())
        return usageError(command.error);

    setApplicationNames(); // before any path: the user's folders are named after the app
    const QList<knead::PackLocation> packs = knead::standardPacks(command.contentDirs);
    knead::LoadResult loaded;
    std::thread loading;
    if (command.startRoutine.isEmpty()) {
        // Read the content while Qt connects to the display: both take a few milliseconds,
        // and there are two or more cores.
        loading = std::thread([&loaded, &packs] {
            loaded = knead::ContentLoader::load(packs);
        });
    } else {
        loaded = knead::ContentLoader::load(packs);
        if (!loaded.content.routine(command.startRoutine)) {
            QStringList ids;
            for (const knead::Routine& r : loaded.content.routines())
                ids.append(r.id);
            return usageError(QStringLiteral("no routine has the id \"%1\". Closest: %2")
                                  .arg(command.startRoutine, knead::closestIds(command.startRoutine, ids).join(QStringLiteral(", "))));
        }
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("knead"));

    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString configFolder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QList<knead::UserDataProblem> problems;
    if (auto p = knead::UserDataFile::checkFolder(dataFolder); !p.isEmpty())
        problems.append(p);
    knead::Settings settings(configFolder + QStringLiteral("/knead.conf"));
    if (!settings.problem().isEmpty())
        problems.append(settings.problem());
    knead::applyTheme(settings.theme());
    knead::Journal journal(dataFolder + QStringLiteral("/journal.json"));
    if (auto p = journal.load(); !p.isEmpty())
        problems.append(p);
    knead::SessionStore sessions(dataFolder + QStringLiteral("/session.json"));
    const knead::SteadyClock clock;
    knead::AudioCues cues(settings);
    if (loading.joinable())
        loading.join();

    knead::MainWindow window({loaded.content, loaded.diagnostics, settings, journal, sessions, clock, cues, problems, dataFolder});
    if (knead::StartupProbe::isRequested())
        knead::StartupProbe::install(&window);
    window.show();
    window.startUp(command.startRoutine);
    return app.exec();
}
