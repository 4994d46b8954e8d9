// SPDX-License-Identifier: MIT
// The person's own files: journal, interrupted session, settings. Written atomically; a file
// that cannot be understood is set aside, never overwritten.
#include "Journal.h"
#include "SessionStore.h"
#include "Settings.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <random>

using namespace knead;
using namespace knead::test;

namespace {

JournalEntry entry(int n)
{
    JournalEntry e;
    e.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    e.routineId = QStringLiteral("scalp-tension-relief");
    e.routineName = QStringLiteral("Guided scalp massage");
    e.started = QDateTime(QDate(2026, 11, 1 + n), QTime(8, 0, 0, 125), Qt::UTC);
    e.ended = e.started.addSecs(575);
    e.activeSeconds = 560 + n;
    e.outcome = n % 2 ? JournalEntry::Outcome::Stopped : JournalEntry::Outcome::Finished;
    e.stepsTotal = 7;
    e.stepsDone = 6;
    e.stepsSkipped = 1;
    e.regions = {QStringLiteral("head"), QStringLiteral("face")};
    e.tensionBefore = {{QStringLiteral("head"), 7 - n}};
    if (n != 1)
        e.tensionAfter = {{QStringLiteral("head"), 3}};
    return e;
}

QStringList corruptSiblings(const QString& path)
{
    const QFileInfo info(path);
    return QDir(info.absolutePath()).entryList({info.fileName() + QStringLiteral(".corrupt-*")}, QDir::Files);
}

} // namespace

TEST_CASE("the journal round-trips its entries", "[user-data]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("journal"));
    Journal journal(folder, QStringLiteral("laptop-1"));
    CHECK(journal.load().isEmpty());
    CHECK(journal.entries().isEmpty());
    for (int i = 0; i < 3; ++i)
        REQUIRE(journal.upsert(entry(i)).isEmpty());
    CHECK(journal.deviceFile() == folder + QStringLiteral("/laptop-1.jsonl"));

    Journal again(folder);
    REQUIRE(again.load().isEmpty());
    REQUIRE(again.entries().size() == 3);
    for (int i = 0; i < 3; ++i) {
        JournalEntry expected = entry(i);
        expected.updated = again.entries()[i].updated;
        CHECK(again.entries()[i] == expected);
        CHECK(again.entries()[i] == journal.entries()[i]);
    }
    CHECK(again.deviceFile().isEmpty()); // reading never creates a file
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList {QStringLiteral("laptop-1.jsonl")});
}

TEST_CASE("a corrupt old journal is set aside, the person is told, and the new one starts", "[user-data]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.json"));
    const QByteArray garbage = "{\"format\": 1, \"entries\": [ {\"routine\": 5} ]}";
    writeFile(path, garbage);
    Journal journal(dir.filePath(QStringLiteral("journal")), QStringLiteral("laptop-1"));
    journal.setLegacyFile(path);
    const UserDataProblem problem = journal.load();
    REQUIRE_FALSE(problem.isEmpty());
    CHECK(problem.file == path);
    CHECK(problem.setAsideAs.startsWith(path + QStringLiteral(".corrupt-")));
    CHECK(problem.toString().contains(QStringLiteral("kept as")));
    CHECK(readFile(problem.setAsideAs) == garbage); // nothing lost
    CHECK(journal.entries().isEmpty());
    REQUIRE(journal.upsert(entry(0)).isEmpty());
    CHECK(readFile(problem.setAsideAs) == garbage);
    Journal again(dir.filePath(QStringLiteral("journal")));
    again.setLegacyFile(path);
    CHECK(again.load().isEmpty());
    CHECK(again.entries().size() == 1);

    // Each kind of damage is detected.
    for (const QByteArray& bad : {QByteArray("not json"), QByteArray("{\"format\": 2, \"entries\": []}"),
             QByteArray("[]"), QByteArray("{\"format\": 1, \"entries\": [1]}"), QByteArray("\xff\xfe")}) {
        QString error;
        CHECK_FALSE(Journal::parseLegacy(bad, &error));
        CHECK_FALSE(error.isEmpty());
    }
    CHECK(corruptSiblings(path).size() == 1);
}

TEST_CASE("an unwritable journal folder is reported and nothing crashes", "[user-data]")
{
    QTemporaryDir dir;
    // A regular file where the folder should be: no folder can be made there, even as root.
    writeFile(dir.filePath(QStringLiteral("blocked")), "x");
    Journal journal(dir.filePath(QStringLiteral("blocked/journal")), QStringLiteral("laptop-1"));
    CHECK(journal.load().isEmpty());
    const UserDataProblem problem = journal.upsert(entry(0));
    REQUIRE_FALSE(problem.isEmpty());
    CHECK(problem.message.contains(QStringLiteral("could not be saved")));
    CHECK(journal.entries().isEmpty());
    CHECK_FALSE(journal.remove(QStringLiteral("anything")).message.contains(QStringLiteral("could not")));
}

TEST_CASE("the interrupted session round-trips and is offered for 12 hours", "[user-data]")
{
    QTemporaryDir dir;
    SessionStore store(dir.filePath(QStringLiteral("session.json")));
    UserDataProblem problem;
    CHECK_FALSE(store.load(&problem));
    CHECK(problem.isEmpty());

    StoredSession s;
    s.snapshot.routineId = QStringLiteral("desk-reset");
    s.snapshot.phase = SessionSnapshot::Phase::Rest;
    s.snapshot.step = 2;
    s.snapshot.phaseElapsedMs = 1234;
    s.snapshot.activeElapsedMs = 98765;
    s.snapshot.steps = {SessionSnapshot::StepStatus::Done, SessionSnapshot::StepStatus::Skipped,
        SessionSnapshot::StepStatus::Done, SessionSnapshot::StepStatus::NotReached};
    s.snapshot.halfwayAnnounced = true;
    s.started = QDateTime(QDate(2026, 11, 22), QTime(5, 0), Qt::UTC);
    s.saved = s.started.addSecs(100);
    s.tensionBefore = {{QStringLiteral("neck"), 8}};
    REQUIRE(store.save(s).isEmpty());
    const auto loaded = store.load(&problem);
    REQUIRE(loaded);
    CHECK(*loaded == s);
    CHECK(SessionStore::isRecent(s, s.saved.addSecs(12 * 3600)));
    CHECK_FALSE(SessionStore::isRecent(s, s.saved.addSecs(12 * 3600 + 1)));
    store.clear();
    CHECK_FALSE(store.load(&problem));
}

TEST_CASE("the interrupted session keeps whether the words were being said, and reads format 1", "[user-data]")
{
    StoredSession s;
    s.snapshot.routineId = QStringLiteral("desk-reset");
    s.snapshot.phase = SessionSnapshot::Phase::Step;
    s.snapshot.step = 1;
    s.snapshot.activeElapsedMs = 5000;
    s.snapshot.steps = {SessionSnapshot::StepStatus::Done, SessionSnapshot::StepStatus::NotReached};
    s.snapshot.announcing = true;
    s.started = QDateTime(QDate(2026, 11, 22), QTime(5, 0), Qt::UTC);
    s.saved = s.started.addSecs(10);
    const QByteArray data = SessionStore::serialize(s);
    CHECK(data.contains("\"format\": 2"));
    CHECK(data.contains("\"announcing\": true"));
    const auto parsed = SessionStore::parse(data, nullptr);
    REQUIRE(parsed);
    CHECK(*parsed == s);

    // A file written before there was an announcing part: its phase was counting down.
    const QByteArray old = "{\"format\": 1, \"routine\": \"desk-reset\", \"phase\": \"step\", \"step\": 1, "
                           "\"phase_elapsed_ms\": 700, \"active_elapsed_ms\": 5700, \"halfway_announced\": false, "
                           "\"steps\": [\"done\", \"not-reached\"], \"started\": \"2026-11-22T05:00:00.000Z\", "
                           "\"saved\": \"2026-11-22T05:00:10.000Z\"}";
    const auto fromOld = SessionStore::parse(old, nullptr);
    REQUIRE(fromOld);
    CHECK_FALSE(fromOld->snapshot.announcing);
    CHECK(fromOld->snapshot.phaseElapsedMs == 700);

    // Format 2 must say it; and words cannot be running with the countdown already under way.
    QString error;
    QByteArray missing = old;
    missing.replace("\"format\": 1", "\"format\": 2");
    CHECK_FALSE(SessionStore::parse(missing, &error));
    CHECK_FALSE(error.isEmpty());
    QByteArray both = missing;
    both.replace("\"halfway_announced\"", "\"announcing\": true, \"halfway_announced\"");
    CHECK_FALSE(SessionStore::parse(both, nullptr));
    both.replace("\"phase_elapsed_ms\": 700", "\"phase_elapsed_ms\": 0");
    CHECK(SessionStore::parse(both, nullptr));
    CHECK_FALSE(SessionStore::parse(QByteArray(old).replace("\"format\": 1", "\"format\": 3"), nullptr));
}

TEST_CASE("a corrupt interrupted session is set aside and reported", "[user-data]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    writeFile(path, "{\"format\": 1, \"routine\": \"x\"");
    SessionStore store(path);
    UserDataProblem problem;
    CHECK_FALSE(store.load(&problem));
    REQUIRE_FALSE(problem.isEmpty());
    CHECK(readFile(problem.setAsideAs) == "{\"format\": 1, \"routine\": \"x\"");
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("settings have defaults, round-trip, and are range-checked on read", "[user-data]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("knead.conf"));
    {
        Settings settings(path);
        CHECK(settings.problem().isEmpty());
        CHECK(settings.voiceEnabled());
        CHECK(settings.chimeEnabled());
        CHECK_FALSE(settings.ticksEnabled());
        CHECK(settings.voiceVolume() == 70);
        CHECK(settings.leadInSeconds() == 3);
        CHECK(settings.theme() == Settings::Theme::System);
        settings.setVoiceEnabled(false);
        settings.setVoiceVolume(40);
        settings.setLeadInSeconds(5);
        settings.setTheme(Settings::Theme::Dark);
        settings.setFavourites({QStringLiteral("technique:scalp-massage"), QStringLiteral("routine:desk-reset")});
        settings.setLastRoutine(QStringLiteral("desk-reset"));
    }
    {
        Settings settings(path);
        CHECK_FALSE(settings.voiceEnabled());
        CHECK(settings.voiceVolume() == 40);
        CHECK(settings.leadInSeconds() == 5);
        CHECK(settings.theme() == Settings::Theme::Dark);
        CHECK(settings.favourites()
            == QStringList {QStringLiteral("technique:scalp-massage"), QStringLiteral("routine:desk-reset")});
        CHECK(settings.lastRoutine() == QStringLiteral("desk-reset"));
    }
    // Hand-edited nonsense falls back to the defaults, value by value.
    writeFile(path, "[audio]\nvolume=500\nvoice=maybe\n[session]\nleadInSeconds=-3\n[home]\nlastRoutine=../../etc\n");
    Settings edited(path);
    CHECK(edited.problem().isEmpty());
    CHECK(edited.voiceVolume() == 70);
    CHECK(edited.voiceEnabled());
    CHECK(edited.leadInSeconds() == 3);
    CHECK(edited.lastRoutine().isEmpty());
}

TEST_CASE("sound and voice settings are typed, kept and range-checked", "[user-data]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("knead.conf"));
    {
        Settings settings(path);
        CHECK(settings.chimeVolume() == 70);
        CHECK(settings.voiceRate() == 0);
        CHECK(settings.voiceName().isEmpty());
        CHECK(settings.speechEngine().isEmpty());
        CHECK(settings.stepSpeech() == Settings::StepSpeech::Instruction);
        settings.setChimeVolume(35);
        settings.setVoiceRate(-4);
        settings.setVoiceName(QStringLiteral("English (America)+Annie"));
        settings.setSpeechEngine(QStringLiteral("speechd"));
        settings.setStepSpeech(Settings::StepSpeech::Title);
        settings.setVoiceRate(99); // clamped on write
    }
    {
        Settings settings(path);
        CHECK(settings.chimeVolume() == 35);
        CHECK(settings.voiceRate() == 10);
        CHECK(settings.voiceName() == QStringLiteral("English (America)+Annie"));
        CHECK(settings.speechEngine() == QStringLiteral("speechd"));
        CHECK(settings.stepSpeech() == Settings::StepSpeech::Title);
        settings.setStepSpeech(Settings::StepSpeech::Nothing);
        CHECK(settings.stepSpeech() == Settings::StepSpeech::Nothing);
    }
    // Hand-edited nonsense falls back to the defaults.
    writeFile(
        path, "[audio]\nchimeVolume=-1\nvoiceRate=11\nvoiceName=\"a\\tb\"\nspeechEngine=../flite\nstepSpeech=all\n");
    Settings edited(path);
    CHECK(edited.chimeVolume() == 70);
    CHECK(edited.voiceRate() == 0);
    CHECK(edited.voiceName().isEmpty());
    CHECK(edited.speechEngine().isEmpty());
    CHECK(edited.stepSpeech() == Settings::StepSpeech::Instruction);
}

TEST_CASE("the journal settings are range-checked on read", "[user-data]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("knead.conf"));
    {
        Settings settings(path);
        CHECK(settings.journalFolder().isEmpty()); // the default
        CHECK(settings.journalDeviceId().isEmpty());
        settings.setJournalFolder(dir.filePath(QStringLiteral("Sync/knead/")));
        settings.setJournalDeviceId(QStringLiteral("laptop-1a2b3c4d"));
        settings.setJournalDeviceMachine(QStringLiteral("0123456789abcdef"));
    }
    {
        Settings settings(path);
        CHECK(settings.journalFolder() == dir.filePath(QStringLiteral("Sync/knead")));
        CHECK(settings.journalDeviceId() == QStringLiteral("laptop-1a2b3c4d"));
        CHECK(settings.journalDeviceMachine() == QStringLiteral("0123456789abcdef"));
    }
    writeFile(path, "[journal]\nfolder=relative/path\ndeviceId=../../etc/passwd\ndeviceMachine=not hex\n");
    Settings edited(path);
    CHECK(edited.journalFolder().isEmpty());
    CHECK(edited.journalDeviceId().isEmpty());
    CHECK(edited.journalDeviceMachine().isEmpty());
}

TEST_CASE("hand-edited names in the settings are checked as their regular expressions said", "[user-data]")
{
    // The checks are written by hand (see Identifiers.h); the expressions they replaced are
    // the specification. Edge cases, then strings of the characters that matter (fixed seed).
    const QRegularExpression language(QStringLiteral("^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$"));
    const QRegularExpression engine(QStringLiteral("^[A-Za-z0-9_.-]{1,40}$"));
    const QRegularExpression id(QStringLiteral("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?::[a-z][a-z0-9]*(?:-[a-z0-9]+)*)?$"));
    const QRegularExpression device(QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"));
    const QRegularExpression hex(QStringLiteral("^[0-9a-f]{1,64}$"));
    QStringList candidates {QStringLiteral("de"), QStringLiteral("pt_BR"), QStringLiteral("en-GB"),
        QStringLiteral("de-AT-x"), QStringLiteral("DE"), QStringLiteral("flite"), QStringLiteral("speechd"),
        QStringLiteral("../flite"), QStringLiteral("bundled:neck-and-shoulders"), QStringLiteral("a:b:c"),
        QStringLiteral("laptop-1a2b3c4d"), QStringLiteral("-x"), QStringLiteral("x-"), QStringLiteral("0123abcdef"),
        QString(41, u'a'), QString(64, u'f'), QString(65, u'f'), QString(63, u'a') + QStringLiteral(":abc")};
    std::mt19937 random(20261201);
    const QString alphabet = QStringLiteral("aafzAZ09-_.:");
    std::uniform_int_distribution<int> pick(0, int(alphabet.size()) - 1);
    std::uniform_int_distribution<int> length(1, 9);
    for (int i = 0; i < 1500; ++i) {
        QString s;
        for (int n = length(random); n > 0; --n)
            s += alphabet[pick(random)];
        candidates.append(s);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("knead.conf"));
    int accepted = 0;
    for (const QString& s : std::as_const(candidates)) {
        CAPTURE(s);
        {
            QSettings file(path, QSettings::IniFormat);
            for (const char* key :
                {"ui/language", "audio/speechEngine", "home/lastRoutine", "journal/deviceId", "journal/deviceMachine"})
                file.setValue(QString::fromLatin1(key), s);
        }
        const Settings settings(path);
        const auto expect = [&s](const QRegularExpression& spec) { return spec.match(s).hasMatch() ? s : QString(); };
        CHECK(Settings::languageIn(path) == expect(language));
        CHECK(settings.speechEngine() == expect(engine));
        // Ids name content, whose ids are at most 64 characters (the expression allowed 140 in all).
        const bool fits = std::ranges::all_of(s.split(u':'), [](const QString& part) { return part.size() <= 64; });
        CHECK(settings.lastRoutine() == (fits ? expect(id) : QString()));
        CHECK(settings.journalDeviceId() == expect(device));
        CHECK(settings.journalDeviceMachine() == expect(hex));
        accepted += !settings.lastRoutine().isEmpty() + !Settings::languageIn(path).isEmpty();
    }
    CHECK(accepted > 100); // both answers occur
}

TEST_CASE("a settings file that is not INI text is set aside", "[user-data]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("knead.conf"));
    const QByteArray garbage("\x00\x01\x02 binary \xff", 13);
    writeFile(path, garbage);
    Settings settings(path);
    REQUIRE_FALSE(settings.problem().isEmpty());
    CHECK(readFile(settings.problem().setAsideAs) == garbage);
    CHECK(settings.voiceVolume() == 70);
    settings.setVoiceVolume(20);
    CHECK(Settings(path).voiceVolume() == 20);
    CHECK(Settings::looksLikeIni("[a]\nb=c\n; comment\n"));
    CHECK_FALSE(Settings::looksLikeIni("just words\n"));
}

TEST_CASE("an unwritable data folder is detected with a message that names it", "[user-data]")
{
    QTemporaryDir dir;
    CHECK(UserDataFile::checkFolder(dir.filePath(QStringLiteral("fresh/folder"))).isEmpty());
    CHECK(QFileInfo(dir.filePath(QStringLiteral("fresh/folder"))).isDir());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("fresh/folder/.knead-write-check"))));
    writeFile(dir.filePath(QStringLiteral("blocked")), "a file, not a folder");
    const UserDataProblem problem = UserDataFile::checkFolder(dir.filePath(QStringLiteral("blocked/Knead")));
    REQUIRE_FALSE(problem.isEmpty());
    CHECK(problem.message.contains(dir.filePath(QStringLiteral("blocked/Knead"))));
    CHECK(problem.message.contains(QStringLiteral("Knead still works")));
}
