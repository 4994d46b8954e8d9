// SPDX-License-Identifier: MIT
// Builds the core objects and hands them to the window. The actions that need no display
// (--help, --version, --list, --validate) run on a QCoreApplication.
#include "Cli.h"
#include "CommandLine.h"
#include "ContentLoader.h"
#include "MainWindow.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("Knead"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KNEAD_VERSION));
    QCoreApplication::setOrganizationName(QString());
}

bool needsNoDisplay(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        for (const char* flag : {"--list", "-list", "--validate", "-validate", "--help", "-help", "-h", "--version", "-version", "-v"}) {
            if (arg == flag)
                return true;
        }
        if (arg.startsWith("--format") || arg == "--")
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

    // Check the arguments before opening a display, so a typo is a message, not a crash.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const knead::CommandLine command = knead::CommandLine::parse(arguments);
    if (!command.error.isEmpty())
        return usageError(command.error);

    setApplicationNames(); // before loading: the user's pack folder is named after the app
    knead::LoadResult loaded = knead::ContentLoader::load(knead::standardPacks(command.contentDirs));
    if (!command.startRoutine.isEmpty() && !loaded.content.routine(command.startRoutine)) {
        QStringList ids;
        for (const knead::Routine& r : loaded.content.routines())
            ids.append(r.id);
        const QStringList close = knead::closestIds(command.startRoutine, ids);
        return usageError(QStringLiteral("no routine has the id \"%1\". Closest: %2")
                              .arg(command.startRoutine, close.join(QStringLiteral(", "))));
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("knead"));
    knead::MainWindow window(loaded.content, loaded.diagnostics);
    window.show();
    return app.exec();
}
