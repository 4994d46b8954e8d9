// SPDX-License-Identifier: MIT
#include "PlayerPage.h"

#include "CountdownRing.h"
#include "CueOutput.h"
#include "MotionGuideWidget.h"
#include "SegmentedProgress.h"
#include "UiText.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QAction>

namespace knead {

namespace {

constexpr int kNarrowWidth = 720;

QPushButton* makeButton(const QString& text, const char* objectName, const QString& accessible, const QKeySequence& key, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAccessibleName(accessible);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(accessible, key.toString(QKeySequence::NativeText)));
    button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
    button->setAutoDefault(false);
    return button;
}

} // namespace

PlayerPage::PlayerPage(const Content& content, CueOutput& cues, QWidget* parent)
    : QWidget(parent), m_content(content), m_cues(cues)
{
    setObjectName(QStringLiteral("playerPage"));
    setAccessibleName(tr("Guided session"));
    setAccessibleDescription(tr("Space pauses and resumes, Left goes back, Right skips, Escape stops."));
    m_tick.setSingleShot(true);
    m_tick.setTimerType(Qt::PreciseTimer); // coarse timers may be 5% late: 50 ms a second
    connect(&m_tick, &QTimer::timeout, this, &PlayerPage::catchUp);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 16);
    layout->setSpacing(10);

    auto* header = new QHBoxLayout;
    m_routineName = makeLabel(QString(), TextStyle::Heading, this, "playerRoutine");
    m_stepCounter = makeLabel(QString(), TextStyle::Muted, this, "stepCounter");
    m_stepCounter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_stepCounter->setWordWrap(false);
    header->addWidget(m_routineName, 1);
    header->addWidget(m_stepCounter);
    layout->addLayout(header);

    m_progress = new SegmentedProgress(this);
    layout->addWidget(m_progress);

    m_countdown = new CountdownRing(this);
    m_guide = new MotionGuideWidget(this);
    m_visuals = new QBoxLayout(QBoxLayout::LeftToRight);
    m_visuals->setSpacing(24);
    m_visuals->addWidget(m_countdown, 3);
    m_visuals->addWidget(m_guide, 2);
    layout->addLayout(m_visuals, 5);

    m_title = makeLabel(QString(), TextStyle::Title, this, "stepTitle");
    m_title->setAlignment(Qt::AlignHCenter);
    m_instruction = makeLabel(QString(), TextStyle::Large, this, "stepInstruction");
    m_instruction->setAlignment(Qt::AlignHCenter);
    m_motion = makeLabel(QString(), TextStyle::Muted, this, "stepMotion");
    m_motion->setAlignment(Qt::AlignHCenter);
    m_next = makeLabel(QString(), TextStyle::Muted, this, "nextStep");
    m_next->setAlignment(Qt::AlignHCenter);
    m_cueLine = makeLabel(QString(), TextStyle::Body, this, "cueLine");
    m_cueLine->setAlignment(Qt::AlignHCenter);
    // Text in a column of readable width, centred, however wide the window is.
    m_textColumn = new QWidget(this);
    auto* column = new QVBoxLayout(m_textColumn);
    column->setContentsMargins(0, 0, 0, 0);
    for (QLabel* l : {m_title, m_instruction, m_motion, m_next, m_cueLine}) {
        // Read, not selected, during a session: focus stays with the page and its keys.
        l->setTextInteractionFlags(Qt::NoTextInteraction);
        l->setFocusPolicy(Qt::NoFocus);
        column->addWidget(l);
    }
    m_textColumn->setMaximumWidth(QFontMetrics(m_instruction->font()).averageCharWidth() * 72);
    // The words matter more than the size of the ring: the visuals give way, never the text.
    QSizePolicy textPolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    textPolicy.setHeightForWidth(true);
    m_textColumn->setSizePolicy(textPolicy);
    // Centred by stretches, not by alignment: an aligned widget gets its size hint's width
    // and its wrapped text the wrong height.
    auto* centring = new QHBoxLayout;
    centring->addStretch(1);
    centring->addWidget(m_textColumn, 100);
    centring->addStretch(1);
    layout->addLayout(centring);
    layout->addStretch(1);

    m_controls = new QWidget(this);
    auto* buttons = new QHBoxLayout(m_controls);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    m_back = makeButton(tr("◀ Back"), "backButton", tr("Back"), QKeySequence(Qt::Key_Left), m_controls);
    m_playPause = makeButton(tr("Start"), "playPause", tr("Start"), QKeySequence(Qt::Key_Space), m_controls);
    m_playPause->setMinimumWidth(m_playPause->sizeHint().width() * 2);
    m_continue = makeButton(tr("Continue ▶"), "continueButton", tr("Continue to the next step"), QKeySequence(Qt::Key_Return), m_controls);
    m_skip = makeButton(tr("Skip ▶"), "skipButton", tr("Skip"), QKeySequence(Qt::Key_Right), m_controls);
    m_stop = makeButton(tr("Stop"), "stopButton", tr("Stop the session"), QKeySequence(Qt::Key_Escape), m_controls);
    for (QPushButton* b : {m_back, m_playPause, m_continue, m_skip, m_stop})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addWidget(m_controls);

    // The keys work wherever focus is on this page: eyes may be closed, hands busy. The same
    // actions appear in the Session menu with their shortcuts.
    const auto action = [this](const QString& text, const QList<QKeySequence>& keys, QPushButton* button) {
        auto* a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(button, &QPushButton::clicked, a, &QAction::trigger);
        return a;
    };
    m_pauseAction = action(tr("Start / Pause"), {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_MediaTogglePlayPause)}, m_playPause);
    m_backAction = action(tr("Back"), {QKeySequence(Qt::Key_Left)}, m_back);
    m_skipAction = action(tr("Skip"), {QKeySequence(Qt::Key_Right)}, m_skip);
    m_stopAction = action(tr("Stop"), {QKeySequence(Qt::Key_Escape)}, m_stop);
    m_continueAction = action(tr("Continue"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}, m_continue);
    connect(m_pauseAction, &QAction::triggered, this, [this] { if (m_engine) m_engine->togglePause(); });
    connect(m_backAction, &QAction::triggered, this, [this] { if (m_engine) m_engine->back(); });
    connect(m_skipAction, &QAction::triggered, this, [this] { if (m_engine) m_engine->skip(); });
    connect(m_stopAction, &QAction::triggered, this, [this] {
        // In glance mode Escape first leaves it, as it leaves any full-screen view.
        if (m_glance)
            Q_EMIT glanceModeRequested(false);
        else if (m_engine)
            m_engine->stop();
    });
    connect(m_continueAction, &QAction::triggered, this, [this] { if (m_engine) m_engine->continueStep(); });
    setFocusPolicy(Qt::StrongFocus);
    updateButtons();
}

void PlayerPage::attach(SessionEngine* engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    m_tick.stop();
    m_lastShownSecond = -1;
    if (!m_engine) {
        m_guide->setPlayback(0, false);
        updateButtons();
        return;
    }
    const Routine& routine = m_engine->routine();
    m_routineName->setText(routine.name);
    QList<int> lengths;
    for (const Step& s : routine.steps)
        lengths.append(s.durationSeconds + s.restSeconds);
    m_progress->setLengths(lengths);
    connect(m_engine, &SessionEngine::stepChanged, this, &PlayerPage::refreshStep);
    connect(m_engine, &SessionEngine::progressChanged, this, &PlayerPage::refresh);
    connect(m_engine, &SessionEngine::stateChanged, this, &PlayerPage::onStateChanged);
    connect(m_engine, &SessionEngine::cueTriggered, this, &PlayerPage::onCue);
    refreshStep();
}

void PlayerPage::onCue(const SessionEngine::Cue& cue)
{
    m_cues.cue(cue);
    using Kind = SessionEngine::CueKind;
    // In-step prompts are also shown, for people without sound.
    if (cue.kind == Kind::StepCue || cue.kind == Kind::Halfway || cue.kind == Kind::SwitchSides)
        m_cueLine->setText(cue.text);
    else if (cue.kind == Kind::StepStart || cue.kind == Kind::RestStart)
        m_cueLine->clear();
}

void PlayerPage::onStateChanged(SessionEngine::State state)
{
    if (state == SessionEngine::State::Paused || state == SessionEngine::State::Stopped)
        m_cues.silence();
    refresh();
}

void PlayerPage::catchUp()
{
    if (!m_engine)
        return;
    m_engine->update(); // fires due cues and advances phases, which refresh through signals
    refresh();
}

void PlayerPage::schedule()
{
    // Keeps running while another page is shown: the voice goes on guiding.
    const qint64 wait = m_engine ? m_engine->msUntilNextEvent() : -1;
    if (wait < 0) {
        m_tick.stop();
        return;
    }
    // One millisecond past the boundary, so the display has certainly moved on.
    m_tick.start(int(std::min<qint64>(wait + 1, 24 * 3600 * 1000)));
}

void PlayerPage::refreshStep()
{
    if (!m_engine || m_engine->stepCount() == 0)
        return;
    const Step& step = m_engine->currentStep();
    m_guide->setStep(m_content.region(step.region), &step);
    m_cueLine->clear();
    refresh();
}

void PlayerPage::refresh()
{
    if (!m_engine)
        return;
    using State = SessionEngine::State;
    const State state = m_engine->state();
    const bool paused = m_engine->isPaused();
    const Step& step = m_engine->currentStep();
    const int index = m_engine->stepIndex();
    m_stepCounter->setText(tr("Step %1 of %2").arg(index + 1).arg(m_engine->stepCount()));

    // While paused, show what the person will come back to.
    State shown = state;
    if (paused) {
        const SessionSnapshot snap = m_engine->snapshot();
        shown = snap.phase == SessionSnapshot::Phase::LeadIn ? State::LeadIn
            : snap.phase == SessionSnapshot::Phase::Rest     ? State::Resting
                                                              : State::Running;
    }
    QString caption;
    QString title = step.title;
    QString instruction = step.instruction;
    if (shown == State::LeadIn) {
        caption = tr("Get ready");
        title = tr("Get ready");
        instruction = tr("First: %1").arg(step.title);
    } else if (shown == State::Resting) {
        caption = tr("Rest");
        title = tr("Rest");
        instruction = tr("Let your hands rest. Breathe.");
    } else if (state == State::Finished) {
        caption = tr("Done");
        title = tr("Session complete");
        instruction.clear();
    } else if (m_engine->isWaitingForContinue()) {
        caption = tr("When you're ready");
    }
    m_title->setText(title);
    m_instruction->setText(instruction);

    QStringList motion;
    if (step.motion) {
        switch (step.motion->pattern) {
        case MotionPattern::Circles: motion.append(tr("small circles")); break;
        case MotionPattern::Strokes: motion.append(tr("long strokes")); break;
        case MotionPattern::Hold: motion.append(tr("press and hold")); break;
        }
    } else if (const Technique* t = m_content.technique(step.technique)) {
        motion.append(t->name.toLower());
    }
    motion.append(pressureLabel(step.pressure));
    if (step.side != Side::None)
        motion.append(sideLabel(step.side));
    QStringList tools;
    for (const QString& tool : step.tools)
        tools.append(toolLabel(tool));
    if (!tools.isEmpty())
        motion.append(tools.join(QStringLiteral(", ")));
    m_motion->setText(shown == State::Running ? motion.join(QStringLiteral(", ")) : QString());

    const Step* next = m_engine->nextStep();
    if (shown == State::LeadIn || state == State::Finished || state == State::Stopped)
        m_next->clear();
    else
        m_next->setText(next ? tr("Next: %1 (%2)").arg(next->title, next->isTimed() ? formatClock(next->durationSeconds) : tr("when ready"))
                             : tr("Next: the end"));

    const qint64 remaining = m_engine->remainingMs();
    const qint64 shownSeconds = m_engine->displayedSeconds();
    m_countdown->setTime(remaining < 0 ? QString() : formatClock(shownSeconds));
    m_countdown->setCaption(caption);
    m_countdown->setPaused(paused);
    const qint64 duration = m_engine->phaseDurationMs();
    m_countdown->setFraction(duration > 0 ? double(remaining) / double(duration) : 0.0);

    // The optional tick in the last three seconds of a step or rest.
    if (!paused && m_engine->isActive() && remaining > 0 && shownSeconds != m_lastShownSecond && shownSeconds <= 3
        && shown != State::LeadIn)
        m_cues.tick();
    m_lastShownSecond = shownSeconds;

    QList<SegmentedProgress::Segment> segments;
    for (int i = 0; i < m_engine->stepCount(); ++i) {
        using S = SessionSnapshot::StepStatus;
        const S status = m_engine->stepStatus(i);
        if (i == index && m_engine->isActive())
            segments.append(SegmentedProgress::Segment::Current);
        else if (status == S::Done)
            segments.append(SegmentedProgress::Segment::Done);
        else if (status == S::Skipped)
            segments.append(SegmentedProgress::Segment::Skipped);
        else
            segments.append(SegmentedProgress::Segment::Upcoming);
    }
    const double fraction = shown == State::Running && duration > 0 ? 1.0 - double(remaining) / double(duration) : 0.0;
    m_progress->setStates(segments, fraction);

    updateButtons();
    updateGuidePlayback();
    schedule();
}

void PlayerPage::updateButtons()
{
    const bool active = m_engine && m_engine->isActive();
    const bool paused = m_engine && m_engine->isPaused();
    const bool started = m_engine && m_engine->state() != SessionEngine::State::Ready;
    m_playPause->setText(!started || !active ? tr("Start") : paused ? tr("Resume") : tr("Pause"));
    m_playPause->setAccessibleName(!started || !active ? tr("Start") : paused ? tr("Resume") : tr("Pause"));
    m_playPause->setEnabled(m_engine != nullptr);
    m_back->setEnabled(active);
    m_skip->setEnabled(active);
    m_stop->setEnabled(active);
    m_continue->setVisible(active && m_engine->isWaitingForContinue());
    m_pauseAction->setEnabled(m_engine != nullptr);
    m_backAction->setEnabled(active);
    m_skipAction->setEnabled(active);
    m_stopAction->setEnabled(active || m_glance);
    m_continueAction->setEnabled(active && m_engine->isWaitingForContinue());
}

QList<QAction*> PlayerPage::sessionActions() const
{
    return {m_pauseAction, m_backAction, m_skipAction, m_continueAction, m_stopAction};
}

void PlayerPage::updateGuidePlayback()
{
    const bool running = m_engine && m_engine->state() == SessionEngine::State::Running && isVisible() && !m_glance;
    m_guide->setPlayback(m_engine ? m_engine->phaseElapsedMs() : 0, running);
}

void PlayerPage::setGlanceMode(bool on)
{
    m_glance = on;
    // Glance mode: only what can be read from across the room.
    for (QWidget* w : std::initializer_list<QWidget*>{m_guide, m_instruction, m_motion, m_controls, m_progress, m_cueLine})
        w->setVisible(!on);
    applyTextStyle(m_title, on ? TextStyle::Display : TextStyle::Title);
    m_textColumn->setMaximumWidth(on ? QWIDGETSIZE_MAX : QFontMetrics(m_instruction->font()).averageCharWidth() * 72);
    updateGuidePlayback();
}

void PlayerPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void PlayerPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    // Nothing to animate while hidden; the tick goes on so the voice keeps guiding.
    m_guide->setPlayback(0, false);
}

void PlayerPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const auto direction = width() < kNarrowWidth ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_visuals->direction() != direction)
        m_visuals->setDirection(direction);
}

} // namespace knead
