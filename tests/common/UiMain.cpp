// SPDX-License-Identifier: MIT
// Catch2 runner for widget tests: a QApplication on the offscreen platform unless the
// caller chose another one.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Knead"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    return Catch::Session().run(argc, argv);
}
