// SPDX-License-Identifier: MIT
#include "ReminderScheduler.h"

#include "Clock.h"
#include "Settings.h"
#include "WallClock.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace knead {

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

// --- ReminderStatus ---------------------------------------------------------------------

QString ReminderStatus::reasonText(PostponeReason reason)
{
    switch (reason) {
    case PostponeReason::SessionRunning:
        return tr("a session is running");
    case PostponeReason::DoNotDisturb:
        return tr("do not disturb");
    case PostponeReason::FullScreen:
        return tr("a full-screen window is active");
    case PostponeReason::ScreenLocked:
        return tr("the screen is locked");
    }
    return {};
}

QString ReminderStatus::timeText(const QTime& time, const QLocale& locale)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]s{1,2}"));
    return locale.toString(time, locale.timeFormat(QLocale::ShortFormat).remove(seconds));
}

QString ReminderStatus::sentence(Sentence kind, qint64 ms, qint64 nowMs, const QTimeZone& zone, const QLocale& locale)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const QString time = timeText(at.time(), locale);
    const qint64 days = ReminderSchedule::localDate(nowMs, zone).daysTo(at.date());
    // Within the week the day's name, further away the date.
    const QString day = days > 1 && days < 7 ? locale.dayName(at.date().dayOfWeek())
                                             : locale.toString(at.date(), QLocale::ShortFormat);
    switch (kind) {
    case Sentence::Next:
        return days == 0 ? tr("Next reminder at %1.").arg(time)
            : days == 1  ? tr("Next reminder tomorrow at %1.").arg(time)
                         : tr("Next reminder on %1 at %2.").arg(day, time);
    case Sentence::Snoozed:
        return days == 0 ? tr("Snoozed: the reminder comes again at %1.").arg(time)
            : days == 1  ? tr("Snoozed: the reminder comes again tomorrow at %1.").arg(time)
                         : tr("Snoozed: the reminder comes again on %1 at %2.").arg(day, time);
    case Sentence::SkippedNext:
        return days == 0 ? tr("Skipped for today. Next reminder at %1.").arg(time)
            : days == 1  ? tr("Skipped for today. Next reminder tomorrow at %1.").arg(time)
                         : tr("Skipped for today. Next reminder on %1 at %2.").arg(day, time);
    case Sentence::PausedUntil:
        return days == 0 ? tr("Reminders paused until %1.").arg(time)
            : days == 1  ? tr("Reminders paused until tomorrow at %1.").arg(time)
                         : tr("Reminders paused until %1 at %2.").arg(day, time);
    }
    return {};
}

QString ReminderStatus::describe(qint64 nowMs, const QTimeZone& zone, const QLocale& locale) const
{
    QString text;
    switch (state) {
    case State::Off:
        text = tr("Reminders are off.");
        break;
    case State::Never:
        text = tr("Reminders are on, but none can come: choose at least one weekday (and, for fixed times, one time).");
        break;
    case State::Waiting:
        text = sentence(snoozed ? Sentence::Snoozed : Sentence::Next, nextMs, nowMs, zone, locale);
        break;
    case State::Postponed:
        text = tr("Reminder postponed: %1. It comes when that ends.").arg(reason ? reasonText(*reason) : QString());
        break;
    case State::Paused:
        if (!skippedToday)
            text = sentence(Sentence::PausedUntil, pausedUntilMs, nowMs, zone, locale);
        else if (nextMs > 0)
            text = sentence(Sentence::SkippedNext, nextMs, nowMs, zone, locale);
        else
            text = tr("Skipped for today.");
        break;
    }
    if (!note.isEmpty() && state != State::Off)
        text += QLatin1Char(' ') + note;
    return text;
}

// --- ReminderScheduler ------------------------------------------------------------------

ReminderScheduler::ReminderScheduler(Settings& settings, const WallClock& wall, const Clock& monotonic, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_wall(wall)
    , m_monotonic(monotonic)
{
    m_timer.setSingleShot(true);
    // Whole seconds are precise enough for a reminder, and let the system batch wake-ups.
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::recheck);
    m_schedule = ReminderSchedule::fromSettings(settings);
    const QDateTime anchor = settings.reminderAnchor();
    m_anchorMs = anchor.isValid() ? anchor.toMSecsSinceEpoch() : 0;
    const QDateTime paused = settings.remindersPausedUntil();
    m_pausedUntilMs = paused.isValid() ? paused.toMSecsSinceEpoch() : 0;
    m_pauseHolds = m_pausedUntilMs > 0 && settings.reminderPauseHolds();
    m_pausedFromMs = wall.nowMsSinceEpoch();
}

qint64 ReminderScheduler::now() const
{
    return m_wall.nowMsSinceEpoch();
}

qint64 ReminderScheduler::msUntilWakeUp() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

QString ReminderScheduler::routineToOffer() const
{
    if (const std::optional<Reminder> r = current(); r && !r->routineId.isEmpty())
        return r->routineId;
    return m_picker ? m_picker() : m_schedule.routineId;
}

void ReminderScheduler::reload()
{
    const bool wasEnabled = m_schedule.enabled;
    m_schedule = ReminderSchedule::fromSettings(m_settings);
    if (m_schedule.enabled && !wasEnabled && m_checked)
        setAnchor(now()); // turned on: the interval counts from now
    if (!m_schedule.enabled) {
        if (m_current || m_pending)
            withdraw();
        m_current.reset();
        m_pending.reset();
        m_reason.reset();
        m_snoozed.reset();
        if (m_pausedUntilMs > 0)
            setPause(0, false);
    }
    recheck();
}

void ReminderScheduler::setEnabled(bool on)
{
    if (on == m_settings.remindersEnabled() && on == m_schedule.enabled)
        return;
    m_settings.setRemindersEnabled(on);
    if (on)
        setAnchor(now());
    reload();
}

std::optional<qint64> ReminderScheduler::nextDue(qint64 nowMs) const
{
    if (!m_schedule.enabled)
        return std::nullopt;
    if (m_snoozed)
        return m_snoozed->dueMs;
    const QTimeZone zone = m_wall.timeZone();
    if (m_pausedUntilMs > 0) {
        // Any reminder since the last one that falls in the pause: held to its end (a pause
        // for an hour), or dropped for the next working day ("skip today").
        const std::optional<qint64> slot
            = m_schedule.nextSlot(std::max(m_pausedFromMs, m_lastShownDueMs), m_anchorMs, zone);
        if (slot && *slot < m_pausedUntilMs) {
            if (m_pauseHolds && m_schedule.isActiveAt(m_pausedUntilMs, zone))
                return m_pausedUntilMs;
            return m_schedule.nextSlot(m_pausedUntilMs - 1, m_anchorMs, zone);
        }
        return slot;
    }
    return m_schedule.nextSlot(std::max(nowMs, m_lastShownDueMs), m_anchorMs, zone);
}

void ReminderScheduler::noticeClockJumps(qint64 nowMs)
{
    const QByteArray zone = m_wall.timeZone().id();
    const qint64 monotonic = m_monotonic.nowMs();
    if (m_checked) {
        const qint64 drift = nowMs - (m_checkedWallMs + (monotonic - m_checkedMonotonicMs));
        const QLocale locale;
        const QString at
            = ReminderStatus::timeText(QDateTime::fromMSecsSinceEpoch(nowMs, m_wall.timeZone()).time(), locale);
        if (drift >= kSleepIsBreakMs) {
            // The computer slept (the monotonic clock stood still) or the clock was put
            // forward. Time away from the desk is a break: what fell due is not shown late.
            m_note = tr("The computer was asleep (or its clock changed), so reminders count again from %1.").arg(at);
            m_armedForMs = 0;
            if (m_current || m_pending)
                withdraw();
            m_current.reset();
            m_pending.reset();
            m_reason.reset();
            m_snoozed.reset();
            setAnchor(nowMs);
        } else if (drift > kClockJumpMs || drift < -kClockJumpMs) {
            m_note = tr("The clock was changed at %1; reminders follow the new time.").arg(at);
        } else if (zone != m_checkedZone) {
            m_note = tr("The time zone changed to %1; reminders follow the local time there.")
                         .arg(QString::fromUtf8(zone));
        }
    }
    m_checked = true;
    m_checkedWallMs = nowMs;
    m_checkedMonotonicMs = monotonic;
    m_checkedZone = zone;
}

void ReminderScheduler::recheck()
{
    const qint64 nowMs = now();
    noticeClockJumps(nowMs);
    // The slot the timer was armed for is due even when the timer comes a little late (a busy
    // machine, a short suspend); slots are otherwise looked for after now.
    const qint64 armedFor = m_armedForMs;
    m_armedForMs = 0;
    if (!m_schedule.enabled) {
        m_timer.stop();
        Q_EMIT statusChanged();
        return;
    }
    // A pause that ended long ago (Knead was not running, or the computer slept through it).
    if (m_pausedUntilMs > 0 && nowMs > m_pausedUntilMs + kClockJumpMs)
        setPause(0, false);

    const auto blocked = [this]() -> std::optional<PostponeReason> { return m_blocker ? m_blocker() : std::nullopt; };
    const auto postpone = [this](const Reminder& r, PostponeReason reason) {
        m_pending = r;
        m_reason = reason;
        arm(kRecheckMs);
        Q_EMIT statusChanged();
    };

    if (m_pending) {
        if (const std::optional<PostponeReason> reason = blocked())
            return postpone(*m_pending, *reason);
        show(*m_pending, nowMs);
    } else if (std::optional<qint64> due = nextDue(nowMs);
               (due && *due <= nowMs + kEarlyMs) || (armedFor > 0 && armedFor <= nowMs + kEarlyMs)) {
        if (!due || *due > nowMs + kEarlyMs)
            due = armedFor;
        const Reminder r = m_snoozed ? *m_snoozed : Reminder {*due, m_picker ? m_picker() : m_schedule.routineId, 0};
        m_snoozed.reset();
        if (m_pausedUntilMs > 0 && nowMs + kEarlyMs >= m_pausedUntilMs)
            setPause(0, false);
        if (const std::optional<PostponeReason> reason = blocked()) {
            // A newer reminder replaces one still on screen.
            if (m_current)
                withdraw();
            m_current.reset();
            return postpone(r, *reason);
        }
        show(r, nowMs);
    }
    if (m_pausedUntilMs > 0 && nowMs + kEarlyMs >= m_pausedUntilMs)
        setPause(0, false);

    if (const std::optional<qint64> due = nextDue(nowMs)) {
        m_armedForMs = *due;
        arm(*due - nowMs);
    } else {
        m_timer.stop();
    }
    Q_EMIT statusChanged();
}

void ReminderScheduler::arm(qint64 inMs)
{
    const qint64 ms = std::clamp<qint64>(inMs, 0, kLongestWaitMs);
    m_wakeUpAtMs = now() + ms;
    m_timer.start(int(ms));
}

void ReminderScheduler::show(const Reminder& reminder, qint64 nowMs)
{
    m_current = reminder;
    m_pending.reset();
    m_reason.reset();
    m_lastShownDueMs = reminder.dueMs;
    m_note.clear();
    setAnchor(nowMs);
    Q_EMIT reminderDue(reminder);
}

void ReminderScheduler::withdraw()
{
    Q_EMIT reminderWithdrawn();
}

void ReminderScheduler::setAnchor(qint64 ms)
{
    m_anchorMs = ms;
    m_settings.setReminderAnchor(utc(ms));
}

void ReminderScheduler::setPause(qint64 untilMs, bool holds, qint64 fromMs)
{
    m_pausedFromMs = fromMs;
    m_pausedUntilMs = untilMs;
    m_pauseHolds = untilMs > 0 && holds;
    m_settings.setRemindersPausedUntil(untilMs > 0 ? utc(untilMs) : QDateTime(), m_pauseHolds);
}

bool ReminderScheduler::snooze()
{
    const std::optional<Reminder> r = current();
    if (!m_schedule.enabled || !r || !r->canSnooze())
        return false;
    m_snoozed = Reminder {now() + kSnoozeMs, r->routineId, r->snoozes + 1};
    if (m_current)
        withdraw();
    m_current.reset();
    m_pending.reset();
    m_reason.reset();
    recheck();
    return true;
}

void ReminderScheduler::skipToday()
{
    const qint64 nowMs = now();
    if (m_current)
        withdraw();
    m_current.reset();
    m_pending.reset();
    m_reason.reset();
    m_snoozed.reset();
    setPause(m_schedule.nextDayStart(nowMs, m_wall.timeZone()), false, nowMs);
    recheck();
}

void ReminderScheduler::pauseFor(qint64 ms)
{
    if (m_current)
        withdraw();
    m_current.reset();
    m_snoozed.reset();
    // A postponed reminder is not lost: the pause counts from when it fell due, so it is held
    // with the others that fall in the pause, and comes when the pause ends.
    const qint64 nowMs = now();
    const qint64 from = m_pending ? std::min(nowMs, m_pending->dueMs - 1) : nowMs;
    m_pending.reset();
    m_reason.reset();
    setPause(nowMs + std::max<qint64>(ms, 1000), true, from);
    recheck();
}

void ReminderScheduler::resumeReminders()
{
    if (m_pausedUntilMs == 0)
        return;
    setPause(0, false);
    recheck();
}

void ReminderScheduler::noteBreak()
{
    // Off: nothing to count (turning reminders on starts the count).
    if (!m_schedule.enabled)
        return;
    if (m_current || m_pending)
        withdraw();
    m_current.reset();
    m_pending.reset();
    m_reason.reset();
    m_snoozed.reset();
    setAnchor(now());
    recheck();
}

void ReminderScheduler::noteBreakAt(qint64 ms)
{
    if (m_schedule.enabled && ms > m_anchorMs && ms <= now())
        setAnchor(ms);
}

void ReminderScheduler::dismiss()
{
    if (!m_current && !m_pending)
        return;
    m_current.reset();
    if (m_pending) {
        // Answered while it waited (Start from the tray): nothing is left to show.
        m_pending.reset();
        m_reason.reset();
        recheck();
        return;
    }
    Q_EMIT statusChanged();
}

ReminderStatus ReminderScheduler::status() const
{
    ReminderStatus s;
    s.note = m_note;
    if (!m_schedule.enabled)
        return s;
    const qint64 nowMs = now();
    if (m_pending) {
        s.state = ReminderStatus::State::Postponed;
        s.reason = m_reason;
        return s;
    }
    const std::optional<qint64> next = nextDue(nowMs);
    if (m_pausedUntilMs > nowMs) {
        s.state = ReminderStatus::State::Paused;
        s.pausedUntilMs = m_pausedUntilMs;
        s.skippedToday = !m_pauseHolds;
        s.nextMs = next.value_or(0);
        return s;
    }
    if (!next) {
        s.state = ReminderStatus::State::Never;
        return s;
    }
    s.state = ReminderStatus::State::Waiting;
    s.nextMs = *next;
    s.snoozed = m_snoozed.has_value();
    return s;
}

QString ReminderScheduler::describeStatus(const QLocale& locale) const
{
    return status().describe(now(), m_wall.timeZone(), locale);
}

} // namespace knead
