// SPDX-License-Identifier: MIT
#include "StrictJson.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <utility>
#include <vector>

namespace knead {

using json = nlohmann::json;

JsonPath JsonPath::operator/(std::string_view key) const
{
    JsonPath out = *this;
    if (out.m_size < kMaxDepth) {
        Component& c = out.m_components[out.m_size++];
        c.m_key = key.data() ? key.data() : ""; // an empty key is still a key, not an index
        c.m_value = key.size();
    }
    return out;
}

JsonPath JsonPath::operator/(std::size_t index) const
{
    JsonPath out = *this;
    if (out.m_size < kMaxDepth) {
        Component& c = out.m_components[out.m_size++];
        c.m_key = nullptr;
        c.m_value = index;
    }
    return out;
}

namespace {

bool isPlainKey(std::string_view key)
{
    if (key.empty())
        return false;
    for (char c : key) {
        const bool ok
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QString JsonPath::toString() const
{
    QString out;
    for (std::size_t i = 0; i < m_size; ++i) {
        const Component& component = m_components[i];
        if (!component.isIndex()) {
            const std::string_view key = component.key();
            const QString text = QString::fromUtf8(key.data(), qsizetype(key.size()));
            if (isPlainKey(key)) {
                if (!out.isEmpty())
                    out += QLatin1Char('.');
                out += text;
            } else {
                out += QLatin1String("[\"") + text + QLatin1String("\"]");
            }
        } else {
            out += QLatin1Char('[') + QString::number(component.index()) + QLatin1Char(']');
        }
    }
    return out;
}

QByteArray toJsonBytes(const nlohmann::ordered_json& document)
{
    const std::string text = document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + '\n';
    return QByteArray(text.data(), qsizetype(text.size()));
}

TextPosition textPositionAt(std::string_view text, std::size_t offset)
{
    if (offset > text.size())
        offset = text.size();
    TextPosition pos;
    for (std::size_t i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) { // count code points, not continuation bytes
            ++pos.column;
        }
    }
    return pos;
}

namespace {

// An input iterator over the text that tells how many bytes nlohmann's lexer has consumed, so
// SAX callbacks can be tied to places in the file.
class CountingIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator() = default;
    CountingIterator(const char* begin, const char* at, std::size_t* consumed)
        : m_begin(begin)
        , m_at(at)
        , m_consumed(consumed)
    { }

    reference operator*() const { return *m_at; }
    CountingIterator& operator++()
    {
        ++m_at;
        if (m_consumed)
            *m_consumed = std::size_t(m_at - m_begin);
        return *this;
    }
    CountingIterator operator++(int)
    {
        CountingIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const CountingIterator& other) const { return m_at == other.m_at; }
    bool operator!=(const CountingIterator& other) const { return m_at != other.m_at; }

private:
    const char* m_begin = nullptr;
    const char* m_at = nullptr;
    std::size_t* m_consumed = nullptr;
};

// Where the token after `previousEnd` starts: separators between tokens are skipped. Exact
// whatever the lexer's one-character look-ahead consumed, because it is never a token start.
std::size_t tokenStartAfter(std::string_view text, std::size_t previousEnd)
{
    std::size_t at = previousEnd;
    if (at == 0 && text.substr(0, 3) == "\xEF\xBB\xBF")
        at = 3;
    while (at < text.size()) {
        const char c = text[at];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ',' && c != ':')
            break;
        ++at;
    }
    return at;
}

// The messages of this file, in one translation context.
struct JsonText
{
    Q_DECLARE_TR_FUNCTIONS(StrictJson)
};

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The last character before `at` that is not white space, or npos.
std::size_t previousVisible(std::string_view text, std::size_t at)
{
    while (at > 0) {
        --at;
        if (!isSpace(text[at]))
            return at;
    }
    return std::string_view::npos;
}

// Where the string that the lexer was reading when it failed at `at` began: the last
// unescaped quote on the same line before `at`, or npos when `at` is not inside text.
std::size_t openingQuoteBefore(std::string_view text, std::size_t at)
{
    const std::size_t lineStart = text.rfind('\n', at == 0 ? 0 : at - 1);
    const std::size_t from = lineStart == std::string_view::npos ? 0 : lineStart + 1;
    std::size_t quote = std::string_view::npos;
    bool inside = false;
    for (std::size_t i = from; i < at && i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
            continue;
        }
        if (text[i] == '"') {
            inside = !inside;
            quote = inside ? i : std::string_view::npos;
        }
    }
    return inside ? quote : std::string_view::npos;
}

// Of the brackets opened and not closed before `at` (outside text), the innermost.
std::size_t unclosedBracket(std::string_view text, std::size_t at)
{
    std::vector<std::size_t> open;
    bool inside = false;
    for (std::size_t i = 0; i < at && i < text.size(); ++i) {
        const char c = text[i];
        if (inside) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inside = false;
        } else if (c == '"') {
            inside = true;
        } else if (c == '{' || c == '[') {
            open.push_back(i);
        } else if ((c == '}' || c == ']') && !open.empty()) {
            open.pop_back();
        }
    }
    return open.empty() ? std::string_view::npos : open.back();
}

bool startsWithAny(std::string_view text, std::initializer_list<std::string_view> prefixes)
{
    for (std::string_view p : prefixes) {
        if (text.substr(0, p.size()) == p)
            return true;
    }
    return false;
}

// What went wrong, for a syntax error the lexer found at `at` (its `what()` text is only
// used to tell kinds apart): the offset to show and a message in plain words.
std::pair<std::size_t, QString> explainSyntaxError(std::string_view text, std::size_t at, std::string_view what)
{
    at = std::min(at, text.size());
    const auto lineOf = [&](std::size_t offset) { return textPositionAt(text, offset).line; };
    // Encodings first: a file that is not UTF-8 fails in confusing places.
    if (startsWithAny(text, {"\xFF\xFE", "\xFE\xFF"}) || text.find('\0') != std::string_view::npos)
        return {0, JsonText::tr("the file is saved as UTF-16 (or another wide encoding); save it as UTF-8")};
    if (what.find("ill-formed UTF-8") != std::string_view::npos) {
        // The lexer stops at the byte after the one that broke the sequence: point at its start.
        while (at > 0 && static_cast<unsigned char>(text[at - 1]) >= 0x80)
            --at;
        return {at,
            JsonText::tr("these characters are not UTF-8 (the file may be saved as Latin-1 or Windows-1252); save the "
                         "file as UTF-8")};
    }
    const std::string_view rest = text.substr(at);
    if (startsWithAny(rest,
            {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xE2\x80\x98", "\xE2\x80\x99", "\xC2\xAB", "\xC2\xBB"}))
        return {at,
            JsonText::tr("curly quotes (“ ” or ‘ ’) are not JSON quotes; use straight double quotes \" (word "
                         "processors and some editors change them)")};
    if (startsWithAny(rest, {"//", "/*", "#"}))
        return {at, JsonText::tr("JSON does not allow comments; remove this comment")};
    if (!rest.empty() && rest.front() == '\'')
        return {at, JsonText::tr("single quotes are not JSON quotes; write text in straight double quotes \"…\"")};
    if (what.find("control character") != std::string_view::npos) {
        const std::size_t quote = openingQuoteBefore(text, at);
        if (rest.empty() || rest.front() == '\n' || rest.front() == '\r')
            return {quote == std::string_view::npos ? at : quote,
                JsonText::tr("this text is not closed: a closing quote \" is missing before the end of the line")};
        return {at,
            JsonText::tr(
                "text may not contain tabs or other control characters; write \\t for a tab or \\n for a new line")};
    }
    if (what.find("invalid string") != std::string_view::npos)
        return {at,
            JsonText::tr(
                "this text has a backslash \\ that does not start a valid escape; write \\\\ for a backslash")};
    if (rest.empty()) {
        const std::size_t bracket = unclosedBracket(text, at);
        if (openingQuoteBefore(text, at) != std::string_view::npos)
            return {at, JsonText::tr("the file ends inside text: a closing quote \" is missing")};
        if (bracket != std::string_view::npos)
            return {bracket,
                text[bracket] == '{' ? JsonText::tr("this { is never closed: a } is missing at the end")
                                     : JsonText::tr("this [ is never closed: a ] is missing at the end")};
        return {at, JsonText::tr("the file ends too early")};
    }
    if (what.find("number overflow") != std::string_view::npos) {
        std::size_t end = at;
        while (end < text.size() && !isSpace(text[end]) && text[end] != ',' && text[end] != '}' && text[end] != ']')
            ++end;
        return {at,
            JsonText::tr("the number %1 is too large")
                .arg(fromUtf8(text.substr(at, std::min<std::size_t>(end - at, 30))))};
    }
    if (what.find("expected end of input") != std::string_view::npos
        && what.find("unexpected end of input") == std::string_view::npos)
        return {at,
            JsonText::tr(
                "unexpected text after the end of the JSON object; a file holds one object {…}, remove the rest")};
    const char c = rest.front();
    const std::size_t before = previousVisible(text, at);
    const char previous = before == std::string_view::npos ? '\0' : text[before];
    if ((c == '}' || c == ']') && previous == ',')
        return {before,
            JsonText::tr("remove the comma after the last item (line %1): JSON does not allow a comma before %2")
                .arg(lineOf(before))
                .arg(QLatin1Char(c))};
    const bool valueEnded = previous == '"' || previous == '}' || previous == ']'
        || (previous >= '0' && previous <= '9') || previous == 'e' || previous == 'l';
    const bool valueStarts = c == '"' || c == '{' || c == '[' || c == '-' || (c >= '0' && c <= '9')
        || std::isalpha(static_cast<unsigned char>(c));
    const bool sameLine
        = before != std::string_view::npos && text.substr(before, at - before).find('\n') == std::string_view::npos;
    if (previous == '"' && sameLine && (std::isalpha(static_cast<unsigned char>(c)) || c == '"') && before + 1 == at)
        return {before, JsonText::tr("a quote inside the text ends it early; write \\\" for a quote inside text")};
    if (valueEnded && valueStarts && (!sameLine || c == '"'))
        return {before + 1, JsonText::tr("a comma is missing after this item, before line %1").arg(lineOf(at))};
    if (std::isalpha(static_cast<unsigned char>(c)) || ((c >= '0' && c <= '9') || c == '-')) {
        std::size_t end = at;
        while (end < text.size() && !isSpace(text[end]) && text[end] != ',' && text[end] != '}' && text[end] != ']')
            ++end;
        const QString word = fromUtf8(text.substr(at, std::min<std::size_t>(end - at, 30)));
        bool number = false;
        word.toDouble(&number);
        if ((c >= '0' && c <= '9') && !number)
            return {at,
                JsonText::tr("%1 is not a number; write whole seconds as a plain number without units, e.g. 90")
                    .arg(word)};
        return {at,
            JsonText::tr("%1 is not a JSON value; put text in double quotes, or use true, false or null").arg(word)};
    }
    if (c == ':' || c == ',')
        return {at,
            JsonText::tr("unexpected %1 here; check the line above for a missing key, value or quote")
                .arg(QLatin1Char(c))};
    if (c == '}' || c == ']')
        return {at,
            JsonText::tr("unexpected %1: a value is missing before it, or the brackets do not match")
                .arg(QLatin1Char(c))};
    return {at, JsonText::tr("unexpected character %1 here").arg(fromUtf8(rest.substr(0, 1)))};
}

// Builds documents: nlohmann::json (for Knead's own files, and for the tests of the rules),
// or DocumentJson (for content files).
template<typename Json> class DomSink
{
public:
    explicit DomSink(Json& root)
        : m_root(root)
    { }

    template<typename T> void value(T&& v) { insert(Json(std::forward<T>(v))); }
    void value(std::string& text) { insert(Json(std::move(text))); }
    void open(bool array) { m_stack.push_back(insert(array ? Json::array() : Json::object())); }
    void close() { m_stack.pop_back(); }
    // Adds the member, its value to come: one search of the object both finds a key that is
    // there already (false, and `key` is left as it was) and places a new one.
    bool key(std::string& key)
    {
        const auto [member, added]
            = m_stack.back()->template get_ref<typename Json::object_t&>().try_emplace(std::move(key));
        m_member = &member->second;
        return added;
    }

private:
    Json* insert(Json&& value)
    {
        if (m_stack.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        Json& parent = *m_stack.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        *m_member = std::move(value);
        return m_member;
    }

    Json& m_root;
    std::vector<Json*> m_stack;
    Json* m_member = nullptr; // the member whose key came last
};

} // namespace

namespace {

// Turns nlohmann's SAX events into a document (through the sink) and enforces the content
// rules as it goes, with an explicit stack.
template<typename Sink> class StrictBuilder
{
public:
    StrictBuilder(Sink& sink, std::string_view text, int maxDepth, const std::size_t* consumed)
        : m_sink(sink)
        , m_text(text)
        , m_maxDepth(maxDepth)
        , m_consumed(consumed)
    { }

    bool null() { return place(nullptr); }
    bool boolean(bool value) { return place(value); }
    bool number_integer(json::number_integer_t value) { return place(value); }
    bool number_unsigned(json::number_unsigned_t value) { return place(value); }
    bool number_float(json::number_float_t value, const json::string_t& raw)
    {
        // nlohmann turns an integer literal that overflows 64 bits into a double, silently
        // losing digits; content never needs such numbers, so refuse them.
        if (raw.find_first_of(".eE") == std::string::npos)
            return fail(JsonText::tr("the number %1 is too large").arg(fromUtf8(raw)));
        return place(double(value));
    }
    bool string(json::string_t& value) { return place(value); } // the sink may take the text
    bool binary(json::binary_t&) { return fail(JsonText::tr("binary values are not JSON")); }

    bool start_object(std::size_t) { return open(false); }
    bool start_array(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t& key)
    {
        if (!m_sink.key(key))
            return fail(JsonText::tr("the key \"%1\" appears twice in this object; keep only one").arg(fromUtf8(key)));
        remember();
        return true;
    }

    bool parse_error(std::size_t position, const std::string& lastToken, const nlohmann::detail::exception& ex)
    {
        const auto [offset, message]
            = explainSyntaxError(m_text, offendingTokenStart(position, lastToken, ex.what()), ex.what());
        m_errorOffset = offset;
        m_error = message;
        return false;
    }

    const QString& error() const { return m_error; }
    std::size_t errorOffset() const { return m_errorOffset; }

private:
    // `position` is just past the offending character; point at the start of its token. The
    // lexer's token text is that token only when it read a whole string; after an invalid
    // literal it may span several tokens.
    std::size_t offendingTokenStart(std::size_t position, const std::string& lastToken, std::string_view what) const
    {
        position = std::min(position, m_text.size());
        if (what.find("unexpected end of input") != std::string_view::npos)
            return m_text.size();
        if (what.find("string literal") != std::string_view::npos && !lastToken.empty() && lastToken.front() == '"'
            && lastToken.size() <= position
            && m_text.substr(position - lastToken.size(), lastToken.size()) == lastToken)
            return position - lastToken.size();
        std::size_t at = position > 0 ? position - 1 : 0;
        const auto isWordChar = [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '+'
                || c == '-';
        };
        while (at > 0 && isWordChar(m_text[at]) && isWordChar(m_text[at - 1]))
            --at;
        return at;
    }

    bool open(bool array)
    {
        if (++m_depth > m_maxDepth)
            return fail(JsonText::tr("lists and objects are nested more than %1 levels deep").arg(m_maxDepth));
        m_sink.open(array);
        remember();
        return true;
    }

    bool close()
    {
        --m_depth;
        m_sink.close();
        remember();
        return true;
    }

    template<typename T> bool place(T&& value)
    {
        m_sink.value(std::forward<T>(value));
        remember();
        return true;
    }

    void remember()
    {
        if (m_consumed) // null on the fast pass, where positions are not needed
            m_previousEnd = *m_consumed;
    }

    bool fail(const QString& message)
    {
        m_error = message;
        m_errorOffset = tokenStartAfter(m_text, m_previousEnd);
        return false;
    }

    Sink& m_sink;
    std::string_view m_text;
    int m_depth = 0;
    int m_maxDepth;
    const std::size_t* m_consumed;
    std::size_t m_previousEnd = 0;
    QString m_error;
    std::size_t m_errorOffset = 0;
};

// Parses on plain pointers; only when that fails is the text read again with a counting
// iterator, to place and explain the error: errors are rare, loads are many.
template<typename Json> bool parseWith(std::string_view text, int maxDepth, BasicStrictJsonResult<Json>& result)
{
    {
        DomSink<Json> sink(result.value);
        StrictBuilder builder(sink, text, maxDepth, nullptr);
        if (json::sax_parse(text.data(), text.data() + text.size(), &builder))
            return true;
    }
    std::size_t consumed = 0;
    json scratch;
    DomSink<json> scratchSink(scratch);
    StrictBuilder builder(scratchSink, text, maxDepth, &consumed);
    const CountingIterator first(text.data(), text.data(), &consumed);
    const CountingIterator last(text.data(), text.data() + text.size(), nullptr);
    json::sax_parse(first, last, &builder);
    result.error = builder.error().isEmpty() ? JsonText::tr("this is not valid JSON") : builder.error();
    result.errorOffset = builder.errorOffset();
    return false;
}

// Walks SAX events with the current path and stops at the first key or value whose path is
// the one asked for. Each event's start is found by skipping separators after the previous
// event's end, which is exact regardless of the lexer's one-character look-ahead.
class Locator
{
public:
    Locator(std::string_view text, const JsonPath& target, const std::size_t* consumed)
        : m_text(text)
        , m_target(target)
        , m_consumed(consumed)
    { }

    bool null() { return value(); }
    bool boolean(bool) { return value(); }
    bool number_integer(json::number_integer_t) { return value(); }
    bool number_unsigned(json::number_unsigned_t) { return value(); }
    bool number_float(json::number_float_t, const json::string_t&) { return value(); }
    bool string(json::string_t&) { return value(); }
    bool binary(json::binary_t&) { return value(); }
    bool start_object(std::size_t) { return open(false); }
    bool start_array(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t& key)
    {
        const std::size_t start = startOfCurrent();
        m_frames.back().key = key;
        if (matches()) {
            m_found = start;
            return false;
        }
        remember();
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

    std::optional<std::size_t> found() const { return m_found; }

private:
    struct Frame
    {
        bool array = false;
        std::size_t index = 0;
        bool started = false;
        std::string key;
    };

    std::size_t startOfCurrent() const { return tokenStartAfter(m_text, m_previousEnd); }

    void remember() { m_previousEnd = *m_consumed; }

    // Called at the start of every value: counts array elements and checks for a match.
    bool beginValue(std::size_t start)
    {
        if (m_frames.empty()) {
            if (m_target.isRoot()) {
                m_found = start;
                return false;
            }
            return true;
        }
        Frame& frame = m_frames.back();
        if (frame.array) {
            if (frame.started)
                ++frame.index;
            frame.started = true;
            if (matches()) {
                m_found = start;
                return false;
            }
        }
        return true;
    }

    bool value()
    {
        if (!beginValue(startOfCurrent()))
            return false;
        remember();
        return true;
    }

    bool open(bool array)
    {
        if (!beginValue(startOfCurrent()))
            return false;
        m_frames.push_back(Frame {array, 0, false, {}});
        remember();
        return true;
    }

    bool close()
    {
        m_frames.pop_back();
        remember();
        return true;
    }

    bool matches() const
    {
        if (m_frames.size() != m_target.size())
            return false;
        for (std::size_t i = 0; i < m_frames.size(); ++i) {
            const Frame& frame = m_frames[i];
            const JsonPath::Component& want = m_target[i];
            if (frame.array) {
                if (!want.isIndex() || want.index() != frame.index)
                    return false;
            } else {
                if (want.isIndex() || want.key() != frame.key)
                    return false;
            }
        }
        return true;
    }

    std::string_view m_text;
    const JsonPath& m_target;
    const std::size_t* m_consumed;
    std::vector<Frame> m_frames;
    std::size_t m_previousEnd = 0;
    std::optional<std::size_t> m_found;
};

} // namespace

namespace {

template<typename Json> BasicStrictJsonResult<Json> parseStrict(std::string_view text, int maxDepth)
{
    BasicStrictJsonResult<Json> result;
    if (text.empty() || text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        result.error = JsonText::tr("the file is empty; it should hold one JSON object {…}");
        return result;
    }
    result.ok = parseWith(text, maxDepth, result);
    if (!result.ok)
        result.value = nullptr;
    return result;
}

} // namespace

StrictJsonResult parseStrictJson(std::string_view text, int maxDepth)
{
    return parseStrict<nlohmann::json>(text, maxDepth);
}

BasicStrictJsonResult<DocumentJson> parseStrictDocument(std::string_view text, int maxDepth)
{
    return parseStrict<DocumentJson>(text, maxDepth);
}

std::optional<std::size_t> locateJsonPath(std::string_view text, const JsonPath& path)
{
    std::size_t consumed = 0;
    Locator locator(text, path, &consumed);
    const CountingIterator first(text.data(), text.data(), &consumed);
    const CountingIterator last(text.data(), text.data() + text.size(), nullptr);
    json::sax_parse(first, last, &locator);
    return locator.found();
}

} // namespace knead
