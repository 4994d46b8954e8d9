// SPDX-License-Identifier: MIT
#pragma once

#include "CueOutput.h"
#include "Settings.h"

#include <QStringList>

#include <memory>

namespace knead {

class AudioBackend;

// The real cue output: decides what to chime and say for each cue, and hands it to the
// knead_audio module (Qt Multimedia and TextToSpeech), which is loaded only at prepare().
class AudioCues final : public CueOutput
{
    Q_OBJECT

public:
    // `modules`: where the knead_audio module is looked for, in order; by default beside
    // the binary (a build tree) and in the library folder of an installed Knead.
    explicit AudioCues(const Settings& settings, QStringList modules = moduleCandidates(), QObject* parent = nullptr);
    ~AudioCues() override;

    void prepare() override;
    void cue(const SessionEngine::Cue& cue) override;
    void tick() override;
    void silence() override;
    bool isSpeaking() const override;
    qint64 estimatedSpeechMs(const SessionEngine::Cue& cue) const override;
    void setLanguage(const QString& language) override;
    QStringList speechEngines() const override;
    QString currentSpeechEngine() const override;
    QStringList voices() const override;
    QString currentVoice() const override;
    void preview() override;
    void settingsChanged() override;

    bool isLoaded() const { return m_backend != nullptr; }
    // What the person was told when sound or voice could not be used; empty otherwise.
    QString problem() const { return m_problem; }
    static QStringList moduleCandidates();

    // What the voice says for `cue`: the step's whole instruction, its title or nothing, as
    // the person chose; empty when nothing is said.
    static QString spokenText(const SessionEngine::Cue& cue, Settings::StepSpeech speech);
    // About how long a voice takes to say `text` at `rate` (-10..10): for the progress bar.
    static qint64 estimateSpeechMs(const QString& text, int rate);

private:
    void reportOnce(const QString& message);
    void applySettings();
    bool canSpeak() const;

    const Settings& m_settings;
    QStringList m_modules;
    QString m_problem;
    QString m_language;
    bool m_prepared = false;
    SessionEngine::Cue m_lastCue;
    std::unique_ptr<AudioBackend> m_backend;
};

} // namespace knead
