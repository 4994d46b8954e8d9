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
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <utility>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

namespace knead {

namespace {

// This file's messages, in one translation context.
struct AudioText
{
    Q_DECLARE_TR_FUNCTIONS(AudioBackend)
};

// Qt Multimedia before 6.8 ends its PulseAudio connections at exit, from static destructors,
// without holding the PulseAudio main loop's lock (QTBUG-125213, fixed by Qt's commit
// be98379ee). The loop's own thread, woken by the first event the disconnection frees, then
// tidies its lists while the disconnection is still changing them, and the process aborts on
// an assertion in libpulse or crashes: 5 to 19 of 100 runs of a bare QSoundEffect program that
// played a sound and quit 300 ms later, beside a PulseAudio server. So the process ends without
// that teardown: this handler runs before those destructors (exit runs its handlers in reverse
// order, and the connections, one for the device list and one made at the first sound, are
// all made by the time the backend is destroyed), flushes stdio and leaves with the exit
// status. Nothing of Knead's is left to do by then: main has returned, the user files are
// written, the application object is gone; the system closes the connections.
void leaveBeforeQtMultimediaTeardown()
{
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    on_exit(
        [](int status, void*) {
            std::fflush(nullptr);
#if defined(__SANITIZE_ADDRESS__)
            __lsan_do_leak_check(); // LeakSanitizer checks at exit, in a handler this one skips
#endif
            std::_Exit(status);
        },
        nullptr);
#endif
}

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
        m_release.setSingleShot(true);
        QObject::connect(&m_release, &QTimer::timeout, [this] { releaseOutput(); });
    }

    ~QtAudioBackend() override { leaveBeforeQtMultimediaTeardown(); }

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
        if (m_speech)
            applyVoice(*m_speech);
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
    static constexpr int kReleaseMs = 1500; // quiet this long: the engine's output is released
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

    // The configured language, voice, rate and volume on `speech`.
    void applyVoice(QTextToSpeech& speech) const
    {
        // The language first: setting it resets the voice to the language's default.
        const QLocale::Language wanted
            = QLocale(m_config.language.isEmpty() ? QStringLiteral("en") : m_config.language).language();
        if (speech.locale().language() != wanted) {
            const QList<QLocale> locales = speech.availableLocales();
            for (const QLocale& locale : locales) {
                if (locale.language() == wanted) {
                    speech.setLocale(locale);
                    break;
                }
            }
        }
        if (!m_config.voice.isEmpty() && speech.voice().name() != m_config.voice) {
            const QList<QVoice> voices = speech.availableVoices();
            for (const QVoice& voice : voices) {
                if (voice.name() == m_config.voice) {
                    speech.setVoice(voice);
                    break;
                }
            }
        }
        speech.setRate(baseRate());
        speech.setVolume(std::clamp(m_config.volume, 0.0, 1.0));
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
        auto chosen = found != m_probed.end() ? std::move(found->second) : std::make_unique<QTextToSpeech>(name);
        m_probed.clear();
        install(std::move(chosen));
    }

    // Makes `speech` the engine and follows its state changes and errors; an engine that
    // could not start is reported.
    void install(std::unique_ptr<QTextToSpeech> speech)
    {
        m_speech = std::move(speech);
        QObject::connect(
            m_speech.get(), &QTextToSpeech::stateChanged, m_speech.get(), [this](QTextToSpeech::State state) {
                if (state == QTextToSpeech::Speaking && m_state == Speech::Starting) {
                    m_errorsInARow = 0;
                    m_state = Speech::Speaking;
                    m_watchdog.stop();
                } else if (state == QTextToSpeech::Ready) {
                    onEngineReady();
                }
            });
        // Errors from errorOccurred, which carries the reason: Qt 6.4's engines announce the Error
        // state before they set the reason, so errorReason() on the Error state still gives the
        // previous error's (none, for an engine's first).
        QObject::connect(m_speech.get(), &QTextToSpeech::errorOccurred, m_speech.get(),
            [this](QTextToSpeech::ErrorReason reason, const QString& message) {
                // Qt 6.4's flite plugin fails whenever the words' waveform is a whole number of
                // flite's 20 ms streaming chunks (about one phrase in four, short or long): flite
                // then hands over an empty last chunk, QIODevice::write() of it returns 0, the
                // plugin takes that for a playback error and deletes its QAudioSink with the words
                // still in it, then says Ready. By then only the waveform's leading pause has
                // sounded, so the same words are said again a hair faster or slower (see
                // kRateNudges), which changes the waveform's length. Other failures end the words:
                // the next ones go ahead, and only an engine that keeps failing is reported.
                if (m_state == Speech::Starting || m_state == Speech::Speaking) {
                    m_state = Speech::Failed;
                    m_retry
                        = reason == QTextToSpeech::ErrorReason::Playback && m_attempt + 1 < int(std::size(kRateNudges));
                    m_watchdog.start(kAfterErrorMs);
                    if (m_retry)
                        return;
                }
                if (++m_errorsInARow == 3)
                    report(
                        AudioText::tr("The voice could not speak (%1), so Knead continues without it.").arg(message));
            });
        if (m_speech->state() == QTextToSpeech::Error) {
            m_problem = AudioText::tr("The speech engine could not start, so steps will not be read aloud.");
            report(m_problem);
        }
    }

    // Qt 6.4's flite plugin plays through a QAudioSink that it keeps open after the words end,
    // and an open sink on PulseAudio wakes its thread every 20 ms for as long as it stays open
    // (50 wake-ups a second, measured, through every pause and on the home page). A fresh
    // engine of the same kind opens no sink until it speaks, so once the words have ended and
    // nothing is queued for kReleaseMs the engine is replaced by a fresh one, configured the
    // same (about 3 ms; measured, it speaks as soon after say() as the old one did).
    static bool keepsOutputOpen(const QString& engine) { return engine == QLatin1String("flite"); }

    void releaseOutput()
    {
        if (!m_speech || m_state != Speech::Idle || !m_queue.isEmpty() || !keepsOutputOpen(m_engineName))
            return;
        // The old engine goes first: flite's voices are shared by all its engines, and the old
        // one's destructor unregisters (frees) them.
        m_speech.reset();
        install(std::make_unique<QTextToSpeech>(m_engineName));
        if (m_speech->state() != QTextToSpeech::Error)
            applyVoice(*m_speech);
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
        if (keepsOutputOpen(m_engineName))
            m_release.start(kReleaseMs);
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
        m_release.stop();
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
    QTimer m_release; // see releaseOutput()
};

} // namespace

} // namespace knead

extern "C" Q_DECL_EXPORT knead::AudioBackend* knead_create_audio_backend()
{
    return new knead::QtAudioBackend;
}
