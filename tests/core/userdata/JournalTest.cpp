// SPDX-License-Identifier: MIT
// The journal that syncs: one append-only file per device, the union of all files read,
// per id the newest line wins, deletions are tombstones, conflict copies are merged, a torn
// last line is skipped with a note, and the old single-file journal is migrated once.
#include "Journal.h"
#include "Settings.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace knead;
using namespace knead::test;

namespace {

const QDateTime kT0(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

QString idFor(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

JournalEntry session(int n, const QString& routine = QStringLiteral("neck-release"))
{
    JournalEntry e;
    e.id = idFor(n);
    e.routineId = routine;
    e.routineName = QStringLiteral("Routine %1").arg(routine);
    e.started = kT0.addDays(n);
    e.ended = e.started.addSecs(300);
    e.activeSeconds = 290;
    e.stepsTotal = 5;
    e.stepsDone = 5;
    e.regions = {QStringLiteral("neck")};
    e.tensionBefore = {{QStringLiteral("neck"), 6}};
    e.tensionAfter = {{QStringLiteral("neck"), 3}};
    return e;
}

// A line as another device would have written it.
QByteArray line(JournalEntry e, const QDateTime& updated)
{
    e.updated = updated;
    return Journal::serializeLine(e) + '\n';
}

QSet<QString> ids(const Journal& journal)
{
    QSet<QString> out;
    for (const JournalEntry& e : journal.entries())
        out.insert(e.id);
    return out;
}

// A wall clock the test moves by hand.
struct TestClock
{
    QDateTime now = kT0.addYears(1);
    Journal::WallClock clock()
    {
        return [this] { return now; };
    }
};

qint64 inode(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? qint64(st.st_ino) : -1;
}

} // namespace

TEST_CASE("journal lines round-trip, and what is not a line is refused", "[journal]")
{
    JournalEntry e = session(1);
    e.updated = kT0.addSecs(5).addMSecs(125);
    e.routineName = QStringLiteral("Nacken, \"sanft\"\nzweite Zeile – ü");
    const QByteArray text = Journal::serializeLine(e);
    CHECK_FALSE(text.contains('\n')); // one line, whatever the text holds
    CHECK(text.startsWith(
        "{\"v\":2,\"id\":\"00000000-0000-4000-8000-000000000001\",\"updated\":\"2026-03-01T09:00:05.125Z\""));
    QString error;
    const auto parsed = Journal::parseLine(std::string_view(text.constData(), std::size_t(text.size())), &error);
    REQUIRE(parsed);
    CHECK_FALSE(parsed->deleted);
    CHECK(parsed->entry == e);

    const QByteArray tomb = Journal::tombstoneLine(e.id, e.updated);
    const auto dead = Journal::parseLine(std::string_view(tomb.constData(), std::size_t(tomb.size())), &error);
    REQUIRE(dead);
    CHECK(dead->deleted);
    CHECK(dead->entry.id == e.id);

    // Times in other ISO forms are read too.
    const auto other = Journal::parseLine(
        R"({"v":2,"id":"abc","updated":"2026-03-01T10:00:00+01:00","routine":"r","routine_name":"R","started":"2026-03-01T08:00:00Z",)"
        R"("ended":"2026-03-01T08:05:00.000Z","active_seconds":1,"outcome":"stopped","steps_total":2,"steps_done":1,"steps_skipped":0,"regions":[]})",
        &error);
    REQUIRE(other);
    CHECK(other->entry.updated == kT0);
    CHECK(other->entry.outcome == JournalEntry::Outcome::Stopped);

    for (const char* bad : {"", "not json", "[]", "{\"v\":2}",
             "{\"v\":1,\"id\":\"a\",\"updated\":\"2026-03-01T09:00:00Z\",\"deleted\":true}",
             "{\"v\":2,\"id\":\"../etc\",\"updated\":\"2026-03-01T09:00:00Z\",\"deleted\":true}",
             "{\"v\":2,\"id\":\"a\",\"updated\":\"yesterday\",\"deleted\":true}",
             "{\"v\":2,\"id\":\"a\",\"updated\":\"2026-02-30T09:00:00Z\",\"deleted\":true}",
             "{\"v\":2,\"id\":\"a\",\"updated\":\"2026-03-01T09:00:00Z\"}",
             "{\"v\":2,\"id\":\"a\",\"updated\":\"2026-03-01T09:00:00Z\",\"deleted\":\"yes\"}"}) {
        INFO(bad);
        error.clear();
        CHECK_FALSE(Journal::parseLine(bad, &error));
        CHECK_FALSE(error.isEmpty());
    }
    error.clear();
    CHECK_FALSE(Journal::parseLine(R"({"v":3,"id":"a","updated":"2026-03-01T09:00:00Z","deleted":true})", &error));
    CHECK(error.contains(QStringLiteral("newer version")));

    // Fields it does not know, nested or not, are passed over (a newer Knead may add some).
    const std::string good = text.toStdString();
    const std::string extended
        = good.substr(0, good.size() - 1) + R"(,"mood":{"a":[1,{"b":null}],"c":2.5},"tags":["x"]})";
    REQUIRE(Journal::parseLine(extended, &error));
    CHECK(Journal::parseLine(extended, &error)->entry == e);
    // What is wrong in a known field is named.
    const auto refusal = [&](const std::string& from, const std::string& to) {
        std::string changed = good;
        const auto at = changed.find(from);
        REQUIRE(at != std::string::npos);
        changed.replace(at, from.size(), to);
        QString why;
        CHECK_FALSE(Journal::parseLine(changed, &why));
        return why;
    };
    CHECK(refusal("\"v\":2,", "\"v\":2,\"v\":2,").contains(QStringLiteral("twice")));
    CHECK(refusal("\"neck\":3", "\"neck\":11").contains(QStringLiteral("tension ratings")));
    CHECK(refusal("\"neck\":3", "\"neck\":\"3\"").contains(QStringLiteral("tension ratings")));
    CHECK(refusal("\"regions\":[\"neck\"]", "\"regions\":[7]").contains(QStringLiteral("invalid region")));
    CHECK(refusal("\"regions\":[\"neck\"]", "\"regions\":\"neck\"").contains(QStringLiteral("no regions")));
    CHECK(refusal("\"steps_done\":5", "\"steps_done\":6").contains(QStringLiteral("invalid counts")));
    CHECK(refusal("\"active_seconds\":290", "\"active_seconds\":290.5").contains(QStringLiteral("invalid counts")));
    CHECK(refusal("\"outcome\":\"finished\"", "\"outcome\":\"maybe\"").contains(QStringLiteral("outcome")));
    CHECK(refusal("\"started\":\"2026", "\"started\":\"1926x").contains(QStringLiteral("start or end time")));
    CHECK(refusal("{\"v\":2", "[{\"v\":2").contains(QStringLiteral("not valid JSON")));
    CHECK_FALSE(Journal::parseLine("[" + good + "]", &error));
    CHECK(error.contains(QStringLiteral("not a journal entry")));
}

TEST_CASE("an upsert replaces the entry with the same id, and the newest line wins on reload", "[journal]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("journal"));
    TestClock clock;
    Journal journal(folder, QStringLiteral("desk"));
    journal.setWallClock(clock.clock());
    REQUIRE(journal.load().isEmpty());
    REQUIRE(journal.upsert(session(1)).isEmpty());
    const quint64 revision = journal.revision();
    JournalEntry rated = session(1);
    rated.tensionAfter = {{QStringLiteral("neck"), 1}};
    REQUIRE(journal.upsert(rated).isEmpty()); // same wall-clock millisecond: still newer
    CHECK(journal.revision() != revision);
    REQUIRE(journal.entries().size() == 1);
    CHECK(journal.entries().first().tensionAfter.value(QStringLiteral("neck")) == 1);
    CHECK(journal.entries().first().updated == clock.now.addMSecs(1));
    CHECK(readFile(journal.deviceFile()).count('\n') == 2); // appended, never rewritten

    Journal again(folder);
    REQUIRE(again.load().isEmpty());
    REQUIRE(again.entries().size() == 1);
    CHECK(again.entries().first() == journal.entries().first());

    // An entry without an id gets one.
    JournalEntry fresh = session(2);
    fresh.id.clear();
    REQUIRE(journal.upsert(fresh).isEmpty());
    REQUIRE(journal.entries().size() == 2);
    CHECK(journal.entries().last().id.size() == 36);
    CHECK(Journal::newId() != Journal::newId());
}

TEST_CASE("reading takes the union of every device file, and per id the newest line wins", "[journal]")
{
    QTemporaryDir dir;
    const QString folder = dir.path();
    JournalEntry older = session(1);
    older.tensionAfter = {{QStringLiteral("neck"), 5}};
    JournalEntry newer = session(1);
    newer.tensionAfter = {{QStringLiteral("neck"), 2}};
    // The newer version is in the file read first, the older one in the file read last.
    writeFile(
        folder + QStringLiteral("/a-laptop.jsonl"), line(newer, kT0.addDays(3)) + line(session(2), kT0.addDays(2)));
    writeFile(
        folder + QStringLiteral("/b-desktop.jsonl"), line(older, kT0.addDays(2)) + line(session(3), kT0.addDays(3)));
    writeFile(folder + QStringLiteral("/notes.txt"), "not a journal file");
    Journal journal(folder, QStringLiteral("c-tablet"));
    REQUIRE(journal.load().isEmpty());
    CHECK(journal.loadReport().files == 2);
    REQUIRE(journal.entries().size() == 3);
    CHECK(journal.find(idFor(1))->tensionAfter.value(QStringLiteral("neck")) == 2);
    // Oldest start first, whichever file they came from.
    CHECK(journal.entries()[0].id == idFor(1));
    CHECK(journal.entries()[1].id == idFor(2));
    CHECK(journal.entries()[2].id == idFor(3));

    // A change on this device to an entry from another wins over both, even with a clock
    // that is behind theirs.
    TestClock clock;
    clock.now = kT0; // before both lines
    journal.setWallClock(clock.clock());
    JournalEntry edited = *journal.find(idFor(1));
    edited.tensionAfter = {{QStringLiteral("neck"), 0}};
    REQUIRE(journal.upsert(edited).isEmpty());
    CHECK(journal.find(idFor(1))->updated == kT0.addDays(3).addMSecs(1));
    Journal again(folder);
    REQUIRE(again.load().isEmpty());
    CHECK(again.find(idFor(1))->tensionAfter.value(QStringLiteral("neck")) == 0);
    // No device's file but this one's was touched.
    CHECK(readFile(folder + QStringLiteral("/a-laptop.jsonl"))
        == line(newer, kT0.addDays(3)) + line(session(2), kT0.addDays(2)));
}

TEST_CASE("a deletion is a tombstone: it wins over older lines, and an upsert brings the entry back", "[journal]")
{
    QTemporaryDir dir;
    TestClock clock;
    Journal journal(dir.path(), QStringLiteral("desk"));
    journal.setWallClock(clock.clock());
    REQUIRE(journal.load().isEmpty());
    for (int i = 1; i <= 3; ++i)
        REQUIRE(journal.upsert(session(i)).isEmpty());
    const JournalEntry removed = *journal.find(idFor(2));
    REQUIRE(journal.remove(idFor(2)).isEmpty());
    CHECK(journal.entries().size() == 2);
    CHECK_FALSE(journal.find(idFor(2)));
    CHECK(journal.remove(idFor(2)).isEmpty()); // nothing to delete: nothing written
    CHECK(readFile(journal.deviceFile()).count('\n') == 4);
    {
        Journal again(dir.path());
        REQUIRE(again.load().isEmpty());
        CHECK(ids(again) == QSet<QString> {idFor(1), idFor(3)});
    }
    // Undo, in the same millisecond as the deletion.
    REQUIRE(journal.upsert(removed).isEmpty());
    CHECK(journal.entries().size() == 3);
    CHECK(journal.entries()[1].id == idFor(2)); // back in its place
    Journal again(dir.path());
    REQUIRE(again.load().isEmpty());
    CHECK(ids(again) == QSet<QString> {idFor(1), idFor(2), idFor(3)});

    // Another device deleted it at the very same millisecond as this one changed it: every
    // device decides alike, for the deletion.
    const QDateTime at = kT0.addDays(10);
    writeFile(
        dir.filePath(QStringLiteral("x.jsonl")), line(session(5), at) + Journal::tombstoneLine(idFor(5), at) + '\n');
    writeFile(dir.filePath(QStringLiteral("y.jsonl")), line(session(5), at));
    Journal tie(dir.path());
    REQUIRE(tie.load().isEmpty());
    CHECK_FALSE(tie.find(idFor(5)));
}

TEST_CASE("conflict copies made by sync tools are read and merged, every entry once", "[journal]")
{
    QTemporaryDir dir;
    const QString folder = dir.path();
    const QDateTime at = kT0.addDays(1);
    // The device's own file, and what Syncthing, Nextcloud, Dropbox and OneDrive make of it
    // when two versions meet; each copy holds some lines of its own and some in common.
    writeFile(folder + QStringLiteral("/laptop.jsonl"), line(session(1), at) + line(session(2), at));
    writeFile(folder + QStringLiteral("/laptop.sync-conflict-20260301-101010-ABCDEFG.jsonl"),
        line(session(1), at) + line(session(3), at));
    writeFile(folder + QStringLiteral("/laptop (conflicted copy 2026-03-01 101010).jsonl"),
        line(session(2), at) + line(session(4), at));
    writeFile(folder + QStringLiteral("/laptop (Maria's conflicted copy 2026-03-01).jsonl"), line(session(5), at));
    writeFile(folder + QStringLiteral("/laptop-DESKTOP-7F3K.jsonl"), line(session(6), at));
    // Not journal files: a sync tool's temporary file, half written, and a partial download.
    writeFile(folder + QStringLiteral("/.syncthing.laptop.jsonl.tmp"), line(session(7), at) + "{\"v\":2,");
    writeFile(folder + QStringLiteral("/laptop.jsonl.part"), line(session(8), at));
    Journal journal(folder, QStringLiteral("desk"));
    REQUIRE(journal.load().isEmpty());
    CHECK(journal.loadReport().files == 5);
    CHECK(journal.entries().size() == 6);
    CHECK(ids(journal) == QSet<QString> {idFor(1), idFor(2), idFor(3), idFor(4), idFor(5), idFor(6)});

    CHECK(Journal::isJournalFileName(QStringLiteral("a.jsonl")));
    CHECK(Journal::isJournalFileName(QStringLiteral("a.sync-conflict-20260301-101010-ABCDEFG.jsonl")));
    CHECK(Journal::isJournalFileName(QStringLiteral("a (conflicted copy 2026-03-01 101010).jsonl")));
    CHECK_FALSE(Journal::isJournalFileName(QStringLiteral(".a.jsonl")));
    CHECK_FALSE(Journal::isJournalFileName(QStringLiteral("a.jsonl.tmp")));
    CHECK_FALSE(Journal::isJournalFileName(QStringLiteral("a.jsonl~")));
    CHECK_FALSE(Journal::isJournalFileName(QStringLiteral("journal.json")));
}

TEST_CASE("a torn last line is skipped with a note, and the device's next append starts clean", "[journal]")
{
    QTemporaryDir dir;
    const QString own = dir.filePath(QStringLiteral("desk.jsonl"));
    const QByteArray intact = line(session(1), kT0) + line(session(2), kT0);
    const QByteArray torn = line(session(3), kT0).left(57); // the crash came mid-append
    writeFile(own, intact + torn);
    {
        Journal journal(dir.path(), QStringLiteral("desk"));
        const UserDataProblem note = journal.load();
        REQUIRE_FALSE(note.isEmpty());
        CHECK(note.message.contains(QStringLiteral("cut off")));
        CHECK(note.message.contains(QStringLiteral("The rest of your journal is loaded")));
        CHECK(note.setAsideAs.isEmpty()); // nothing moved, nothing lost
        CHECK(journal.loadReport().tornLines == 1);
        CHECK(journal.entries().size() == 2);
        CHECK(readFile(own) == intact + torn); // reading changes nothing
        REQUIRE(journal.upsert(session(4)).isEmpty());
        // The unreported half line went; the new line is whole.
        CHECK(readFile(own).startsWith(intact));
        CHECK_FALSE(readFile(own).contains(torn));
    }
    Journal again(dir.path());
    CHECK(again.load().isEmpty());
    CHECK(ids(again) == QSet<QString> {idFor(1), idFor(2), idFor(4)});

    // Another device's torn line is left alone: that device trims it when it writes next.
    const QByteArray theirs = line(session(5), kT0) + "{\"v\":2,\"id\":";
    writeFile(dir.filePath(QStringLiteral("laptop.jsonl")), theirs);
    Journal reader(dir.path(), QStringLiteral("desk"));
    CHECK(reader.load().message.contains(QStringLiteral("laptop.jsonl")));
    REQUIRE(reader.upsert(session(6)).isEmpty());
    CHECK(readFile(dir.filePath(QStringLiteral("laptop.jsonl"))) == theirs);
}

TEST_CASE("a damaged line in the middle is skipped with a note naming file and line, and the file stays as it is",
    "[journal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laptop.jsonl"));
    const QByteArray data = line(session(1), kT0) + "{\"v\":2,\"id\":\"x\",\"upd\n" + line(session(2), kT0) + "\n"
        + R"({"v":3,"id":"from-the-future","updated":"2030-01-01T00:00:00Z","mood":"great"})" + "\n"
        + line(session(3), kT0);
    writeFile(path, data);
    Journal journal(dir.path(), QStringLiteral("desk"));
    const UserDataProblem note = journal.load();
    REQUIRE_FALSE(note.isEmpty());
    CHECK(note.message.contains(QStringLiteral("2 line(s) of your journal could not be read")));
    CHECK(note.message.contains(QStringLiteral("laptop.jsonl, line 2")));
    CHECK(journal.loadReport().badLines == 2);
    CHECK(ids(journal) == QSet<QString> {idFor(1), idFor(2), idFor(3)});
    REQUIRE(journal.upsert(session(4)).isEmpty());
    CHECK(readFile(path) == data); // never rewritten: a newer Knead may read the line later
}

TEST_CASE("the old single-file journal is migrated once, the original kept as a backup", "[journal]")
{
    QTemporaryDir dir;
    const QString legacy = dir.filePath(QStringLiteral("journal.json"));
    const QString folder = dir.filePath(QStringLiteral("journal"));
    const QByteArray old = R"({
  "format": 1,
  "entries": [
    {"routine": "scalp-tension-relief", "routine_name": "Guided scalp massage", "started": "2026-01-05T08:00:00.000Z",
     "ended": "2026-01-05T08:10:00.000Z", "active_seconds": 590, "outcome": "finished", "steps_total": 7, "steps_done": 7,
     "steps_skipped": 0, "regions": ["head"], "tension_before": {"head": 7}, "tension_after": {"head": 3}},
    {"routine": "desk-reset", "routine_name": "Desk reset", "started": "2026-01-06T12:00:00.000Z",
     "ended": "2026-01-06T12:03:00.000Z", "active_seconds": 170, "outcome": "stopped", "steps_total": 4, "steps_done": 2,
     "steps_skipped": 1, "regions": ["neck", "shoulders"], "tension_before": {}, "tension_after": {}},
    {"routine": "desk-reset", "routine_name": "Desk reset", "started": "2026-01-06T12:00:00.000Z",
     "ended": "2026-01-06T12:04:00.000Z", "active_seconds": 200, "outcome": "finished", "steps_total": 4, "steps_done": 4,
     "steps_skipped": 0, "regions": ["neck"], "tension_before": {"neck": 5}, "tension_after": {}}
  ]
}
)";
    writeFile(legacy, old);
    TestClock clock;
    clock.now = QDateTime(QDate(2026, 12, 1), QTime(7, 30, 15), Qt::UTC);
    QStringList firstIds;
    {
        Journal journal(folder, QStringLiteral("desk"));
        journal.setWallClock(clock.clock());
        journal.setLegacyFile(legacy);
        REQUIRE(journal.load().isEmpty());
        CHECK(journal.loadReport().migrated == 3);
        REQUIRE(journal.entries().size() == 3);
        CHECK(journal.entries()[0].routineName == QStringLiteral("Guided scalp massage"));
        CHECK(journal.entries()[0].tensionAfter.value(QStringLiteral("head")) == 3);
        CHECK(journal.entries()[0].updated == journal.entries()[0].ended);
        for (const JournalEntry& e : journal.entries())
            firstIds.append(e.id);
        firstIds.sort();
        CHECK(firstIds.removeDuplicates() == 0); // the two entries with the same start differ
        const QString backup = legacy + QStringLiteral(".migrated-20261201-073015");
        CHECK(journal.migratedBackup() == backup);
        CHECK_FALSE(QFile::exists(legacy));
        CHECK(readFile(backup) == old); // the original, byte for byte
    }
    {
        // Once: the next start finds nothing to migrate.
        Journal journal(folder, QStringLiteral("desk"));
        journal.setLegacyFile(legacy);
        REQUIRE(journal.load().isEmpty());
        CHECK(journal.loadReport().migrated == 0);
        CHECK(journal.entries().size() == 3);
    }
    // A migration cut short before the rename runs again harmlessly: the same ids, nothing
    // written twice.
    writeFile(legacy, old);
    const QByteArray before = readFile(folder + QStringLiteral("/desk.jsonl"));
    Journal journal(folder, QStringLiteral("desk"));
    journal.setWallClock(clock.clock());
    journal.setLegacyFile(legacy);
    REQUIRE(journal.load().isEmpty());
    CHECK(journal.loadReport().migrated == 0);
    QStringList againIds;
    for (const JournalEntry& e : journal.entries())
        againIds.append(e.id);
    againIds.sort();
    CHECK(againIds == firstIds);
    CHECK(readFile(folder + QStringLiteral("/desk.jsonl")) == before);
    CHECK(QFile::exists(legacy + QStringLiteral(".migrated-20261201-073015-2")));
}

TEST_CASE("appending costs the same with 10 or 10,000 entries: one line at the end, nothing rewritten", "[journal]")
{
    for (const int existing : {10, 10000}) {
        INFO(existing << " entries");
        QTemporaryDir dir;
        const QString own = dir.filePath(QStringLiteral("desk.jsonl"));
        const QString other = dir.filePath(QStringLiteral("laptop.jsonl"));
        QByteArray mine, theirs;
        for (int i = 0; i < existing; ++i)
            (i % 2 ? mine : theirs) += line(session(i), kT0.addDays(i));
        writeFile(own, mine);
        writeFile(other, theirs);
        Journal journal(dir.path(), QStringLiteral("desk"));
        journal.setWallClock([] { return kT0.addYears(40); });
        REQUIRE(journal.load().isEmpty());
        REQUIRE(journal.entries().size() == existing);
        const qint64 ownInode = inode(own);
        JournalEntry next = session(existing);
        REQUIRE(journal.upsert(next).isEmpty());
        next.updated = journal.find(next.id)->updated;
        const QByteArray appended = Journal::serializeLine(next) + '\n';
        // Exactly the new line, at the end of the same file; the rest byte for byte as it was.
        CHECK(QFileInfo(own).size() == mine.size() + appended.size());
        CHECK(readFile(own) == mine + appended);
        CHECK(inode(own) == ownInode);
        CHECK(readFile(other) == theirs);
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 2);
        CHECK(journal.entries().size() == existing + 1);
        CHECK(journal.entries().last().id == next.id);
    }
}

TEST_CASE("two instances on one device never share a file", "[journal]")
{
    QTemporaryDir dir;
    auto first = std::make_unique<Journal>(dir.path(), QStringLiteral("desk"));
    Journal second(dir.path(), QStringLiteral("desk"));
    REQUIRE(first->load().isEmpty());
    REQUIRE(second.load().isEmpty());
    REQUIRE(first->upsert(session(1)).isEmpty());
    REQUIRE(second.upsert(session(2)).isEmpty());
    CHECK(first->deviceFile() == dir.filePath(QStringLiteral("desk.jsonl")));
    CHECK(second.deviceFile() == dir.filePath(QStringLiteral("desk-2.jsonl")));
    // Each sees the other's sessions when the folder changed.
    CHECK(first->reloadIfChanged());
    CHECK(ids(*first) == QSet<QString> {idFor(1), idFor(2)});
    CHECK_FALSE(first->reloadIfChanged()); // nothing new
    REQUIRE(first->upsert(session(3)).isEmpty());
    CHECK_FALSE(first->reloadIfChanged()); // its own line is no news
    // The first quits: the next instance takes the device's file again.
    first.reset();
    Journal third(dir.path(), QStringLiteral("desk"));
    REQUIRE(third.load().isEmpty());
    REQUIRE(third.upsert(session(4)).isEmpty());
    CHECK(third.deviceFile() == dir.filePath(QStringLiteral("desk.jsonl")));
    CHECK(ids(third) == QSet<QString> {idFor(1), idFor(2), idFor(3), idFor(4)});
}

TEST_CASE("a device file replaced under a running instance is written again, not an unlinked copy", "[journal]")
{
    QTemporaryDir dir;
    Journal journal(dir.path(), QStringLiteral("desk"));
    REQUIRE(journal.load().isEmpty());
    REQUIRE(journal.upsert(session(1)).isEmpty());
    // A sync tool puts its version in place (write to a temporary file, rename over).
    const QByteArray synced = readFile(journal.deviceFile());
    writeFile(dir.filePath(QStringLiteral("tmp")), synced);
    REQUIRE(::rename(QFile::encodeName(dir.filePath(QStringLiteral("tmp"))).constData(),
                QFile::encodeName(journal.deviceFile()).constData())
        == 0);
    REQUIRE(journal.upsert(session(2)).isEmpty());
    Journal again(dir.path());
    REQUIRE(again.load().isEmpty());
    CHECK(ids(again) == QSet<QString> {idFor(1), idFor(2)});
}

TEST_CASE("moving the journal folder copies every file and keeps the old ones", "[journal]")
{
    QTemporaryDir dir;
    const QString from = dir.filePath(QStringLiteral("data/journal"));
    const QString to = dir.filePath(QStringLiteral("Sync/Knead"));
    QDir().mkpath(to);
    writeFile(from + QStringLiteral("/laptop.jsonl"), line(session(1), kT0));
    writeFile(from + QStringLiteral("/laptop.sync-conflict-20260301-101010-ABCDEFG.jsonl"), line(session(2), kT0));
    // The synced folder already has files: another device's, and one of the same name that differs.
    writeFile(to + QStringLiteral("/phone.jsonl"), line(session(3), kT0));
    writeFile(to + QStringLiteral("/laptop.jsonl"), line(session(4), kT0));
    TestClock clock;
    Journal journal(from, QStringLiteral("desk"));
    journal.setWallClock(clock.clock());
    REQUIRE(journal.load().isEmpty());
    REQUIRE(journal.upsert(session(5)).isEmpty());
    const Journal::MoveResult moved = journal.moveTo(to);
    REQUIRE(moved.problem.isEmpty());
    CHECK(moved.filesCopied == 3);
    CHECK(journal.folder() == QDir::cleanPath(to));
    CHECK(ids(journal) == QSet<QString> {idFor(1), idFor(2), idFor(3), idFor(4), idFor(5)});
    CHECK(QFile::exists(from + QStringLiteral("/laptop.jsonl"))); // never deleted
    CHECK(QFile::exists(from + QStringLiteral("/desk.jsonl")));
    CHECK(readFile(to + QStringLiteral("/laptop.jsonl")) == line(session(4), kT0)); // never overwritten
    CHECK(QFile::exists(to + QStringLiteral("/laptop.moved-20270301-090000.jsonl")));
    REQUIRE(journal.upsert(session(6)).isEmpty());
    CHECK(journal.deviceFile() == QDir::cleanPath(to) + QStringLiteral("/desk.jsonl"));
    CHECK_FALSE(readFile(from + QStringLiteral("/desk.jsonl")).contains(idFor(6).toUtf8()));

    // A folder that cannot be made leaves everything as it was.
    writeFile(dir.filePath(QStringLiteral("blocked")), "x");
    const Journal::MoveResult refused = journal.moveTo(dir.filePath(QStringLiteral("blocked/journal")));
    CHECK_FALSE(refused.problem.isEmpty());
    CHECK(journal.folder() == QDir::cleanPath(to));
    CHECK(journal.entries().size() == 6);
}

TEST_CASE("the device id is kept in the settings, and made anew on another machine", "[journal]")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("knead.conf")));
    const QString id = Journal::deviceIdFor(settings);
    CHECK(Journal::isValidDeviceId(id));
    CHECK(settings.journalDeviceId() == id);
    CHECK(Journal::deviceIdFor(settings) == id); // stable
    CHECK(Settings(dir.filePath(QStringLiteral("knead.conf"))).journalDeviceId() == id); // written at once
    if (!QSysInfo::machineUniqueId().isEmpty()) {
        // Settings copied from another computer: that computer's id stays there.
        settings.setJournalDeviceMachine(QStringLiteral("00000000000000ff"));
        const QString other = Journal::deviceIdFor(settings);
        CHECK(other != id);
        CHECK(Journal::deviceIdFor(settings) == other);
    }
    CHECK_FALSE(Journal::isValidDeviceId(QStringLiteral("../x")));
    CHECK_FALSE(Journal::isValidDeviceId(QStringLiteral("Laptop")));
    CHECK_FALSE(Journal::isValidDeviceId(QString()));
    // A journal without a device id still works, under a random one.
    QTemporaryDir folder;
    Journal anonymous(folder.path());
    CHECK(Journal::isValidDeviceId(anonymous.deviceId()));
}
