// SPDX-License-Identifier: MIT
#include "AudioCues.h"

#include "Settings.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QTextToSpeech>
#include <QUrl>

namespace knead {

AudioCues::AudioCues(const Settings& settings, QObject* parent)
    : CueOutput(parent), m_settings(settings)
{
}

AudioCues::~AudioCues() = default;

bool AudioCues::hasSound() const
{
    return m_chime && m_chime->status() != QSoundEffect::Error;
}

bool AudioCues::hasVoice() const
{
    return m_speech && m_speech->state() != QTextToSpeech::Error;
}

void AudioCues::reportOnce(const QString& message)
{
    if (m_reported)
        return;
    m_reported = true;
    Q_EMIT unavailable(message);
}

void AudioCues::prepare()
{
    if (m_prepared)
        return;
    m_prepared = true;
    QStringList missing;
    const QList<QAudioDevice> outputs = QMediaDevices::audioOutputs();
    if (outputs.isEmpty()) {
        // Speech plays through the same device: without one there is nothing to hear.
        reportOnce(tr("No audio output was found, so Knead runs silently: no chime and no voice. "
                      "The countdown, the step text and the prompts on screen work as usual."));
        return;
    }
    m_chime = new QSoundEffect(this);
    m_chime->setSource(QUrl(QStringLiteral("qrc:/knead/sounds/chime.wav")));
    m_tick = new QSoundEffect(this);
    m_tick->setSource(QUrl(QStringLiteral("qrc:/knead/sounds/tick.wav")));
    connect(m_chime, &QSoundEffect::statusChanged, this, [this] {
        if (m_chime->status() == QSoundEffect::Error)
            reportOnce(tr("Sound could not be played, so Knead continues without the chime."));
    });
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        missing.append(tr("no speech engine is installed, so steps will not be read aloud"));
    } else {
        m_speech = new QTextToSpeech(engines.contains(QStringLiteral("flite")) ? QStringLiteral("flite") : engines.first(), this);
        connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
            if (state == QTextToSpeech::Ready)
                speakNext();
            else if (state == QTextToSpeech::Error)
                reportOnce(tr("The voice could not speak (%1), so Knead continues without it.").arg(m_speech->errorString()));
        });
        if (m_speech->state() == QTextToSpeech::Error)
            missing.append(tr("the speech engine could not start"));
    }
    applyVolume();
    if (!missing.isEmpty())
        reportOnce(tr("Knead will run silently: %1.").arg(missing.join(QStringLiteral("; "))));
}

void AudioCues::applyVolume()
{
    const double volume = m_settings.volume() / 100.0;
    if (m_chime)
        m_chime->setVolume(float(volume));
    if (m_tick)
        m_tick->setVolume(float(volume * 0.6));
    if (m_speech)
        m_speech->setVolume(volume);
}

void AudioCues::cue(const SessionEngine::Cue& cue)
{
    prepare();
    applyVolume(); // the person may have changed it in the menu
    using Kind = SessionEngine::CueKind;
    const bool chime = cue.kind == Kind::StepStart || cue.kind == Kind::Finished;
    if (chime && m_settings.chimeEnabled() && m_chime)
        m_chime->play();
    if (!m_settings.voiceEnabled())
        return;
    switch (cue.kind) {
    case Kind::SwitchSides:
    case Kind::LeadIn:
    case Kind::RestStart:
    case Kind::Finished:
        say(cue.text, true);
        break;
    case Kind::StepStart:
        // "Switch sides" comes just before the step it belongs to: keep it.
        say(cue.text, m_queue.isEmpty() && !(m_speech && m_speech->state() == QTextToSpeech::Speaking));
        break;
    case Kind::StepCue:
    case Kind::Halfway:
        say(cue.text, false);
        break;
    }
}

void AudioCues::say(const QString& text, bool interrupt)
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

void AudioCues::speakNext()
{
    if (m_queue.isEmpty() || !m_speech)
        return;
    m_speech->say(m_queue.takeFirst());
}

void AudioCues::tick()
{
    if (m_settings.ticksEnabled() && m_tick)
        m_tick->play();
}

void AudioCues::silence()
{
    m_queue.clear();
    if (m_speech && m_speech->state() == QTextToSpeech::Speaking)
        m_speech->stop();
}

} // namespace knead
