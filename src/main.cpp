// SPDX-License-Identifier: MIT
// Builds the core objects and hands them to the window. The actions that need no display
// (--help, --version, --list, --validate) run on a QCoreApplication; a second launch hands
// its arguments to the running Knead and exits.
#include "AppShell.h"
#include "AudioCues.h"
#include "Autostart.h"
#include "Cli.h"
#include "Clock.h"
#include "CommandLine.h"
#include "ContentLoader.h"
#include "ContentStore.h"
#include "FontConfiguration.h"
#include "Journal.h"
#include "MainWindow.h"
#include "ReminderScheduler.h"
#include "ReminderService.h"
#include "SessionBus.h"
#include "SessionController.h"
#include "SessionStore.h"
#include "Settings.h"
#include "SingleInstance.h"
#include "WallClock.h"

#ifdef KNEAD_STARTUP_PROBE
#include "StartupProbe.h"
#endif

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <thread>

namespace {

// Runs `then` once `window` has painted its first frame (the top-level's paint event starts
// the pass that paints and flushes it; a zero timer runs when that pass is over).
class AfterFirstPaint final : public QObject
{
public:
    AfterFirstPaint(QWidget* window, std::function<void()> then)
        : QObject(window)
        , m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                m_then();
                deleteLater();
            });
        }
        return false;
    }

private:
    std::function<void()> m_then;
};

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("Knead"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KNEAD_VERSION));
}

QString settingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/knead.conf");
}

// Knead's strings and Qt's own (dialog buttons, shortcuts) in the first of the person's
// languages Knead has; English, with its plural forms, when it has none of them. Dates,
// times and numbers follow the same language.
void installTranslations(QCoreApplication& app, const QStringList& languages)
{
    QString chosen = QStringLiteral("en");
    for (const QString& language : languages) {
        const QString code = QLocale(language).name().section(QLatin1Char('_'), 0, 0);
        if (code == QLatin1String("en") || QFile::exists(QStringLiteral(":/i18n/knead_%1.qm").arg(code))) {
            chosen = code;
            QLocale::setDefault(QLocale(language));
            break;
        }
    }
    auto* knead = new QTranslator(&app);
    if (knead->load(QStringLiteral(":/i18n/knead_") + chosen))
        QCoreApplication::installTranslator(knead);
    auto* qt = new QTranslator(&app);
    if (chosen != QLatin1String("en")
        && qt->load(QStringLiteral("qtbase_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
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
    installTranslations(app, knead::ContentLoader::preferredLanguages(knead::Settings::languageIn(settingsPath())));
    if (!command.error.isEmpty())
        return usageError(command.error);
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (command.action) {
    case knead::CommandLine::Action::Help:
        out << knead::CommandLine::helpText();
        return 0;
    case knead::CommandLine::Action::Version:
        out << knead::CommandLine::versionText();
        return 0;
    case knead::CommandLine::Action::List:
        return knead::runListCommand(command, out, err);
    case knead::CommandLine::Action::Validate:
        return knead::runValidateCommand(command, out, err);
    case knead::CommandLine::Action::Run:
        break;
    }
    return 0;
}

// Knead already runs: it gets the arguments (and shows its window, or the routine).
int handOver(int argc, char** argv, const knead::SingleInstance& instance, const QStringList& arguments)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    const std::optional<QString> answer = instance.handOver(arguments.mid(1));
    if (!answer) {
        QTextStream(stderr) << "knead: "
                            << QCoreApplication::translate("main", "Knead is already running, but does not answer.")
                            << '\n';
        return 1;
    }
    return answer->isEmpty() ? 0 : usageError(*answer);
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
    knead::LoadOptions loadOptions; // content in the person's language, as the window
    loadOptions.languages = knead::ContentLoader::preferredLanguages(knead::Settings::languageIn(settingsPath()));
    knead::LoadResult loaded;
    std::thread loading;
    if (!command.startRoutine.isEmpty()) {
        // A routine asked for by id may be in any pack.
        loaded = knead::ContentLoader::load(packs, loadOptions);
        if (!loaded.content.routine(command.startRoutine)) {
            QStringList ids;
            for (const knead::Routine& r : loaded.content.routines())
                ids.append(r.id);
            return usageError(QStringLiteral("no routine has the id \"%1\". Closest: %2")
                                  .arg(command.startRoutine,
                                      knead::closestIds(command.startRoutine, ids).join(QStringLiteral(", "))));
        }
    }
    knead::SingleInstance instance;
    const knead::SingleInstance::Claim claim = instance.claim();
    if (claim == knead::SingleInstance::Claim::Running)
        return handOver(argc, argv, instance, arguments);
    if (command.startRoutine.isEmpty()) {
        // The bundled pack is read while Qt connects to the display: both take a few
        // milliseconds, and there are two or more cores. The person's own packs follow in
        // the background once the window is up, however many there are. Then the font
        // configuration, which Qt would read on the main thread as the window is built (the
        // first frame came 2.4 and 5.0 ms sooner in two paired runs); not for a start in the
        // background, which may never show a window.
        loading = std::thread([&loaded, &loadOptions, fonts = !command.background] {
            loaded = knead::ContentLoader::load({knead::ContentLoader::bundledPack()}, loadOptions);
            if (fonts)
                knead::loadFontConfiguration();
        });
    }

    QApplication app(argc, argv);
    installTranslations(app, loadOptions.languages);
    QGuiApplication::setDesktopFileName(QStringLiteral(KNEAD_APP_ID)); // resources/<id>.desktop
    // Closing the window may leave Knead running for reminders: AppShell decides when to quit.
    QApplication::setQuitOnLastWindowClosed(false);

    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString configFolder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QList<knead::UserDataProblem> problems;
    if (auto p = knead::UserDataFile::checkFolder(dataFolder); !p.isEmpty())
        problems.append(p);
    knead::Settings settings(configFolder + QStringLiteral("/knead.conf"));
    if (!settings.problem().isEmpty())
        problems.append(settings.problem());
    // The journal folder may be a synced one; each installation appends to a file of its own
    // there, named by an id kept in the settings (which do not sync).
    const QString journalFolder
        = settings.journalFolder().isEmpty() ? knead::Journal::defaultFolder(dataFolder) : settings.journalFolder();
    knead::Journal journal(journalFolder, knead::Journal::deviceIdFor(settings));
    journal.setLegacyFile(dataFolder + QStringLiteral("/journal.json")); // Knead 0.1's single file, migrated once
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
    content.setLoadOptions(loadOptions);

    // Reminders, and the shell that builds the window when it is needed.
    const knead::SystemWallClock wall;
    knead::ReminderScheduler scheduler(settings, wall, clock);
    knead::ReminderService reminders(scheduler, session, content, journal, knead::sessionBusIfRunning());
    const knead::Autostart autostart;
    const QStringList contentDirs = command.contentDirs;
    knead::AppShell shell(
        {content, settings, journal, session, cues, problems, dataFolder, knead::ContentLoader::userPackFolder(),
            [contentDirs] { return knead::standardPacks(contentDirs); }},
        scheduler, reminders, autostart);
    if (claim == knead::SingleInstance::Claim::First)
        instance.listen([&shell](const QStringList& args) { return shell.handOver(args); });
    reminders.start();
    if (!shell.launch(command)) {
        QTextStream(stderr) << "knead: "
                            << QCoreApplication::translate(
                                   "main", "Reminders are off, so there is nothing to wait for in the background.")
                            << '\n';
        return 0;
    }
    if (morePacks) {
        // The person's own packs load once the first frame is on screen: loading them while
        // it was drawn took both cores from it, and when they came in first, the home page
        // laid out a card for each of their routines before anything was shown.
        const auto loadMore = [&content, packs] { content.loadInBackground(packs); };
        if (QWidget* window = shell.window())
            new AfterFirstPaint(window, loadMore);
        else
            loadMore();
    }
#ifdef KNEAD_STARTUP_PROBE
    // Installed last, so its filter sees the first paint first (Qt calls the newest filter
    // first) and it times the frame, not the work queued to run after it.
    if (knead::StartupProbe::isRequested() && shell.window())
        knead::StartupProbe::install(shell.window());
#endif
    return app.exec();
}
