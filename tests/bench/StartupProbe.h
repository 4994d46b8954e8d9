// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

namespace knead {

// For the start-up benchmark: when the window's first frame has been painted and flushed,
// prints the CLOCK_MONOTONIC time in nanoseconds ("first-paint-ns N") and quits. The harness
// starts its clock just before exec(), so the difference is exec-to-first-frame. Enabled only
// by KNEAD_PROBE_FIRST_PAINT=1 in the environment; shared with the bare-window baseline.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    static bool isRequested();
    // Watches `window`; the probe deletes itself with the window.
    static void install(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit StartupProbe(QObject* parent);
    bool m_seen = false;
};

} // namespace knead
