// SPDX-License-Identifier: MIT
#include "SessionStore.h"

#include "StrictJson.h"

#include <QCoreApplication>
#include <QFile>

namespace knead {

namespace {

using json = nlohmann::json;

const char* phaseName(SessionSnapshot::Phase p)
{
    switch (p) {
    case SessionSnapshot::Phase::LeadIn:
        return "lead-in";
    case SessionSnapshot::Phase::Step:
        return "step";
    case SessionSnapshot::Phase::Rest:
        return "rest";
    }
    return "step";
}

const char* statusName(SessionSnapshot::StepStatus s)
{
    switch (s) {
    case SessionSnapshot::StepStatus::NotReached:
        return "not-reached";
    case SessionSnapshot::StepStatus::Done:
        return "done";
    case SessionSnapshot::StepStatus::Skipped:
        return "skipped";
    }
    return "not-reached";
}

} // namespace

SessionStore::SessionStore(QString path)
    : m_path(std::move(path))
{ }

QByteArray SessionStore::serialize(const StoredSession& s)
{
    nlohmann::ordered_json doc;
    doc["format"] = kFormat;
    doc["routine"] = s.snapshot.routineId.toStdString();
    doc["phase"] = phaseName(s.snapshot.phase);
    doc["step"] = s.snapshot.step;
    doc["phase_elapsed_ms"] = s.snapshot.phaseElapsedMs;
    doc["active_elapsed_ms"] = s.snapshot.activeElapsedMs;
    doc["halfway_announced"] = s.snapshot.halfwayAnnounced;
    doc["announcing"] = s.snapshot.announcing;
    doc["steps"] = nlohmann::ordered_json::array();
    for (SessionSnapshot::StepStatus status : s.snapshot.steps)
        doc["steps"].push_back(statusName(status));
    doc["started"] = s.started.toUTC().toString(Qt::ISODateWithMs).toStdString();
    doc["saved"] = s.saved.toUTC().toString(Qt::ISODateWithMs).toStdString();
    doc["tension_before"] = nlohmann::ordered_json::object();
    for (auto it = s.tensionBefore.cbegin(); it != s.tensionBefore.cend(); ++it)
        doc["tension_before"][it.key().toStdString()] = it.value();
    return toJsonBytes(doc);
}

std::optional<StoredSession> SessionStore::parse(const QByteArray& data, QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const StrictJsonResult parsed = parseStrictJsonData(data);
    if (!parsed.ok)
        return fail(SessionStore::tr("it is not valid JSON (%1)").arg(parsed.error));
    const json& d = parsed.value;
    const auto isInt = [&](const char* key, long long min, long long max) {
        return d.contains(key) && d[key].is_number_integer() && d[key].get<long long>() >= min
            && d[key].get<long long>() <= max;
    };
    // Format 1 (before the countdown waited for the words) has no "announcing": its phases
    // always counted down from their start.
    const json format = d.is_object() ? d.value("format", json()) : json();
    if (format != kFormat && format != 1)
        return fail(SessionStore::tr("it is not an interrupted session of format %1").arg(kFormat));
    if (format == kFormat && (!d.contains("announcing") || !d["announcing"].is_boolean()))
        return fail(SessionStore::tr("a field is missing or invalid"));
    if (!d.contains("routine") || !d["routine"].is_string() || !d.contains("phase") || !d["phase"].is_string()
        || !isInt("step", 0, 100000) || !isInt("phase_elapsed_ms", 0, 1LL << 40)
        || !isInt("active_elapsed_ms", 0, 1LL << 40) || !d.contains("steps") || !d["steps"].is_array()
        || !d.contains("halfway_announced") || !d["halfway_announced"].is_boolean())
        return fail(SessionStore::tr("a field is missing or invalid"));
    StoredSession s;
    s.snapshot.routineId = QString::fromStdString(d["routine"].get<std::string>());
    const std::string phase = d["phase"].get<std::string>();
    if (phase == "lead-in")
        s.snapshot.phase = SessionSnapshot::Phase::LeadIn;
    else if (phase == "step")
        s.snapshot.phase = SessionSnapshot::Phase::Step;
    else if (phase == "rest")
        s.snapshot.phase = SessionSnapshot::Phase::Rest;
    else
        return fail(SessionStore::tr("unknown phase"));
    s.snapshot.step = d["step"].get<int>();
    s.snapshot.phaseElapsedMs = d["phase_elapsed_ms"].get<qint64>();
    s.snapshot.activeElapsedMs = d["active_elapsed_ms"].get<qint64>();
    s.snapshot.halfwayAnnounced = d["halfway_announced"].get<bool>();
    s.snapshot.announcing = format == kFormat && d["announcing"].get<bool>();
    if (s.snapshot.announcing && s.snapshot.phaseElapsedMs != 0)
        return fail(SessionStore::tr("a field is missing or invalid"));
    for (const json& status : d["steps"]) {
        if (status == "done")
            s.snapshot.steps.append(SessionSnapshot::StepStatus::Done);
        else if (status == "skipped")
            s.snapshot.steps.append(SessionSnapshot::StepStatus::Skipped);
        else if (status == "not-reached")
            s.snapshot.steps.append(SessionSnapshot::StepStatus::NotReached);
        else
            return fail(SessionStore::tr("unknown step status"));
    }
    const auto time = [&](const char* key) {
        return d.contains(key) && d[key].is_string()
            ? QDateTime::fromString(QString::fromStdString(d[key].get<std::string>()), Qt::ISODateWithMs).toUTC()
            : QDateTime();
    };
    s.started = time("started");
    s.saved = time("saved");
    if (!s.started.isValid() || !s.saved.isValid())
        return fail(SessionStore::tr("invalid times"));
    if (d.contains("tension_before")) {
        const json& ratings = d["tension_before"];
        if (!ratings.is_object())
            return fail(SessionStore::tr("invalid tension ratings"));
        for (const auto& [key, value] : ratings.items()) {
            if (!value.is_number_integer() || value.get<long long>() < 0 || value.get<long long>() > 10)
                return fail(SessionStore::tr("invalid tension ratings"));
            s.tensionBefore.insert(QString::fromStdString(key), value.get<int>());
        }
    }
    return s;
}

UserDataProblem SessionStore::save(const StoredSession& session)
{
    const QString error = UserDataFile::write(m_path, serialize(session));
    if (!error.isEmpty())
        return {m_path, QString(), SessionStore::tr("The session's position could not be saved: %1").arg(error)};
    return {};
}

std::optional<StoredSession> SessionStore::load(UserDataProblem* problem)
{
    const UserDataFile::ReadResult file = UserDataFile::read(m_path);
    if (!file.exists)
        return std::nullopt;
    QString error = file.error;
    if (error.isEmpty()) {
        if (auto session = parse(file.data, &error))
            return session;
    }
    if (problem) {
        problem->file = m_path;
        problem->setAsideAs = UserDataFile::setAside(m_path);
        problem->message
            = SessionStore::tr("The interrupted session could not be read (%1), so it cannot be resumed.").arg(error);
    }
    return std::nullopt;
}

void SessionStore::clear()
{
    QFile::remove(m_path);
}

bool SessionStore::isRecent(const StoredSession& session, const QDateTime& nowUtc)
{
    const qint64 age = session.saved.secsTo(nowUtc);
    return age >= -60 && age <= kOfferResumeWithinSecs;
}

} // namespace knead
