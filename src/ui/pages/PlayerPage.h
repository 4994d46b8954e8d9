// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"
#include "SessionEngine.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QBoxLayout;

namespace knead {

class CountdownRing;
class MotionGuideWidget;
class SegmentedProgress;
class SessionController;

// The guided session: a large countdown with a ring, step n of N, what to do now and next,
// the motion on the body, and Back / Start-Pause / Skip / Stop (Left, Space, Right, Esc).
// It shows what the session controller says and forwards the person's keys to it; it has
// no timer and no session logic of its own.
class PlayerPage : public QWidget
{
    Q_OBJECT

public:
    PlayerPage(const Content& content, SessionController& session, QWidget* parent = nullptr);

    void setGlanceMode(bool on);
    bool isGlanceMode() const { return m_glance; }
    // Pause/resume, back, skip, stop and continue, with their keys, for the Session menu.
    QList<QAction*> sessionActions() const;

Q_SIGNALS:
    void glanceModeRequested(bool on);
    // Esc or the Stop button: the window stops the session and offers to undo it.
    void stopRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    SessionEngine* engine() const;
    void refresh();
    void refreshStep();
    void updateGuidePlayback();
    void updateButtons();
    void layoutForSize();

    const Content& m_content;
    SessionController& m_session;
    int m_shownStep = -1;
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
