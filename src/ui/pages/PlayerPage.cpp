// SPDX-License-Identifier: MIT
#include "PlayerPage.h"

#include "Controls.h"
#include "CountdownRing.h"
#include "MotionGuideWidget.h"
#include "SegmentedProgress.h"
#include "SessionController.h"
#include "Typography.h"

#include <QAction>
#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>

#include <limits>

namespace knead {

namespace {

QPushButton* controlButton(const QString& text, Icon which, const char* objectName, const QString& accessible,
    const QKeySequence& key, QWidget* parent)
{
    QPushButton* button = makeButton(text, which, parent, objectName, accessible);
    //: A button's tooltip: what it does, and its key.
    button->setToolTip(PlayerPage::tr("%1 (%2)").arg(accessible, key.toString(QKeySequence::NativeText)));
    button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
    // Keys work anywhere on the page; buttons never take the focus from it.
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

PlayerPage::PlayerPage(const Content& content, SessionController& session, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_session(session)
{
    setObjectName(QStringLiteral("playerPage"));
    setAccessibleName(tr("Guided session"));
    setAccessibleDescription(tr("Space pauses and resumes, Left goes back, Right skips, Escape stops."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(3 * kUnit, 2 * kUnit, 3 * kUnit, 2 * kUnit);
    layout->setSpacing(kUnit);

    auto* header = new QHBoxLayout;
    m_routineName = makeLabel(QString(), TextStyle::Heading, this, "playerRoutine");
    m_stepCounter = makeLabel(QString(), TextStyle::Caption, this, "stepCounter");
    m_stepCounter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_stepCounter->setWordWrap(false);
    keepUnselectable(m_stepCounter);
    header->addWidget(m_routineName, 1);
    header->addWidget(m_stepCounter);
    layout->addLayout(header);

    m_progress = new SegmentedProgress(this);
    layout->addWidget(m_progress);

    m_countdown = new CountdownRing(this);
    m_guide = new MotionGuideWidget(this);
    // The ring and the guide keep one size for the whole routine, set from the window's size
    // (resizeEvent), so they never jump when a step's text is longer or shorter.
    m_countdown->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_guide->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_visuals = new QBoxLayout(QBoxLayout::LeftToRight);
    m_visuals->setSpacing(3 * kUnit);
    m_visuals->addStretch(1);
    m_visuals->addWidget(m_countdown, 0, Qt::AlignCenter);
    m_visuals->addWidget(m_guide, 0, Qt::AlignCenter);
    m_visuals->addStretch(1);
    layout->addLayout(m_visuals);

    m_title = makeLabel(QString(), TextStyle::Title, this, "stepTitle");
    m_title->setAlignment(Qt::AlignHCenter);
    m_instruction = makeLabel(QString(), TextStyle::Large, this, "stepInstruction");
    m_instruction->setAlignment(Qt::AlignHCenter);
    m_motion = makeLabel(QString(), TextStyle::Caption, this, "stepMotion");
    m_motion->setAlignment(Qt::AlignHCenter);
    m_next = makeLabel(QString(), TextStyle::Body, this, "nextStep");
    m_next->setAlignment(Qt::AlignHCenter);
    m_cueLine = makeLabel(QString(), TextStyle::Large, this, "cueLine");
    m_cueLine->setAlignment(Qt::AlignHCenter);
    // Text in a column of readable width, centred, however wide the window is.
    m_textColumn = new QWidget(this);
    auto* column = new QVBoxLayout(m_textColumn);
    column->setContentsMargins(0, 0, 0, 0);
    for (QLabel* l : {m_title, m_instruction, m_motion, m_next, m_cueLine}) {
        // Read, not selected, during a session: focus stays with the page and its keys.
        keepUnselectable(l);
        column->addWidget(l);
    }
    m_textColumn->setMaximumWidth(QFontMetrics(m_instruction->font()).averageCharWidth() * 72);
    // The words matter more than the size of the ring: the visuals give way, never the text.
    QSizePolicy textPolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    textPolicy.setHeightForWidth(true);
    m_textColumn->setSizePolicy(textPolicy);
    column->addStretch(1);
    // Centred by stretches, not by alignment: an aligned widget gets its size hint's width
    // and its wrapped text the wrong height.
    auto* textHolder = new QWidget;
    auto* centring = new QHBoxLayout(textHolder);
    centring->setContentsMargins(0, 0, 0, 0);
    centring->addStretch(1);
    centring->addWidget(m_textColumn, 100);
    centring->addStretch(1);
    // The text takes the room the visuals leave and scrolls when a long instruction does not
    // fit a small window (640×480, or 2× scale), so the buttons below never leave the screen.
    auto* textArea = new QScrollArea(this);
    textArea->setObjectName(QStringLiteral("stepTextArea"));
    textArea->setFrameShape(QFrame::NoFrame);
    textArea->setWidgetResizable(true);
    textArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    textArea->setFocusPolicy(Qt::NoFocus);
    textArea->viewport()->setAutoFillBackground(false);
    textArea->setWidget(textHolder);
    textHolder->setAutoFillBackground(false);
    layout->addWidget(textArea, 1);

    m_controls = new QWidget(this);
    auto* buttons = new QHBoxLayout(m_controls);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    m_back
        = controlButton(tr("Back"), Icon::Previous, "backButton", tr("Back"), QKeySequence(Qt::Key_Left), m_controls);
    m_playPause
        = controlButton(tr("Start"), Icon::Play, "playPause", tr("Start"), QKeySequence(Qt::Key_Space), m_controls);
    makePrimary(m_playPause);
    m_playPause->setMinimumWidth(m_playPause->sizeHint().width() * 2);
    m_continue = controlButton(tr("Continue"), Icon::Forward, "continueButton", tr("Continue to the next step"),
        QKeySequence(Qt::Key_Return), m_controls);
    m_skip = controlButton(tr("Skip"), Icon::Skip, "skipButton", tr("Skip"), QKeySequence(Qt::Key_Right), m_controls);
    m_stop = controlButton(
        tr("Stop"), Icon::Stop, "stopButton", tr("Stop the session"), QKeySequence(Qt::Key_Escape), m_controls);
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
    m_pauseAction = action(
        tr("Start / Pause"), {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_MediaTogglePlayPause)}, m_playPause);
    m_backAction = action(tr("Back"), {QKeySequence(Qt::Key_Left)}, m_back);
    m_skipAction = action(tr("Skip"), {QKeySequence(Qt::Key_Right)}, m_skip);
    m_stopAction = action(tr("Stop"), {QKeySequence(Qt::Key_Escape)}, m_stop);
    m_continueAction = action(tr("Continue"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}, m_continue);
    connect(m_pauseAction, &QAction::triggered, &m_session, &SessionController::togglePause);
    connect(m_backAction, &QAction::triggered, &m_session, &SessionController::back);
    connect(m_skipAction, &QAction::triggered, &m_session, &SessionController::skip);
    connect(m_stopAction, &QAction::triggered, this, [this] {
        // In glance mode Escape only leaves it, as it leaves any full-screen view.
        if (m_glance)
            Q_EMIT glanceModeRequested(false);
        else if (m_session.isActive())
            Q_EMIT stopRequested();
    });
    connect(m_continueAction, &QAction::triggered, &m_session, &SessionController::continueStep);
    setFocusPolicy(Qt::StrongFocus);

    connect(&m_session, &SessionController::sessionChanged, this, [this] {
        m_shownStep = -1;
        if (SessionEngine* e = engine()) {
            const Routine& routine = e->routine();
            m_routineName->setText(routine.name);
            // Each step as long as its time, its rest and the words expected for both.
            QList<int> lengths;
            const QList<qint64> weights = e->stepWeightsMs();
            for (qint64 ms : weights)
                lengths.append(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
            m_progress->setLengths(lengths);
        }
        refresh();
    });
    connect(&m_session, &SessionController::updated, this, &PlayerPage::refresh);
    connect(&m_session, &SessionController::demonstratingChanged, this, &PlayerPage::updateGuidePlayback);
    updateButtons();
    // Sized small until the page has its real size (resizeEvent), so that adding it to the
    // window never makes the window grow.
    layoutForSize();
}

SessionEngine* PlayerPage::engine() const
{
    return m_session.engine();
}

void PlayerPage::refreshStep()
{
    SessionEngine* e = engine();
    const Step& step = e->currentStep();
    m_guide->setStep(m_content.region(step.region), &step);
}

void PlayerPage::refresh()
{
    SessionEngine* engine = this->engine();
    if (!engine || engine->stepCount() == 0) {
        updateButtons();
        return;
    }
    if (engine->stepIndex() != m_shownStep) {
        m_shownStep = engine->stepIndex();
        refreshStep();
    }
    using State = SessionEngine::State;
    const State state = engine->state();
    const bool paused = engine->isPaused();
    const Step& step = engine->currentStep();
    const int index = engine->stepIndex();
    m_stepCounter->setText(tr("Step %1 of %2").arg(index + 1).arg(engine->stepCount()));

    // While paused, show what the person will come back to.
    State shown = state;
    if (paused) {
        const SessionSnapshot snap = engine->snapshot();
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
    } else if (engine->isWaitingForContinue()) {
        caption = tr("When you're ready");
    }
    // The countdown waits while the voice speaks.
    if (engine->isAnnouncing() && !paused)
        caption = tr("Listen");
    m_title->setText(title);
    m_instruction->setText(instruction);

    QStringList motion;
    if (step.motion) {
        motion.append(motionPatternLabel(step.motion->pattern));
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

    const Step* next = engine->nextStep();
    if (shown == State::LeadIn || state == State::Finished || state == State::Stopped)
        m_next->clear();
    else
        m_next->setText(next
                ? tr("Next: %1 (%2)")
                      .arg(next->title, next->isTimed() ? formatClock(next->durationSeconds) : tr("when ready"))
                : tr("Next: the end"));

    const qint64 remaining = engine->remainingMs();
    const qint64 shownSeconds = engine->displayedSeconds();
    m_countdown->setTime(remaining < 0 ? QString() : formatClock(shownSeconds));
    m_countdown->setCaption(caption);
    m_countdown->setPaused(paused);
    const qint64 duration = engine->phaseDurationMs();
    m_countdown->setFraction(duration > 0 ? double(remaining) / double(duration) : 0.0);
    m_cueLine->setText(m_session.cueLine());

    QList<SegmentedProgress::Segment> segments;
    for (int i = 0; i < engine->stepCount(); ++i) {
        using S = SessionSnapshot::StepStatus;
        const S status = engine->stepStatus(i);
        if (i == index && engine->isActive())
            segments.append(SegmentedProgress::Segment::Current);
        else if (status == S::Done)
            segments.append(SegmentedProgress::Segment::Done);
        else if (status == S::Skipped)
            segments.append(SegmentedProgress::Segment::Skipped);
        else
            segments.append(SegmentedProgress::Segment::Upcoming);
    }
    m_progress->setStates(segments, engine->currentStepFraction());

    updateButtons();
    updateGuidePlayback();
}

void PlayerPage::updateButtons()
{
    SessionEngine* session = engine();
    const bool active = session && session->isActive();
    const bool paused = session && session->isPaused();
    const bool started = session && session->state() != SessionEngine::State::Ready;
    const bool running = started && active && !paused;
    const QString playText = !started || !active ? tr("Start") : paused ? tr("Resume") : tr("Pause");
    if (m_playPause->text() != playText) { // "Pause" exactly while running
        m_playPause->setText(playText);
        m_playPause->setAccessibleName(playText);
        // Setting an icon repaints the button and lays the page out again: not once a second.
        m_playPause->setIcon(icon(running ? Icon::Pause : Icon::Play));
    }
    m_playPause->setEnabled(session != nullptr);
    m_back->setEnabled(active);
    m_skip->setEnabled(active);
    m_stop->setEnabled(active);
    m_continue->setVisible(active && session->isWaitingForContinue());
    m_pauseAction->setEnabled(session != nullptr);
    m_backAction->setEnabled(active);
    m_skipAction->setEnabled(active);
    m_stopAction->setEnabled(active || m_glance);
    m_continueAction->setEnabled(active && session->isWaitingForContinue());
}

QList<QAction*> PlayerPage::sessionActions() const
{
    return {m_pauseAction, m_backAction, m_skipAction, m_continueAction, m_stopAction};
}

void PlayerPage::updateGuidePlayback()
{
    m_guide->setPlayback(m_session.guidePositionMs(), m_session.isDemonstrating() && isVisible() && !m_glance);
}

void PlayerPage::setGlanceMode(bool on)
{
    m_glance = on;
    // Glance mode: only what can be read from across the room.
    for (QWidget* w :
        std::initializer_list<QWidget*> {m_guide, m_instruction, m_motion, m_controls, m_progress, m_cueLine})
        w->setVisible(!on);
    layoutForSize();
    updateGuidePlayback();
}

void PlayerPage::layoutForSize()
{
    // Sizes follow the window, never the text of a step: the ring is a fixed share of the
    // window, and the words grow with it, so a person across the room can still read them.
    const int w = width();
    const int h = height();
    const bool narrow = w < kNarrowWidth;
    const auto direction = narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_visuals->direction() != direction)
        m_visuals->setDirection(direction);
    // Never more than the room the rest of the page leaves: a ring taller than that would
    // make the window grow past a small screen and push the buttons off it.
    // (A nested layout keeps its cached sizes when only its items change: invalidated here.)
    m_visuals->invalidate();
    layout()->invalidate();
    const int others = layout()->minimumSize().height() - m_visuals->minimumSize().height();
    const int share = m_glance ? std::min(w * 6 / 10, h * 55 / 100)
        : narrow               ? std::min(w * 55 / 100, h * 28 / 100)
                               : std::min(w * 36 / 100, h * 44 / 100);
    const int ring = std::max(120, std::min(share, h - others));
    m_countdown->setFixedSize(ring, ring);
    m_guide->setFixedSize(narrow ? 0 : ring * 3 / 4, narrow ? 0 : ring);
    m_guide->setVisible(!narrow && !m_glance);
    m_visuals->invalidate();
    // The type scale, grown with the window: 1x at 800 px high, up to 1.6x.
    const qreal grow = std::clamp(std::min(w / 1100.0, h / 760.0), 1.0, 1.6);
    const auto scaled = [&](QLabel* label, TextStyle style, qreal extra) {
        QFont f = fontFor(style, font());
        f.setPointSizeF(f.pointSizeF() * grow * extra);
        label->setFont(f);
    };
    scaled(m_title, m_glance ? TextStyle::Display : TextStyle::Title, 1.0);
    scaled(m_instruction, TextStyle::Large, 1.0);
    scaled(m_next, m_glance ? TextStyle::Title : TextStyle::Body, 1.0);
    scaled(m_cueLine, TextStyle::Large, 1.0);
    m_next->setForegroundRole(m_glance ? QPalette::WindowText : QPalette::PlaceholderText);
    m_textColumn->setMaximumWidth(
        m_glance ? QWIDGETSIZE_MAX : QFontMetrics(m_instruction->font()).averageCharWidth() * kReadingWidth);
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
    layoutForSize();
}

} // namespace knead
