// SPDX-License-Identifier: MIT
// The knead_audio module: AudioBackend on QSoundEffect (chime, halfway, tick) and
// QTextToSpeech (voice, on the engine that speaks the content's language).
#include "AudioBackend.h"

#include <QAudioDevice>
#include <QCoreApplication>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QStringList>
#include <QTextToSpeech>
#include <QTimer>
#include <QUrl>
#include <QVoice>

#include <algorithm>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <optional>

namespace knead {

namespace {

// This file's messages, in one translation context.
struct AudioText
{
    Q_DECLARE_TR_FUNCTIONS(AudioBackend)
};

// One short sound, each time played by a QSoundEffect that has not played before. Qt 6.4's
// QSoundEffect on PulseAudio stays silent for about half of the later plays of one effect
// (recorded from a null sink: 7 of 16 chimes three seconds apart were heard; with a fresh
// effect each time, 16 of 16). The next effect is made and loaded when one starts, so it is
// ready long before the next cue; the samples are decoded once and shared by Qt's cache.
class Sound
{
public:
    Sound(QString source, std::function<void()> onError)
        : m_source(std::move(source))
        , m_onError(std::move(onError))
    {
        m_ready = make();
    }

    void setVolume(float volume)
    {
        m_volume = volume;
        m_ready->setVolume(volume);
    }

    void play()
    {
        // The one still ringing stops (it is deleted): a sound starts again from its beginning.
        m_playing = std::move(m_ready);
        m_playing->play();
        m_ready = make();
    }

private:
    std::unique_ptr<QSoundEffect> make() const
    {
        auto effect = std::make_unique<QSoundEffect>();
        effect->setSource(QUrl(m_source));
        effect->setVolume(m_volume);
        QSoundEffect* raw = effect.get();
        QObject::connect(raw, &QSoundEffect::statusChanged, raw, [raw, onError = m_onError] {
            if (raw->status() == QSoundEffect::Error)
                onError();
        });
        return effect;
    }

    QString m_source;
    std::function<void()> m_onError;
    float m_volume = 1.0f;
    std::unique_ptr<QSoundEffect> m_ready;
    std::unique_ptr<QSoundEffect> m_playing;
};

class QtAudioBackend final : public AudioBackend
{
public:
    QtAudioBackend()
    {
        if (QMediaDevices::audioOutputs().isEmpty()) {
            // Speech plays through the same device: without one there is nothing to hear.
            m_problem = AudioText::tr("No audio output was found, so Knead runs silently: no chime and no voice. "
                                      "The countdown, the step text and the prompts on screen work as usual.");
            return;
        }
        const auto failed
            = [this] { report(AudioText::tr("Sound could not be played, so Knead continues without the chime.")); };
        m_chime.emplace(QStringLiteral("qrc:/knead/sounds/chime.wav"), failed);
        m_halfway.emplace(QStringLiteral("qrc:/knead/sounds/halfway.wav"), failed);
        m_tick.emplace(QStringLiteral("qrc:/knead/sounds/tick.wav"), failed);
        m_engines = QTextToSpeech::availableEngines();
        m_engines.sort(); // Qt lists them in a different order at each start
        if (m_engines.isEmpty())
            m_problem = AudioText::tr(
                "No speech engine is installed, so steps will not be read aloud; the chime still sounds.");
        // An engine that neither starts nor stops speaking within this long is taken to have
        // failed, so that the words queued after it are not held up for ever.
        m_watchdog.setSingleShot(true);
        QObject::connect(&m_watchdog, &QTimer::timeout, [this] {
            if (m_state != Speech::Idle && m_state != Speech::Speaking)
                onEngineReady();
        });
    }

    QString problem() const override { return m_problem; }
    void setProblemHandler(std::function<void(const QString&)> handler) override { m_handler = std::move(handler); }
    void setFinishedHandler(std::function<void()> handler) override { m_finished = std::move(handler); }

    void setChimeVolume(double volume) override
    {
        for (std::optional<Sound>* sound : {&m_chime, &m_halfway}) {
            if (*sound)
                (*sound)->setVolume(float(volume));
        }
        if (m_tick)
            m_tick->setVolume(float(volume * 0.6));
    }

    void configureVoice(const VoiceConfig& config) override
    {
        if (m_engines.isEmpty() || (m_configured && config == m_config))
            return;
        const bool chooseAgain
            = !m_configured || config.engine != m_config.engine || config.language != m_config.language;
        m_config = config;
        m_configured = true;
        if (chooseAgain)
            startEngine();
        if (!m_speech)
            return;
        // The language first: setting it resets the voice to the language's default.
        const QLocale::Language wanted
            = QLocale(config.language.isEmpty() ? QStringLiteral("en") : config.language).language();
        if (m_speech->locale().language() != wanted) {
            const QList<QLocale> locales = m_speech->availableLocales();
            for (const QLocale& locale : locales) {
                if (locale.language() == wanted) {
                    m_speech->setLocale(locale);
                    break;
                }
            }
        }
        if (!config.voice.isEmpty() && m_speech->voice().name() != config.voice) {
            const QList<QVoice> voices = m_speech->availableVoices();
            for (const QVoice& voice : voices) {
                if (voice.name() == config.voice) {
                    m_speech->setVoice(voice);
                    break;
                }
            }
        }
        m_speech->setRate(baseRate());
        m_speech->setVolume(std::clamp(config.volume, 0.0, 1.0));
    }

    void chime() override { play(m_chime); }
    void halfwayChime() override { play(m_halfway); }
    void tick() override { play(m_tick); }

    void say(const QString& text, bool interrupt) override
    {
        if (!canSpeak() || text.isEmpty())
            return;
        if (interrupt)
            silence();
        m_queue.append(text);
        if (m_state == Speech::Idle)
            speakNext();
    }

    void silence() override
    {
        m_queue.clear();
        m_retry = false;
        if (m_speech && (m_state == Speech::Starting || m_state == Speech::Speaking)) {
            // The engine says Ready once it has stopped; until then nothing new is started,
            // or the engine drops it.
            m_state = Speech::Stopping;
            m_watchdog.start(kStuckMs);
            m_speech->stop();
        } else if (m_state == Speech::Failed) {
            m_state = Speech::Stopping; // the Ready still to come ends nothing that was asked for
        }
    }

    bool isSpeaking() const override
    {
        return !m_queue.isEmpty() || m_state == Speech::Starting || m_state == Speech::Speaking
            || m_state == Speech::Failed;
    }
    bool canSpeak() const override { return m_speech && m_speech->state() != QTextToSpeech::Error; }
    QStringList engines() const override { return m_engines; }
    QString engine() const override { return m_speech ? m_engineName : QString(); }

    QStringList voices() const override
    {
        QStringList names;
        if (m_speech) {
            const QList<QVoice> voices = m_speech->availableVoices();
            for (const QVoice& voice : voices)
                names.append(voice.name());
        }
        return names;
    }

    QString voice() const override { return m_speech ? m_speech->voice().name() : QString(); }

private:
    // The voice's own state, as far as Knead has asked for things: the engine reports its
    // changes later than the calls that cause them (flite starts speaking some 200 ms after
    // say() and stops after stop() returns).
    enum class Speech { Idle, Starting, Speaking, Stopping, Failed };
    static constexpr int kStuckMs = 8000; // neither started nor stopped by then: failed
    static constexpr int kAfterErrorMs = 500; // the Ready that follows an error
    // Rate offsets for saying words again after flite's empty-last-chunk failure: each changes
    // the waveform's length by a few 5 ms frames (0.01 is under 2 % of the duration), too
    // little to hear, and one of them leaves it off a whole number of 20 ms chunks.
    static constexpr double kRateNudges[] = {0.0, 0.01, 0.02, 0.03, 0.04};

    double baseRate() const { return std::clamp(m_config.rate, -1.0, 1.0); }

    static void play(std::optional<Sound>& sound)
    {
        if (sound)
            sound->play();
    }

    void startEngine()
    {
        const auto localesOf = [this](const QString& name) -> std::optional<QList<QLocale>> {
            QTextToSpeech* speech = probe(name);
            if (!speech)
                return std::nullopt;
            return speech->availableLocales();
        };
        const QString name = chooseSpeechEngine(m_engines, m_config.engine, m_config.language, localesOf);
        if (name == m_engineName && m_speech)
            return;
        silence();
        m_queue.clear();
        m_state = Speech::Idle;
        m_speech.reset();
        m_engineName = name;
        if (name.isEmpty()) {
            m_problem = AudioText::tr("The speech engine could not start, so steps will not be read aloud.");
            report(m_problem);
            return;
        }
        auto found = m_probed.find(name);
        m_speech = found != m_probed.end() ? std::move(found->second) : std::make_unique<QTextToSpeech>(name);
        m_probed.clear();
        QObject::connect(
            m_speech.get(), &QTextToSpeech::stateChanged, m_speech.get(), [this](QTextToSpeech::State state) {
                switch (state) {
                case QTextToSpeech::Speaking:
                    if (m_state == Speech::Starting) {
                        m_errorsInARow = 0;
                        m_state = Speech::Speaking;
                        m_watchdog.stop();
                    }
                    break;
                case QTextToSpeech::Ready:
                    onEngineReady();
                    break;
                case QTextToSpeech::Error:
                    // Qt 6.4's flite plugin fails whenever the words' waveform is a whole number of
                    // flite's 20 ms streaming chunks (about one phrase in four, short or long):
                    // flite then hands over an empty last chunk, QIODevice::write() of it returns
                    // 0, the plugin takes that for a playback error and deletes its QAudioSink with
                    // the words still in it, then says Ready. By then only the waveform's leading
                    // pause has sounded, so the same words are said again a hair faster or slower
                    // (see kRateNudges), which changes the waveform's length. Other failures end
                    // the words: the next ones go ahead, and only an engine that keeps failing is
                    // reported.
                    if (m_state == Speech::Starting || m_state == Speech::Speaking) {
                        m_state = Speech::Failed;
                        m_retry = m_speech->errorReason() == QTextToSpeech::ErrorReason::Playback
                            && m_attempt + 1 < int(std::size(kRateNudges));
                        m_watchdog.start(kAfterErrorMs);
                        if (m_retry)
                            break;
                    }
                    if (++m_errorsInARow == 3)
                        report(AudioText::tr("The voice could not speak (%1), so Knead continues without it.")
                                   .arg(m_speech->errorString()));
                    break;
                default:
                    break;
                }
            });
        if (m_speech->state() == QTextToSpeech::Error) {
            m_problem = AudioText::tr("The speech engine could not start, so steps will not be read aloud.");
            report(m_problem);
        }
    }

    // Starts an engine to see which languages it speaks; kept in case it is the one chosen.
    QTextToSpeech* probe(const QString& name)
    {
        auto& slot = m_probed[name];
        if (!slot)
            slot = std::make_unique<QTextToSpeech>(name);
        return slot->state() == QTextToSpeech::Error ? nullptr : slot.get();
    }

    void onEngineReady()
    {
        const Speech was = m_state;
        m_watchdog.stop();
        if (was == Speech::Idle)
            return;
        m_state = Speech::Idle;
        if (was == Speech::Failed && m_retry) {
            m_retry = false;
            ++m_attempt;
            speakCurrent();
            return;
        }
        if (!m_queue.isEmpty()) {
            speakNext();
            return;
        }
        // Words that ran to their end (or failed), not words cut short by silence().
        if (was != Speech::Stopping && m_finished)
            m_finished();
    }

    void speakNext()
    {
        if (m_queue.isEmpty() || !m_speech)
            return;
        m_current = m_queue.takeFirst();
        m_attempt = 0;
        speakCurrent();
    }

    void speakCurrent()
    {
        // Nudged towards the normal rate, so that the nudge stays within the engine's range.
        const double base = baseRate();
        const double rate = base + (base > 0 ? -1.0 : 1.0) * kRateNudges[m_attempt];
        m_speech->setRate(rate);
        m_state = Speech::Starting;
        m_watchdog.start(kStuckMs);
        m_speech->say(m_current);
    }

    void report(const QString& message)
    {
        if (m_handler)
            m_handler(message);
    }

    QString m_problem;
    std::function<void(const QString&)> m_handler;
    std::function<void()> m_finished;
    std::optional<Sound> m_chime;
    std::optional<Sound> m_halfway;
    std::optional<Sound> m_tick;
    QStringList m_engines;
    QString m_engineName;
    std::map<QString, std::unique_ptr<QTextToSpeech>> m_probed;
    std::unique_ptr<QTextToSpeech> m_speech;
    VoiceConfig m_config;
    bool m_configured = false;
    Speech m_state = Speech::Idle;
    int m_errorsInARow = 0;
    QStringList m_queue;
    QString m_current; // the words being said, kept to say them again
    int m_attempt = 0; // index into kRateNudges for m_current
    bool m_retry = false; // m_current is said again once the engine is Ready
    QTimer m_watchdog;
};

} // namespace

} // namespace knead

extern "C" Q_DECL_EXPORT knead::AudioBackend* knead_create_audio_backend()
{
    return new knead::QtAudioBackend;
}
