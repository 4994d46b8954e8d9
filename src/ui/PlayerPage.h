// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"
#include "SessionEngine.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QBoxLayout;

namespace knead {

class CountdownRing;
class CueOutput;
class MotionGuideWidget;
class SegmentedProgress;

// The guided session: a large countdown with a ring, step n of N, what to do now and next,
// the motion on the body, and Back / Start-Pause / Skip / Stop (Left, Space, Right, Esc).
// It shows what the engine says. Its one timer wakes it when the displayed second changes
// or a cue is due, never more often, and never while paused or idle.
class PlayerPage : public QWidget
{
    Q_OBJECT

public:
    PlayerPage(const Content& content, CueOutput& cues, QWidget* parent = nullptr);

    void attach(SessionEngine* engine); // null detaches
    SessionEngine* engine() const { return m_engine; }
    void setGlanceMode(bool on);
    bool isGlanceMode() const { return m_glance; }
    // The timer, for tests and benchmarks: whether a wake-up is scheduled.
    bool isTicking() const { return m_tick.isActive(); }
    // Pause/resume, back, skip, stop and continue, with their keys, for the Session menu.
    QList<QAction*> sessionActions() const;

public Q_SLOTS:
    // What the timer does when it fires: the engine catches up with the clock, then the
    // display. Public so that tests with a fake clock can move time and look.
    void catchUp();

Q_SIGNALS:
    void glanceModeRequested(bool on);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void refreshStep();
    void schedule();
    void onCue(const SessionEngine::Cue& cue);
    void onStateChanged(SessionEngine::State state);
    void updateGuidePlayback();
    void updateButtons();

    const Content& m_content;
    CueOutput& m_cues;
    QPointer<SessionEngine> m_engine;
    QTimer m_tick;
    qint64 m_lastShownSecond = -1;
    bool m_glance = false;

    QLabel* m_routineName = nullptr;
    QLabel* m_stepCounter = nullptr;
    SegmentedProgress* m_progress = nullptr;
    CountdownRing* m_countdown = nullptr;
    MotionGuideWidget* m_guide = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_instruction = nullptr;
    QLabel* m_motion = nullptr;
    QLabel* m_next = nullptr;
    QLabel* m_cueLine = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_playPause = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_continue = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_skipAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_continueAction = nullptr;
    QWidget* m_controls = nullptr;
    QWidget* m_textColumn = nullptr;
    QBoxLayout* m_visuals = nullptr;
};

} // namespace knead
