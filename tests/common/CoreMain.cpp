// SPDX-License-Identifier: MIT
// Catch2 runner for tests that need a QCoreApplication (event loop, resources, paths).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    // User data of tests goes to ~/.qttest, never into the person's own folders.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Knead"));
    return Catch::Session().run(argc, argv);
}
