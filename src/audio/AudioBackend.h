// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

namespace knead {

// The sounding half of the session cues: chime, tick and voice. It lives in a module of its
// own (knead_audio), loaded the first time a session comes near, so that Qt Multimedia and
// Qt TextToSpeech cost nothing at start-up and Knead runs without them when they are
// missing. Only this plain interface crosses the module boundary.
class AudioBackend
{
public:
    virtual ~AudioBackend() = default;

    // Empty when sound and voice work; otherwise what the person should be told, once.
    virtual QString problem() const = 0;
    // Called with a message when something fails later (a device disappears, speech errors).
    virtual void setProblemHandler(std::function<void(const QString&)> handler) = 0;
    virtual void setVolume(double volume) = 0; // 0..1
    virtual void chime() = 0;
    virtual void tick() = 0;
    // Speaks after what is being said, or instead of it when `interrupt` is set.
    virtual void say(const QString& text, bool interrupt) = 0;
    virtual void silence() = 0;
    virtual bool isSpeaking() const = 0;
};

using CreateAudioBackend = AudioBackend* (*)();
inline constexpr char kAudioBackendFactory[] = "knead_create_audio_backend";

} // namespace knead
