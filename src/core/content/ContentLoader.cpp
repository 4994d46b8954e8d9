// SPDX-License-Identifier: MIT
#include "ContentLoader.h"

#include "BodyShapes.h"
#include "PackDirectory.h"
#include "StrictJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>
#include <type_traits>
#include <vector>

namespace knead {

namespace {

using json = JsonValue;
using Severity = Diagnostic::Severity;

QString tr(const char* text)
{
    return QCoreApplication::translate("knead::ContentLoader", text);
}

QString quoted(const QString& s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// How a value reads in an error message: "got -5", "got text \"abc\"", "got a list".
QString describe(const json& value)
{
    switch (value.type()) {
    case json::Type::Null: return QStringLiteral("null");
    case json::Type::Boolean: return value.boolean() ? QStringLiteral("true") : QStringLiteral("false");
    case json::Type::Integer: return QString::number(value.integer());
    case json::Type::Unsigned: return QString::number(value.unsignedInteger());
    case json::Type::Float: return QString::number(value.number(), 'g', 10);
    case json::Type::String: {
        QString text = qs(value.string());
        if (text.size() > 40)
            text = text.left(37) + QStringLiteral("...");
        return tr("text %1").arg(quoted(text));
    }
    case json::Type::Array: return tr("a list");
    case json::Type::Object: return tr("an object");
    }
    return tr("something else");
}

// Collects the diagnostics of one file. Positions are computed only when a diagnostic is
// actually reported, from the file's text.
class FileReport
{
public:
    FileReport(QString file, std::string_view text, QList<Diagnostic>& out)
        : m_file(std::move(file)), m_text(text), m_out(out)
    {
    }

    void add(Severity severity, const JsonPath& path, const QString& message)
    {
        if (full()) {
            push(Diagnostic{severity, m_file, 0, 0, QString(), QString()});
            return;
        }
        Diagnostic d;
        d.severity = severity;
        d.file = m_file;
        d.path = path.toString();
        d.message = message;
        if (!m_text.empty()) {
            const std::size_t offset = locateJsonPath(m_text, path).value_or(0);
            const TextPosition pos = textPositionAt(m_text, offset);
            d.line = pos.line;
            d.column = pos.column;
        }
        push(std::move(d));
    }
    void error(const JsonPath& path, const QString& message) { add(Severity::Error, path, message); }
    void warning(const JsonPath& path, const QString& message) { add(Severity::Warning, path, message); }
    void note(const JsonPath& path, const QString& message) { add(Severity::Note, path, message); }

    void errorAtOffset(std::size_t offset, const QString& message)
    {
        Diagnostic d;
        d.severity = Severity::Error;
        d.file = m_file;
        const TextPosition pos = textPositionAt(m_text, offset);
        d.line = pos.line;
        d.column = pos.column;
        d.message = message;
        push(std::move(d));
    }

    void fileError(const QString& message)
    {
        Diagnostic d;
        d.severity = Severity::Error;
        d.file = m_file;
        d.message = message;
        push(std::move(d));
    }

    int errors() const { return m_errors; }
    const QString& file() const { return m_file; }

    ~FileReport()
    {
        if (m_dropped > 0) {
            Diagnostic d;
            d.severity = Severity::Note;
            d.file = m_file;
            d.message = QStringLiteral("… and %1 more problem(s) in this file").arg(m_dropped);
            m_out.append(std::move(d));
        }
    }

    // Past this many, problems are counted but not listed: a broken file can hold thousands,
    // and each listed one costs a pass over the text to find its line.
    static constexpr int kMaxListed = 40;

private:
    void push(Diagnostic&& d)
    {
        if (d.severity == Severity::Error)
            ++m_errors;
        if (m_listed >= kMaxListed) {
            ++m_dropped;
            return;
        }
        ++m_listed;
        m_out.append(std::move(d));
    }

    bool full() const { return m_listed >= kMaxListed; }

    QString m_file;
    std::string_view m_text;
    QList<Diagnostic>& m_out;
    int m_errors = 0;
    int m_listed = 0;
    int m_dropped = 0;
};

// Lowercase-kebab: a letter, then letters and digits, with single hyphens between groups.
bool isKebabId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64 || !(id.front() >= u'a' && id.front() <= u'z') || id.back() == u'-')
        return false;
    QChar previous;
    for (QChar c : id) {
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && !(c == u'-' && previous != u'-'))
            return false;
        previous = c;
    }
    return true;
}

enum class Need { Required, Optional };

struct TextRule
{
    int maxChars = 2000;
    bool multiline = false;
};

constexpr TextRule kName{80, false};
constexpr TextRule kLine{400, false};
constexpr TextRule kParagraphs{20000, true};
constexpr TextRule kItem{1000, false};

// Reads the fields of one JSON object, reporting every problem against its path.
class ObjectReader
{
public:
    ObjectReader(const json& value, JsonPath path, FileReport& report, std::initializer_list<std::string_view> known)
        : m_value(value), m_path(std::move(path)), m_report(report)
    {
        if (!value.is_object()) {
            m_report.error(m_path, tr("expected an object {…}, got %1").arg(describe(value)));
            return;
        }
        m_isObject = true;
        for (const json member : value) {
            const std::string_view key = member.key();
            if (std::find(known.begin(), known.end(), key) == known.end())
                m_report.warning(m_path / key, tr("unknown field %1 is ignored").arg(quoted(qs(key))));
        }
    }

    bool isObject() const { return m_isObject; }
    const JsonPath& path() const { return m_path; }
    JsonPath at(std::string_view key) const { return m_path / key; }
    FileReport& report() { return m_report; }

    std::optional<json> get(std::string_view key, Need need)
    {
        if (!m_isObject)
            return std::nullopt;
        const std::optional<json> member = m_value.find(key);
        if (!member && need == Need::Required)
            m_report.error(m_path, tr("missing required field %1").arg(quoted(QString::fromLatin1(key.data(), qsizetype(key.size())))));
        return member;
    }

    std::optional<QString> text(std::string_view key, Need need, TextRule rule)
    {
        const std::optional<json> v = get(key, need);
        return v ? readText(*v, at(key), rule) : std::nullopt;
    }

    std::optional<QString> id(std::string_view key, Need need)
    {
        const std::optional<json> v = get(key, need);
        return v ? readId(*v, at(key)) : std::nullopt;
    }

    std::optional<QStringList> textList(std::string_view key, Need need, int minItems, TextRule rule)
    {
        const std::optional<json> v = get(key, need);
        if (!v)
            return std::nullopt;
        return readList(*v, at(key), minItems, [&](const json& item, const JsonPath& p) { return readText(item, p, rule); });
    }

    std::optional<QStringList> idList(std::string_view key, Need need, int minItems)
    {
        const std::optional<json> v = get(key, need);
        if (!v)
            return std::nullopt;
        return readList(*v, at(key), minItems, [&](const json& item, const JsonPath& p) { return readId(item, p); });
    }

    std::optional<qint64> wholeNumber(std::string_view key, Need need, qint64 min, qint64 max, const QString& what)
    {
        const std::optional<json> v = get(key, need);
        return v ? readWholeNumber(*v, at(key), min, max, what) : std::nullopt;
    }

    std::optional<double> number(std::string_view key, Need need, double min, double max)
    {
        const std::optional<json> v = get(key, need);
        if (!v)
            return std::nullopt;
        if (!v->is_number()) {
            m_report.error(at(key), tr("expected a number from %1 to %2, got %3").arg(min).arg(max).arg(describe(*v)));
            return std::nullopt;
        }
        const double d = v->number();
        if (!(d >= min && d <= max)) {
            m_report.error(at(key), tr("expected a number from %1 to %2, got %3").arg(min).arg(max).arg(describe(*v)));
            return std::nullopt;
        }
        return d;
    }

    template<typename Enum>
    std::optional<Enum> enumValue(std::string_view key, Need need, std::optional<Enum> (*parse)(QStringView), const QString& choices)
    {
        const std::optional<json> v = get(key, need);
        return v ? readEnum(*v, at(key), parse, choices) : std::nullopt;
    }

    // Generic readers, usable on list items too.
    std::optional<QString> readText(const json& v, const JsonPath& p, TextRule rule)
    {
        if (!v.is_string()) {
            m_report.error(p, tr("expected text, got %1").arg(describe(v)));
            return std::nullopt;
        }
        const QString text = qs(v.string());
        if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); })) {
            m_report.error(p, tr("must not be empty"));
            return std::nullopt;
        }
        if (text.size() > rule.maxChars) {
            m_report.error(p, tr("is %1 characters long; at most %2 are allowed").arg(text.size()).arg(rule.maxChars));
            return std::nullopt;
        }
        for (QChar c : text) {
            const bool control = c.unicode() < 0x20 || c.unicode() == 0x7F;
            if (control && !(rule.multiline && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))) {
                m_report.error(p, c.unicode() == 0 ? tr("contains a NUL character (U+0000)")
                                                   : tr("contains the control character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
                return std::nullopt;
            }
        }
        return text;
    }

    std::optional<QString> readId(const json& v, const JsonPath& p)
    {
        if (!v.is_string()) {
            m_report.error(p, tr("expected an id (lowercase-kebab text), got %1").arg(describe(v)));
            return std::nullopt;
        }
        const QString text = qs(v.string());
        if (!isKebabId(text)) {
            m_report.error(p, tr("%1 is not a valid id: use lowercase letters, digits and single hyphens, "
                                 "starting with a letter, at most 64 characters")
                                  .arg(quoted(text.left(80))));
            return std::nullopt;
        }
        return text;
    }

    std::optional<qint64> readWholeNumber(const json& v, const JsonPath& p, qint64 min, qint64 max, const QString& what)
    {
        const auto fail = [&] {
            m_report.error(p, tr("expected %1 from %2 to %3, got %4").arg(what).arg(min).arg(max).arg(describe(v)));
            return std::nullopt;
        };
        // Range-check in the value's own type before converting: nlohmann's conversion of an
        // out-of-range double to an integer is undefined behaviour.
        if (v.is_number_unsigned()) {
            const std::uint64_t u = v.unsignedInteger();
            if (u > std::uint64_t(std::numeric_limits<qint64>::max()) || qint64(u) < min || qint64(u) > max)
                return fail();
            return qint64(u);
        }
        if (v.is_number_integer()) {
            const std::int64_t i = v.integer();
            if (i < min || i > max)
                return fail();
            return qint64(i);
        }
        return fail();
    }

    template<typename Enum>
    std::optional<Enum> readEnum(const json& v, const JsonPath& p, std::optional<Enum> (*parse)(QStringView), const QString& choices)
    {
        if (v.is_string()) {
            if (auto e = parse(qs(v.string())))
                return e;
        }
        m_report.error(p, tr("expected one of %1, got %2").arg(choices, describe(v)));
        return std::nullopt;
    }

    template<typename ReadItem>
    std::optional<QStringList> readList(const json& v, const JsonPath& p, int minItems, ReadItem&& readItem)
    {
        if (!v.is_array()) {
            m_report.error(p, tr("expected a list […], got %1").arg(describe(v)));
            return std::nullopt;
        }
        if (int(v.size()) < minItems) {
            m_report.error(p, minItems == 1 ? tr("must list at least one item")
                                            : tr("must list at least %1 items").arg(minItems));
            return std::nullopt;
        }
        if (v.size() > 500) {
            m_report.error(p, tr("lists %1 items; at most 500 are allowed").arg(v.size()));
            return std::nullopt;
        }
        QStringList out;
        out.reserve(qsizetype(v.size()));
        bool ok = true;
        std::size_t i = 0;
        for (const json element : v) {
            if (auto item = readItem(element, p / i))
                out.append(std::move(*item));
            else
                ok = false;
            ++i;
        }
        return ok ? std::optional<QStringList>(out) : std::nullopt;
    }

private:
    const json m_value;
    JsonPath m_path;
    FileReport& m_report;
    bool m_isObject = false;
};

const QString kFigureChoices = QStringLiteral("front, back or both");
const QString kSideChoices = QStringLiteral("left, right, both or none");
const QString kPressureChoices = QStringLiteral("light, medium or firm");
const QString kPatternChoices = QStringLiteral("circles, strokes or hold");

// Checks references to other items as they are read, against what is already loaded: earlier
// packs, and this pack's regions (loaded before techniques) and techniques (loaded before
// routines). Items of one folder never refer to each other, so the content does not change
// while a folder's files are read in parallel. A reference that does not resolve is an error
// of the item, reported where it is written.
class References
{
public:
    References(const Content& content, FileReport& report) : m_content(content), m_report(report) {}

    // A reference that resolves is replaced by the item's own id string, so the thousands of
    // steps that name the same region or technique share one copy of its text.
    void technique(QString& id, const JsonPath& path)
    {
        if (const Technique* technique = m_content.technique(id))
            id = technique->id;
        else
            m_report.error(path, QStringLiteral("no technique has the id %1 (or it has errors)").arg(quoted(id)));
    }

    // `figure`: the region must be drawn on that figure (for a motion guide).
    void region(QString& id, const JsonPath& path, std::optional<Figure> figure = std::nullopt)
    {
        const Region* region = m_content.region(id);
        if (!region)
            m_report.error(path, QStringLiteral("no region has the id %1 (or it has errors)").arg(quoted(id)));
        else if (figure && region->figure != Figure::Both && region->figure != *figure)
            m_report.error(path, QStringLiteral("region %1 is not drawn on the %2 figure").arg(quoted(id), figureId(*figure)));
        else
            id = region->id;
    }

    const Content& content() const { return m_content; }

private:
    const Content& m_content;
    FileReport& m_report;
};

// Warns about ids listed more than once in a list of ids (regions of a technique or routine).
void warnDuplicates(FileReport& report, const JsonPath& listPath, const QStringList& ids)
{
    for (qsizetype i = 1; i < ids.size(); ++i) {
        if (ids.indexOf(ids[i]) < i)
            report.warning(listPath / std::size_t(i), QStringLiteral("%1 is listed twice").arg(quoted(ids[i])));
    }
}

// Cautions and red flags: each item is text, or {"text", "regions"} when it concerns only
// some body regions.
std::optional<QList<Guidance>> readGuidance(ObjectReader& r, std::string_view key, References& refs)
{
    const std::optional<json> v = r.get(key, Need::Required);
    if (!v)
        return std::nullopt;
    const JsonPath listPath = r.at(key);
    if (!v->is_array()) {
        r.report().error(listPath, QStringLiteral("expected a list […], got %1").arg(describe(*v)));
        return std::nullopt;
    }
    if (v->empty()) {
        r.report().error(listPath, QStringLiteral("must list at least one item"));
        return std::nullopt;
    }
    if (v->size() > 100) {
        r.report().error(listPath, QStringLiteral("lists %1 items; at most 100 are allowed").arg(v->size()));
        return std::nullopt;
    }
    QList<Guidance> out;
    bool ok = true;
    for (std::size_t i = 0; i < v->size(); ++i) {
        const json item = (*v)[i];
        const JsonPath p = listPath / i;
        Guidance g;
        if (item.is_string()) {
            auto text = r.readText(item, p, kItem);
            if (!text) {
                ok = false;
                continue;
            }
            g.text = *text;
        } else {
            ObjectReader o(item, p, r.report(), {"text", "regions"});
            if (!o.isObject()) {
                ok = false;
                continue;
            }
            const int before = o.report().errors();
            g.text = o.text("text", Need::Required, kItem).value_or(QString());
            g.regions = o.idList("regions", Need::Required, 1).value_or(QStringList());
            for (qsizetype k = 0; k < g.regions.size(); ++k)
                refs.region(g.regions[k], o.at("regions") / std::size_t(k));
            warnDuplicates(o.report(), o.at("regions"), g.regions);
            if (o.report().errors() != before) {
                ok = false;
                continue;
            }
        }
        out.append(std::move(g));
    }
    return ok ? std::optional<QList<Guidance>>(out) : std::nullopt;
}

std::optional<PressureSet> readPressureSet(ObjectReader& r, std::string_view key)
{
    const std::optional<json> v = r.get(key, Need::Required);
    if (!v)
        return std::nullopt;
    PressureSet set;
    if (v->is_array()) {
        if (v->empty()) {
            r.report().error(r.at(key), QStringLiteral("must list at least one pressure level"));
            return std::nullopt;
        }
        bool ok = true;
        for (std::size_t i = 0; i < v->size() && i < 8; ++i) {
            if (auto p = r.readEnum((*v)[i], r.at(key) / i, &pressureFromId, kPressureChoices))
                set.add(*p);
            else
                ok = false;
        }
        if (v->size() > 8) {
            r.report().error(r.at(key), QStringLiteral("lists too many pressure levels"));
            ok = false;
        }
        return ok ? std::optional<PressureSet>(set) : std::nullopt;
    }
    if (auto p = r.readEnum(*v, r.at(key), &pressureFromId, kPressureChoices))
        return PressureSet(*p);
    return std::nullopt;
}

std::optional<QStringList> readTools(ObjectReader& r, std::string_view key, Need need)
{
    auto tools = r.idList(key, need, need == Need::Required ? 1 : 0);
    if (tools) {
        const QStringList& known = knownToolIds();
        for (qsizetype i = 0; i < tools->size(); ++i) {
            if (const qsizetype k = known.indexOf(tools->at(i)); k >= 0)
                (*tools)[i] = known[k]; // shares the table's text
            else
                r.report().warning(r.at(key) / std::size_t(i),
                                   QStringLiteral("%1 is not a known tool; it is shown as written").arg(quoted(tools->at(i))));
        }
    }
    return tools;
}

QString fileBaseName(const QString& relative)
{
    return QFileInfo(relative).completeBaseName();
}

// Checks that an item's id matches its file name, as the format requires.
bool checkIdMatchesFile(ObjectReader& r, const std::optional<QString>& id, const QString& relative)
{
    if (id && *id != fileBaseName(relative)) {
        r.report().error(r.at("id"), QStringLiteral("id %1 does not match the file name %2; name the file %1.json")
                                         .arg(quoted(*id), quoted(QFileInfo(relative).fileName())));
        return false;
    }
    return true;
}

std::optional<Source> readSource(ObjectReader& parent, const json& v, const JsonPath& p)
{
    ObjectReader r(v, p, parent.report(), {"title", "publisher", "url"});
    if (!r.isObject())
        return std::nullopt;
    const int before = r.report().errors();
    Source s;
    s.title = r.text("title", Need::Required, kLine).value_or(QString());
    s.publisher = r.text("publisher", Need::Optional, kLine).value_or(QString());
    if (auto url = r.text("url", Need::Optional, kLine)) {
        const QUrl parsed(*url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())
            r.report().error(r.at("url"), QStringLiteral("expected an https:// address, got %1").arg(quoted(url->left(80))));
        else
            s.url = *url;
    }
    if (r.report().errors() != before)
        return std::nullopt;
    return s;
}

std::optional<Technique> parseTechnique(const json& doc, const QString& relative, const QString& packId, FileReport& report,
                                        References& refs)
{
    ObjectReader r(doc, JsonPath(), report,
                   {"id", "name", "aliases", "summary", "description", "how_it_helps", "how_to", "pressure", "tools",
                    "regions", "cautions", "red_flags", "sources"});
    if (!r.isObject())
        return std::nullopt;
    const int before = report.errors();
    Technique t;
    const auto id = r.id("id", Need::Required);
    checkIdMatchesFile(r, id, relative);
    t.id = id.value_or(QString());
    t.name = r.text("name", Need::Required, kName).value_or(QString());
    t.aliases = r.textList("aliases", Need::Optional, 0, kName).value_or(QStringList());
    t.summary = r.text("summary", Need::Required, kLine).value_or(QString());
    t.description = r.text("description", Need::Required, kParagraphs).value_or(QString());
    t.howItHelps = r.text("how_it_helps", Need::Required, kParagraphs).value_or(QString());
    t.howTo = r.textList("how_to", Need::Required, 1, kItem).value_or(QStringList());
    t.pressure = readPressureSet(r, "pressure").value_or(PressureSet());
    t.tools = readTools(r, "tools", Need::Required).value_or(QStringList());
    t.regions = r.idList("regions", Need::Required, 1).value_or(QStringList());
    t.cautions = readGuidance(r, "cautions", refs).value_or(QList<Guidance>());
    t.redFlags = readGuidance(r, "red_flags", refs).value_or(QList<Guidance>());
    if (const std::optional<json> sources = r.get("sources", Need::Required)) {
        if (!sources->is_array() || sources->empty()) {
            report.error(r.at("sources"), QStringLiteral("expected a list of at least one source {\"title\", \"publisher\", \"url\"}, got %1")
                                              .arg(describe(*sources)));
        } else {
            for (std::size_t i = 0; i < sources->size() && i < 100; ++i) {
                if (auto s = readSource(r, (*sources)[i], r.at("sources") / i))
                    t.sources.append(*s);
            }
        }
    }
    for (qsizetype i = 0; i < t.regions.size(); ++i)
        refs.region(t.regions[i], r.at("regions") / std::size_t(i));
    warnDuplicates(report, r.at("regions"), t.regions);
    t.packId = packId;
    if (report.errors() != before)
        return std::nullopt;
    return t;
}

std::optional<Motion> readMotion(ObjectReader& step, const JsonPath& p, const json& v, References& refs, const QString& region)
{
    ObjectReader r(v, p, step.report(), {"pattern", "points", "figure", "period"});
    if (!r.isObject())
        return std::nullopt;
    const int before = r.report().errors();
    Motion m;
    if (auto pattern = r.enumValue("pattern", Need::Required, &motionPatternFromId, kPatternChoices))
        m.pattern = *pattern;
    m.periodSeconds = Motion::defaultPeriod(m.pattern);
    if (const std::optional<json> points = r.get("points", Need::Optional)) {
        if (!points->is_array() || points->size() > 32) {
            r.report().error(r.at("points"), QStringLiteral("expected a list of up to 32 points [x, y], got %1").arg(describe(*points)));
        } else {
            for (std::size_t i = 0; i < points->size(); ++i) {
                const json pt = (*points)[i];
                const JsonPath ptPath = r.at("points") / i;
                const auto coordinate = [](const json& c) { return c.is_number() && c.number() >= 0.0 && c.number() <= 1.0; };
                if (!pt.is_array() || pt.size() != 2 || !coordinate(pt[0]) || !coordinate(pt[1])) {
                    r.report().error(ptPath, QStringLiteral("expected a point [x, y] with both numbers from 0 to 1, got %1").arg(describe(pt)));
                    continue;
                }
                m.points.append(QPointF(pt[0].number(), pt[1].number()));
            }
        }
    }
    if (m.pattern == MotionPattern::Strokes && r.report().errors() == before && m.points.size() == 1)
        r.report().error(r.at("points"), QStringLiteral("a stroke needs at least two points to glide between"));
    if (auto figure = r.enumValue("figure", Need::Optional, &figureFromId, QStringLiteral("front or back"))) {
        if (*figure == Figure::Both)
            r.report().error(r.at("figure"), QStringLiteral("expected one of front or back, got \"both\""));
        else {
            m.figure = *figure;
            if (QString checked = region; !checked.isEmpty())
                refs.region(checked, r.at("figure"), figure);
        }
    }
    if (auto period = r.number("period", Need::Optional, 0.5, 60.0))
        m.periodSeconds = *period;
    if (r.report().errors() != before)
        return std::nullopt;
    return m;
}

std::optional<Step> readStep(ObjectReader& routine, const json& v, const JsonPath& p, References& refs, const PackDirectory& pack)
{
    ObjectReader r(v, p, routine.report(),
                   {"title", "instruction", "duration", "technique", "region", "side", "pressure", "tools", "motion",
                    "cues", "rest", "image"});
    if (!r.isObject())
        return std::nullopt;
    FileReport& report = r.report();
    const int before = report.errors();
    Step s;
    s.title = r.text("title", Need::Required, kName).value_or(QString());
    s.instruction = r.text("instruction", Need::Required, kItem).value_or(QString());
    bool durationValid = false;
    if (const std::optional<json> duration = r.get("duration", Need::Required)) {
        if (duration->is_string() && duration->string() == "untimed") {
            s.durationSeconds = 0;
            durationValid = true;
        } else if (duration->is_string()) {
            report.error(r.at("duration"), QStringLiteral("expected whole seconds from 1 to 3600 or \"untimed\", got %1").arg(describe(*duration)));
        } else {
            s.durationSeconds = int(r.readWholeNumber(*duration, r.at("duration"), 1, 3600, QStringLiteral("whole seconds")).value_or(0));
            durationValid = s.durationSeconds > 0;
        }
    }
    if (auto technique = r.id("technique", Need::Required)) {
        s.technique = *technique;
        refs.technique(s.technique, r.at("technique"));
    }
    if (auto region = r.id("region", Need::Required)) {
        s.region = *region;
        refs.region(s.region, r.at("region"));
    }
    s.side = r.enumValue("side", Need::Required, &sideFromId, kSideChoices).value_or(Side::None);
    s.pressure = r.enumValue("pressure", Need::Required, &pressureFromId, kPressureChoices).value_or(Pressure::Medium);
    s.tools = readTools(r, "tools", Need::Optional).value_or(QStringList());
    if (const std::optional<json> motion = r.get("motion", Need::Optional))
        s.motion = readMotion(r, r.at("motion"), *motion, refs, s.region);
    if (const std::optional<json> cues = r.get("cues", Need::Optional)) {
        if (!cues->is_array() || cues->size() > 100) {
            report.error(r.at("cues"), QStringLiteral("expected a list of up to 100 cues {\"at\", \"say\"}, got %1").arg(describe(*cues)));
        } else if (!durationValid) {
            // Cue times cannot be checked against a duration that is itself wrong.
        } else if (!cues->empty() && s.durationSeconds == 0) {
            report.error(r.at("cues"), QStringLiteral("an untimed step cannot have cues; give it a duration"));
        } else {
            QSet<int> seen;
            for (std::size_t i = 0; i < cues->size(); ++i) {
                const JsonPath cuePath = r.at("cues") / i;
                ObjectReader c((*cues)[i], cuePath, report, {"at", "say"});
                if (!c.isObject())
                    continue;
                const qint64 last = std::max(1, s.durationSeconds - 1);
                const auto at = c.wholeNumber("at", Need::Required, 1, last, QStringLiteral("whole seconds into the step"));
                const auto say = c.text("say", Need::Required, TextRule{120, false});
                if (at && seen.contains(int(*at))) {
                    report.error(c.at("at"), QStringLiteral("another cue is already at second %1").arg(*at));
                    continue;
                }
                if (at && say) {
                    seen.insert(int(*at));
                    s.cues.append(Cue{int(*at), *say});
                }
            }
            std::sort(s.cues.begin(), s.cues.end(), [](const Cue& a, const Cue& b) { return a.atSeconds < b.atSeconds; });
        }
    }
    s.restSeconds = int(r.wholeNumber("rest", Need::Optional, 1, 600, QStringLiteral("whole seconds of rest")).value_or(0));
    // Consistency with the technique the step uses: worth a look, not a reason to refuse.
    if (report.errors() == before) {
        if (const Technique* t = refs.content().technique(s.technique)) {
            if (!t->regions.contains(s.region))
                report.warning(r.at("region"), QStringLiteral("region %1 is not one of the regions of technique %2 (%3)")
                                                   .arg(quoted(s.region), quoted(t->id), t->regions.join(QStringLiteral(", "))));
            if (!t->pressure.contains(s.pressure))
                report.warning(r.at("pressure"), QStringLiteral("pressure %1 is outside the range of technique %2 (%3)")
                                                     .arg(quoted(pressureId(s.pressure)), quoted(t->id), pressureSetLabel(t->pressure)));
        }
    }
    if (auto image = r.text("image", Need::Optional, kLine)) {
        const PackDirectory::Resolved resolved = pack.resolveImage(*image);
        if (!resolved.error.isEmpty())
            report.error(r.at("image"), QStringLiteral("image %1 %2").arg(quoted(image->left(80)), resolved.error));
        else
            s.image = resolved.path;
    }
    if (report.errors() != before)
        return std::nullopt;
    return s;
}

std::optional<Routine> parseRoutine(const json& doc, const QString& relative, const QString& packId, FileReport& report,
                                    References& refs, const PackDirectory& pack)
{
    ObjectReader r(doc, JsonPath(), report,
                   {"id", "name", "summary", "description", "regions", "preparation", "safety", "steps", "featured"});
    if (!r.isObject())
        return std::nullopt;
    const int before = report.errors();
    Routine routine;
    const auto id = r.id("id", Need::Required);
    checkIdMatchesFile(r, id, relative);
    routine.id = id.value_or(QString());
    routine.name = r.text("name", Need::Required, kName).value_or(QString());
    routine.summary = r.text("summary", Need::Required, kLine).value_or(QString());
    routine.description = r.text("description", Need::Optional, kParagraphs).value_or(QString());
    routine.regions = r.idList("regions", Need::Required, 1).value_or(QStringList());
    routine.preparation = r.textList("preparation", Need::Required, 0, kItem).value_or(QStringList());
    routine.safety = r.text("safety", Need::Required, kParagraphs).value_or(QString());
    for (qsizetype i = 0; i < routine.regions.size(); ++i)
        refs.region(routine.regions[i], r.at("regions") / std::size_t(i));
    if (const std::optional<json> steps = r.get("steps", Need::Required)) {
        if (!steps->is_array() || steps->empty() || steps->size() > 200) {
            report.error(r.at("steps"), QStringLiteral("expected a list of 1 to 200 steps, got %1")
                                            .arg(steps->is_array() ? QStringLiteral("%1 steps").arg(steps->size()) : describe(*steps)));
        } else {
            routine.steps.reserve(qsizetype(steps->size()));
            std::size_t i = 0;
            for (const json step : *steps) {
                if (auto read = readStep(r, step, r.at("steps") / i, refs, pack))
                    routine.steps.append(std::move(*read));
                ++i;
            }
        }
    }
    warnDuplicates(report, r.at("regions"), routine.regions);
    if (const std::optional<json> featured = r.get("featured", Need::Optional)) {
        if (featured->is_boolean())
            routine.featured = featured->boolean();
        else
            report.error(r.at("featured"), QStringLiteral("expected true or false, got %1").arg(describe(*featured)));
    }
    if (report.errors() == before) {
        for (qsizetype i = 0; i < routine.steps.size(); ++i) {
            const QString& region = routine.steps[i].region;
            if (!routine.regions.contains(region))
                report.warning(r.at("steps") / std::size_t(i) / "region",
                               QStringLiteral("region %1 is worked by this step but missing from the routine's \"regions\"").arg(quoted(region)));
        }
    }
    routine.packId = packId;
    if (report.errors() != before)
        return std::nullopt;
    return routine;
}

// Loads one pack into `content`, appending its diagnostics.
class PackLoader
{
public:
    PackLoader(const PackLocation& location, Content& content, QList<Diagnostic>& diagnostics)
        : m_location(location), m_dir(location.root), m_content(content), m_diagnostics(diagnostics)
    {
        m_display = location.displayRoot.isEmpty() ? location.root : location.displayRoot;
        while (m_display.size() > 1 && m_display.endsWith(QLatin1Char('/')))
            m_display.chop(1);
    }

    void load()
    {
        if (!m_dir.isValid()) {
            Diagnostic d;
            d.file = m_display;
            d.message = QStringLiteral("cannot load this pack: %1").arg(m_dir.error());
            m_diagnostics.append(d);
            return;
        }
        loadManifest();
        loadRegions();
        loadItems<Technique>(
            QStringLiteral("techniques"), QStringLiteral("technique"),
            [this](const json& doc, const QString& rel, FileReport& report, References& refs) {
                return parseTechnique(doc, rel, m_pack.id, report, refs);
            },
            [this](Technique&& t) { return m_content.setTechnique(std::move(t)); });
        loadItems<Routine>(
            QStringLiteral("routines"), QStringLiteral("routine"),
            [this](const json& doc, const QString& rel, FileReport& report, References& refs) {
                return parseRoutine(doc, rel, m_pack.id, report, refs, m_dir);
            },
            [this](Routine&& r) { return m_content.setRoutine(std::move(r)); });
    }

private:
    // A pack with the id of an earlier one is a newer copy of it: replacing its own items is
    // expected and not worth a note. Replacing another pack's item is.
    bool isOverride(const QString& replacedPackId) const
    {
        return !replacedPackId.isEmpty() && replacedPackId != m_pack.id;
    }

    QString displayFile(const QString& relative) const { return m_display + QLatin1Char('/') + relative; }

    // Reads and parses one file; returns false (with diagnostics in `out`) when it cannot be
    // used. Safe to call from several threads at once.
    bool parseFile(const QString& relative, bool required, QByteArray& bytes, JsonTree& tree, QList<Diagnostic>& out) const
    {
        return parseRead(relative, m_dir.read(relative), required, bytes, tree, out);
    }

    bool parseRead(const QString& relative, PackDirectory::ReadResult file, bool required, QByteArray& bytes, JsonTree& tree,
                   QList<Diagnostic>& out) const
    {
        if (!file.error.isEmpty()) {
            if (file.missing && !required)
                return false;
            FileReport report(displayFile(relative), {}, out);
            report.fileError(file.error);
            return false;
        }
        bytes = std::move(file.data);
        const std::string_view text(bytes.constData(), std::size_t(bytes.size()));
        if (std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; })) {
            FileReport report(displayFile(relative), text, out);
            report.errorAtOffset(0, QStringLiteral("the file is empty; it should hold one JSON object {…}"));
            return false;
        }
        const JsonTreeParse parsed = parseStrictJsonTree(text, tree);
        if (!parsed.ok) {
            FileReport report(displayFile(relative), text, out);
            report.errorAtOffset(parsed.errorOffset, parsed.error);
            return false;
        }
        return true;
    }

    void loadManifest()
    {
        m_pack.root = m_location.root;
        m_pack.displayRoot = m_display;
        m_pack.id = QFileInfo(m_location.root).fileName();
        QByteArray bytes;
        JsonTree tree;
        const QString relative = QStringLiteral("pack.json");
        if (parseFile(relative, true, bytes, tree, m_diagnostics)) {
            const json doc = tree.root();
            FileReport report(displayFile(relative), std::string_view(bytes.constData(), std::size_t(bytes.size())), m_diagnostics);
            ObjectReader r(doc, JsonPath(), report, {"format", "id", "name", "language", "version", "description", "license"});
            if (r.isObject()) {
                if (auto format = r.wholeNumber("format", Need::Required, 1, 1000000, QStringLiteral("a format version")); format && *format != 1)
                    report.error(r.at("format"), QStringLiteral("this pack needs format version %1; this Knead reads version 1").arg(*format));
                if (auto id = r.id("id", Need::Required))
                    m_pack.id = *id;
                m_pack.name = r.text("name", Need::Required, kName).value_or(m_pack.id);
                if (auto language = r.text("language", Need::Required, kName)) {
                    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
                    if (tag.match(*language).hasMatch())
                        m_pack.language = *language;
                    else
                        report.error(r.at("language"), QStringLiteral("expected a language tag such as \"en\" or \"en-GB\", got %1").arg(quoted(language->left(40))));
                }
                m_pack.version = r.text("version", Need::Optional, kName).value_or(QString());
                m_pack.description = r.text("description", Need::Optional, kParagraphs).value_or(QString());
                m_pack.license = r.text("license", Need::Optional, kName).value_or(QString());
            }
        }
        m_content.addPack(m_pack);
    }

    void loadRegions()
    {
        QByteArray bytes;
        JsonTree tree;
        const QString relative = QStringLiteral("regions.json");
        if (!parseFile(relative, false, bytes, tree, m_diagnostics))
            return;
        const json doc = tree.root();
        FileReport report(displayFile(relative), std::string_view(bytes.constData(), std::size_t(bytes.size())), m_diagnostics);
        ObjectReader file(doc, JsonPath(), report, {"regions"});
        const std::optional<json> list = file.get("regions", Need::Required);
        if (!list)
            return;
        if (!list->is_array()) {
            report.error(file.at("regions"), QStringLiteral("expected a list of regions, got %1").arg(describe(*list)));
            return;
        }
        QSet<QString> seen;
        for (std::size_t i = 0; i < list->size() && i < 1000; ++i) {
            const JsonPath p = file.at("regions") / i;
            ObjectReader r((*list)[i], p, report, {"id", "name", "figure", "shape", "description"});
            if (!r.isObject())
                continue;
            const int before = report.errors();
            Region region;
            region.id = r.id("id", Need::Required).value_or(QString());
            region.name = r.text("name", Need::Required, kName).value_or(QString());
            region.description = r.text("description", Need::Optional, kLine).value_or(QString());
            const auto figure = r.enumValue("figure", Need::Required, &figureFromId, kFigureChoices);
            region.figure = figure.value_or(Figure::Both);
            if (auto shape = r.id("shape", Need::Required)) {
                const BodyShapeInfo* info = findBodyShape(*shape);
                if (!info) {
                    QStringList names;
                    for (const BodyShapeInfo& s : bodyShapes())
                        names.append(s.id);
                    report.error(r.at("shape"), QStringLiteral("%1 is not a shape of the body map; use one of %2").arg(quoted(*shape), names.join(QStringLiteral(", "))));
                } else if (figure && !shapeSupportsFigure(*info, *figure)) {
                    report.error(r.at("figure"), QStringLiteral("the shape %1 is not drawn on the %2 figure").arg(quoted(*shape), figureId(*figure)));
                } else {
                    region.shape = *shape;
                }
            }
            if (report.errors() != before)
                continue;
            if (seen.contains(region.id)) {
                report.error(r.at("id"), QStringLiteral("region %1 is listed twice in this file").arg(quoted(region.id)));
                continue;
            }
            seen.insert(region.id);
            region.packId = m_pack.id;
            const QString replaced = m_content.setRegion(region);
            if (isOverride(replaced))
                report.note(r.at("id"), QStringLiteral("replaces the region of the same id from pack %1").arg(quoted(replaced)));
        }
        if (list->size() > 1000)
            report.error(file.at("regions"), QStringLiteral("lists more than 1000 regions"));
    }

    template<typename Item>
    struct FileOutcome
    {
        QList<Diagnostic> diagnostics;
        std::optional<Item> item;
    };

    // Loads the items of one folder. Reading, parsing and checking each file (references
    // included: see References) depend on nothing else, so large packs do that on all cores;
    // insertion follows in file order, so the result and its diagnostics never depend on timing.
    template<typename Item, typename Parse, typename Insert>
    void loadItems(const QString& folder, const QString& kind, Parse&& parse, Insert&& insert)
    {
        const PackDirectory::Folder listing = m_dir.jsonFolder(folder);
        const QStringList& files = listing.files();
        for (const QString& problem : listing.refused()) {
            Diagnostic d;
            d.file = m_display + QLatin1Char('/') + problem.section(QLatin1String(": "), 0, 0);
            d.message = QStringLiteral("not read: %1").arg(problem.section(QLatin1String(": "), 1));
            m_diagnostics.append(d);
        }
        std::vector<FileOutcome<Item>> outcomes(std::size_t(files.size()));
        const auto work = [&](std::size_t i) {
            FileOutcome<Item>& outcome = outcomes[i];
            // Each thread reuses one buffer and one tree, file after file.
            thread_local QByteArray bytes;
            thread_local JsonTree tree;
            if (!parseRead(files[qsizetype(i)], listing.read(qsizetype(i), std::move(bytes)), true, bytes, tree, outcome.diagnostics))
                return;
            FileReport report(displayFile(files[qsizetype(i)]), std::string_view(bytes.constData(), std::size_t(bytes.size())),
                              outcome.diagnostics);
            References refs(m_content, report);
            outcome.item = parse(tree.root(), files[qsizetype(i)], report, refs);
            // After an unusually large file, give its memory back: the loading thread may be
            // the GUI thread, which lives on.
            if (bytes.capacity() > 1024 * 1024 || tree.capacityBytes() > 4 * 1024 * 1024) {
                bytes = QByteArray();
                tree.release();
            }
        };
        runParallel(outcomes.size(), work);

        if constexpr (std::is_same_v<Item, Technique>)
            m_content.reserveMore(files.size(), 0);
        else
            m_content.reserveMore(0, files.size());

        for (std::size_t i = 0; i < outcomes.size(); ++i) {
            FileOutcome<Item>& outcome = outcomes[i];
            m_diagnostics += outcome.diagnostics;
            if (!outcome.item)
                continue;
            const QString replaced = insert(std::move(*outcome.item));
            if (isOverride(replaced)) {
                withReport(files[qsizetype(i)], [&](FileReport& report) {
                    report.note(JsonPath() / "id", QStringLiteral("replaces the %1 of the same id from pack %2").arg(kind, quoted(replaced)));
                });
            }
        }
    }

    // Runs work(0 … count-1) on the available cores; small jobs stay on this thread.
    template<typename Work>
    static void runParallel(std::size_t count, Work& work)
    {
        const std::size_t threads = std::min<std::size_t>(std::max(1, QThread::idealThreadCount()), 8);
        if (count < 64 || threads < 2) {
            for (std::size_t i = 0; i < count; ++i)
                work(i);
            return;
        }
        std::atomic<std::size_t> next{0};
        const auto drain = [&] {
            for (std::size_t i = next++; i < count; i = next++)
                work(i);
        };
        std::vector<std::thread> pool;
        pool.reserve(threads - 1);
        for (std::size_t t = 1; t < threads; ++t)
            pool.emplace_back(drain);
        drain();
        for (std::thread& thread : pool)
            thread.join();
    }

    // Reports a note found after parsing, placed in the file's text, which is read again: the
    // text is not kept for every file, and overrides are rare.
    template<typename Fn>
    void withReport(const QString& relative, Fn&& fn)
    {
        const PackDirectory::ReadResult file = m_dir.read(relative);
        FileReport report(displayFile(relative), std::string_view(file.data.constData(), std::size_t(file.data.size())), m_diagnostics);
        fn(report);
    }

    const PackLocation& m_location;
    PackDirectory m_dir;
    Content& m_content;
    QList<Diagnostic>& m_diagnostics;
    QString m_display;
    PackInfo m_pack;
};

} // namespace

LoadResult ContentLoader::load(const QList<PackLocation>& packs)
{
    LoadResult result;
    for (const PackLocation& location : packs)
        PackLoader(location, result.content, result.diagnostics).load();
    return result;
}

QList<PackLocation> ContentLoader::userPacks(const QString& packsRoot)
{
    QList<PackLocation> out;
    const QDir dir(packsRoot);
    if (!dir.exists())
        return out;
    const QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : names)
        out.append({dir.filePath(name), dir.filePath(name)});
    return out;
}

} // namespace knead
