// SPDX-License-Identifier: MIT
#include "StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace knead {

bool StartupProbe::isRequested()
{
    return qEnvironmentVariableIntValue("KNEAD_PROBE_FIRST_PAINT") == 1;
}

void StartupProbe::install(QWidget* window)
{
    window->installEventFilter(new StartupProbe(window));
}

StartupProbe::StartupProbe(QObject* parent)
    : QObject(parent)
{ }

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_seen && event->type() == QEvent::Paint) {
        m_seen = true;
        // The top-level paints first; its children and the flush to the screen follow in the
        // same pass. A zero timer runs once that pass is over.
        QTimer::singleShot(0, this, [] {
            timespec now {};
            clock_gettime(CLOCK_MONOTONIC, &now);
            std::printf("first-paint-ns %lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace knead
