// SPDX-License-Identifier: MIT
#pragma once

#include "SessionEngine.h"

#include <QObject>
#include <QStringList>

namespace knead {

// Where a session's cues are heard: chime, ticks and voice. The session controller talks to
// this interface only, so tests record cues and Knead runs silently where there is no audio.
class CueOutput : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Loads the audio back ends if they are not loaded yet. Called when a session is about
    // to start, never before the first window is up.
    virtual void prepare() = 0;
    virtual void cue(const knead::SessionEngine::Cue& cue) = 0;
    virtual void tick() = 0;
    // Silences speech now, e.g. on pause or stop. No speechFinished() follows: the words
    // were cut, not said.
    virtual void silence() = 0;
    // Whether words are being spoken now or are queued to be (ticks never sound over speech,
    // and a phase's countdown waits for them).
    virtual bool isSpeaking() const = 0;
    // How long the words for `cue` will probably take with the current settings; 0 when none
    // will be said (voice off, nothing to say for this cue, no audio).
    virtual qint64 estimatedSpeechMs(const knead::SessionEngine::Cue& cue) const
    {
        Q_UNUSED(cue);
        return 0;
    }
    // The language of the routine about to run (BCP 47, e.g. "en"): the voice should speak it.
    virtual void setLanguage(const QString& language) { Q_UNUSED(language); }

    // For the sound settings: the speech engines installed, the one in use, its voices and the
    // one in use; a sample sentence and a chime with the current settings.
    virtual QStringList speechEngines() const { return {}; }
    virtual QString currentSpeechEngine() const { return {}; }
    virtual QStringList voices() const { return {}; }
    virtual QString currentVoice() const { return {}; }
    virtual void preview() { }
    // The settings changed: volumes, voice, engine and rate apply from the next cue on.
    virtual void settingsChanged() { }

Q_SIGNALS:
    // Sent at most once: sound or speech cannot be used, the session continues silently.
    void unavailable(const QString& message);
    // Everything that was to be said has been said (never after silence()).
    void speechFinished();
    // The speech engine or its voices changed (another engine was chosen, voices appeared).
    void voicesChanged();
};

} // namespace knead
