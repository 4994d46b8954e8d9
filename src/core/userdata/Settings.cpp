// SPDX-License-Identifier: MIT
#include "Settings.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace knead {

namespace {

// Keys and their defaults, side by side.
constexpr auto kVoice = "audio/voice";
constexpr bool kVoiceDefault = true;
constexpr auto kChime = "audio/chime";
constexpr bool kChimeDefault = true;
constexpr auto kTicks = "audio/ticks";
constexpr bool kTicksDefault = false;
constexpr auto kVoiceVolume = "audio/volume"; // the key from before there was a chime volume
constexpr int kVoiceVolumeDefault = 70;
constexpr auto kChimeVolume = "audio/chimeVolume";
constexpr int kChimeVolumeDefault = 70;
constexpr auto kVoiceRate = "audio/voiceRate";
constexpr int kVoiceRateDefault = 0;
constexpr auto kVoiceName = "audio/voiceName";    // default: empty, the engine's own
constexpr auto kSpeechEngine = "audio/speechEngine"; // default: empty, by language
constexpr auto kStepSpeech = "audio/stepSpeech";
constexpr auto kStepSpeechDefault = "instruction";
constexpr auto kLeadIn = "session/leadInSeconds";
constexpr int kLeadInDefault = 3;
constexpr auto kTheme = "ui/theme";
constexpr auto kGeometry = "ui/geometry";
constexpr auto kLastRoutine = "home/lastRoutine";
constexpr auto kSelectedRegions = "home/selectedRegions";
constexpr auto kFavourites = "library/favourites";
constexpr auto kAudioNotice = "notices/audio"; // default: none seen

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

// A voice's name as an engine gives it: short, printable, one line.
bool isVoiceName(const QString& s)
{
    if (s.size() > 100)
        return false;
    return std::none_of(s.cbegin(), s.cend(), [](QChar c) { return c.category() == QChar::Other_Control || c == QChar::LineSeparator; });
}

bool isEngineName(const QString& s)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.-]{1,40}$"));
    return name.match(s).hasMatch();
}

bool isId(const QString& s)
{
    static const QRegularExpression id(QStringLiteral("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?::[a-z][a-z0-9]*(?:-[a-z0-9]+)*)?$"));
    return s.size() <= 140 && id.match(s).hasMatch();
}

QStringList onlyIds(const QStringList& list)
{
    QStringList out;
    for (const QString& s : list) {
        if (isId(s) && !out.contains(s))
            out.append(s);
    }
    return out.mid(0, 1000);
}

} // namespace

bool Settings::looksLikeIni(const QByteArray& data)
{
    const QString text = QString::fromUtf8(data);
    if (text.contains(QChar::ReplacementCharacter) || text.contains(QChar(u'\0')))
        return false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']')))
            continue;
        if (line.indexOf(QLatin1Char('=')) > 0)
            continue;
        return false;
    }
    return true;
}

Settings::Settings(const QString& path)
    : m_path(path)
{
    const UserDataFile::ReadResult file = UserDataFile::read(path);
    if (file.exists && (!file.error.isEmpty() || !looksLikeIni(file.data))) {
        m_problem.file = path;
        m_problem.setAsideAs = UserDataFile::setAside(path);
        m_problem.message = file.error.isEmpty() ? tr("Your settings could not be read, so the defaults are used.")
                                                 : tr("Your settings could not be read (%1), so the defaults are used.").arg(file.error);
    }
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    m_settings->setFallbacksEnabled(false);
    if (m_settings->status() == QSettings::FormatError && m_problem.isEmpty()) {
        m_settings.reset();
        m_problem.file = path;
        m_problem.setAsideAs = UserDataFile::setAside(path);
        m_problem.message = tr("Your settings could not be read, so the defaults are used.");
        m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    }
}

Settings::~Settings() = default;

bool Settings::readBool(const char* k, bool fallback) const
{
    const QVariant v = m_settings->value(key(k));
    if (!v.isValid())
        return fallback;
    const QString s = v.toString().toLower();
    if (s == QLatin1String("true") || s == QLatin1String("1"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("0"))
        return false;
    return fallback;
}

int Settings::readInt(const char* k, int fallback, int min, int max) const
{
    bool ok = false;
    const int value = m_settings->value(key(k)).toString().toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

QString Settings::readId(const char* k) const
{
    const QString value = m_settings->value(key(k)).toString();
    return isId(value) ? value : QString();
}

void Settings::flush()
{
    m_settings->sync();
}

void Settings::write(const char* k, const QVariant& value)
{
    m_settings->setValue(key(k), value);
}

bool Settings::voiceEnabled() const { return readBool(kVoice, kVoiceDefault); }
void Settings::setVoiceEnabled(bool on) { write(kVoice, on); }
bool Settings::chimeEnabled() const { return readBool(kChime, kChimeDefault); }
void Settings::setChimeEnabled(bool on) { write(kChime, on); }
bool Settings::ticksEnabled() const { return readBool(kTicks, kTicksDefault); }
void Settings::setTicksEnabled(bool on) { write(kTicks, on); }
int Settings::voiceVolume() const { return readInt(kVoiceVolume, kVoiceVolumeDefault, 0, 100); }
void Settings::setVoiceVolume(int percent) { write(kVoiceVolume, std::clamp(percent, 0, 100)); }
int Settings::chimeVolume() const { return readInt(kChimeVolume, kChimeVolumeDefault, 0, 100); }
void Settings::setChimeVolume(int percent) { write(kChimeVolume, std::clamp(percent, 0, 100)); }
int Settings::voiceRate() const { return readInt(kVoiceRate, kVoiceRateDefault, -10, 10); }
void Settings::setVoiceRate(int rate) { write(kVoiceRate, std::clamp(rate, -10, 10)); }

QString Settings::voiceName() const
{
    const QString value = m_settings->value(key(kVoiceName)).toString();
    return isVoiceName(value) ? value : QString();
}

void Settings::setVoiceName(const QString& name) { write(kVoiceName, isVoiceName(name) ? name : QString()); }

QString Settings::speechEngine() const
{
    const QString value = m_settings->value(key(kSpeechEngine)).toString();
    return isEngineName(value) ? value : QString();
}

void Settings::setSpeechEngine(const QString& engine) { write(kSpeechEngine, isEngineName(engine) ? engine : QString()); }

Settings::StepSpeech Settings::stepSpeech() const
{
    const QString value = m_settings->value(key(kStepSpeech), QString::fromLatin1(kStepSpeechDefault)).toString();
    if (value == QLatin1String("title"))
        return StepSpeech::Title;
    if (value == QLatin1String("nothing"))
        return StepSpeech::Nothing;
    return StepSpeech::Instruction;
}

void Settings::setStepSpeech(StepSpeech speech)
{
    write(kStepSpeech, speech == StepSpeech::Title ? QStringLiteral("title") : speech == StepSpeech::Nothing ? QStringLiteral("nothing") : QStringLiteral("instruction"));
}
int Settings::leadInSeconds() const { return readInt(kLeadIn, kLeadInDefault, 0, 10); }
void Settings::setLeadInSeconds(int seconds) { write(kLeadIn, std::clamp(seconds, 0, 10)); }

Settings::Theme Settings::theme() const
{
    const QString value = m_settings->value(key(kTheme)).toString();
    if (value == QLatin1String("light"))
        return Theme::Light;
    if (value == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    write(kTheme, theme == Theme::Light ? QStringLiteral("light") : theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("system"));
}

QByteArray Settings::windowGeometry() const
{
    const QByteArray value = m_settings->value(key(kGeometry)).toByteArray();
    return value.size() <= 4096 ? value : QByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry) { write(kGeometry, geometry); }
QString Settings::lastRoutine() const { return readId(kLastRoutine); }
void Settings::setLastRoutine(const QString& routineId) { write(kLastRoutine, routineId); }
QStringList Settings::favourites() const { return onlyIds(m_settings->value(key(kFavourites)).toStringList()); }
void Settings::setFavourites(const QStringList& favourites) { write(kFavourites, onlyIds(favourites)); }
QStringList Settings::selectedRegions() const { return onlyIds(m_settings->value(key(kSelectedRegions)).toStringList()); }
void Settings::setSelectedRegions(const QStringList& regions) { write(kSelectedRegions, onlyIds(regions)); }

QString Settings::audioNoticeSeen() const
{
    return m_settings->value(key(kAudioNotice)).toString().left(1000);
}

void Settings::setAudioNoticeSeen(const QString& notice)
{
    write(kAudioNotice, notice.left(1000));
}

} // namespace knead
