// SPDX-License-Identifier: MIT
#include "Journal.h"

#include "StrictJson.h"

#include <QCoreApplication>
#include <QDir>

namespace knead {

namespace {

using json = nlohmann::json;
using ordered = nlohmann::ordered_json;

QString tr(const char* text)
{
    return QCoreApplication::translate("knead::Journal", text);
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

QString qs(const json& v)
{
    return QString::fromStdString(v.get<std::string>());
}

ordered ratings(const QMap<QString, int>& map)
{
    ordered out = ordered::object();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out[utf8(it.key())] = it.value();
    return out;
}

bool readRatings(const json& v, QMap<QString, int>& out)
{
    if (!v.is_object())
        return false;
    for (const auto& [key, value] : v.items()) {
        if (!value.is_number_integer() || value.get<long long>() < 0 || value.get<long long>() > 10)
            return false;
        out.insert(QString::fromStdString(key), int(value.get<long long>()));
    }
    return true;
}

std::optional<QDateTime> readTime(const json& v)
{
    if (!v.is_string())
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(qs(v), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

bool readCount(const json& entry, const char* key, qint64 max, qint64& out)
{
    const auto it = entry.find(key);
    if (it == entry.end() || !it->is_number_integer())
        return false;
    const auto value = it->get<long long>();
    if (value < 0 || value > max)
        return false;
    out = value;
    return true;
}

} // namespace

Journal::Journal(QString path)
    : m_path(std::move(path))
{
}

QByteArray Journal::serialize(const QList<JournalEntry>& entries)
{
    ordered doc;
    doc["format"] = kFormat;
    doc["entries"] = ordered::array();
    for (const JournalEntry& e : entries) {
        ordered item;
        item["routine"] = utf8(e.routineId);
        item["routine_name"] = utf8(e.routineName);
        item["started"] = utf8(e.started.toUTC().toString(Qt::ISODateWithMs));
        item["ended"] = utf8(e.ended.toUTC().toString(Qt::ISODateWithMs));
        item["active_seconds"] = e.activeSeconds;
        item["outcome"] = e.outcome == JournalEntry::Outcome::Finished ? "finished" : "stopped";
        item["steps_total"] = e.stepsTotal;
        item["steps_done"] = e.stepsDone;
        item["steps_skipped"] = e.stepsSkipped;
        item["regions"] = ordered::array();
        for (const QString& r : e.regions)
            item["regions"].push_back(utf8(r));
        item["tension_before"] = ratings(e.tensionBefore);
        item["tension_after"] = ratings(e.tensionAfter);
        doc["entries"].push_back(std::move(item));
    }
    return toJsonBytes(doc);
}

std::optional<QList<JournalEntry>> Journal::parse(const QByteArray& data, QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const StrictJsonResult parsed = parseStrictJsonData(data);
    if (!parsed.ok)
        return fail(tr("it is not valid JSON (%1)").arg(parsed.error));
    const json& doc = parsed.value;
    if (!doc.is_object() || !doc.contains("format") || doc["format"] != kFormat || !doc.contains("entries") || !doc["entries"].is_array())
        return fail(tr("it is not a Knead journal of format %1").arg(kFormat));
    QList<JournalEntry> entries;
    const json& list = doc["entries"];
    for (std::size_t i = 0; i < list.size(); ++i) {
        const json& item = list[i];
        const QString where = tr("entry %1").arg(i + 1);
        if (!item.is_object())
            return fail(tr("%1 is not an object").arg(where));
        JournalEntry e;
        const auto routine = item.find("routine");
        const auto name = item.find("routine_name");
        const auto outcome = item.find("outcome");
        if (routine == item.end() || !routine->is_string() || name == item.end() || !name->is_string())
            return fail(tr("%1 has no routine").arg(where));
        e.routineId = qs(*routine);
        e.routineName = qs(*name);
        const auto started = readTime(item.value("started", json()));
        const auto ended = readTime(item.value("ended", json()));
        if (!started || !ended)
            return fail(tr("%1 has no valid start or end time").arg(where));
        e.started = *started;
        e.ended = *ended;
        if (outcome == item.end() || !outcome->is_string() || (*outcome != "finished" && *outcome != "stopped"))
            return fail(tr("%1 has no valid outcome").arg(where));
        e.outcome = *outcome == "finished" ? JournalEntry::Outcome::Finished : JournalEntry::Outcome::Stopped;
        qint64 total = 0, done = 0, skipped = 0;
        if (!readCount(item, "active_seconds", 365LL * 24 * 3600, e.activeSeconds) || !readCount(item, "steps_total", 100000, total)
            || !readCount(item, "steps_done", total, done) || !readCount(item, "steps_skipped", total, skipped))
            return fail(tr("%1 has invalid counts").arg(where));
        e.stepsTotal = int(total);
        e.stepsDone = int(done);
        e.stepsSkipped = int(skipped);
        const auto regions = item.find("regions");
        if (regions == item.end() || !regions->is_array())
            return fail(tr("%1 has no regions").arg(where));
        for (const json& r : *regions) {
            if (!r.is_string())
                return fail(tr("%1 has an invalid region").arg(where));
            e.regions.append(qs(r));
        }
        if (!readRatings(item.value("tension_before", json::object()), e.tensionBefore)
            || !readRatings(item.value("tension_after", json::object()), e.tensionAfter))
            return fail(tr("%1 has invalid tension ratings").arg(where));
        entries.append(std::move(e));
    }
    return entries;
}

UserDataProblem Journal::load()
{
    m_entries.clear();
    const UserDataFile::ReadResult file = UserDataFile::read(m_path);
    if (!file.exists)
        return {};
    QString error = file.error;
    if (error.isEmpty()) {
        if (auto entries = parse(file.data, &error)) {
            m_entries = std::move(*entries);
            return {};
        }
    }
    UserDataProblem problem;
    problem.file = m_path;
    problem.setAsideAs = UserDataFile::setAside(m_path);
    problem.message = problem.setAsideAs.isEmpty()
        ? tr("Your journal %1 could not be read (%2) and could not be moved aside; new sessions will not be saved until it is fixed.")
              .arg(QDir::toNativeSeparators(m_path), error)
        : tr("Your journal could not be read (%1). A new journal was started.").arg(error);
    if (problem.setAsideAs.isEmpty())
        m_path.clear(); // never overwrite a file we could not understand
    return problem;
}

UserDataProblem Journal::append(const JournalEntry& entry)
{
    if (m_path.isEmpty())
        return {QString(), QString(), tr("The journal is not available; this session was not saved.")};
    QList<JournalEntry> next = m_entries;
    next.append(entry);
    if (const QString error = UserDataFile::write(m_path, serialize(next)); !error.isEmpty())
        return {m_path, QString(), tr("This session could not be saved to your journal: %1").arg(error)};
    m_entries = std::move(next);
    return {};
}

UserDataProblem Journal::replace(qsizetype index, const JournalEntry& entry)
{
    if (m_path.isEmpty() || index < 0 || index >= m_entries.size())
        return {QString(), QString(), tr("The journal is not available; the ratings were not saved.")};
    QList<JournalEntry> next = m_entries;
    next[index] = entry;
    const QString error = UserDataFile::write(m_path, serialize(next));
    if (!error.isEmpty())
        return {m_path, QString(), tr("Your ratings could not be saved to your journal: %1").arg(error)};
    m_entries = std::move(next);
    return {};
}

QList<std::pair<QDateTime, int>> Journal::tensionTrend(const QString& regionId) const
{
    QList<std::pair<QDateTime, int>> out;
    for (const JournalEntry& e : m_entries) {
        if (auto it = e.tensionAfter.constFind(regionId); it != e.tensionAfter.cend())
            out.append({e.ended, *it});
        else if (auto before = e.tensionBefore.constFind(regionId); before != e.tensionBefore.cend())
            out.append({e.ended, *before});
    }
    return out;
}


} // namespace knead
