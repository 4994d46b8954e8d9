// SPDX-License-Identifier: MIT
// Builds the core objects and hands them to the window. The actions that need no display
// (--help, --version, --list, --validate) run on a QCoreApplication.
#include "AudioCues.h"
#include "Cli.h"
#include "Clock.h"
#include "CommandLine.h"
#include "ContentLoader.h"
#include "ContentStore.h"
#include "Journal.h"
#include "MainWindow.h"
#include "SessionController.h"
#include "SessionStore.h"
#include "Settings.h"

#ifdef KNEAD_STARTUP_PROBE
#include "StartupProbe.h"
#endif

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

int usageError(const QString& message)
{
    QTextStream err(stderr);
    err << "knead: " << message << "\nTry 'knead --help'.\n";
    return 2;
}

int runWithoutDisplay(int argc, char** argv, const knead::CommandLine& command)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
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
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    // Arguments are checked before a display is opened, so that a typo is a message on the
    // terminal, not a window.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const knead::CommandLine command = knead::CommandLine::parse(arguments);
    if (command.needsNoDisplay())
        return runWithoutDisplay(argc, argv, command);

    setApplicationNames(); // before any path: the user's folders are named after the app
    const QList<knead::PackLocation> packs = knead::standardPacks(command.contentDirs);
    knead::LoadResult loaded;
    std::thread loading;
    if (command.startRoutine.isEmpty()) {
        // The bundled pack is read while Qt connects to the display: both take a few
        // milliseconds, and there are two or more cores. The person's own packs follow in
        // the background once the window is up, however many there are.
        loading = std::thread([&loaded] { loaded = knead::ContentLoader::load({knead::ContentLoader::bundledPack()}); });
    } else {
        // A routine asked for by id may be in any pack.
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
    QGuiApplication::setDesktopFileName(QStringLiteral(KNEAD_APP_ID)); // resources/<id>.desktop

    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString configFolder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QList<knead::UserDataProblem> problems;
    if (auto p = knead::UserDataFile::checkFolder(dataFolder); !p.isEmpty())
        problems.append(p);
    knead::Settings settings(configFolder + QStringLiteral("/knead.conf"));
    if (!settings.problem().isEmpty())
        problems.append(settings.problem());
    knead::Journal journal(dataFolder + QStringLiteral("/journal.json"));
    if (auto p = journal.load(); !p.isEmpty())
        problems.append(p);
    knead::SessionStore sessions(dataFolder + QStringLiteral("/session.json"));
    const knead::SteadyClock clock;
    knead::AudioCues cues(settings);
    knead::SessionController session(settings, journal, sessions, clock, cues);
    const bool morePacks = loading.joinable() && packs.size() > 1;
    if (loading.joinable())
        loading.join();
    knead::ContentStore content(std::move(loaded));

    knead::MainWindow window({content, settings, journal, session, cues, problems, dataFolder});
#ifdef KNEAD_STARTUP_PROBE
    if (knead::StartupProbe::isRequested())
        knead::StartupProbe::install(&window);
#endif
    window.show();
    window.startUp(command.startRoutine);
    if (morePacks)
        content.loadInBackground(packs);
    return app.exec();
}
