// SPDX-License-Identifier: MIT
// The sound settings page keeps every change in Settings at once and tells the cue output;
// what is said at a step's start follows the setting; the speech engine is chosen by what is
// installed and the content's language, never by a name written into Knead.
#include "SoundSettings.h"
#include "AudioBackend.h"
#include "AudioCues.h"
#include "RecordingCues.h"
#include "Settings.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using namespace knead;

TEST_CASE("the sound settings page applies each change through Settings", "[audio][settings]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("knead.conf"));
    Settings settings(path);
    test::RecordingCues cues;
    cues.engines = {QStringLiteral("flite"), QStringLiteral("speechd")};
    cues.voiceNames = {QStringLiteral("kal"), QStringLiteral("slt")};
    SoundSettings page(settings, cues);
    page.show();
    CHECK(cues.prepared >= 1); // the lists come from the speech engine

    auto* engine = page.findChild<QComboBox*>(QStringLiteral("speechEngine"));
    auto* voice = page.findChild<QComboBox*>(QStringLiteral("voiceChoice"));
    auto* voiceToggle = page.findChild<QCheckBox*>(QStringLiteral("voiceToggle"));
    auto* voiceVolume = page.findChild<QSlider*>(QStringLiteral("voiceVolume"));
    auto* chimeVolume = page.findChild<QSlider*>(QStringLiteral("chimeVolume"));
    auto* rate = page.findChild<QSlider*>(QStringLiteral("voiceRate"));
    auto* stepSpeech = page.findChild<QComboBox*>(QStringLiteral("stepSpeech"));
    auto* preview = page.findChild<QPushButton*>(QStringLiteral("previewButton"));
    REQUIRE((engine && voice && voiceToggle && voiceVolume && chimeVolume && rate && stepSpeech && preview));
    for (QWidget* w : std::initializer_list<QWidget*> {
             engine, voice, voiceToggle, voiceVolume, chimeVolume, rate, stepSpeech, preview})
        CHECK_FALSE(w->accessibleName().isEmpty());
    // "Automatic" first, then what is installed; the engine's default voice, then its voices.
    CHECK(engine->count() == 3);
    CHECK(engine->itemData(0).toString().isEmpty());
    CHECK(voice->count() == 3);

    voiceVolume->setValue(35);
    chimeVolume->setValue(20);
    rate->setValue(-4);
    stepSpeech->setCurrentIndex(stepSpeech->findData(int(Settings::StepSpeech::Title)));
    Q_EMIT stepSpeech->activated(stepSpeech->currentIndex());
    voice->setCurrentIndex(2);
    Q_EMIT voice->activated(2);
    CHECK(cues.settingsChanges >= 5);
    const Settings reread(path);
    CHECK(reread.voiceVolume() == 35);
    CHECK(reread.chimeVolume() == 20);
    CHECK(reread.voiceRate() == -4);
    CHECK(reread.stepSpeech() == Settings::StepSpeech::Title);
    CHECK(reread.voiceName() == QStringLiteral("slt"));

    // With the voice off its own controls are off; the chime's volume stays.
    voiceToggle->setChecked(false);
    CHECK_FALSE(settings.voiceEnabled());
    CHECK_FALSE(voiceVolume->isEnabled());
    CHECK_FALSE(voice->isEnabled());
    CHECK(chimeVolume->isEnabled());

    QTest::mouseClick(preview, Qt::LeftButton);
    CHECK(cues.previews == 1);
}

TEST_CASE("what is said at a step's start follows the setting", "[audio][settings]")
{
    const SessionEngine::Cue step {SessionEngine::CueKind::StepStart, 0, QStringLiteral("Temples. Small circles."),
        QStringLiteral("Temples"), false};
    CHECK(AudioCues::spokenText(step, Settings::StepSpeech::Instruction) == step.text);
    CHECK(AudioCues::spokenText(step, Settings::StepSpeech::Title) == QStringLiteral("Temples."));
    CHECK(AudioCues::spokenText(step, Settings::StepSpeech::Nothing).isEmpty());
    // Only a step's own opening words are shortened: "rest" is still said.
    const SessionEngine::Cue rest {SessionEngine::CueKind::RestStart, 0, QStringLiteral("Rest."), {}, false};
    CHECK(AudioCues::spokenText(rest, Settings::StepSpeech::Nothing) == rest.text);

    // The estimate grows with the words and shrinks with the rate; nothing said, nothing waited.
    CHECK(AudioCues::estimateSpeechMs(QString(), 0) == 0);
    const qint64 shortWords = AudioCues::estimateSpeechMs(QStringLiteral("Rest."), 0);
    const qint64 longWords
        = AudioCues::estimateSpeechMs(step.text + QStringLiteral(" Breathe slowly and keep going."), 0);
    CHECK(shortWords > 250);
    CHECK(longWords > shortWords);
    CHECK(AudioCues::estimateSpeechMs(step.text, 10) < AudioCues::estimateSpeechMs(step.text, 0));
    CHECK(AudioCues::estimateSpeechMs(step.text, -10) > AudioCues::estimateSpeechMs(step.text, 0));
}

TEST_CASE("the speech engine is chosen by what is installed and the language", "[audio][settings]")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QStringList started;
    const auto localesOf = [&](const QString& engine) -> std::optional<QList<QLocale>> {
        started.append(engine);
        if (engine == QLatin1String("broken"))
            return std::nullopt;
        if (engine == QLatin1String("flite"))
            return QList<QLocale> {en};
        return QList<QLocale> {en, de};
    };
    const QStringList installed {QStringLiteral("speechd"), QStringLiteral("flite"), QStringLiteral("broken")};
    // English: the first in name order that works and speaks it (a broken one is passed over).
    CHECK(chooseSpeechEngine(installed, {}, QStringLiteral("en"), localesOf) == QStringLiteral("flite"));
    CHECK(started == QStringList {QStringLiteral("broken"), QStringLiteral("flite")}); // started only until one fits
    // German: only speech-dispatcher speaks it.
    CHECK(chooseSpeechEngine(installed, {}, QStringLiteral("de"), localesOf) == QStringLiteral("speechd"));
    // The person's choice, if installed; else chosen as if none was made.
    CHECK(chooseSpeechEngine(installed, QStringLiteral("speechd"), QStringLiteral("en"), localesOf)
        == QStringLiteral("speechd"));
    CHECK(chooseSpeechEngine(installed, QStringLiteral("gone"), QStringLiteral("en"), localesOf)
        == QStringLiteral("flite"));
    // No engine for the language: the first that works at all; none works: none.
    CHECK(
        chooseSpeechEngine({QStringLiteral("flite")}, {}, QStringLiteral("de"), localesOf) == QStringLiteral("flite"));
    CHECK(chooseSpeechEngine({QStringLiteral("broken")}, {}, QStringLiteral("en"), localesOf).isEmpty());
    CHECK(chooseSpeechEngine({}, {}, QStringLiteral("en"), localesOf).isEmpty());
}
