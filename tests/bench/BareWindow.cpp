// SPDX-License-Identifier: MIT
// The floor for the start-up and memory benchmarks: a bare Qt Widgets window of the same
// size, with one label, built with the same compiler, flags and Qt as Knead. With --tick it
// changes its label once a second: the floor for a window that shows a running countdown.
// With --hidden it never shows the window: the floor for Knead waiting in the background.
#include "StartupProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare Qt window"));
    auto* label = new QLabel(QStringLiteral("A bare Qt Widgets window"), &window);
    window.setCentralWidget(label);
    QTimer tick;
    int seconds = 0;
    QObject::connect(&tick, &QTimer::timeout, label, [label, &seconds] { label->setText(QString::number(++seconds)); });
    if (app.arguments().contains(QStringLiteral("--tick")))
        tick.start(1000);
    window.resize(1120, 760);
    if (knead::StartupProbe::isRequested())
        knead::StartupProbe::install(&window);
    if (!app.arguments().contains(QStringLiteral("--hidden")))
        window.show();
    return app.exec();
}
