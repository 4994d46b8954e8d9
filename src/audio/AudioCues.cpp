// SPDX-License-Identifier: MIT
#include "AudioCues.h"

#include "AudioBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QRegularExpression>

#include <cmath>

namespace knead {

AudioCues::AudioCues(const Settings& settings, QStringList modules, QObject* parent)
    : CueOutput(parent)
    , m_settings(settings)
    , m_modules(std::move(modules))
{ }

AudioCues::~AudioCues() = default;

void AudioCues::reportOnce(const QString& message)
{
    if (!m_problem.isEmpty() || message.isEmpty())
        return;
    m_problem = message;
    Q_EMIT unavailable(message);
}

QStringList AudioCues::moduleCandidates()
{
    // Found relative to the binary, never by a path of the build machine, so an installed
    // tree can live anywhere.
    const QString dir = QCoreApplication::applicationDirPath();
    return {
        dir + QStringLiteral("/knead_audio"), dir + QStringLiteral("/" KNEAD_AUDIO_MODULE_RELATIVE_DIR "/knead_audio")};
}

void AudioCues::prepare()
{
    if (m_prepared)
        return;
    m_prepared = true;
    QString error;
    for (const QString& candidate : std::as_const(m_modules)) {
        // Never unloaded: Qt Multimedia keeps threads and plugins alive until exit.
        auto* library = new QLibrary(candidate, this);
        library->setLoadHints(QLibrary::PreventUnloadHint);
        if (!library->load()) {
            error = library->errorString();
            continue;
        }
        const auto create = reinterpret_cast<CreateAudioBackend>(library->resolve(kAudioBackendFactory));
        if (!create) {
            error = library->errorString();
            continue;
        }
        m_backend.reset(create());
        break;
    }
    if (!m_backend) {
        reportOnce(tr("Sound and voice are not available (%1), so Knead runs silently. "
                      "The countdown, the step text and the prompts on screen work as usual.")
                       .arg(error));
        return;
    }
    m_backend->setProblemHandler([this](const QString& message) { reportOnce(message); });
    m_backend->setFinishedHandler([this] { Q_EMIT speechFinished(); });
    reportOnce(m_backend->problem());
    applySettings();
    Q_EMIT voicesChanged();
}

void AudioCues::applySettings()
{
    if (!m_backend)
        return;
    m_backend->setChimeVolume(m_settings.chimeVolume() / 100.0);
    VoiceConfig config;
    config.engine = m_settings.speechEngine();
    config.voice = m_settings.voiceName();
    config.language = m_language;
    config.rate = m_settings.voiceRate() / 10.0;
    config.volume = m_settings.voiceVolume() / 100.0;
    const QString engineBefore = m_backend->engine();
    m_backend->configureVoice(config);
    if (m_backend->engine() != engineBefore)
        Q_EMIT voicesChanged();
}

void AudioCues::settingsChanged()
{
    applySettings();
}

void AudioCues::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    applySettings();
}

bool AudioCues::canSpeak() const
{
    return m_backend && m_backend->canSpeak() && m_settings.voiceEnabled();
}

QString AudioCues::spokenText(const SessionEngine::Cue& cue, Settings::StepSpeech speech)
{
    if (cue.kind != SessionEngine::CueKind::StepStart)
        return cue.text;
    switch (speech) {
    case Settings::StepSpeech::Instruction:
        return cue.text;
    case Settings::StepSpeech::Title:
        return cue.title.isEmpty() ? QString() : cue.title + QLatin1Char('.');
    case Settings::StepSpeech::Nothing:
        return {};
    }
    return cue.text;
}

qint64 AudioCues::estimateSpeechMs(const QString& text, int rate)
{
    // Measured on flite's voices: about 2.7 words a second at its own pace, a pause at each
    // sentence's end, and some 250 ms before the first sound. Rate ±10 is about ×2 / ×0.5.
    static const QRegularExpression word(QStringLiteral("\\w+"));
    static const QRegularExpression sentence(QStringLiteral("[.!?;:]"));
    const qsizetype words = text.count(word);
    if (words == 0)
        return 0;
    const double pace = std::pow(2.0, std::clamp(rate, -10, 10) / 10.0);
    const double seconds = (double(words) / 2.7 + 0.3 * double(text.count(sentence))) / pace;
    return qint64(250 + seconds * 1000.0);
}

qint64 AudioCues::estimatedSpeechMs(const SessionEngine::Cue& cue) const
{
    if (!canSpeak())
        return 0;
    return estimateSpeechMs(spokenText(cue, m_settings.stepSpeech()), m_settings.voiceRate());
}

void AudioCues::cue(const SessionEngine::Cue& cue)
{
    prepare();
    const SessionEngine::Cue last = m_lastCue;
    m_lastCue = cue;
    if (!m_backend)
        return;
    applySettings(); // the person may have changed them since the last cue
    using Kind = SessionEngine::CueKind;
    // A phase said again after a pause is not a new step: no second chime.
    if (m_settings.chimeEnabled() && !cue.repeat) {
        if (cue.kind == Kind::StepStart || cue.kind == Kind::Finished)
            m_backend->chime();
        else if (cue.kind == Kind::Halfway)
            m_backend->halfwayChime();
    }
    const bool opensPhase = cue.kind == Kind::LeadIn || cue.kind == Kind::RestStart || cue.kind == Kind::SwitchSides
        || cue.kind == Kind::Finished || cue.kind == Kind::StepStart;
    // "Switch sides" comes just before the step it belongs to: the step's words follow it.
    const bool followsSwitch = cue.kind == Kind::StepStart && last.kind == Kind::SwitchSides && last.step == cue.step;
    const QString text = canSpeak() ? spokenText(cue, m_settings.stepSpeech()) : QString();
    if (text.isEmpty()) {
        // A new phase: whatever was still being said is out of date, and must not hold up
        // the countdown.
        if (opensPhase && !followsSwitch)
            m_backend->silence();
        return;
    }
    m_backend->say(text, opensPhase && !followsSwitch);
}

void AudioCues::tick()
{
    if (m_backend && m_settings.ticksEnabled())
        m_backend->tick();
}

bool AudioCues::isSpeaking() const
{
    return m_backend && m_backend->isSpeaking();
}

void AudioCues::silence()
{
    if (m_backend)
        m_backend->silence();
}

QStringList AudioCues::speechEngines() const
{
    return m_backend ? m_backend->engines() : QStringList();
}

QString AudioCues::currentSpeechEngine() const
{
    return m_backend ? m_backend->engine() : QString();
}

QStringList AudioCues::voices() const
{
    return m_backend ? m_backend->voices() : QStringList();
}

QString AudioCues::currentVoice() const
{
    return m_backend ? m_backend->voice() : QString();
}

void AudioCues::preview()
{
    prepare();
    if (!m_backend)
        return;
    applySettings();
    if (m_settings.chimeEnabled())
        m_backend->chime();
    if (m_backend->canSpeak())
        m_backend->say(tr("Fingertips on your temples. Small, slow circles."), true);
}

} // namespace knead
