// SPDX-License-Identifier: MIT
// The knead_audio module: AudioBackend on QSoundEffect (chime, tick) and QTextToSpeech
// (voice; the flite engine on Linux).
#include "AudioBackend.h"

#include <QAudioDevice>
#include <QCoreApplication>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QStringList>
#include <QTextToSpeech>
#include <QUrl>

#include <memory>

namespace knead {

namespace {

// This file's messages, in one translation context.
struct AudioText
{
    Q_DECLARE_TR_FUNCTIONS(AudioBackend)
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
        m_chime = std::make_unique<QSoundEffect>();
        m_chime->setSource(QUrl(QStringLiteral("qrc:/knead/sounds/chime.wav")));
        m_tick = std::make_unique<QSoundEffect>();
        m_tick->setSource(QUrl(QStringLiteral("qrc:/knead/sounds/tick.wav")));
        QObject::connect(m_chime.get(), &QSoundEffect::statusChanged, m_chime.get(), [this] {
            if (m_chime->status() == QSoundEffect::Error)
                report(AudioText::tr("Sound could not be played, so Knead continues without the chime."));
        });
        const QStringList engines = QTextToSpeech::availableEngines();
        if (engines.isEmpty()) {
            m_problem = AudioText::tr("No speech engine is installed, so steps will not be read aloud; the chime still sounds.");
            return;
        }
        m_speech = std::make_unique<QTextToSpeech>(engines.contains(QStringLiteral("flite")) ? QStringLiteral("flite") : engines.first());
        QObject::connect(m_speech.get(), &QTextToSpeech::stateChanged, m_speech.get(), [this](QTextToSpeech::State state) {
            if (state == QTextToSpeech::Ready)
                speakNext();
            else if (state == QTextToSpeech::Error)
                report(AudioText::tr("The voice could not speak (%1), so Knead continues without it.").arg(m_speech->errorString()));
        });
        if (m_speech->state() == QTextToSpeech::Error)
            m_problem = AudioText::tr("The speech engine could not start, so steps will not be read aloud.");
    }

    QString problem() const override { return m_problem; }
    void setProblemHandler(std::function<void(const QString&)> handler) override { m_handler = std::move(handler); }

    void setVolume(double volume) override
    {
        if (m_chime)
            m_chime->setVolume(float(volume));
        if (m_tick)
            m_tick->setVolume(float(volume * 0.6));
        if (m_speech)
            m_speech->setVolume(volume);
    }

    void chime() override
    {
        if (m_chime)
            m_chime->play();
    }

    void tick() override
    {
        if (m_tick)
            m_tick->play();
    }

    void say(const QString& text, bool interrupt) override
    {
        if (!m_speech || m_speech->state() == QTextToSpeech::Error)
            return;
        if (interrupt) {
            m_queue.clear();
            if (m_speech->state() == QTextToSpeech::Speaking)
                m_speech->stop();
        }
        m_queue.append(text);
        if (m_speech->state() == QTextToSpeech::Ready)
            speakNext();
    }

    void silence() override
    {
        m_queue.clear();
        if (m_speech && m_speech->state() == QTextToSpeech::Speaking)
            m_speech->stop();
    }

    bool isSpeaking() const override { return !m_queue.isEmpty() || (m_speech && m_speech->state() == QTextToSpeech::Speaking); }

private:
    void speakNext()
    {
        if (!m_queue.isEmpty() && m_speech)
            m_speech->say(m_queue.takeFirst());
    }

    void report(const QString& message)
    {
        if (m_handler)
            m_handler(message);
    }

    QString m_problem;
    std::function<void(const QString&)> m_handler;
    std::unique_ptr<QSoundEffect> m_chime;
    std::unique_ptr<QSoundEffect> m_tick;
    std::unique_ptr<QTextToSpeech> m_speech;
    QStringList m_queue;
};

} // namespace

} // namespace knead

extern "C" Q_DECL_EXPORT knead::AudioBackend* knead_create_audio_backend()
{
    return new knead::QtAudioBackend;
}
