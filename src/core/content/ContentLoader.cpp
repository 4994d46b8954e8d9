// SPDX-License-Identifier: MIT
#include "ContentLoader.h"

#include "BodyShapes.h"
#include "Identifiers.h"
#include "PackDirectory.h"
#include "StrictJson.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUrl>
#include <QVarLengthArray>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace knead {

namespace {

using json = DocumentJson; // content files' documents: see DocumentArena
using Severity = Diagnostic::Severity;

QString quoted(const QString& s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString text(const json& v)
{
    return qs(v.get_ref<const std::string&>());
}

// How a value reads in an error message: "got -5", "got text \"abc\"", "got a list".
QString describe(const json& value)
{
    switch (value.type()) {
    case json::value_t::null:
        return QStringLiteral("null");
    case json::value_t::boolean:
        return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    case json::value_t::number_integer:
        return QString::number(value.get<std::int64_t>());
    case json::value_t::number_unsigned:
        return QString::number(value.get<std::uint64_t>());
    case json::value_t::number_float: {
        // A whole number written with a decimal point keeps it: "45.0", never "45".
        const double d = value.get<double>();
        const QString number
            = std::floor(d) == d && std::abs(d) < 1e15 ? QString::number(d, 'f', 1) : QString::number(d, 'g', 10);
        return ContentLoader::tr("%1 (a number with a decimal point)").arg(number);
    }
    case json::value_t::string: {
        QString t = text(value);
        if (t.size() > 40)
            t = t.left(37) + QStringLiteral("...");
        return ContentLoader::tr("text %1").arg(quoted(t));
    }
    case json::value_t::array:
        return ContentLoader::tr("a list");
    case json::value_t::object:
        return ContentLoader::tr("an object");
    default:
        return ContentLoader::tr("something else");
    }
}

// "Did you mean …?" for an id that names nothing.
QString didYouMean(const QString& wanted, const QStringList& known)
{
    const QStringList closest = closestIds(wanted, known, 3, std::max(2, int(wanted.size()) / 3));
    if (closest.isEmpty())
        return {};
    return QLatin1Char(' ') + ContentLoader::tr("Did you mean %1?").arg(closest.join(QStringLiteral(", ")));
}

// The number a person meant when they wrote one as text, with or without a unit of time:
// "90", "90s", "90 seconds", "2 min", "1:30" (as seconds; minutes and hours converted).
std::optional<qint64> numberInText(const QString& text)
{
    static const QRegularExpression clock(QStringLiteral("^\\s*(\\d{1,3}):([0-5]\\d)\\s*$"));
    static const QRegularExpression unit(
        QStringLiteral("^\\s*(\\d{1,6}(?:[.,]\\d+)?)\\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)?\\.?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = clock.match(text); m.hasMatch())
        return m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong();
    const QRegularExpressionMatch m = unit.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double number = m.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    const QString u = m.captured(2).toLower();
    const double value = number * (u.startsWith(QLatin1Char('h')) ? 3600 : u.startsWith(QLatin1Char('m')) ? 60 : 1);
    if (std::floor(value) != value)
        return std::nullopt;
    return qint64(value);
}

// Collects the diagnostics of one file. Positions are computed only when a diagnostic is
// actually reported, from the file's text.
class FileReport
{
public:
    FileReport(QString file, std::string_view text, QList<Diagnostic>& out)
        : m_file(std::move(file))
        , m_text(text)
        , m_out(out)
    { }
    FileReport(const FileReport&) = delete;
    FileReport& operator=(const FileReport&) = delete;

    ~FileReport()
    {
        if (m_dropped > 0)
            m_out.append({Severity::Note, m_file, 1, 1, QString(),
                ContentLoader::tr("… and %n more problem(s) in this file", nullptr, m_dropped)});
    }

    void add(Severity severity, const JsonPath& path, const QString& message)
    {
        if (m_listed >= kMaxListed) {
            count(severity);
            ++m_dropped;
            return;
        }
        const std::size_t offset = m_text.empty() ? 0 : locateJsonPath(m_text, path).value_or(0);
        const TextPosition pos = textPositionAt(m_text, offset);
        push({severity, m_file, pos.line, pos.column, path.toString(), message});
    }
    void error(const JsonPath& path, const QString& message) { add(Severity::Error, path, message); }
    void warning(const JsonPath& path, const QString& message) { add(Severity::Warning, path, message); }
    void note(const JsonPath& path, const QString& message) { add(Severity::Note, path, message); }

    // A problem of the file as a whole, or of its syntax, placed at `offset`.
    void errorAtOffset(std::size_t offset, const QString& message)
    {
        const TextPosition pos = textPositionAt(m_text, offset);
        push({Severity::Error, m_file, pos.line, pos.column, QString(), message});
    }

    int errors() const { return m_errors; }

    // Past this many, problems are counted but not listed: a broken file can hold thousands,
    // and each listed one costs a pass over the text to find its line.
    static constexpr int kMaxListed = 40;

private:
    void count(Severity severity)
    {
        if (severity == Severity::Error)
            ++m_errors;
    }
    void push(Diagnostic&& d)
    {
        count(d.severity);
        ++m_listed;
        m_out.append(std::move(d));
    }

    QString m_file;
    std::string_view m_text;
    QList<Diagnostic>& m_out;
    int m_errors = 0;
    int m_listed = 0;
    int m_dropped = 0;
};

enum class Need { Required, Optional };

// The longest text a field may hold, in characters (documented in FORMAT.md).
struct TextRule
{
    int maxChars = 2000;
    bool multiline = false;
};

constexpr TextRule kName {80, false}; // names, step titles
constexpr TextRule kLine {400, false}; // summaries, sources, region descriptions
constexpr TextRule kItem {1000, false}; // instructions, list items
constexpr TextRule kSpoken {120, false}; // cues
constexpr TextRule kParagraphs {20000, true}; // descriptions, safety notes
constexpr int kMaxListItems = 100; // aliases, how-to, preparation, cautions, …
constexpr int kMaxSteps = 200;
constexpr int kMaxCuesPerStep = 20;

// Reads the fields of one JSON object, reporting every problem against its path.
class ObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    // `known` lists the fields this object may have; each field is looked up once, here.
    ObjectReader(const json& value, JsonPath path, FileReport& report, std::initializer_list<std::string_view> known)
        : m_path(path)
        , m_report(report)
    {
        if (!value.is_object()) {
            m_report.error(m_path, tr("expected an object {…}, got %1").arg(describe(value)));
            return;
        }
        m_isObject = true;
        for (std::string_view k : known)
            m_fields.append({k, nullptr});
        for (auto it = value.begin(); it != value.end(); ++it) {
            const std::string& key = it.key();
            const auto field = std::find_if(
                m_fields.begin(), m_fields.end(), [&](const Field& f) { return f.key == std::string_view(key); });
            if (field != m_fields.end()) {
                field->value = &it.value();
                continue;
            }
            QStringList names;
            for (std::string_view k : known)
                names.append(qs(k));
            m_report.warning(
                m_path / key, tr("unknown field %1 is ignored.").arg(quoted(qs(key))) + didYouMean(qs(key), names));
        }
    }

    bool isObject() const { return m_isObject; }
    JsonPath at(std::string_view key) const { return m_path / key; }
    FileReport& report() { return m_report; }

    const json* get(std::string_view key, Need need)
    {
        if (!m_isObject)
            return nullptr;
        const auto field
            = std::find_if(m_fields.cbegin(), m_fields.cend(), [&](const Field& f) { return f.key == key; });
        Q_ASSERT(field != m_fields.cend()); // every field read is one of the known fields
        if (field == m_fields.cend() || !field->value) {
            if (need == Need::Required)
                m_report.error(m_path, tr("missing required field %1").arg(quoted(qs(key))));
            return nullptr;
        }
        return field->value;
    }

    std::optional<QString> text(std::string_view key, Need need, TextRule rule)
    {
        const json* v = get(key, need);
        return v ? readText(*v, at(key), rule) : std::nullopt;
    }

    std::optional<QString> id(std::string_view key, Need need)
    {
        const json* v = get(key, need);
        return v ? readId(*v, at(key)) : std::nullopt;
    }

    std::optional<QStringList> textList(std::string_view key, Need need, int minItems, TextRule rule)
    {
        const json* v = get(key, need);
        if (!v)
            return std::nullopt;
        return readList(
            *v, at(key), minItems, [&](const json& item, const JsonPath& p) { return readText(item, p, rule); });
    }

    std::optional<QStringList> idList(std::string_view key, Need need, int minItems)
    {
        const json* v = get(key, need);
        if (!v)
            return std::nullopt;
        return readList(*v, at(key), minItems, [&](const json& item, const JsonPath& p) { return readId(item, p); });
    }

    // `what` is the untranslated name of the value (QT_TRANSLATE_NOOP), translated only for a
    // message: most numbers are right, and a translation costs a look-up.
    std::optional<qint64> wholeNumber(std::string_view key, Need need, qint64 min, qint64 max, const char* what)
    {
        const json* v = get(key, need);
        return v ? readWholeNumber(*v, at(key), min, max, what) : std::nullopt;
    }

    std::optional<double> number(std::string_view key, Need need, double min, double max)
    {
        const json* v = get(key, need);
        if (!v)
            return std::nullopt;
        if (!v->is_number() || !(v->get<double>() >= min && v->get<double>() <= max)) {
            m_report.error(at(key), tr("expected a number from %1 to %2, got %3").arg(min).arg(max).arg(describe(*v)));
            return std::nullopt;
        }
        return v->get<double>();
    }

    std::optional<bool> boolean(std::string_view key, Need need)
    {
        const json* v = get(key, need);
        if (!v)
            return std::nullopt;
        if (!v->is_boolean()) {
            m_report.error(at(key), tr("expected true or false, got %1").arg(describe(*v)));
            return std::nullopt;
        }
        return v->get<bool>();
    }

    template<typename Enum>
    std::optional<Enum> enumValue(
        std::string_view key, Need need, std::optional<Enum> (*parse)(QStringView), QString (*choices)())
    {
        const json* v = get(key, need);
        return v ? readEnum(*v, at(key), parse, choices) : std::nullopt;
    }

    // Generic readers, usable on list items too.
    std::optional<QString> readText(const json& v, const JsonPath& p, TextRule rule)
    {
        if (!v.is_string()) {
            m_report.error(p, tr("expected text in double quotes, got %1").arg(describe(v)));
            return std::nullopt;
        }
        // Control characters are ASCII, so the UTF-8 bytes are checked before any conversion.
        const std::string& bytes = v.get_ref<const std::string&>();
        const auto control = std::find_if(bytes.cbegin(), bytes.cend(), [&](char b) {
            const auto u = static_cast<unsigned char>(b);
            return (u < 0x20 || u == 0x7F) && !(rule.multiline && (b == '\n' || b == '\t'));
        });
        const QString value = knead::qs(bytes);
        if (std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace(); })) {
            m_report.error(p, tr("must not be empty"));
            return std::nullopt;
        }
        if (value.size() > rule.maxChars) {
            m_report.error(p,
                tr("is %1 characters long; at most %2 are allowed here (%3 too many)")
                    .arg(value.size())
                    .arg(rule.maxChars)
                    .arg(value.size() - rule.maxChars));
            return std::nullopt;
        }
        if (control != bytes.cend()) {
            const auto c = static_cast<unsigned char>(*control);
            m_report.error(p,
                c == 0 ? tr("contains a NUL character (U+0000)")
                       : tr("contains the control character U+%1; only descriptions may hold line breaks (\\n)")
                             .arg(c, 4, 16, QLatin1Char('0')));
            return std::nullopt;
        }
        return value;
    }

    std::optional<QString> readId(const json& v, const JsonPath& p)
    {
        if (!v.is_string()) {
            m_report.error(
                p, tr("expected an id (lowercase-kebab text such as \"neck-release\"), got %1").arg(describe(v)));
            return std::nullopt;
        }
        const QString value = knead::qs(v.get_ref<const std::string&>());
        if (!isKebabId(value)) {
            m_report.error(p,
                tr("%1 is not a valid id: use lowercase letters, digits and single hyphens, "
                   "starting with a letter, at most 64 characters")
                    .arg(quoted(value.left(80))));
            return std::nullopt;
        }
        return value;
    }

    std::optional<qint64> readWholeNumber(const json& v, const JsonPath& p, qint64 min, qint64 max, const char* what)
    {
        const auto fail = [&] {
            // "10" or "10s" in quotes: say what to write instead.
            if (const auto meant
                = v.is_string() ? numberInText(knead::qs(v.get_ref<const std::string&>())) : std::nullopt) {
                m_report.error(p,
                    tr("write %1 as a plain number, without quotes or a unit: %2 instead of %3 (from %4 to %5)")
                        .arg(tr(what))
                        .arg(*meant)
                        .arg(quoted(knead::qs(v.get_ref<const std::string&>()).left(40)))
                        .arg(min)
                        .arg(max));
                return std::nullopt;
            }
            m_report.error(p,
                tr("expected %1 from %2 to %3 (a whole number, no decimal point), got %4")
                    .arg(tr(what))
                    .arg(min)
                    .arg(max)
                    .arg(describe(v)));
            return std::nullopt;
        };
        // Range-checked in the value's own type: converting an out-of-range double to an
        // integer is undefined behaviour.
        if (v.is_number_unsigned()) {
            const std::uint64_t u = v.get<std::uint64_t>();
            if (u > std::uint64_t(std::numeric_limits<qint64>::max()) || qint64(u) < min || qint64(u) > max)
                return fail();
            return qint64(u);
        }
        if (v.is_number_integer()) {
            const std::int64_t i = v.get<std::int64_t>();
            if (i < min || i > max)
                return fail();
            return qint64(i);
        }
        return fail();
    }

    template<typename Enum>
    std::optional<Enum> readEnum(
        const json& v, const JsonPath& p, std::optional<Enum> (*parse)(QStringView), QString (*choices)())
    {
        if (v.is_string()) {
            if (auto e = parse(knead::qs(v.get_ref<const std::string&>())))
                return e;
        }
        m_report.error(p, tr("expected one of %1, got %2").arg(choices(), describe(v)));
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
            m_report.error(p, tr("must list at least %n item(s)", nullptr, minItems));
            return std::nullopt;
        }
        if (v.size() > std::size_t(kMaxListItems)) {
            m_report.error(p, tr("lists %1 items; at most %2 are allowed").arg(v.size()).arg(kMaxListItems));
            return std::nullopt;
        }
        QStringList out;
        out.reserve(qsizetype(v.size()));
        bool ok = true;
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (auto item = readItem(v[i], p / i))
                out.append(std::move(*item));
            else
                ok = false;
        }
        return ok ? std::optional<QStringList>(out) : std::nullopt;
    }

private:
    struct Field
    {
        std::string_view key;
        const json* value = nullptr; // null when the object does not have it
    };

    JsonPath m_path;
    FileReport& m_report;
    bool m_isObject = false;
    QVarLengthArray<Field, 16> m_fields;
};

QString figureChoices()
{
    return ContentLoader::tr("front, back or both");
}
QString sideChoices()
{
    return ContentLoader::tr("left, right, both or none");
}
QString pressureChoices()
{
    return ContentLoader::tr("light, medium or firm");
}
QString patternChoices()
{
    return ContentLoader::tr("circles, strokes or hold");
}

// Checks references to other items as they are read, against what is already loaded: earlier
// packs, and this pack's regions (loaded before techniques) and techniques (loaded before
// routines). Items of one folder never refer to each other, so the content does not change
// while a folder's files are read in parallel. A reference that does not resolve is an error
// of the item, reported where it is written, with the closest ids.
class References
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    References(const Content& content, FileReport& report)
        : m_content(content)
        , m_report(report)
    { }

    const Content& content() const { return m_content; }

    const Technique* technique(const QString& id, const JsonPath& path)
    {
        const Technique* t = m_content.technique(id);
        if (!t) {
            QStringList ids;
            for (const Technique& known : m_content.techniques())
                ids.append(known.id);
            m_report.error(
                path, tr("no technique has the id %1 (or it has errors).").arg(quoted(id)) + didYouMean(id, ids));
        }
        return t;
    }

    // `figure`: the region must be drawn on that figure (for a motion guide).
    const Region* region(const QString& id, const JsonPath& path, std::optional<Figure> figure = std::nullopt)
    {
        const Region* region = m_content.region(id);
        if (!region) {
            QStringList ids;
            for (const Region& known : m_content.regions())
                ids.append(known.id);
            m_report.error(
                path, tr("no region has the id %1 (or it has errors).").arg(quoted(id)) + didYouMean(id, ids));
            return nullptr;
        }
        if (figure && region->figure != Figure::Both && region->figure != *figure) {
            m_report.error(path, tr("region %1 is not drawn on the %2 figure").arg(quoted(id), figureId(*figure)));
            return nullptr;
        }
        return region;
    }

private:
    const Content& m_content;
    FileReport& m_report;
};

// Warns about ids listed more than once in a list of ids.
void warnDuplicates(FileReport& report, const JsonPath& listPath, const QStringList& ids)
{
    for (qsizetype i = 1; i < ids.size(); ++i) {
        if (ids.indexOf(ids[i]) < i)
            report.warning(listPath / std::size_t(i), ContentLoader::tr("%1 is listed twice").arg(quoted(ids[i])));
    }
}

// Cautions and red flags: each item is text, or {"text", "regions"} when it concerns only
// some body regions.
std::optional<QList<Guidance>> readGuidance(ObjectReader& r, std::string_view key, References& refs)
{
    const json* v = r.get(key, Need::Required);
    if (!v)
        return std::nullopt;
    const JsonPath listPath = r.at(key);
    if (!v->is_array() || v->empty() || v->size() > std::size_t(kMaxListItems)) {
        r.report().error(listPath,
            ContentLoader::tr("expected a list of 1 to %1 items (text, or {\"text\", \"regions\"}), got %2")
                .arg(kMaxListItems)
                .arg(v->is_array() ? ContentLoader::tr("%n item(s)", nullptr, int(v->size())) : describe(*v)));
        return std::nullopt;
    }
    QList<Guidance> out;
    bool ok = true;
    for (std::size_t i = 0; i < v->size(); ++i) {
        const json& item = (*v)[i];
        const JsonPath p = listPath / i;
        Guidance g;
        if (item.is_string()) {
            auto t = r.readText(item, p, kItem);
            ok = ok && t;
            g.text = t.value_or(QString());
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
            ok = ok && o.report().errors() == before;
        }
        out.append(std::move(g));
    }
    return ok ? std::optional<QList<Guidance>>(out) : std::nullopt;
}

std::optional<PressureSet> readPressureSet(ObjectReader& r, std::string_view key)
{
    const json* v = r.get(key, Need::Required);
    if (!v)
        return std::nullopt;
    if (!v->is_array()) {
        if (auto p = r.readEnum(*v, r.at(key), &pressureFromId, &pressureChoices))
            return PressureSet(*p);
        return std::nullopt;
    }
    if (v->empty() || v->size() > 3) {
        r.report().error(
            r.at(key), ContentLoader::tr("must list one to three pressure levels (%1)").arg(pressureChoices()));
        return std::nullopt;
    }
    PressureSet set;
    bool ok = true;
    for (std::size_t i = 0; i < v->size(); ++i) {
        if (auto p = r.readEnum((*v)[i], r.at(key) / i, &pressureFromId, &pressureChoices))
            set.add(*p);
        else
            ok = false;
    }
    return ok ? std::optional<PressureSet>(set) : std::nullopt;
}

std::optional<QStringList> readTools(ObjectReader& r, std::string_view key, Need need)
{
    auto tools = r.idList(key, need, need == Need::Required ? 1 : 0);
    if (tools) {
        for (qsizetype i = 0; i < tools->size(); ++i) {
            if (!isKnownTool(tools->at(i)))
                r.report().warning(r.at(key) / std::size_t(i),
                    ContentLoader::tr("%1 is not a known tool; it is shown as written.").arg(quoted(tools->at(i)))
                        + didYouMean(tools->at(i), knownToolIds()));
        }
    }
    return tools;
}

// Checks that an item's id matches its file name, as the format requires.
void checkIdMatchesFile(ObjectReader& r, const std::optional<QString>& id, const QString& fileName)
{
    const QFileInfo file(fileName);
    if (id && *id != file.completeBaseName())
        r.report().error(r.at("id"),
            ContentLoader::tr("id %1 does not match the file name %2; name the file %3.json")
                .arg(quoted(*id), quoted(file.fileName()), *id));
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
            r.report().error(
                r.at("url"), ContentLoader::tr("expected an https:// address, got %1").arg(quoted(url->left(80))));
        else
            s.url = *url;
    }
    if (r.report().errors() != before)
        return std::nullopt;
    return s;
}

std::optional<Technique> parseTechnique(
    const json& doc, const QString& fileName, const QString& packId, FileReport& report, References& refs)
{
    ObjectReader r(doc, JsonPath(), report,
        {"id", "name", "aliases", "summary", "description", "how_it_helps", "how_to", "pressure", "tools", "regions",
            "cautions", "red_flags", "sources"});
    if (!r.isObject())
        return std::nullopt;
    const int before = report.errors();
    Technique t;
    const auto id = r.id("id", Need::Required);
    checkIdMatchesFile(r, id, fileName);
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
    if (const json* sources = r.get("sources", Need::Required)) {
        if (!sources->is_array() || sources->empty() || sources->size() > std::size_t(kMaxListItems)) {
            report.error(r.at("sources"),
                ContentLoader::tr("expected a list of 1 to %1 sources {\"title\", \"publisher\", \"url\"}, got %2")
                    .arg(kMaxListItems)
                    .arg(describe(*sources)));
        } else {
            for (std::size_t i = 0; i < sources->size(); ++i) {
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

std::optional<Motion> readMotion(
    ObjectReader& step, const JsonPath& p, const json& v, References& refs, const QString& region)
{
    ObjectReader r(v, p, step.report(), {"pattern", "points", "figure", "period"});
    if (!r.isObject())
        return std::nullopt;
    const int before = r.report().errors();
    Motion m;
    if (auto pattern = r.enumValue("pattern", Need::Required, &motionPatternFromId, &patternChoices))
        m.pattern = *pattern;
    m.periodSeconds = Motion::defaultPeriod(m.pattern);
    if (const json* points = r.get("points", Need::Optional)) {
        if (!points->is_array() || points->size() > 32) {
            r.report().error(r.at("points"),
                ContentLoader::tr("expected a list of up to 32 points [x, y], got %1").arg(describe(*points)));
        } else {
            for (std::size_t i = 0; i < points->size(); ++i) {
                const json& pt = (*points)[i];
                const auto coordinate
                    = [](const json& c) { return c.is_number() && c.get<double>() >= 0.0 && c.get<double>() <= 1.0; };
                if (!pt.is_array() || pt.size() != 2 || !coordinate(pt[0]) || !coordinate(pt[1])) {
                    r.report().error(r.at("points") / i,
                        ContentLoader::tr("expected a point [x, y] with both numbers from 0 to 1, got %1")
                            .arg(describe(pt)));
                    continue;
                }
                m.points.append(QPointF(pt[0].get<double>(), pt[1].get<double>()));
            }
        }
    }
    if (m.pattern == MotionPattern::Strokes && r.report().errors() == before && m.points.size() == 1)
        r.report().error(r.at("points"), ContentLoader::tr("a stroke needs at least two points to glide between"));
    if (auto figure
        = r.enumValue("figure", Need::Optional, &figureFromId, [] { return ContentLoader::tr("front or back"); })) {
        if (*figure == Figure::Both) {
            r.report().error(r.at("figure"), ContentLoader::tr("expected one of front or back, got \"both\""));
        } else {
            m.figure = *figure;
            if (!region.isEmpty())
                refs.region(region, r.at("figure"), figure);
        }
    }
    if (auto period = r.number("period", Need::Optional, 0.5, 60.0))
        m.periodSeconds = *period;
    if (r.report().errors() != before)
        return std::nullopt;
    return m;
}

void readCues(ObjectReader& r, Step& s)
{
    FileReport& report = r.report();
    const json* cues = r.get("cues", Need::Optional);
    if (!cues)
        return;
    if (!cues->is_array() || cues->size() > std::size_t(kMaxCuesPerStep)) {
        report.error(r.at("cues"),
            ContentLoader::tr("expected a list of up to %1 cues {\"at\", \"say\"}, got %2")
                .arg(kMaxCuesPerStep)
                .arg(describe(*cues)));
        return;
    }
    if (!cues->empty() && s.durationSeconds == 0) {
        report.error(r.at("cues"), ContentLoader::tr("an untimed step cannot have cues; give it a duration"));
        return;
    }
    QSet<int> seen;
    for (std::size_t i = 0; i < cues->size(); ++i) {
        ObjectReader c((*cues)[i], r.at("cues") / i, report, {"at", "say"});
        if (!c.isObject())
            continue;
        const qint64 last = std::max(1, s.durationSeconds - 1);
        const auto at = c.wholeNumber(
            "at", Need::Required, 1, last, QT_TRANSLATE_NOOP("ContentLoader", "whole seconds into the step"));
        const auto say = c.text("say", Need::Required, kSpoken);
        if (at && seen.contains(int(*at))) {
            report.error(c.at("at"), ContentLoader::tr("another cue is already at second %1").arg(*at));
            continue;
        }
        if (at && say) {
            seen.insert(int(*at));
            s.cues.append(Cue {int(*at), *say});
        }
    }
    std::sort(s.cues.begin(), s.cues.end(), [](const Cue& a, const Cue& b) { return a.atSeconds < b.atSeconds; });
}

std::optional<Step> readStep(
    ObjectReader& routine, const json& v, const JsonPath& p, References& refs, const PackDirectory* pack)
{
    ObjectReader r(v, p, routine.report(),
        {"title", "instruction", "duration", "technique", "region", "side", "pressure", "tools", "motion", "cues",
            "rest", "image"});
    if (!r.isObject())
        return std::nullopt;
    FileReport& report = r.report();
    const int before = report.errors();
    Step s;
    s.title = r.text("title", Need::Required, kName).value_or(QString());
    s.instruction = r.text("instruction", Need::Required, kItem).value_or(QString());
    bool durationValid = false;
    if (const json* duration = r.get("duration", Need::Required)) {
        if (duration->is_string() && duration->get_ref<const std::string&>() == "untimed") {
            durationValid = true;
        } else if (const QString written
                   = duration->is_string() ? qs(duration->get_ref<const std::string&>()) : QString();
                   duration->is_string() && numberInText(written)) {
            report.error(r.at("duration"),
                ContentLoader::tr("write the seconds as a plain number, without quotes or a unit: \"duration\": %1 "
                                  "instead of %2 (whole seconds from 1 to 3600, or \"untimed\")")
                    .arg(*numberInText(written))
                    .arg(quoted(written.left(40))));
        } else if (duration->is_string()) {
            report.error(r.at("duration"),
                ContentLoader::tr(
                    "expected whole seconds from 1 to 3600 (a plain number, no units) or \"untimed\", got %1")
                    .arg(describe(*duration)));
        } else {
            s.durationSeconds = int(r.readWholeNumber(*duration, r.at("duration"), 1, 3600,
                                         QT_TRANSLATE_NOOP("ContentLoader", "whole seconds"))
                                        .value_or(0));
            durationValid = s.durationSeconds > 0;
        }
    }
    const Technique* technique = nullptr;
    if (auto id = r.id("technique", Need::Required)) {
        technique = refs.technique(*id, r.at("technique"));
        // Resolved ids share the item's own text, so thousands of steps hold one copy.
        s.technique = technique ? technique->id : *id;
    }
    // A still step (a pause, hands at rest) may name no region: nothing is highlighted.
    if (auto id = r.id("region", Need::Optional)) {
        const Region* region = refs.region(*id, r.at("region"));
        s.region = region ? region->id : *id;
    }
    s.side = r.enumValue("side", Need::Required, &sideFromId, &sideChoices).value_or(Side::None);
    s.pressure = r.enumValue("pressure", Need::Required, &pressureFromId, &pressureChoices).value_or(Pressure::Medium);
    s.tools = readTools(r, "tools", Need::Optional).value_or(QStringList());
    if (const json* motion = r.get("motion", Need::Optional)) {
        if (s.region.isEmpty() && !r.get("region", Need::Optional))
            report.error(
                r.at("motion"), ContentLoader::tr("a motion is drawn on a region: give the step a \"region\""));
        else
            s.motion = readMotion(r, r.at("motion"), *motion, refs, s.region);
    }
    if (durationValid) // cue times cannot be checked against a duration that is itself wrong
        readCues(r, s);
    s.restSeconds
        = int(r.wholeNumber("rest", Need::Optional, 1, 600, QT_TRANSLATE_NOOP("ContentLoader", "whole seconds of rest"))
                  .value_or(0));
    if (auto image = r.text("image", Need::Optional, kLine)) {
        const PackDirectory::Resolved resolved = pack
            ? pack->resolveImage(*image)
            : PackDirectory::Resolved {QString(), ContentLoader::tr("cannot be checked outside a pack")};
        if (!resolved.error.isEmpty())
            report.error(r.at("image"), ContentLoader::tr("image %1 %2").arg(quoted(image->left(80)), resolved.error));
        else
            s.image = resolved.path;
    }
    // Consistency with the technique the step uses: worth a look, not a reason to refuse.
    if (report.errors() == before && technique) {
        if (!s.region.isEmpty() && !technique->regions.contains(s.region))
            report.warning(r.at("region"),
                ContentLoader::tr("region %1 is not one of the regions of technique %2 (%3)")
                    .arg(quoted(s.region), quoted(technique->id), technique->regions.join(QStringLiteral(", "))));
        if (!technique->pressure.contains(s.pressure))
            report.warning(r.at("pressure"),
                ContentLoader::tr("pressure %1 is outside the range of technique %2 (%3)")
                    .arg(quoted(pressureId(s.pressure)), quoted(technique->id), pressureSetIds(technique->pressure)));
    }
    if (report.errors() != before)
        return std::nullopt;
    return s;
}

std::optional<Routine> parseRoutine(const json& doc, const QString& fileName, const QString& packId, FileReport& report,
    References& refs, const PackDirectory* pack)
{
    ObjectReader r(doc, JsonPath(), report,
        {"id", "name", "summary", "description", "regions", "preparation", "safety", "steps", "featured"});
    if (!r.isObject())
        return std::nullopt;
    const int before = report.errors();
    Routine routine;
    const auto id = r.id("id", Need::Required);
    checkIdMatchesFile(r, id, fileName);
    routine.id = id.value_or(QString());
    routine.name = r.text("name", Need::Required, kName).value_or(QString());
    routine.summary = r.text("summary", Need::Required, kLine).value_or(QString());
    routine.description = r.text("description", Need::Optional, kParagraphs).value_or(QString());
    routine.regions = r.idList("regions", Need::Required, 1).value_or(QStringList());
    routine.preparation = r.textList("preparation", Need::Required, 0, kItem).value_or(QStringList());
    routine.safety = r.text("safety", Need::Required, kParagraphs).value_or(QString());
    routine.featured = r.boolean("featured", Need::Optional).value_or(false);
    for (qsizetype i = 0; i < routine.regions.size(); ++i)
        refs.region(routine.regions[i], r.at("regions") / std::size_t(i));
    warnDuplicates(report, r.at("regions"), routine.regions);
    if (const json* steps = r.get("steps", Need::Required)) {
        if (!steps->is_array() || steps->empty() || steps->size() > std::size_t(kMaxSteps)) {
            report.error(r.at("steps"),
                ContentLoader::tr("expected a list of 1 to %1 steps, got %2")
                    .arg(kMaxSteps)
                    .arg(steps->is_array() ? ContentLoader::tr("%n step(s)", nullptr, int(steps->size()))
                                           : describe(*steps)));
        } else {
            routine.steps.reserve(qsizetype(steps->size()));
            for (std::size_t i = 0; i < steps->size(); ++i) {
                if (auto step = readStep(r, (*steps)[i], r.at("steps") / i, refs, pack))
                    routine.steps.append(std::move(*step));
            }
        }
    }
    if (report.errors() == before) {
        for (qsizetype i = 0; i < routine.steps.size(); ++i) {
            const QString& region = routine.steps[i].region;
            if (!region.isEmpty() && !routine.regions.contains(region))
                report.warning(r.at("steps") / std::size_t(i) / "region",
                    ContentLoader::tr("region %1 is worked by this step but missing from the routine's \"regions\"")
                        .arg(quoted(region)));
        }
    }
    routine.packId = packId;
    if (report.errors() != before)
        return std::nullopt;
    return routine;
}

// The threads that read a large pack's files. Not the global pool: the loading thread waits
// for each file in turn, and it may itself be a thread of the global pool (ContentStore loads
// there), which would leave no thread to read them when that pool is full, or has one thread.
QThreadPool& readingPool()
{
    static QThreadPool pool;
    return pool;
}

// One file read and parsed: its text (for placing diagnostics) and document, or the
// diagnostics that say why it cannot be used.
struct ParsedFile
{
    QByteArray bytes;
    json document;
    bool ok = false;

    std::string_view text() const { return {bytes.constData(), std::size_t(bytes.size())}; }
};

ParsedFile parseFile(const QString& displayFile, PackDirectory::ReadResult read, QList<Diagnostic>& out)
{
    ParsedFile file;
    if (!read.error.isEmpty()) {
        FileReport(displayFile, {}, out).errorAtOffset(0, read.error);
        return file;
    }
    file.bytes = std::move(read.data);
    auto parsed = parseStrictDocument(file.text());
    if (!parsed.ok) {
        FileReport(displayFile, file.text(), out).errorAtOffset(parsed.errorOffset, parsed.error);
        return file;
    }
    file.document = std::move(parsed.value);
    file.ok = true;
    return file;
}

// Loads one pack into `content`, appending its diagnostics.
class PackLoader
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    PackLoader(
        const PackLocation& location, const LoadOptions& options, Content& content, QList<Diagnostic>& diagnostics)
        : m_location(location)
        , m_options(options)
        , m_dir(location.root)
        , m_content(content)
        , m_diagnostics(diagnostics)
    {
        m_display = location.displayRoot.isEmpty() ? location.root : location.displayRoot;
        while (m_display.size() > 1 && m_display.endsWith(QLatin1Char('/')))
            m_display.chop(1);
    }

    void load()
    {
        if (!m_dir.isValid()) {
            m_diagnostics.append(
                {Severity::Error, m_display, 1, 1, QString(), tr("cannot load this pack: %1").arg(m_dir.error())});
            return;
        }
        if (!loadManifest())
            return;
        loadRegions();
        // The routines are listed while the techniques are read.
        Listing routines;
        loadItems<Technique>(
            list(QStringLiteral("techniques")),
            [this](const Content& settled, const ParsedFile& f, const QString& name, FileReport& report) {
                References refs(settled, report);
                return parseTechnique(f.document, name, m_pack.id, report, refs);
            },
            [&] { routines = list(QStringLiteral("routines")); });
        loadItems<Routine>(
            routines,
            [this](const Content& settled, const ParsedFile& f, const QString& name, FileReport& report) {
                References refs(settled, report);
                return parseRoutine(f.document, name, m_pack.id, report, refs, &m_dir);
            },
            [] {});
        loadTranslations();
    }

private:
    QString displayFile(const QString& relative) const { return m_display + QLatin1Char('/') + relative; }

    // False when the pack must not load at all (its id is taken by another pack).
    bool loadManifest()
    {
        m_pack.root = m_location.root;
        m_pack.displayRoot = m_display;
        m_pack.id = QFileInfo(m_location.root).fileName();
        const QString relative = QStringLiteral("pack.json");
        const ParsedFile file = parseFile(displayFile(relative), m_dir.read(relative), m_diagnostics);
        if (file.ok) {
            FileReport report(displayFile(relative), file.text(), m_diagnostics);
            ObjectReader r(file.document, JsonPath(), report,
                {"format", "id", "name", "language", "version", "description", "license"});
            if (r.isObject()) {
                if (auto format = r.wholeNumber(
                        "format", Need::Required, 1, 1000000, QT_TRANSLATE_NOOP("ContentLoader", "a format version"));
                    format && *format != 1)
                    report.error(r.at("format"),
                        tr("this pack needs format version %1; this Knead reads version 1").arg(*format));
                if (auto id = r.id("id", Need::Required))
                    m_pack.id = *id;
                m_pack.name = r.text("name", Need::Required, kName).value_or(m_pack.id);
                if (auto language = r.text("language", Need::Required, kName)) {
                    if (isLanguageTag(*language))
                        m_pack.language = *language;
                    else
                        report.error(r.at("language"),
                            tr("expected a language tag such as \"en\" or \"en-GB\", got %1")
                                .arg(quoted(language->left(40))));
                }
                m_pack.version = r.text("version", Need::Optional, kName).value_or(QString());
                m_pack.description = r.text("description", Need::Optional, kParagraphs).value_or(QString());
                m_pack.license = r.text("license", Need::Optional, kName).value_or(QString());
            }
            // Two packs with one id would merge silently; the second is refused instead.
            for (const PackInfo& other : m_content.packs()) {
                if (other.id == m_pack.id) {
                    report.error(r.at("id"),
                        tr("pack id %1 is already used by the pack at %2; this pack is not loaded. Give it an id of "
                           "its own")
                            .arg(quoted(m_pack.id), other.displayRoot));
                    return false;
                }
            }
        }
        m_content.addPack(m_pack);
        return true;
    }

    void loadRegions()
    {
        const QString relative = QStringLiteral("regions.json");
        const PackDirectory::ReadResult read = m_dir.read(relative);
        if (read.missing)
            return; // optional: a pack may use the regions of earlier packs
        const ParsedFile file = parseFile(displayFile(relative), read, m_diagnostics);
        if (!file.ok)
            return;
        FileReport report(displayFile(relative), file.text(), m_diagnostics);
        ObjectReader top(file.document, JsonPath(), report, {"regions"});
        const json* list = top.get("regions", Need::Required);
        if (!list)
            return;
        if (!list->is_array() || list->size() > 1000) {
            report.error(top.at("regions"), tr("expected a list of up to 1000 regions, got %1").arg(describe(*list)));
            return;
        }
        QSet<QString> seen;
        QStringList shapes;
        for (const BodyShapeInfo& s : bodyShapes())
            shapes.append(s.id);
        for (std::size_t i = 0; i < list->size(); ++i) {
            ObjectReader r((*list)[i], top.at("regions") / i, report, {"id", "name", "figure", "shape", "description"});
            if (!r.isObject())
                continue;
            const int before = report.errors();
            Region region;
            region.id = r.id("id", Need::Required).value_or(QString());
            region.name = r.text("name", Need::Required, kName).value_or(QString());
            region.description = r.text("description", Need::Optional, kLine).value_or(QString());
            const auto figure = r.enumValue("figure", Need::Required, &figureFromId, &figureChoices);
            region.figure = figure.value_or(Figure::Both);
            if (auto shape = r.id("shape", Need::Required)) {
                const BodyShapeInfo* info = findBodyShape(*shape);
                if (!info)
                    report.error(r.at("shape"),
                        tr("%1 is not a shape of the body map; use one of %2")
                            .arg(quoted(*shape), shapes.join(QStringLiteral(", "))));
                else if (figure && !shapeSupportsFigure(*info, *figure))
                    report.error(r.at("figure"),
                        tr("the shape %1 is not drawn on the %2 figure").arg(quoted(*shape), figureId(*figure)));
                else
                    region.shape = *shape;
            }
            if (report.errors() != before)
                continue;
            if (seen.contains(region.id)) {
                report.error(r.at("id"), tr("region %1 is listed twice in this file").arg(quoted(region.id)));
                continue;
            }
            seen.insert(region.id);
            region.packId = m_pack.id;
            const QString replaced = m_content.setRegion(region);
            if (!replaced.isEmpty())
                report.note(r.at("id"), tr("replaces the region of the same id from pack %1").arg(quoted(replaced)));
        }
    }

    template<typename Item> struct Outcome
    {
        QString file; // pack-relative
        QList<Diagnostic> diagnostics;
        std::optional<Item> item;
        std::atomic<bool> done {false}; // set by the thread that read it, waited for by insertion
    };

    struct Listing
    {
        QStringList files; // pack-relative, sorted
        QStringList refused; // "file: why"
    };

    Listing list(const QString& folder) const
    {
        Listing listing;
        listing.files = m_dir.jsonFiles(folder, &listing.refused);
        return listing;
    }

    // Loads the items of one folder. Reading, parsing and checking each file (references
    // included: see References) depend on nothing else, so a large pack uses every core while
    // this thread inserts the finished items in file order, so the result never depends on
    // timing. The readers look items up in a copy of the content as it was before this
    // folder (an implicitly shared one: it costs a copy only of what insertion then changes),
    // never in the content being inserted into. `meanwhile` runs on this thread while they
    // read.
    template<typename Item, typename Parse, typename Meanwhile>
    void loadItems(const Listing& listing, Parse&& parse, Meanwhile&& meanwhile)
    {
        for (const QString& problem : listing.refused) {
            m_diagnostics.append(
                {Severity::Error, m_display + QLatin1Char('/') + problem.section(QLatin1String(": "), 0, 0), 1, 1,
                    QString(), tr("not read: %1").arg(problem.section(QLatin1String(": "), 1))});
        }
        const Content settled = m_content;
        const auto work = [&](Outcome<Item>& outcome) {
            const auto finished = qScopeGuard([&outcome] {
                outcome.done.store(true, std::memory_order_release);
                outcome.done.notify_one();
            });
            const ParsedFile file = parseFile(displayFile(outcome.file), m_dir.read(outcome.file), outcome.diagnostics);
            if (!file.ok)
                return;
            FileReport report(displayFile(outcome.file), file.text(), outcome.diagnostics);
            outcome.item = parse(settled, file, QFileInfo(outcome.file).fileName(), report);
            if (outcome.item) {
                // An item that replaces one of an earlier pack gets a note placed at its id.
                if (const Item* existing = find(settled, outcome.item->id, static_cast<const Item*>(nullptr)))
                    report.note(JsonPath() / "id", replacedNote(existing));
            }
        };
        std::vector<Outcome<Item>> outcomes(std::size_t(listing.files.size()));
        for (std::size_t i = 0; i < outcomes.size(); ++i)
            outcomes[i].file = listing.files[qsizetype(i)];
        // Threads pay off from a few dozen files on; the bundled pack loads on one.
        QFuture<void> reading;
        if (outcomes.size() < 64)
            std::for_each(outcomes.begin(), outcomes.end(), work);
        else
            reading = QtConcurrent::map(&readingPool(), outcomes, work);
        meanwhile();
        reserve(qsizetype(outcomes.size()), static_cast<const Item*>(nullptr));
        for (Outcome<Item>& outcome : outcomes) {
            outcome.done.wait(false, std::memory_order_acquire);
            m_diagnostics += outcome.diagnostics;
            if (outcome.item)
                insert(std::move(*outcome.item));
        }
        reading.waitForFinished(); // rethrows what a reader threw
    }

    // The translations this pack carries for its own items (translations/<language>/, see
    // FORMAT.md): the person's language is applied field by field over the original; when
    // validating, every language the pack has is checked and nothing is applied.
    void loadTranslations()
    {
        const QStringList available = m_dir.subfolders(QStringLiteral("translations"));
        if (available.isEmpty())
            return;
        if (m_options.checkAllTranslations) {
            for (const QString& language : available)
                loadTranslation(language, false);
            return;
        }
        for (const QString& wanted : m_options.languages) {
            // "de-DE" uses a "de-DE" folder, else "de"; the pack's own language needs none.
            for (const QString& candidate : {wanted, wanted.section(QLatin1Char('-'), 0, 0)}) {
                if (candidate.compare(m_pack.language, Qt::CaseInsensitive) == 0
                    || candidate.compare(m_pack.language.section(QLatin1Char('-'), 0, 0), Qt::CaseInsensitive) == 0)
                    return;
                const auto match = std::find_if(available.cbegin(), available.cend(),
                    [&](const QString& a) { return a.compare(candidate, Qt::CaseInsensitive) == 0; });
                if (match != available.cend()) {
                    loadTranslation(*match, true);
                    return;
                }
            }
        }
    }

    void loadTranslation(const QString& language, bool apply)
    {
        const QString base = QStringLiteral("translations/") + language + QLatin1Char('/');
        const QString languageName = QLocale(language).nativeLanguageName();
        const QString what = languageName.isEmpty() ? quoted(language) : languageName;
        // Regions.
        if (const PackDirectory::ReadResult read = m_dir.read(base + QStringLiteral("regions.json")); !read.missing) {
            const ParsedFile file = parseFile(displayFile(base + QStringLiteral("regions.json")), read, m_diagnostics);
            if (file.ok) {
                FileReport report(displayFile(base + QStringLiteral("regions.json")), file.text(), m_diagnostics);
                ObjectReader top(file.document, JsonPath(), report, {"regions"});
                const json* list = top.get("regions", Need::Required);
                if (list && list->is_array() && list->size() <= 1000) {
                    for (std::size_t i = 0; i < list->size(); ++i) {
                        ObjectReader r((*list)[i], top.at("regions") / i, report, {"id", "name", "description"});
                        const auto id = r.id("id", Need::Required);
                        const Region* original = id ? m_content.region(*id) : nullptr;
                        if (!original || original->packId != m_pack.id) {
                            if (id)
                                report.warning(
                                    r.at("id"), tr("this pack has no region %1 to translate").arg(quoted(*id)));
                            continue;
                        }
                        Region region = *original;
                        region.name = r.text("name", Need::Required, kName).value_or(region.name);
                        region.description = r.text("description", Need::Optional, kLine).value_or(region.description);
                        if (apply)
                            m_content.setRegion(region);
                    }
                } else if (list) {
                    report.error(
                        top.at("regions"), tr("expected a list of up to 1000 regions, got %1").arg(describe(*list)));
                }
            }
        }
        translateItems<Technique>(base, QStringLiteral("techniques"), language, what, apply);
        translateItems<Routine>(base, QStringLiteral("routines"), language, what, apply);
    }

    template<typename Item>
    void translateItems(
        const QString& base, const QString& folder, const QString& language, const QString& languageName, bool apply)
    {
        QSet<QString> translated;
        QStringList refused;
        for (const QString& relative : m_dir.jsonFiles(base + folder, &refused)) {
            const QString display = displayFile(relative);
            const ParsedFile file = parseFile(display, m_dir.read(relative), m_diagnostics);
            if (!file.ok)
                continue;
            FileReport report(display, file.text(), m_diagnostics);
            const QString id = QFileInfo(relative).completeBaseName();
            const Item* original = find(m_content, id, static_cast<const Item*>(nullptr));
            if (!original || original->packId != m_pack.id) {
                report.warning(JsonPath(),
                    tr("this pack has no item %1 to translate; the file name is the item's id").arg(quoted(id)));
                continue;
            }
            Item item = *original;
            if (translate(item, file.document, report) && apply) {
                item.originalNames = QStringList {original->name} + originalAliases(*original);
                if constexpr (std::is_same_v<Item, Routine>)
                    item.language = language; // what the voice must speak
                insert(std::move(item));
            }
            translated.insert(id);
        }
        // When validating, every item of the pack should have its translation.
        if (apply)
            return;
        const auto check = [&](const auto& items) {
            for (const auto& item : items) {
                if (item.packId == m_pack.id && !translated.contains(item.id))
                    m_diagnostics.append({Severity::Warning,
                        displayFile(base + folder + QLatin1Char('/') + item.id + QStringLiteral(".json")), 1, 1,
                        QString(),
                        tr("no %1 translation of %2; the original is shown").arg(languageName, quoted(item.id))});
            }
        };
        if constexpr (std::is_same_v<Item, Technique>)
            check(m_content.techniques());
        else
            check(m_content.routines());
    }

    static QStringList originalAliases(const Technique& t) { return t.aliases; }
    static QStringList originalAliases(const Routine&) { return {}; }

    // A list that must keep the original's length: a shorter or longer one would pair a
    // caution with the wrong region or a cue with the wrong time, so the original stays.
    static void sameLength(ObjectReader& r, std::string_view key, TextRule rule, QStringList& target)
    {
        const auto list = r.textList(key, Need::Optional, 0, rule);
        if (!list) {
            if (!target.isEmpty() && !r.get(key, Need::Optional))
                r.report().warning(r.at(key), tr("not translated; the original is shown"));
            return;
        }
        if (list->size() != target.size()) {
            r.report().warning(r.at(key),
                tr("has %1 entries where the original has %2; the original is shown")
                    .arg(list->size())
                    .arg(target.size()));
            return;
        }
        target = *list;
    }

    static void sameLength(ObjectReader& r, std::string_view key, QList<Guidance>& target)
    {
        QStringList texts = Guidance::texts(target);
        sameLength(r, key, kItem, texts);
        for (qsizetype i = 0; i < target.size(); ++i)
            target[i].text = texts[i];
    }

    static void field(ObjectReader& r, std::string_view key, TextRule rule, QString& target)
    {
        if (auto value = r.text(key, Need::Optional, rule))
            target = *value;
        else if (!r.get(key, Need::Optional))
            r.report().warning(r.at(key), tr("not translated; the original is shown"));
    }

    static bool translate(Technique& t, const json& doc, FileReport& report)
    {
        ObjectReader r(doc, JsonPath(), report,
            {"id", "name", "aliases", "summary", "description", "how_it_helps", "how_to", "cautions", "red_flags"});
        if (!r.isObject())
            return false;
        field(r, "name", kName, t.name);
        t.aliases = r.textList("aliases", Need::Optional, 0, kName).value_or(QStringList());
        field(r, "summary", kLine, t.summary);
        field(r, "description", kParagraphs, t.description);
        field(r, "how_it_helps", kParagraphs, t.howItHelps);
        sameLength(r, "how_to", kItem, t.howTo);
        sameLength(r, "cautions", t.cautions);
        sameLength(r, "red_flags", t.redFlags);
        return true;
    }

    static bool translate(Routine& routine, const json& doc, FileReport& report)
    {
        ObjectReader r(
            doc, JsonPath(), report, {"id", "name", "summary", "description", "preparation", "safety", "steps"});
        if (!r.isObject())
            return false;
        field(r, "name", kName, routine.name);
        field(r, "summary", kLine, routine.summary);
        field(r, "description", kParagraphs, routine.description);
        sameLength(r, "preparation", kItem, routine.preparation);
        field(r, "safety", kParagraphs, routine.safety);
        const json* steps = r.get("steps", Need::Optional);
        if (!steps) {
            report.warning(r.at("steps"), tr("not translated; the original is shown"));
            return true;
        }
        if (!steps->is_array() || steps->size() != std::size_t(routine.steps.size())) {
            report.warning(r.at("steps"),
                tr("has %1 where the original has %2 steps; the original steps are shown")
                    .arg(describe(*steps))
                    .arg(routine.steps.size()));
            return true;
        }
        for (std::size_t i = 0; i < steps->size(); ++i) {
            Step& step = routine.steps[qsizetype(i)];
            ObjectReader s((*steps)[i], r.at("steps") / i, report, {"title", "instruction", "cues"});
            if (!s.isObject())
                continue;
            field(s, "title", kName, step.title);
            field(s, "instruction", kItem, step.instruction);
            QStringList cues;
            for (const Cue& c : step.cues)
                cues.append(c.say);
            sameLength(s, "cues", kSpoken, cues);
            for (qsizetype c = 0; c < step.cues.size(); ++c)
                step.cues[c].say = cues[c];
        }
        return true;
    }

    static const Technique* find(const Content& c, const QString& id, const Technique*) { return c.technique(id); }
    static const Routine* find(const Content& c, const QString& id, const Routine*) { return c.routine(id); }
    static QString replacedNote(const Technique* t)
    {
        return tr("replaces the technique of the same id from pack %1").arg(quoted(t->packId));
    }
    static QString replacedNote(const Routine* r)
    {
        return tr("replaces the routine of the same id from pack %1").arg(quoted(r->packId));
    }
    void reserve(qsizetype n, const Technique*) { m_content.reserveMore(n, 0); }
    void reserve(qsizetype n, const Routine*) { m_content.reserveMore(0, n); }
    void insert(Technique&& t) { m_content.setTechnique(std::move(t)); }
    void insert(Routine&& r) { m_content.setRoutine(std::move(r)); }

    const PackLocation& m_location;
    const LoadOptions& m_options;
    PackDirectory m_dir;
    Content& m_content;
    QList<Diagnostic>& m_diagnostics;
    QString m_display;
    PackInfo m_pack;
};

} // namespace

LoadResult ContentLoader::load(const QList<PackLocation>& packs, const LoadOptions& options)
{
    LoadResult result;
    loadInto(result, packs, options);
    return result;
}

void ContentLoader::loadInto(LoadResult& result, const QList<PackLocation>& packs, const LoadOptions& options)
{
    for (const PackLocation& location : packs)
        PackLoader(location, options, result.content, result.diagnostics).load();
}

QStringList ContentLoader::preferredLanguages(const QString& setting)
{
    // The language chosen in Settings, else the desktop's, most preferred first ("de-DE").
    return setting.isEmpty() ? QLocale::system().uiLanguages() : QStringList {setting};
}

PackLocation ContentLoader::bundledPack()
{
    return {QString::fromLatin1(kBundledRoot), QStringLiteral("bundled")};
}

QString ContentLoader::userPackFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/packs");
}

QString ContentLoader::packIdOf(const QString& root)
{
    const PackDirectory dir(root);
    if (!dir.isValid())
        return {};
    const StrictJsonResult parsed = parseStrictJsonData(dir.read(QStringLiteral("pack.json")).data);
    if (!parsed.ok || !parsed.value.is_object())
        return {};
    const auto id = parsed.value.find("id");
    return id != parsed.value.end() && id->is_string() ? qs(id->get_ref<const std::string&>()) : QString();
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

ContentLoader::RoutineCheck ContentLoader::checkRoutine(
    const QByteArray& text, const QString& fileName, const Content& content, const QString& packRoot)
{
    RoutineCheck check;
    PackDirectory::ReadResult read;
    read.data = text;
    const ParsedFile file = parseFile(fileName, read, check.diagnostics);
    if (!file.ok)
        return check;
    std::optional<PackDirectory> pack;
    if (!packRoot.isEmpty())
        pack.emplace(packRoot);
    FileReport report(fileName, file.text(), check.diagnostics);
    References refs(content, report);
    check.routine = parseRoutine(file.document, QFileInfo(fileName).fileName(), QString(), report, refs,
        pack && pack->isValid() ? &*pack : nullptr);
    return check;
}

} // namespace knead
