// SPDX-License-Identifier: MIT
#pragma once

#include "CueOutput.h"

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
    explicit AudioCues(const Settings& settings, QObject* parent = nullptr);
    ~AudioCues() override;

    void prepare() override;
    void cue(const SessionEngine::Cue& cue) override;
    void tick() override;
    void silence() override;

    bool isLoaded() const { return m_backend != nullptr; }
    // Where the module is looked for: beside the binary, then the installed location.
    static QStringList moduleCandidates();

private:
    void reportOnce(const QString& message);

    const Settings& m_settings;
    bool m_prepared = false;
    bool m_reported = false;
    std::unique_ptr<AudioBackend> m_backend;
};

} // namespace knead
