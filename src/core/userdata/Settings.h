// SPDX-License-Identifier: MIT
#pragma once

#include "UserDataFile.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace knead {

// Every preference Knead keeps, typed, each key beside its default, every value
// range-checked when read (a hand-edited file cannot put Knead in a strange state).
// Stored as an INI file through QSettings, which writes atomically; a file that is not INI
// text is moved aside at start instead of being overwritten.
class Settings
{
public:
    enum class Theme { System, Light, Dark };

    explicit Settings(const QString& path);
    ~Settings();

    // What was wrong with the file when it was opened, if anything.
    const UserDataProblem& problem() const { return m_problem; }
    QString path() const { return m_path; }
    // Whether the last write reached the disk.
    bool isWritable() const;

    bool voiceEnabled() const;
    void setVoiceEnabled(bool on);
    bool chimeEnabled() const;
    void setChimeEnabled(bool on);
    bool ticksEnabled() const;
    void setTicksEnabled(bool on);
    int volume() const; // 0..100
    void setVolume(int percent);
    int leadInSeconds() const; // 0..10
    void setLeadInSeconds(int seconds);
    Theme theme() const;
    void setTheme(Theme theme);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QString lastPage() const;
    void setLastPage(const QString& page);
    QString lastRoutine() const;
    void setLastRoutine(const QString& routineId);
    QStringList favourites() const; // "technique:<id>" and "routine:<id>"
    void setFavourites(const QStringList& favourites);
    QStringList selectedRegions() const;
    void setSelectedRegions(const QStringList& regions);

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
