// SPDX-License-Identifier: MIT
#pragma once

#include "CueOutput.h"

#include <QStringList>

#include <memory>

namespace knead {

class AudioBackend;
class Settings;

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

    bool isLoaded() const { return m_backend != nullptr; }
    // What the person was told when sound or voice could not be used; empty otherwise.
    QString problem() const { return m_problem; }
    static QStringList moduleCandidates();

private:
    void reportOnce(const QString& message);

    const Settings& m_settings;
    QStringList m_modules;
    QString m_problem;
    bool m_prepared = false;
    std::unique_ptr<AudioBackend> m_backend;
};

} // namespace knead
