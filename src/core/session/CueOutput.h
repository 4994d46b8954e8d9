// SPDX-License-Identifier: MIT
#pragma once

#include "SessionEngine.h"

#include <QObject>

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
    // Silences speech now, e.g. on pause or stop.
    virtual void silence() = 0;
    // Whether words are being spoken now (ticks never sound over speech).
    virtual bool isSpeaking() const = 0;

Q_SIGNALS:
    // Sent at most once: sound or speech cannot be used, the session continues silently.
    void unavailable(const QString& message);
};

} // namespace knead
