// SPDX-License-Identifier: MIT
#pragma once

#include "ReminderSchedule.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace knead {

class Clock;
class Settings;
class WallClock;

// Why a due reminder waits instead of showing.
enum class PostponeReason { SessionRunning, DoNotDisturb, FullScreen, ScreenLocked };

// One reminder: when it was planned, the routine it offers, and how often it was snoozed.
struct Reminder
{
    static constexpr int kSnoozeLimit = 3;

    qint64 dueMs = 0; // UTC, as planned (a postponed reminder shows later)
    QString routineId;
    int snoozes = 0;

    bool canSnooze() const { return snoozes < kSnoozeLimit; }
    int snoozesLeft() const { return kSnoozeLimit - snoozes; }
    friend bool operator==(const Reminder&, const Reminder&) = default;
};

// What the scheduler is doing, for the tray's tooltip, the home page and Settings.
struct ReminderStatus
{
    Q_DECLARE_TR_FUNCTIONS(ReminderStatus)

public:
    enum class State { Off, Waiting, Postponed, Paused, Never };

    State state = State::Off;
    qint64 nextMs = 0; // Waiting and Paused: when the next reminder comes (0: none)
    qint64 pausedUntilMs = 0; // Paused
    bool skippedToday = false; // Paused by "skip today" / "until tomorrow"
    bool snoozed = false; // Waiting: the next one is a snoozed reminder
    std::optional<PostponeReason> reason; // Postponed
    QString note; // the last time the count started again, and why

    // One sentence (two with a note), times in `locale` and `zone`, days relative to `nowMs`:
    // "Next reminder at 11:00.", "Reminder postponed: do not disturb. It comes when that ends."
    QString describe(qint64 nowMs, const QTimeZone& zone, const QLocale& locale) const;
    static QString reasonText(PostponeReason reason); // "do not disturb", "a session is running"...

    // A time of day to the minute in the locale's short format ("09:45", "9:45 AM"; the C
    // locale's short format would show seconds).
    static QString timeText(const QTime& time, const QLocale& locale);

    enum class Sentence { Next, Snoozed, SkippedNext, PausedUntil };
    // "Next reminder at 11:00." / "... tomorrow at 09:00." / "... on Monday at 10:00."
    static QString sentence(Sentence kind, qint64 ms, qint64 nowMs, const QTimeZone& zone, const QLocale& locale);
};

// The reminder clock. It keeps the next reminder as a wall-clock time and arms exactly one
// timer for it (a postponed reminder re-checks once a minute instead); nothing else wakes
// while it waits. At each wake-up it compares the wall clock with the monotonic clock: when
// they disagree the computer slept or the clock was changed, and the next reminder is worked
// out again from the schedule (a sleep of five minutes or more counts as a break: what fell
// due during it is not shown late, the interval counts from waking). What blocks a reminder
// (a session, do not disturb, a full-screen window, a locked screen) is asked through an
// injected function when one falls due; the reminder then waits, says why, and comes when
// the block ends, never dropped. State that must survive a restart (the anchor of the
// interval, a pause) is kept in Settings.
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kSnoozeMs = 10 * 60 * 1000;
    static constexpr qint64 kPauseMs = 60 * 60 * 1000;
    static constexpr qint64 kRecheckMs = 60 * 1000; // while a reminder is postponed
    static constexpr qint64 kClockJumpMs = 60 * 1000; // wall and monotonic disagree by more
    static constexpr qint64 kSleepIsBreakMs = 5 * 60 * 1000; // a gap this long counts as a break
    static constexpr qint64 kEarlyMs = 1000; // coarse timers may fire this early
    // A timer takes an int of milliseconds; a reminder further away is re-checked then.
    static constexpr qint64 kLongestWaitMs = qint64(24) * 24 * 60 * 60 * 1000;

    using Blocker = std::function<std::optional<PostponeReason>()>;
    using RoutinePicker = std::function<QString()>;

    ReminderScheduler(Settings& settings, const WallClock& wall, const Clock& monotonic, QObject* parent = nullptr);

    // Asked when a reminder falls due (and again while it waits). Unset: nothing blocks.
    void setBlocker(Blocker blocker) { m_blocker = std::move(blocker); }
    // Chooses the routine a reminder offers, when it falls due. Unset: the schedule's routine.
    void setRoutinePicker(RoutinePicker picker) { m_picker = std::move(picker); }

    const ReminderSchedule& schedule() const { return m_schedule; }
    bool isEnabled() const { return m_schedule.enabled; }
    ReminderStatus status() const;
    QString describeStatus(const QLocale& locale = QLocale()) const;
    // The reminder shown or postponed and still awaiting a choice (start, snooze, skip).
    std::optional<Reminder> current() const { return m_pending ? m_pending : m_current; }
    QString routineToOffer() const; // the current reminder's routine, else what the picker chooses now

    // The one timer: whether it is armed, and for how long from now (tests and the bench).
    bool isArmed() const { return m_timer.isActive(); }
    qint64 msUntilWakeUp() const;
    qint64 wakeUpAtMs() const { return m_wakeUpAtMs; } // the wall-clock time it was armed for

public Q_SLOTS:
    // Reads the schedule from Settings again (after the person changed it) and re-arms.
    void reload();
    void setEnabled(bool on);
    // What the timer does; also called after resume, a time-zone change, or when a block may
    // have ended. Public so that tests with fake clocks move time and call it.
    void recheck();
    // The current reminder again in 10 minutes; false when it has no snooze left.
    bool snooze();
    // No more reminders until the next working day.
    void skipToday();
    void pauseFor(qint64 ms);
    void pauseUntilTomorrow() { skipToday(); }
    void resumeReminders(); // ends a pause
    // The person took a break (a session started or ended): the interval counts from now and a
    // waiting reminder is no longer needed.
    void noteBreak();
    // A break that ended at `ms` (the journal's last session, at start-up), if it is the latest.
    void noteBreakAt(qint64 ms);
    // The current reminder was answered (Start) or closed without a choice: it is done, whether
    // it was on screen or still waiting.
    void dismiss();

Q_SIGNALS:
    // Show this reminder now.
    void reminderDue(const knead::Reminder& reminder);
    // The reminder last shown no longer stands (a break, a snooze, a skip): take it down.
    void reminderWithdrawn();
    void statusChanged();

private:
    qint64 now() const;
    std::optional<qint64> nextDue(qint64 nowMs) const;
    void show(const Reminder& reminder, qint64 nowMs);
    void arm(qint64 inMs);
    void setAnchor(qint64 ms);
    void setPause(qint64 untilMs, bool holds, qint64 fromMs = 0);
    void withdraw();
    void noticeClockJumps(qint64 nowMs);

    Settings& m_settings;
    const WallClock& m_wall;
    const Clock& m_monotonic;
    Blocker m_blocker;
    RoutinePicker m_picker;
    ReminderSchedule m_schedule;
    QTimer m_timer;

    qint64 m_anchorMs = 0; // the interval counts from here
    qint64 m_lastShownDueMs = 0; // a fixed time is not shown twice when the timer comes early
    qint64 m_pausedUntilMs = 0;
    qint64 m_pausedFromMs = 0; // reminders after this fall in the pause
    bool m_pauseHolds = false;
    std::optional<Reminder> m_current; // shown, awaiting a choice
    std::optional<Reminder> m_pending; // due, postponed
    std::optional<PostponeReason> m_reason;
    std::optional<Reminder> m_snoozed; // comes at its dueMs
    QString m_note;

    // Where both clocks stood at the last check, and the zone then: the next check compares.
    qint64 m_checkedWallMs = 0;
    qint64 m_checkedMonotonicMs = 0;
    QByteArray m_checkedZone;
    bool m_checked = false;
    qint64 m_armedForMs = 0; // the reminder the timer is armed for (0: a re-check)
    qint64 m_wakeUpAtMs = 0;
};

} // namespace knead
