// SPDX-License-Identifier: MIT
#include "Settings.h"

#include "Identifiers.h"

#include <QCoreApplication>
#include <QDir>

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
constexpr auto kVoiceName = "audio/voiceName"; // default: empty, the engine's own
constexpr auto kSpeechEngine = "audio/speechEngine"; // default: empty, by language
constexpr auto kStepSpeech = "audio/stepSpeech";
constexpr auto kStepSpeechDefault = "instruction";
constexpr auto kLeadIn = "session/leadInSeconds";
constexpr int kLeadInDefault = 3;
constexpr auto kTheme = "ui/theme";
constexpr auto kLanguage = "ui/language"; // default: the desktop's
constexpr auto kGeometry = "ui/geometry";
constexpr auto kLastRoutine = "home/lastRoutine";
constexpr auto kSelectedRegions = "home/selectedRegions";
constexpr auto kFavourites = "library/favourites";
constexpr auto kReminders = "reminders/enabled";
constexpr bool kRemindersDefault = false;
constexpr auto kReminderMode = "reminders/mode"; // "interval" (default) or "times"
constexpr auto kReminderInterval = "reminders/intervalMinutes";
constexpr int kReminderIntervalDefault = 60;
constexpr auto kWorkdayStart = "reminders/workdayStart";
QTime kWorkdayStartDefault()
{
    return {9, 0};
}
constexpr auto kWorkdayEnd = "reminders/workdayEnd";
QTime kWorkdayEndDefault()
{
    return {17, 0};
}
constexpr auto kReminderWeekdays = "reminders/weekdays";
QList<int> kReminderWeekdaysDefault()
{
    return {1, 2, 3, 4, 5};
} // Monday to Friday
constexpr auto kReminderTimes = "reminders/times";
QList<QTime> kReminderTimesDefault()
{
    return {QTime(10, 30), QTime(15, 0)};
}
constexpr auto kReminderRoutine = "reminders/routine"; // empty: the best for the regions
constexpr auto kReminderRegions = "reminders/regions";
constexpr auto kReminderAnchor = "reminders/anchor";
constexpr auto kRemindersPausedUntil = "reminders/pausedUntil";
constexpr auto kReminderPauseHolds = "reminders/pauseHolds";
constexpr auto kBackgroundNotice = "reminders/backgroundNoticeShown";
constexpr auto kJournalFolder = "journal/folder"; // "" is the default, <data folder>/journal
constexpr auto kJournalDeviceId = "journal/deviceId";
constexpr auto kJournalDeviceMachine = "journal/deviceMachine";
constexpr qsizetype kMaxPathLength = 4096;
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
    return std::none_of(s.cbegin(), s.cend(),
        [](QChar c) { return c.category() == QChar::Other_Control || c == QChar::LineSeparator; });
}

// Whether `s` has from `least` to `most` characters, each one `allowed` takes. The names
// below are checked by hand (see Identifiers.h for why).
template<typename Allowed> bool consistsOf(QStringView s, qsizetype least, qsizetype most, Allowed allowed)
{
    return s.size() >= least && s.size() <= most && std::all_of(s.cbegin(), s.cend(), allowed);
}

bool isLowerOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

bool isAsciiLetterOrDigit(QChar c)
{
    return isLowerOrDigit(c) || (c >= u'A' && c <= u'Z');
}

// A speech engine's name, as Qt's TextToSpeech plugins call themselves ("flite", "speechd").
bool isEngineName(const QString& s)
{
    return consistsOf(s, 1, 40, [](QChar c) { return isAsciiLetterOrDigit(c) || c == u'_' || c == u'.' || c == u'-'; });
}

// The language chosen in Preferences: "de", "en-GB" or "pt_BR" (two or three lower-case
// letters, then at most one subtag).
QString languageTag(const QString& s)
{
    qsizetype split = 0;
    while (split < s.size() && s[split] != u'-' && s[split] != u'_')
        ++split;
    const bool ok = consistsOf(QStringView(s).left(split), 2, 3, [](QChar c) { return c >= u'a' && c <= u'z'; })
        && (split == s.size() || consistsOf(QStringView(s).mid(split + 1), 2, 8, isAsciiLetterOrDigit));
    return ok ? s : QString();
}

// A content id ("scalp-tension-relief"), or one qualified by its pack ("bundled:neck").
bool isId(const QString& s)
{
    const qsizetype colon = s.indexOf(u':');
    return colon < 0 ? isKebabId(s) : isKebabId(QStringView(s).left(colon)) && isKebabId(QStringView(s).mid(colon + 1));
}

// An absolute folder path, without control characters; anything else reads as "the default".
QString checkedFolder(const QString& folder)
{
    if (folder.isEmpty() || folder.size() > kMaxPathLength || !QDir::isAbsolutePath(folder))
        return {};
    for (QChar c : folder) {
        if (c.category() == QChar::Other_Control)
            return {};
    }
    return QDir::cleanPath(folder);
}

// Device ids name a file: lower-case letters, digits and dashes.
QString checkedDeviceId(const QString& id)
{
    const bool ok = consistsOf(id, 1, 64, [](QChar c) { return isLowerOrDigit(c) || c == u'-'; }) && id.front() != u'-'
        && id.back() != u'-';
    return ok ? id : QString();
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
        m_problem.message = file.error.isEmpty()
            ? tr("Your settings could not be read, so the defaults are used.")
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

QTime Settings::readTime(const char* k, QTime fallback) const
{
    const QTime value = QTime::fromString(m_settings->value(key(k)).toString(), QStringLiteral("HH:mm"));
    return value.isValid() ? value : fallback;
}

QDateTime Settings::readUtc(const char* k) const
{
    QDateTime value = QDateTime::fromString(m_settings->value(key(k)).toString(), Qt::ISODateWithMs);
    // Years far away are a hand-edited file, not a time Knead wrote.
    if (!value.isValid() || value.date().year() < 2000 || value.date().year() > 9999)
        return {};
    return value.toUTC();
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

bool Settings::voiceEnabled() const
{
    return readBool(kVoice, kVoiceDefault);
}
void Settings::setVoiceEnabled(bool on)
{
    write(kVoice, on);
}
bool Settings::chimeEnabled() const
{
    return readBool(kChime, kChimeDefault);
}
void Settings::setChimeEnabled(bool on)
{
    write(kChime, on);
}
bool Settings::ticksEnabled() const
{
    return readBool(kTicks, kTicksDefault);
}
void Settings::setTicksEnabled(bool on)
{
    write(kTicks, on);
}
int Settings::voiceVolume() const
{
    return readInt(kVoiceVolume, kVoiceVolumeDefault, 0, 100);
}
void Settings::setVoiceVolume(int percent)
{
    write(kVoiceVolume, std::clamp(percent, 0, 100));
}
int Settings::chimeVolume() const
{
    return readInt(kChimeVolume, kChimeVolumeDefault, 0, 100);
}
void Settings::setChimeVolume(int percent)
{
    write(kChimeVolume, std::clamp(percent, 0, 100));
}
int Settings::voiceRate() const
{
    return readInt(kVoiceRate, kVoiceRateDefault, -10, 10);
}
void Settings::setVoiceRate(int rate)
{
    write(kVoiceRate, std::clamp(rate, -10, 10));
}

QString Settings::voiceName() const
{
    const QString value = m_settings->value(key(kVoiceName)).toString();
    return isVoiceName(value) ? value : QString();
}

void Settings::setVoiceName(const QString& name)
{
    write(kVoiceName, isVoiceName(name) ? name : QString());
}

QString Settings::speechEngine() const
{
    const QString value = m_settings->value(key(kSpeechEngine)).toString();
    return isEngineName(value) ? value : QString();
}

void Settings::setSpeechEngine(const QString& engine)
{
    write(kSpeechEngine, isEngineName(engine) ? engine : QString());
}

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
    write(kStepSpeech,
        speech == StepSpeech::Title         ? QStringLiteral("title")
            : speech == StepSpeech::Nothing ? QStringLiteral("nothing")
                                            : QStringLiteral("instruction"));
}
int Settings::leadInSeconds() const
{
    return readInt(kLeadIn, kLeadInDefault, 0, 10);
}
void Settings::setLeadInSeconds(int seconds)
{
    write(kLeadIn, std::clamp(seconds, 0, 10));
}

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
    write(kTheme,
        theme == Theme::Light      ? QStringLiteral("light")
            : theme == Theme::Dark ? QStringLiteral("dark")
                                   : QStringLiteral("system"));
}

QByteArray Settings::windowGeometry() const
{
    const QByteArray value = m_settings->value(key(kGeometry)).toByteArray();
    return value.size() <= 4096 ? value : QByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    write(kGeometry, geometry);
}
QString Settings::lastRoutine() const
{
    return readId(kLastRoutine);
}
void Settings::setLastRoutine(const QString& routineId)
{
    write(kLastRoutine, routineId);
}
QStringList Settings::favourites() const
{
    return onlyIds(m_settings->value(key(kFavourites)).toStringList());
}
void Settings::setFavourites(const QStringList& favourites)
{
    write(kFavourites, onlyIds(favourites));
}
QStringList Settings::selectedRegions() const
{
    return onlyIds(m_settings->value(key(kSelectedRegions)).toStringList());
}
void Settings::setSelectedRegions(const QStringList& regions)
{
    write(kSelectedRegions, onlyIds(regions));
}
QString Settings::journalFolder() const
{
    return checkedFolder(m_settings->value(key(kJournalFolder)).toString());
}
void Settings::setJournalFolder(const QString& folder)
{
    write(kJournalFolder, checkedFolder(folder));
}
QString Settings::journalDeviceId() const
{
    return checkedDeviceId(m_settings->value(key(kJournalDeviceId)).toString());
}
void Settings::setJournalDeviceId(const QString& id)
{
    write(kJournalDeviceId, checkedDeviceId(id));
}

QString Settings::journalDeviceMachine() const
{
    const QString value = m_settings->value(key(kJournalDeviceMachine)).toString();
    const bool hex
        = consistsOf(value, 1, 64, [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
    return hex ? value : QString();
}

void Settings::setJournalDeviceMachine(const QString& machine)
{
    write(kJournalDeviceMachine, machine);
}

bool Settings::remindersEnabled() const
{
    return readBool(kReminders, kRemindersDefault);
}
void Settings::setRemindersEnabled(bool on)
{
    write(kReminders, on);
}

Settings::ReminderMode Settings::reminderMode() const
{
    return m_settings->value(key(kReminderMode)).toString() == QLatin1String("times") ? ReminderMode::FixedTimes
                                                                                      : ReminderMode::Interval;
}

void Settings::setReminderMode(ReminderMode mode)
{
    write(kReminderMode, mode == ReminderMode::FixedTimes ? QStringLiteral("times") : QStringLiteral("interval"));
}

int Settings::reminderIntervalMinutes() const
{
    return readInt(kReminderInterval, kReminderIntervalDefault, 1, 720);
}
void Settings::setReminderIntervalMinutes(int minutes)
{
    write(kReminderInterval, std::clamp(minutes, 1, 720));
}
QTime Settings::workdayStart() const
{
    return readTime(kWorkdayStart, kWorkdayStartDefault());
}
QTime Settings::workdayEnd() const
{
    return readTime(kWorkdayEnd, kWorkdayEndDefault());
}

void Settings::setWorkdayStart(const QTime& time)
{
    if (time.isValid())
        write(kWorkdayStart, time.toString(QStringLiteral("HH:mm")));
}

void Settings::setWorkdayEnd(const QTime& time)
{
    if (time.isValid())
        write(kWorkdayEnd, time.toString(QStringLiteral("HH:mm")));
}

QList<int> Settings::reminderWeekdays() const
{
    const QVariant stored = m_settings->value(key(kReminderWeekdays));
    if (!stored.isValid())
        return kReminderWeekdaysDefault();
    QList<int> days;
    for (const QString& s : stored.toStringList()) {
        bool ok = false;
        const int day = s.toInt(&ok);
        if (ok && day >= 1 && day <= 7 && !days.contains(day))
            days.append(day);
    }
    std::sort(days.begin(), days.end());
    return days; // may be empty: the person chose no day
}

void Settings::setReminderWeekdays(const QList<int>& days)
{
    QStringList out;
    for (int day = 1; day <= 7; ++day) {
        if (days.contains(day))
            out.append(QString::number(day));
    }
    // An empty list is written as such (QSettings would drop an empty list).
    write(kReminderWeekdays, out.isEmpty() ? QVariant(QString()) : QVariant(out));
}

QList<QTime> Settings::reminderTimes() const
{
    const QVariant stored = m_settings->value(key(kReminderTimes));
    if (!stored.isValid())
        return kReminderTimesDefault();
    QList<QTime> times;
    for (const QString& s : stored.toStringList()) {
        const QTime t = QTime::fromString(s, QStringLiteral("HH:mm"));
        if (t.isValid() && !times.contains(t))
            times.append(t);
    }
    std::sort(times.begin(), times.end());
    return times.mid(0, kMaxReminderTimes);
}

void Settings::setReminderTimes(const QList<QTime>& times)
{
    QList<QTime> sorted;
    for (const QTime& t : times) {
        const QTime minute(t.hour(), t.minute());
        if (t.isValid() && !sorted.contains(minute))
            sorted.append(minute);
    }
    std::sort(sorted.begin(), sorted.end());
    QStringList out;
    for (const QTime& t : sorted.mid(0, kMaxReminderTimes))
        out.append(t.toString(QStringLiteral("HH:mm")));
    write(kReminderTimes, out.isEmpty() ? QVariant(QString()) : QVariant(out));
}

QString Settings::reminderRoutine() const
{
    return readId(kReminderRoutine);
}
void Settings::setReminderRoutine(const QString& routineId)
{
    write(kReminderRoutine, isId(routineId) ? routineId : QString());
}
QStringList Settings::reminderRegions() const
{
    return onlyIds(m_settings->value(key(kReminderRegions)).toStringList());
}
void Settings::setReminderRegions(const QStringList& regions)
{
    write(kReminderRegions, onlyIds(regions));
}
QDateTime Settings::reminderAnchor() const
{
    return readUtc(kReminderAnchor);
}

void Settings::setReminderAnchor(const QDateTime& when)
{
    write(kReminderAnchor, when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString());
}

QDateTime Settings::remindersPausedUntil() const
{
    return readUtc(kRemindersPausedUntil);
}
bool Settings::reminderPauseHolds() const
{
    return readBool(kReminderPauseHolds, false);
}

void Settings::setRemindersPausedUntil(const QDateTime& until, bool holds)
{
    write(kRemindersPausedUntil, until.isValid() ? until.toUTC().toString(Qt::ISODateWithMs) : QString());
    write(kReminderPauseHolds, until.isValid() && holds);
}

bool Settings::backgroundNoticeShown() const
{
    return readBool(kBackgroundNotice, false);
}
void Settings::setBackgroundNoticeShown(bool shown)
{
    write(kBackgroundNotice, shown);
}

QString Settings::audioNoticeSeen() const
{
    return m_settings->value(key(kAudioNotice)).toString().left(1000);
}

void Settings::setAudioNoticeSeen(const QString& notice)
{
    write(kAudioNotice, notice.left(1000));
}

QString Settings::language() const
{
    return languageTag(m_settings->value(key(kLanguage)).toString());
}

void Settings::setLanguage(const QString& language)
{
    if (language.isEmpty())
        m_settings->remove(key(kLanguage));
    else if (!languageTag(language).isEmpty())
        m_settings->setValue(key(kLanguage), language);
}

QString Settings::languageIn(const QString& path)
{
    const QSettings file(path, QSettings::IniFormat);
    return languageTag(file.value(key(kLanguage)).toString());
}

} // namespace knead
