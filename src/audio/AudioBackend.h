// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace knead {

// How the voice should sound; applied by AudioBackend::configureVoice().
struct VoiceConfig
{
    QString engine; // Qt's name for the speech engine; empty: chosen by language
    QString voice; // the engine's name for the voice; empty: its default for the language
    QString language; // of the content being spoken, BCP 47 ("en")
    double rate = 0.0; // -1..1, 0 the voice's own pace
    double volume = 0.7; // 0..1

    friend bool operator==(const VoiceConfig&, const VoiceConfig&) = default;
};

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
    // Called when everything queued has been said to its end (never after silence()).
    virtual void setFinishedHandler(std::function<void()> handler) = 0;
    virtual void setChimeVolume(double volume) = 0; // 0..1, chime and ticks
    // Chooses the engine (if it changed), the voice, rate and volume.
    virtual void configureVoice(const VoiceConfig& config) = 0;
    virtual void chime() = 0;
    virtual void halfwayChime() = 0; // the routine's halfway point: two rising notes
    virtual void tick() = 0;
    // Speaks after what is being said, or instead of it when `interrupt` is set.
    virtual void say(const QString& text, bool interrupt) = 0;
    virtual void silence() = 0;
    virtual bool isSpeaking() const = 0;
    virtual bool canSpeak() const = 0;
    virtual QStringList engines() const = 0; // installed
    virtual QString engine() const = 0; // in use; empty when none works
    virtual QStringList voices() const = 0; // of the engine in use
    virtual QString voice() const = 0;
};

using CreateAudioBackend = AudioBackend* (*)();
inline constexpr char kAudioBackendFactory[] = "knead_create_audio_backend";

// Which speech engine speaks `language`: the one the person chose if it is installed;
// otherwise the first installed engine with a voice for that language, else the first that
// works at all. Engines are tried in name order, because Qt lists them in a different order
// at each start and the voice should not change from one session to the next. `localesOf`
// starts an engine and lists its languages (nullopt when it does not work); engines are
// started only until one fits, because starting some (speech-dispatcher) can take seconds.
// Never a name written into Knead.
inline QString chooseSpeechEngine(QStringList installed, const QString& chosen, const QString& language,
    const std::function<std::optional<QList<QLocale>>(const QString&)>& localesOf)
{
    if (!chosen.isEmpty() && installed.contains(chosen))
        return chosen;
    installed.sort();
    const QLocale::Language wanted = QLocale(language.isEmpty() ? QStringLiteral("en") : language).language();
    QString working;
    for (const QString& engine : std::as_const(installed)) {
        const std::optional<QList<QLocale>> locales = localesOf(engine);
        if (!locales)
            continue;
        for (const QLocale& locale : *locales) {
            if (locale.language() == wanted)
                return engine;
        }
        if (working.isEmpty())
            working = engine;
    }
    return working;
}

} // namespace knead
