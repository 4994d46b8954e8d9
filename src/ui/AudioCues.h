// SPDX-License-Identifier: MIT
#pragma once

#include "CueOutput.h"

#include <QStringList>

#include <memory>

class QSoundEffect;
class QTextToSpeech;

namespace knead {

class Settings;

// The real cue output: QSoundEffect for the chime and ticks, QTextToSpeech (flite on Linux)
// for the voice. Nothing of Qt Multimedia or Qt TextToSpeech is created until prepare().
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

    bool hasSound() const;
    bool hasVoice() const;

private:
    void say(const QString& text, bool interrupt);
    void speakNext();
    void applyVolume();
    void reportOnce(const QString& message);

    const Settings& m_settings;
    bool m_prepared = false;
    bool m_reported = false;
    QSoundEffect* m_chime = nullptr;
    QSoundEffect* m_tick = nullptr;
    QTextToSpeech* m_speech = nullptr;
    QStringList m_queue;
};

} // namespace knead
