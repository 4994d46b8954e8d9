// SPDX-License-Identifier: MIT
#pragma once

#include "UserDataFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QStringList>

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

    // Writes pending changes now (QSettings otherwise writes from the event loop and on exit).
    void flush();

    // True when the file's text is something QSettings' INI reader would understand.
    static bool looksLikeIni(const QByteArray& data);

private:
    bool readBool(const char* key, bool fallback) const;
    int readInt(const char* key, int fallback, int min, int max) const;
    QString readId(const char* key) const;
    void write(const char* key, const QVariant& value);

    QString m_path;
    UserDataProblem m_problem;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace knead
