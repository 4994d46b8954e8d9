// SPDX-License-Identifier: MIT
#include "AudioCues.h"

#include "AudioBackend.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace knead {

AudioCues::AudioCues(const Settings& settings, QStringList modules, QObject* parent)
    : CueOutput(parent), m_settings(settings), m_modules(std::move(modules))
{
}

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
    return {dir + QStringLiteral("/knead_audio"), dir + QStringLiteral("/" KNEAD_AUDIO_MODULE_RELATIVE_DIR "/knead_audio")};
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
    m_backend->setVolume(m_settings.volume() / 100.0);
    reportOnce(m_backend->problem());
}

void AudioCues::cue(const SessionEngine::Cue& cue)
{
    prepare();
    if (!m_backend)
        return;
    m_backend->setVolume(m_settings.volume() / 100.0); // the person may have changed it in the menu
    using Kind = SessionEngine::CueKind;
    if ((cue.kind == Kind::StepStart || cue.kind == Kind::Finished) && m_settings.chimeEnabled())
        m_backend->chime();
    if (!m_settings.voiceEnabled())
        return;
    switch (cue.kind) {
    case Kind::SwitchSides:
    case Kind::LeadIn:
    case Kind::RestStart:
    case Kind::Finished:
        // A new phase: whatever was still being said is out of date.
        m_backend->say(cue.text, true);
        break;
    case Kind::StepStart:
        // "Switch sides" comes just before the step it belongs to: let it finish.
        m_backend->say(cue.text, !m_backend->isSpeaking());
        break;
    case Kind::StepCue:
    case Kind::Halfway:
        m_backend->say(cue.text, false);
        break;
    }
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

} // namespace knead
