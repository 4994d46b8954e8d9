// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QSlider;

namespace knead {

class CueOutput;
class Settings;

// The sound and voice settings as one self-contained page: voice, chime and ticks on or off,
// what is said when a step starts, the speech engine and its voice, speed, the voice's and
// the chime's volume, and a preview. Every change is kept in Settings at once and applies
// from the next cue on. Meant to sit in a settings dialog of several pages.
class SoundSettings : public QWidget
{
    Q_OBJECT

public:
    SoundSettings(Settings& settings, CueOutput& cues, QWidget* parent = nullptr);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillEngines();
    void fillVoices();
    void changed();
    void updateEnabled();

    Settings& m_settings;
    CueOutput& m_cues;
    QCheckBox* m_voice = nullptr;
    QCheckBox* m_chime = nullptr;
    QCheckBox* m_ticks = nullptr;
    QComboBox* m_stepSpeech = nullptr;
    QComboBox* m_engine = nullptr;
    QComboBox* m_voiceChoice = nullptr;
    QSlider* m_rate = nullptr;
    QSlider* m_voiceVolume = nullptr;
    QSlider* m_chimeVolume = nullptr;
    QPushButton* m_preview = nullptr;
};

} // namespace knead
