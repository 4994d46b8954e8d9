// SPDX-License-Identifier: MIT
#pragma once

#include "UserDataFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTime>

#include <memory>

namespace knead {

// Every preference Knead keeps, typed, each key beside its default, every value
// range-checked when read (a hand-edited file cannot put Knead in a strange state).
// Stored as an INI file through QSettings, which writes atomically, in the event loop and on
// exit rather than at every change; a file that is not INI text is moved aside at start
// instead of being overwritten.
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    enum class Theme { System, Light, Dark };
    // What the voice says when a step starts.
    enum class StepSpeech { Instruction, Title, Nothing };
    enum class ReminderMode { Interval, FixedTimes };

    explicit Settings(const QString& path);
    ~Settings();

    // What was wrong with the file when it was opened, if anything.
    const UserDataProblem& problem() const { return m_problem; }
    QString path() const { return m_path; }

    bool voiceEnabled() const;
    void setVoiceEnabled(bool on);
    bool chimeEnabled() const;
    void setChimeEnabled(bool on);
    bool ticksEnabled() const;
    void setTicksEnabled(bool on);
    int voiceVolume() const; // 0..100
    void setVoiceVolume(int percent);
    int chimeVolume() const; // 0..100, chime and ticks
    void setChimeVolume(int percent);
    int voiceRate() const; // -10 (slow) .. 10 (fast), 0 is the voice's own pace
    void setVoiceRate(int rate);
    // The voice by its engine's name for it; empty: the engine's default for the language.
    QString voiceName() const;
    void setVoiceName(const QString& name);
    // The speech engine (Qt's plugin name); empty: chosen by the content's language.
    QString speechEngine() const;
    void setSpeechEngine(const QString& engine);
    StepSpeech stepSpeech() const;
    void setStepSpeech(StepSpeech speech);
    int leadInSeconds() const; // 0..10
    void setLeadInSeconds(int seconds);
    Theme theme() const;
    void setTheme(Theme theme);
    // The language chosen for the app and its content ("de", "en"); empty: the desktop's.
    // Read at start: a change takes effect when Knead starts again.
    QString language() const;
    void setLanguage(const QString& language);
    // The same, read from a settings file before the application object exists (content
    // loads while Qt connects to the display).
    static QString languageIn(const QString& path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QString lastRoutine() const;
    void setLastRoutine(const QString& routineId);
    QStringList favourites() const; // "technique:<id>" and "routine:<id>"
    void setFavourites(const QStringList& favourites);
    QStringList selectedRegions() const;
    void setSelectedRegions(const QStringList& regions);
    // The last "sound cannot play" notice the person has seen, so it is told once, not at
    // every start.
    QString audioNoticeSeen() const;
    void setAudioNoticeSeen(const QString& notice);

    // Reminders (core/reminders reads these into a ReminderSchedule). Off by default.
    bool remindersEnabled() const;
    void setRemindersEnabled(bool on);
    ReminderMode reminderMode() const;
    void setReminderMode(ReminderMode mode);
    int reminderIntervalMinutes() const; // 1..720
    void setReminderIntervalMinutes(int minutes);
    // Working hours, whole minutes. An end at or before the start runs through midnight; the
    // same start and end is the whole day.
    QTime workdayStart() const;
    void setWorkdayStart(const QTime& time);
    QTime workdayEnd() const;
    void setWorkdayEnd(const QTime& time);
    QList<int> reminderWeekdays() const; // Qt::DayOfWeek (1 = Monday .. 7), sorted, distinct
    void setReminderWeekdays(const QList<int>& days);
    QList<QTime> reminderTimes() const; // fixed times, whole minutes, sorted, distinct, at most kMaxReminderTimes
    void setReminderTimes(const QList<QTime>& times);
    QString reminderRoutine() const; // a routine id, or empty for "the best for the regions I pick"
    void setReminderRoutine(const QString& routineId);
    QStringList reminderRegions() const;
    void setReminderRegions(const QStringList& regions);
    // The scheduler's state, kept across restarts so that nothing resets unseen: when the
    // interval last started counting (a reminder, a break), and a pause or "skip today".
    QDateTime reminderAnchor() const; // UTC; invalid when none
    void setReminderAnchor(const QDateTime& when);
    QDateTime remindersPausedUntil() const; // UTC; invalid when not paused
    bool reminderPauseHolds() const; // a reminder due in the pause comes when it ends
    void setRemindersPausedUntil(const QDateTime& until, bool holds);
    // Whether the person was told that closing the window keeps Knead running for reminders.
    bool backgroundNoticeShown() const;
    void setBackgroundNoticeShown(bool shown);

    static constexpr int kMaxReminderTimes = 24;
    // The journal folder the person chose (an absolute path), or "" for the default
    // (Journal::defaultFolder(<data folder>)).
    QString journalFolder() const;
    void setJournalFolder(const QString& folder);
    // The name this installation's journal file goes by, and a hash of the machine it was
    // made on (so that settings copied to another computer get an id of their own).
    QString journalDeviceId() const;
    void setJournalDeviceId(const QString& id);
    QString journalDeviceMachine() const;
    void setJournalDeviceMachine(const QString& machine);

    // Writes pending changes now (QSettings otherwise writes from the event loop and on exit).
    void flush();

    // True when the file's text is something QSettings' INI reader would understand.
    static bool looksLikeIni(const QByteArray& data);

private:
    bool readBool(const char* key, bool fallback) const;
    int readInt(const char* key, int fallback, int min, int max) const;
    QString readId(const char* key) const;
    QTime readTime(const char* key, QTime fallback) const;
    QDateTime readUtc(const char* key) const;
    void write(const char* key, const QVariant& value);

    QString m_path;
    UserDataProblem m_problem;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace knead
