// SPDX-License-Identifier: MIT
#include "RoutineJson.h"

#include "StrictJson.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <string>

namespace knead::RoutineJson {

namespace {

using ojson = nlohmann::ordered_json;

std::string utf8(const QString& s)
{
    return s.toStdString();
}

ojson stringArray(const QStringList& list)
{
    ojson out = ojson::array();
    for (const QString& s : list)
        out.push_back(utf8(s));
    return out;
}

// A number as people write it: 4, not 4.0; 0.85, not 0.85000000000000009.
ojson number(double value)
{
    if (std::floor(value) == value && std::abs(value) < 1e9)
        return ojson(static_cast<std::int64_t>(value));
    return ojson(value);
}

ojson stepJson(const Step& s)
{
    ojson step = ojson::object();
    step["title"] = utf8(s.title);
    step["instruction"] = utf8(s.instruction);
    if (s.isTimed())
        step["duration"] = s.durationSeconds;
    else
        step["duration"] = "untimed";
    step["technique"] = utf8(s.technique);
    if (!s.region.isEmpty()) // a still step (a pause) works no region
        step["region"] = utf8(s.region);
    step["side"] = utf8(sideId(s.side));
    step["pressure"] = utf8(pressureId(s.pressure));
    if (!s.tools.isEmpty())
        step["tools"] = stringArray(s.tools);
    if (s.motion) {
        ojson motion = ojson::object();
        motion["pattern"] = utf8(motionPatternId(s.motion->pattern));
        if (!s.motion->points.isEmpty()) {
            ojson points = ojson::array();
            for (const QPointF& p : s.motion->points)
                points.push_back(ojson::array({number(roundCoordinate(p.x())), number(roundCoordinate(p.y()))}));
            motion["points"] = std::move(points);
        }
        if (s.motion->figure)
            motion["figure"] = utf8(figureId(*s.motion->figure));
        if (s.motion->periodSeconds != Motion::defaultPeriod(s.motion->pattern))
            motion["period"] = number(s.motion->periodSeconds);
        step["motion"] = std::move(motion);
    }
    if (!s.cues.isEmpty()) {
        ojson cues = ojson::array();
        for (const Cue& c : s.cues)
            cues.push_back(ojson {{"at", c.atSeconds}, {"say", utf8(c.say)}});
        step["cues"] = std::move(cues);
    }
    if (s.restSeconds > 0)
        step["rest"] = s.restSeconds;
    if (!s.image.isEmpty())
        step["image"] = utf8(s.image);
    return step;
}

bool isScalar(const ojson& v)
{
    return !v.is_array() && !v.is_object();
}

// Lists of scalars, lists of such lists (motion points) and objects of those (a motion, a cue)
// may stand on one line; a step never does.
bool isFlat(const ojson& v, int depth = 0)
{
    if (isScalar(v))
        return true;
    if (depth > 2)
        return false;
    for (const auto& item : v)
        if (!isFlat(item, depth + 1))
            return false;
    return true;
}

std::string scalar(const ojson& v)
{
    return v.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

std::string inlined(const ojson& v)
{
    if (isScalar(v))
        return scalar(v);
    if (v.empty())
        return v.is_array() ? "[]" : "{}";
    std::string out = v.is_array() ? "[" : "{ ";
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (!first)
            out += ", ";
        first = false;
        if (v.is_object())
            out += scalar(ojson(it.key())) + ": ";
        out += inlined(it.value());
    }
    out += v.is_array() ? "]" : " }";
    return out;
}

constexpr std::size_t kLineWidth = 100;

void writeValue(std::string& out, const ojson& v, int indent, std::size_t prefixWidth)
{
    if (isScalar(v)) {
        out += scalar(v);
        return;
    }
    if (indent > 0 && isFlat(v)) {
        const std::string line = inlined(v);
        if (prefixWidth + line.size() <= kLineWidth) {
            out += line;
            return;
        }
    }
    if (v.empty()) {
        out += v.is_array() ? "[]" : "{}";
        return;
    }
    const std::string inner(std::size_t(indent + 2), ' ');
    out += v.is_array() ? "[\n" : "{\n";
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (!first)
            out += ",\n";
        first = false;
        out += inner;
        std::size_t width = inner.size();
        if (v.is_object()) {
            const std::string key = scalar(ojson(it.key())) + ": ";
            out += key;
            width += key.size();
        }
        writeValue(out, it.value(), indent + 2, width);
    }
    out += '\n' + std::string(std::size_t(indent), ' ') + (v.is_array() ? "]" : "}");
}

QByteArray toBytes(const ojson& document)
{
    std::string out;
    writeValue(out, document, 0, 0);
    out += '\n';
    return QByteArray(out.data(), qsizetype(out.size()));
}

QString readText(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QStringList readTexts(const nlohmann::json& object, const char* key)
{
    QStringList out;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_array())
        return out;
    for (const auto& item : *it) {
        if (item.is_string())
            out.append(QString::fromStdString(item.get<std::string>()));
    }
    return out;
}

int readInt(const nlohmann::json& object, const char* key, int fallback = 0)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number_integer())
        return fallback;
    const auto value = it->get<std::int64_t>();
    return value < -1000000 || value > 1000000 ? fallback : int(value);
}

Step readStep(const nlohmann::json& v)
{
    Step s;
    if (!v.is_object())
        return s;
    s.title = readText(v, "title");
    s.instruction = readText(v, "instruction");
    s.durationSeconds = std::max(0, readInt(v, "duration"));
    s.technique = readText(v, "technique");
    s.region = readText(v, "region");
    s.side = sideFromId(readText(v, "side")).value_or(Side::None);
    s.pressure = pressureFromId(readText(v, "pressure")).value_or(Pressure::Medium);
    s.tools = readTexts(v, "tools");
    if (const auto m = v.find("motion"); m != v.end() && m->is_object()) {
        Motion motion;
        motion.pattern = motionPatternFromId(readText(*m, "pattern")).value_or(MotionPattern::Circles);
        motion.periodSeconds = Motion::defaultPeriod(motion.pattern);
        if (const auto points = m->find("points"); points != m->end() && points->is_array()) {
            for (const auto& p : *points) {
                if (p.is_array() && p.size() == 2 && p[0].is_number() && p[1].is_number())
                    motion.points.append(QPointF(p[0].get<double>(), p[1].get<double>()));
            }
        }
        if (const auto figure = figureFromId(readText(*m, "figure")); figure && *figure != Figure::Both)
            motion.figure = figure;
        if (const auto period = m->find("period"); period != m->end() && period->is_number())
            motion.periodSeconds = period->get<double>();
        s.motion = motion;
    }
    if (const auto cues = v.find("cues"); cues != v.end() && cues->is_array()) {
        for (const auto& c : *cues) {
            if (c.is_object())
                s.cues.append(Cue {readInt(c, "at"), readText(c, "say")});
        }
    }
    s.restSeconds = std::max(0, readInt(v, "rest"));
    s.image = readText(v, "image");
    return s;
}

} // namespace

double roundCoordinate(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

QByteArray write(const Routine& routine)
{
    ojson doc = ojson::object();
    doc["id"] = utf8(routine.id);
    doc["name"] = utf8(routine.name);
    doc["summary"] = utf8(routine.summary);
    if (!routine.description.isEmpty())
        doc["description"] = utf8(routine.description);
    doc["regions"] = stringArray(routine.regions);
    doc["preparation"] = stringArray(routine.preparation);
    doc["safety"] = utf8(routine.safety);
    ojson steps = ojson::array();
    for (const Step& s : routine.steps)
        steps.push_back(stepJson(s));
    doc["steps"] = std::move(steps);
    if (routine.featured)
        doc["featured"] = true;
    return toBytes(doc);
}

QByteArray writeManifest(const QString& id, const QString& name, const QString& language, const QString& description)
{
    ojson doc = ojson::object();
    doc["format"] = 1;
    doc["id"] = utf8(id);
    doc["name"] = utf8(name);
    doc["language"] = utf8(language);
    if (!description.isEmpty())
        doc["description"] = utf8(description);
    return toBytes(doc);
}

std::optional<Routine> readLenient(const QByteArray& text)
{
    const StrictJsonResult parsed = parseStrictJsonData(text);
    if (!parsed.ok || !parsed.value.is_object())
        return std::nullopt;
    const nlohmann::json& v = parsed.value;
    Routine r;
    r.id = readText(v, "id");
    r.name = readText(v, "name");
    r.summary = readText(v, "summary");
    r.description = readText(v, "description");
    r.regions = readTexts(v, "regions");
    r.preparation = readTexts(v, "preparation");
    r.safety = readText(v, "safety");
    if (const auto steps = v.find("steps"); steps != v.end() && steps->is_array()) {
        for (const auto& s : *steps)
            r.steps.append(readStep(s));
    }
    if (const auto featured = v.find("featured"); featured != v.end() && featured->is_boolean())
        r.featured = featured->get<bool>();
    return r;
}

} // namespace knead::RoutineJson
