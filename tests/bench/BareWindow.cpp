// SPDX-License-Identifier: MIT
// The floor for the start-up and memory benchmarks: a bare Qt Widgets window of the same
// size, with one label, built with the same compiler, flags and Qt as Knead.
#include "StartupProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare Qt window"));
    window.setCentralWidget(new QLabel(QStringLiteral("A bare Qt Widgets window"), &window));
    window.resize(1120, 760);
    if (knead::StartupProbe::isRequested())
        knead::StartupProbe::install(&window);
    window.show();
    return app.exec();
}
