// SPDX-License-Identifier: MIT
#include "SessionEngine.h"

#include <algorithm>

namespace knead {

namespace {

bool opposite(Side a, Side b)
{
    return (a == Side::Left && b == Side::Right) || (a == Side::Right && b == Side::Left);
}

} // namespace

SessionEngine::SessionEngine(Routine routine, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_routine(std::move(routine))
    , m_clock(clock)
{
    m_status.fill(SessionSnapshot::StepStatus::NotReached, m_routine.steps.size());
    buildPhases();
}

void SessionEngine::setLeadInSeconds(int seconds)
{
    m_leadInSeconds = std::clamp(seconds, 0, kMaxLeadInSeconds);
    if (!m_started)
        buildPhases();
}

void SessionEngine::setSpeechEstimate(SpeechEstimate estimate)
{
    m_speechEstimate = std::move(estimate);
    if (!m_started)
        buildPhases();
}

void SessionEngine::buildPhases()
{
    m_phases.clear();
    qint64 plan = 0;
    if (m_leadInSeconds > 0)
        m_phases.append({PhaseKind::LeadIn, 0, m_leadInSeconds * 1000LL, 0});
    for (int i = 0; i < m_routine.steps.size(); ++i) {
        const Step& step = m_routine.steps[i];
        const qint64 duration = step.isTimed() ? step.durationSeconds * 1000LL : -1;
        m_phases.append({PhaseKind::Step, i, duration, plan});
        plan += std::max<qint64>(duration, 0);
        // A rest after the last step would only delay the end.
        if (step.restSeconds > 0 && i + 1 < m_routine.steps.size()) {
            m_phases.append({PhaseKind::Rest, i, step.restSeconds * 1000LL, plan});
            plan += step.restSeconds * 1000LL;
        }
    }
    m_planTotalMs = plan;
    // The words weigh on the progress bar as much as they will probably take.
    qint64 weight = 0;
    for (int i = 0; i < m_phases.size(); ++i) {
        Phase& phase = m_phases[i];
        phase.wordsMs = 0;
        if (m_speechEstimate) {
            for (const Cue& cue : openingCues(i))
                phase.wordsMs += std::max<qint64>(0, m_speechEstimate(cue));
        }
        phase.weightStartMs = weight;
        if (phase.kind != PhaseKind::LeadIn)
            weight += phase.wordsMs + std::max<qint64>(phase.durationMs, 0);
    }
    m_weightTotalMs = weight;
}

SessionEngine::State SessionEngine::state() const
{
    if (m_stopped)
        return State::Stopped;
    if (m_over)
        return State::Finished;
    if (!m_started || m_phases.isEmpty())
        return State::Ready;
    if (m_paused)
        return State::Paused;
    switch (m_phases[m_phase].kind) {
    case PhaseKind::LeadIn:
        return State::LeadIn;
    case PhaseKind::Step:
        return State::Running;
    case PhaseKind::Rest:
        return State::Resting;
    }
    return State::Running;
}

bool SessionEngine::isActive() const
{
    return m_started && !m_over && !m_stopped;
}

const Step* SessionEngine::nextStep() const
{
    if (m_phases.isEmpty())
        return nullptr;
    const Phase& phase = m_phases[m_phase];
    // During the lead-in the "next" step is the first one.
    const int next = phase.kind == PhaseKind::LeadIn ? 0 : phase.step + 1;
    return next < m_routine.steps.size() ? &m_routine.steps[next] : nullptr;
}

bool SessionEngine::isWaitingForContinue() const
{
    return isActive() && m_phases[m_phase].durationMs < 0;
}

qint64 SessionEngine::phaseDurationMs() const
{
    return m_phases.isEmpty() ? 0 : m_phases[m_phase].durationMs;
}

qint64 SessionEngine::announcementElapsedMs() const
{
    if (!m_started || !m_announcing)
        return 0;
    return std::max<qint64>(0, effectiveNow() - m_announceStartMs);
}

qint64 SessionEngine::phaseElapsedMs() const
{
    if (!m_started || m_phases.isEmpty() || m_announcing)
        return 0;
    const qint64 elapsed = effectiveNow() - m_phaseStartMs;
    const qint64 duration = m_phases[m_phase].durationMs;
    return duration >= 0 ? std::clamp<qint64>(elapsed, 0, duration) : std::max<qint64>(elapsed, 0);
}

qint64 SessionEngine::remainingMs() const
{
    const qint64 duration = phaseDurationMs();
    if (duration < 0)
        return -1;
    if (!m_started)
        return duration;
    if (m_over || m_stopped)
        return 0;
    return duration - phaseElapsedMs();
}

qint64 SessionEngine::displayedSeconds() const
{
    const qint64 remaining = remainingMs();
    return remaining <= 0 ? 0 : (remaining + 999) / 1000;
}

qint64 SessionEngine::activeElapsedMs() const
{
    if (!m_started)
        return 0;
    if (m_over || m_stopped)
        return m_activeBeforePhaseMs;
    return m_activeBeforePhaseMs + phaseActiveMs(effectiveNow());
}

qint64 SessionEngine::phaseActiveMs(qint64 atMs) const
{
    if (m_announcing)
        return std::max<qint64>(0, atMs - m_announceStartMs);
    const qint64 duration = m_phases[m_phase].durationMs;
    const qint64 elapsed = std::max<qint64>(0, atMs - m_phaseStartMs);
    return duration >= 0 ? std::min(elapsed, duration) : elapsed;
}

qint64 SessionEngine::msUntilNextEvent() const
{
    if (!isActive() || m_paused)
        return -1;
    if (m_announcing)
        return std::max<qint64>(0, m_announceCapMs - now()); // the words' end is reported
    const qint64 elapsed = now() - m_phaseStartMs;
    qint64 wait = -1;
    const qint64 duration = m_phases[m_phase].durationMs;
    if (duration >= 0) {
        const qint64 remaining = duration - elapsed;
        // The countdown shows whole seconds rounded up; it next changes when `remaining`
        // reaches the multiple of 1000 below it.
        wait = remaining <= 0 ? 0 : ((remaining - 1) % 1000) + 1;
    }
    if (!m_pendingCues.isEmpty()) {
        const qint64 cueWait = std::max<qint64>(0, m_pendingCues.first().atMs - elapsed);
        wait = wait < 0 ? cueWait : std::min(wait, cueWait);
    }
    return wait;
}

double SessionEngine::progress() const
{
    if (m_over)
        return 1.0;
    if (m_weightTotalMs <= 0 || !m_started || m_phases.isEmpty())
        return 0.0;
    return std::clamp(double(weightPosition()) / double(m_weightTotalMs), 0.0, 1.0);
}

qint64 SessionEngine::weightPosition() const
{
    const Phase& phase = m_phases[m_phase];
    if (phase.kind == PhaseKind::LeadIn)
        return 0;
    // Words that run longer than estimated hold the bar; words that end early move it on.
    if (m_announcing)
        return phase.weightStartMs + std::min(announcementElapsedMs(), phase.wordsMs);
    return phase.weightStartMs + phase.wordsMs + (phase.durationMs > 0 ? phaseElapsedMs() : 0);
}

QList<qint64> SessionEngine::stepWeightsMs() const
{
    QList<qint64> weights(m_routine.steps.size(), 0);
    for (const Phase& phase : m_phases) {
        if (phase.kind != PhaseKind::LeadIn)
            weights[phase.step] += phase.wordsMs + std::max<qint64>(phase.durationMs, 0);
    }
    return weights;
}

double SessionEngine::currentStepFraction() const
{
    if (m_over)
        return 1.0;
    if (!m_started || m_phases.isEmpty() || m_phases[m_phase].kind == PhaseKind::LeadIn)
        return 0.0;
    const int step = m_phases[m_phase].step;
    const qint64 weight = stepWeightsMs().value(step);
    if (weight <= 0)
        return 0.0;
    const qint64 stepStart = m_phases[firstStepPhase(step)].weightStartMs;
    return std::clamp(double(weightPosition() - stepStart) / double(weight), 0.0, 1.0);
}

int SessionEngine::stepsDone() const
{
    return int(std::count(m_status.cbegin(), m_status.cend(), SessionSnapshot::StepStatus::Done));
}

int SessionEngine::stepsSkipped() const
{
    return int(std::count(m_status.cbegin(), m_status.cend(), SessionSnapshot::StepStatus::Skipped));
}

QList<SessionEngine::PendingCue> SessionEngine::cuesForPhase(int index) const
{
    QList<PendingCue> cues;
    const Phase& phase = m_phases[index];
    if (phase.kind == PhaseKind::Step) {
        for (const knead::Cue& c : m_routine.steps[phase.step].cues)
            cues.append({c.atSeconds * 1000LL, {CueKind::StepCue, phase.step, c.say}});
    }
    // The routine's halfway point falls inside exactly one timed phase.
    const qint64 halfway = m_planTotalMs / 2;
    if (!m_halfwayAnnounced && m_planTotalMs > 0 && phase.kind != PhaseKind::LeadIn && phase.durationMs > 0
        && halfway >= phase.planStartMs && halfway < phase.planStartMs + phase.durationMs) {
        cues.append({halfway - phase.planStartMs, {CueKind::Halfway, phase.step, tr("Halfway through the routine.")}});
    }
    std::stable_sort(
        cues.begin(), cues.end(), [](const PendingCue& a, const PendingCue& b) { return a.atMs < b.atMs; });
    return cues;
}

QList<SessionEngine::Cue> SessionEngine::openingCues(int index) const
{
    const Phase& phase = m_phases[index];
    switch (phase.kind) {
    case PhaseKind::LeadIn:
        return {{CueKind::LeadIn, 0, tr("Get ready. First: %1.").arg(m_routine.steps.first().title), {}, false}};
    case PhaseKind::Step: {
        QList<Cue> cues;
        const Step& step = m_routine.steps[phase.step];
        // "Switch sides" belongs to the announcement: it comes before the second side's countdown.
        if (phase.step > 0) {
            const Step& before = m_routine.steps[phase.step - 1];
            if (opposite(before.side, step.side) && before.region == step.region)
                cues.append({CueKind::SwitchSides, phase.step, tr("Switch sides."), {}, false});
        }
        cues.append(
            {CueKind::StepStart, phase.step, step.title + QLatin1String(". ") + step.instruction, step.title, false});
        return cues;
    }
    case PhaseKind::Rest:
        return {{CueKind::RestStart, phase.step, tr("Rest."), {}, false}};
    }
    return {};
}

void SessionEngine::enterPhase(int index, qint64 startMs, bool announceIt)
{
    m_phase = index;
    m_phaseStartMs = startMs;
    m_announcing = false;
    m_announced = true;
    m_pendingCues = cuesForPhase(index);
    const Phase& phase = m_phases[index];
    if (phase.kind == PhaseKind::Step)
        Q_EMIT stepChanged(phase.step);
    emitStateIfChanged();
    if (announceIt && m_paused) {
        // Paused means quiet: the phase is announced when the session resumes.
        m_announcing = true;
        m_announced = false;
        m_announceStartMs = startMs;
    } else if (announceIt) {
        announce(startMs, false);
        if (!isActive())
            return;
    }
    Q_EMIT progressChanged();
}

void SessionEngine::announce(qint64 startMs, bool repeat)
{
    m_announcing = false;
    m_announced = true;
    m_announceStartMs = startMs;
    m_phaseStartMs = startMs;
    const int phase = m_phase;
    for (Cue cue : openingCues(phase)) {
        cue.repeat = repeat;
        Q_EMIT cueTriggered(cue);
        if (!isActive() || m_phase != phase)
            return;
    }
    if (m_speechProbe && m_speechProbe()) {
        m_announcing = true;
        // Measured from when the words really began, even after a late wake-up.
        m_announceCapMs = std::max(startMs, now()) + kAnnouncementCapMs;
    }
}

void SessionEngine::startCountdown(qint64 atMs)
{
    m_activeBeforePhaseMs += std::max<qint64>(0, atMs - m_announceStartMs);
    m_announcing = false;
    m_phaseStartMs = atMs;
}

void SessionEngine::finishAnnouncement()
{
    // While paused the words were cut short, not finished: they come again on resume.
    if (!isActive() || !m_announcing || m_paused || !m_announced)
        return;
    startCountdown(now());
    Q_EMIT progressChanged();
    update();
}

void SessionEngine::start()
{
    if (m_routine.steps.isEmpty())
        return;
    if (isActive()) {
        resume();
        return;
    }
    buildPhases();
    m_status.fill(SessionSnapshot::StepStatus::NotReached, m_routine.steps.size());
    m_started = true;
    m_over = false;
    m_stopped = false;
    m_paused = false;
    m_announcing = false;
    m_halfwayAnnounced = false;
    m_activeBeforePhaseMs = 0;
    m_phase = 0;
    enterPhase(0, now(), true);
}

void SessionEngine::pause()
{
    if (!isActive() || m_paused)
        return;
    update(); // settle anything already due before time stops
    if (!isActive())
        return;
    m_paused = true;
    m_pausedAtMs = now();
    emitStateIfChanged();
    Q_EMIT progressChanged();
}

void SessionEngine::resume()
{
    if (!isActive() || !m_paused)
        return;
    if (m_announcing) {
        // The words were cut by the pause (or not said yet): the phase is announced again
        // from its start. What was heard before the pause counts as time spent.
        m_activeBeforePhaseMs += std::max<qint64>(0, m_pausedAtMs - m_announceStartMs);
        m_paused = false;
        emitStateIfChanged();
        announce(now(), m_announced);
        if (!isActive())
            return;
        Q_EMIT progressChanged();
        update();
        return;
    }
    // Shift the phase so that the paused time does not count.
    m_phaseStartMs += now() - m_pausedAtMs;
    m_paused = false;
    emitStateIfChanged();
    Q_EMIT progressChanged();
    update();
}

void SessionEngine::togglePause()
{
    if (!m_started || m_over || m_stopped)
        start();
    else if (m_paused)
        resume();
    else
        pause();
}

void SessionEngine::skip()
{
    if (!isActive())
        return;
    update();
    if (!isActive())
        return;
    const qint64 at = effectiveNow();
    completePhase(at, true);
    if (m_paused && isActive())
        m_pausedAtMs = at;
}

void SessionEngine::continueStep()
{
    if (!isWaitingForContinue())
        return;
    completePhase(effectiveNow(), false);
}

int SessionEngine::firstStepPhase(int step) const
{
    for (int i = 0; i < m_phases.size(); ++i) {
        if (m_phases[i].kind == PhaseKind::Step && m_phases[i].step == step)
            return i;
    }
    return 0;
}

void SessionEngine::back()
{
    if (!isActive())
        return;
    update();
    if (!isActive())
        return;
    const Phase& phase = m_phases[m_phase];
    int target = m_phase;
    if (phase.kind == PhaseKind::Rest) {
        target = firstStepPhase(phase.step); // again the step just finished
    } else if (phase.kind == PhaseKind::Step && phaseElapsedMs() <= kBackRestartsAfterMs && phase.step > 0) {
        target = firstStepPhase(phase.step - 1);
    }
    const qint64 at = effectiveNow();
    m_activeBeforePhaseMs += phaseActiveMs(at);
    const int step = m_phases[target].step;
    if (m_phases[target].kind == PhaseKind::Step && m_status[step] == SessionSnapshot::StepStatus::Skipped)
        m_status[step] = SessionSnapshot::StepStatus::NotReached;
    enterPhase(target, at, true);
    if (m_paused)
        m_pausedAtMs = at;
}

void SessionEngine::restart()
{
    if (!m_started)
        return;
    m_over = false;
    m_stopped = false;
    m_started = false;
    start();
}

void SessionEngine::stop()
{
    if (!isActive())
        return;
    update();
    if (!isActive())
        return;
    m_activeBeforePhaseMs += phaseActiveMs(effectiveNow());
    m_stopped = true;
    m_paused = false;
    m_announcing = false;
    m_pendingCues.clear();
    emitStateIfChanged();
    Q_EMIT progressChanged();
}

void SessionEngine::completePhase(qint64 endMs, bool skipped)
{
    const Phase& phase = m_phases[m_phase];
    m_activeBeforePhaseMs += phaseActiveMs(endMs);
    if (phase.kind == PhaseKind::Step) {
        auto& status = m_status[phase.step];
        if (!skipped)
            status = SessionSnapshot::StepStatus::Done;
        else if (status != SessionSnapshot::StepStatus::Done)
            status = SessionSnapshot::StepStatus::Skipped;
    }
    // Cues of a phase that is left early are dropped, not fired late.
    m_pendingCues.clear();
    if (m_phase + 1 >= m_phases.size()) {
        finish();
        return;
    }
    enterPhase(m_phase + 1, endMs, true);
}

void SessionEngine::finish()
{
    m_over = true;
    m_paused = false;
    emitStateIfChanged();
    Q_EMIT progressChanged();
    Q_EMIT cueTriggered({CueKind::Finished, stepCount() - 1, tr("Session complete.")});
    Q_EMIT finished();
}

void SessionEngine::fireDueCues(qint64 nowMs)
{
    const qint64 elapsed = nowMs - m_phaseStartMs;
    while (!m_pendingCues.isEmpty() && m_pendingCues.first().atMs <= elapsed) {
        const PendingCue due = m_pendingCues.takeFirst();
        if (due.cue.kind == CueKind::Halfway)
            m_halfwayAnnounced = true;
        Q_EMIT cueTriggered(due.cue);
        if (!isActive())
            return;
    }
}

void SessionEngine::update()
{
    if (!isActive() || m_paused)
        return;
    const qint64 nowMs = now();
    // Catch up phase by phase: each new phase starts at the previous deadline, never at
    // "now", so lateness does not accumulate. The bound only guards against a routine of
    // absurd length; 200 steps with rests is 401 phases.
    for (int guard = 0; guard < 1000 && isActive() && !m_paused; ++guard) {
        if (m_announcing) {
            if (nowMs < m_announceCapMs)
                return; // waits for the words to end
            startCountdown(m_announceCapMs);
            Q_EMIT progressChanged();
            continue;
        }
        fireDueCues(nowMs);
        if (!isActive() || m_paused)
            return;
        const Phase& phase = m_phases[m_phase];
        if (phase.durationMs < 0)
            return; // untimed: waits for continueStep()
        const qint64 deadline = m_phaseStartMs + phase.durationMs;
        if (nowMs < deadline)
            return;
        completePhase(deadline, false);
    }
}

void SessionEngine::emitStateIfChanged()
{
    const State current = state();
    if (current != m_lastState) {
        m_lastState = current;
        Q_EMIT stateChanged(current);
    }
}

SessionSnapshot SessionEngine::snapshot() const
{
    SessionSnapshot s;
    s.routineId = m_routine.id;
    s.phase = SessionSnapshot::Phase(int(m_phases[m_phase].kind));
    s.step = m_phases[m_phase].step;
    s.phaseElapsedMs = phaseElapsedMs();
    s.activeElapsedMs = activeElapsedMs();
    s.steps = m_status;
    s.halfwayAnnounced = m_halfwayAnnounced;
    s.announcing = m_announcing;
    return s;
}

bool SessionEngine::restore(const SessionSnapshot& s)
{
    if (s.routineId != m_routine.id || s.steps.size() != m_routine.steps.size())
        return false;
    buildPhases();
    // Found by kind and step rather than by index: the lead-in setting may have changed.
    const auto it = std::find_if(m_phases.cbegin(), m_phases.cend(),
        [&](const Phase& p) { return int(p.kind) == int(s.phase) && p.step == s.step; });
    if (it == m_phases.cend())
        return false;
    const int index = int(it - m_phases.cbegin());
    const Phase& phase = *it;
    if (s.phaseElapsedMs < 0 || (phase.durationMs >= 0 && s.phaseElapsedMs > phase.durationMs)
        || s.activeElapsedMs < s.phaseElapsedMs || (s.announcing && s.phaseElapsedMs != 0))
        return false;
    m_started = true;
    m_over = false;
    m_stopped = false;
    m_status = s.steps;
    m_halfwayAnnounced = s.halfwayAnnounced;
    m_activeBeforePhaseMs = s.activeElapsedMs - s.phaseElapsedMs;
    const qint64 t = now();
    m_paused = true;
    m_pausedAtMs = t;
    m_phase = index;
    m_phaseStartMs = t - s.phaseElapsedMs;
    // Words cut by a crash or a stop are said again, chime and all, when it resumes.
    m_announcing = s.announcing;
    m_announced = false;
    m_announceStartMs = t;
    m_pendingCues = cuesForPhase(index);
    // Cues before the saved position were already heard.
    while (!m_pendingCues.isEmpty() && m_pendingCues.first().atMs <= s.phaseElapsedMs)
        m_pendingCues.removeFirst();
    Q_EMIT stepChanged(phase.step);
    emitStateIfChanged();
    Q_EMIT progressChanged();
    return true;
}

} // namespace knead
