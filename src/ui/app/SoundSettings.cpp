// SPDX-License-Identifier: MIT
#include "SoundSettings.h"

#include "Controls.h"
#include "CueOutput.h"
#include "Settings.h"
#include "Typography.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

namespace knead {

namespace {

QSlider* makeSlider(int min, int max, int value, const char* objectName, const QString& accessible, QWidget* parent)
{
    auto* slider = new QSlider(Qt::Horizontal, parent);
    slider->setRange(min, max);
    slider->setValue(value);
    slider->setPageStep(std::max(1, (max - min) / 10));
    slider->setObjectName(QString::fromLatin1(objectName));
    slider->setAccessibleName(accessible);
    return slider;
}

// A choice of `items` after a first "default" entry (empty data), showing `chosen`, or the
// default when it is not among them; without signals, as it is filled, not chosen.
void fillChoice(QComboBox* box, const QString& defaultText, const QStringList& items, const QString& chosen)
{
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(defaultText, QString());
    for (const QString& item : items)
        box->addItem(item, item);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

} // namespace

SoundSettings::SoundSettings(Settings& settings, CueOutput& cues, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_cues(cues)
{
    setObjectName(QStringLiteral("soundSettings"));
    setAccessibleName(tr("Sound and voice"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(3 * kUnit, 3 * kUnit, 3 * kUnit, 3 * kUnit);
    layout->setSpacing(2 * kUnit);
    layout->addWidget(makeLabel(tr("Sound and voice"), TextStyle::Heading, this, "soundSettingsTitle"));

    const auto check = [this](const QString& text, bool on, const char* objectName) {
        auto* box = new QCheckBox(text, this);
        box->setChecked(on);
        box->setObjectName(QString::fromLatin1(objectName));
        box->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        return box;
    };
    m_voice = check(tr("&Voice guidance"), settings.voiceEnabled(), "voiceToggle");
    m_chime = check(tr("&Chime at each step"), settings.chimeEnabled(), "chimeToggle");
    m_ticks = check(tr("&Ticks in the last 3 seconds"), settings.ticksEnabled(), "ticksToggle");
    for (QCheckBox* box : {m_voice, m_chime, m_ticks})
        layout->addWidget(box);

    auto* form = new QFormLayout;
    form->setSpacing(kUnit);
    m_stepSpeech = new QComboBox(this);
    m_stepSpeech->setObjectName(QStringLiteral("stepSpeech"));
    m_stepSpeech->setAccessibleName(tr("At the start of a step, say"));
    m_stepSpeech->addItem(tr("The whole instruction"), int(Settings::StepSpeech::Instruction));
    m_stepSpeech->addItem(tr("The title only"), int(Settings::StepSpeech::Title));
    m_stepSpeech->addItem(tr("Nothing (chime only)"), int(Settings::StepSpeech::Nothing));
    m_stepSpeech->setCurrentIndex(m_stepSpeech->findData(int(settings.stepSpeech())));
    form->addRow(tr("At the start of a &step, say:"), m_stepSpeech);

    m_engine = new QComboBox(this);
    m_engine->setObjectName(QStringLiteral("speechEngine"));
    m_engine->setAccessibleName(tr("Speech engine"));
    form->addRow(tr("Speech &engine:"), m_engine);
    m_voiceChoice = new QComboBox(this);
    m_voiceChoice->setObjectName(QStringLiteral("voiceChoice"));
    m_voiceChoice->setAccessibleName(tr("Voice"));
    form->addRow(tr("V&oice:"), m_voiceChoice);

    m_rate = makeSlider(-10, 10, settings.voiceRate(), "voiceRate", tr("Speed of the voice"), this);
    form->addRow(tr("Spee&d:"), m_rate);
    m_voiceVolume = makeSlider(0, 100, settings.voiceVolume(), "voiceVolume", tr("Volume of the voice"), this);
    form->addRow(tr("Voice vo&lume:"), m_voiceVolume);
    m_chimeVolume
        = makeSlider(0, 100, settings.chimeVolume(), "chimeVolume", tr("Volume of the chime and ticks"), this);
    form->addRow(tr("C&hime volume:"), m_chimeVolume);
    layout->addLayout(form);

    auto* hint = makeLabel(tr("While the voice reads a step, the countdown waits and shows “Listen”; "
                              "the step's time starts when the words end."),
        TextStyle::Caption, this, "soundSettingsHint");
    layout->addWidget(hint);

    m_preview = makeButton(tr("&Preview"), Icon::Play, this, "previewButton", tr("Preview the chime and the voice"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_preview);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);

    fillEngines();
    fillVoices();
    updateEnabled();

    for (QCheckBox* box : {m_voice, m_chime, m_ticks})
        connect(box, &QCheckBox::toggled, this, &SoundSettings::changed);
    for (QComboBox* combo : {m_stepSpeech, m_voiceChoice})
        connect(combo, &QComboBox::activated, this, &SoundSettings::changed);
    connect(m_engine, &QComboBox::activated, this, [this] {
        // Another engine has other voices: its default, until the person picks one.
        m_voiceChoice->setCurrentIndex(0);
        changed();
        fillVoices();
    });
    for (QSlider* slider : {m_rate, m_voiceVolume, m_chimeVolume})
        connect(slider, &QSlider::valueChanged, this, &SoundSettings::changed);
    connect(m_preview, &QPushButton::clicked, &m_cues, &CueOutput::preview);
    connect(&m_cues, &CueOutput::voicesChanged, this, [this] {
        fillEngines();
        fillVoices();
    });
}

void SoundSettings::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Loads the audio module if no session has yet: the lists come from the speech engine.
    m_cues.prepare();
    fillEngines();
    fillVoices();
}

void SoundSettings::fillEngines()
{
    fillChoice(m_engine, tr("Automatic (the first that speaks the routine's language)"), m_cues.speechEngines(),
        m_settings.speechEngine());
}

void SoundSettings::fillVoices()
{
    const QString engine = m_cues.currentSpeechEngine();
    fillChoice(m_voiceChoice, engine.isEmpty() ? tr("Default") : tr("Default of %1").arg(engine), m_cues.voices(),
        m_settings.voiceName());
}

void SoundSettings::changed()
{
    m_settings.setVoiceEnabled(m_voice->isChecked());
    m_settings.setChimeEnabled(m_chime->isChecked());
    m_settings.setTicksEnabled(m_ticks->isChecked());
    m_settings.setStepSpeech(Settings::StepSpeech(m_stepSpeech->currentData().toInt()));
    m_settings.setSpeechEngine(m_engine->currentData().toString());
    m_settings.setVoiceName(m_voiceChoice->currentData().toString());
    m_settings.setVoiceRate(m_rate->value());
    m_settings.setVoiceVolume(m_voiceVolume->value());
    m_settings.setChimeVolume(m_chimeVolume->value());
    m_cues.settingsChanged();
    updateEnabled();
}

void SoundSettings::updateEnabled()
{
    const bool voice = m_voice->isChecked();
    for (QWidget* w : std::initializer_list<QWidget*> {m_stepSpeech, m_engine, m_voiceChoice, m_rate, m_voiceVolume})
        w->setEnabled(voice);
    m_chimeVolume->setEnabled(m_chime->isChecked() || m_ticks->isChecked());
}

} // namespace knead
