// SPDX-License-Identifier: MIT
#include "StrictJson.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>

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
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '_' || c == '-';
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
        : m_begin(begin), m_at(at), m_consumed(consumed)
    {
    }

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

// nlohmann's messages read "[json.exception.parse_error.101] parse error at line 1, column 2:
// syntax error while parsing value - invalid literal; last read: 'x'". Keep the part after the
// position (we print our own position) and make sure it is valid text.
QString describeParseError(const std::string& what)
{
    std::string_view message(what);
    if (const auto bracket = message.find("] "); bracket != std::string_view::npos)
        message.remove_prefix(bracket + 2);
    if (message.substr(0, 15) == "parse error at ") {
        if (const auto colon = message.find(": "); colon != std::string_view::npos)
            message.remove_prefix(colon + 2);
    } else if (message.substr(0, 12) == "parse error:") {
        message.remove_prefix(12);
    }
    while (!message.empty() && message.front() == ' ')
        message.remove_prefix(1);
    QString text = QString::fromUtf8(message.data(), qsizetype(message.size()));
    // Control characters from the offending bytes would garble a terminal.
    for (QChar& c : text) {
        if (c.unicode() < 0x20)
            c = QChar(0xFFFD);
    }
    if (text.contains(QStringLiteral("ill-formed UTF-8")) || text.contains(QStringLiteral("invalid string: ill-formed")))
        return QStringLiteral("invalid UTF-8 in text (save the file as UTF-8)");
    return text;
}

// Builds nlohmann::json documents (for Knead's own files, and for the tests of the rules).
class DomSink
{
public:
    explicit DomSink(json& root) : m_root(root) {}

    template<typename T>
    void value(T&& v) { insert(json(std::forward<T>(v))); }
    void value(std::string& text) { insert(json(std::move(text))); }
    void open(bool array) { m_stack.push_back(insert(array ? json::array() : json::object())); }
    void close() { m_stack.pop_back(); }
    bool hasKey(const std::string& key) const { return m_stack.back()->contains(key); }
    void key(std::string& key) { m_pendingKey = std::move(key); }

private:
    json* insert(json&& value)
    {
        if (m_stack.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        json& parent = *m_stack.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        // Moves the key in, where operator[] would copy it.
        auto& members = parent.get_ref<json::object_t&>();
        return &members.emplace(std::move(m_pendingKey), std::move(value)).first->second;
    }

    json& m_root;
    std::vector<json*> m_stack;
    std::string m_pendingKey;
};

} // namespace

// Builds a JsonTree: nodes are appended in document order; a container's `end` is filled in
// when it closes.
class TreeSink
{
public:
    explicit TreeSink(JsonTree& tree) : m_tree(tree) {}

    void value(std::nullptr_t) { add(JsonValue::Type::Null); }
    void value(bool b) { add(JsonValue::Type::Boolean).boolean = b; }
    void value(json::number_integer_t i)
    {
        // nlohmann reports every integer that fits int64 as signed; keep 0 and up unsigned, as
        // its DOM does, so both trees answer is_number_unsigned() alike.
        if (i >= 0)
            add(JsonValue::Type::Unsigned).unsignedInteger = std::uint64_t(i);
        else
            add(JsonValue::Type::Integer).integer = i;
    }
    void value(json::number_unsigned_t u) { add(JsonValue::Type::Unsigned).unsignedInteger = u; }
    void value(double d) { add(JsonValue::Type::Float).number = d; }
    void value(std::string& text)
    {
        Node& node = add(JsonValue::Type::String);
        node.textOffset = std::uint32_t(m_tree.m_text.size());
        node.count = std::uint32_t(text.size());
        m_tree.m_text.append(text);
    }
    void open(bool array)
    {
        add(array ? JsonValue::Type::Array : JsonValue::Type::Object);
        m_open.push_back({std::uint32_t(m_tree.m_nodes.size() - 1), {}});
    }
    void close()
    {
        Node& node = m_tree.m_nodes[m_open.back().index];
        node.end = std::uint32_t(m_tree.m_nodes.size());
        m_open.pop_back();
    }
    bool hasKey(const std::string& key)
    {
        Frame& frame = m_open.back();
        const Node& object = m_tree.m_nodes[frame.index];
        // Objects in content have a dozen members; only a hostile one has thousands, and that
        // one gets a set rather than a quadratic scan.
        if (object.count >= 32) {
            if (frame.keys.empty())
                forEachMember(frame.index, [&](std::string_view k) { frame.keys.emplace(k); return false; });
            return frame.keys.count(key) != 0;
        }
        return forEachMember(frame.index, [&](std::string_view k) { return k == key; });
    }
    void key(std::string& key)
    {
        if (!m_open.back().keys.empty())
            m_open.back().keys.emplace(key);
        m_keyOffset = std::uint32_t(m_tree.m_text.size());
        m_keyLength = std::uint32_t(key.size());
        m_tree.m_text.append(key);
    }

private:
    using Node = JsonTree::Node;
    struct Frame
    {
        std::uint32_t index;
        std::unordered_set<std::string> keys;
    };

    // The members of the open object at `index` so far (its `end` is not known yet, but every
    // member is complete); stops when `fn` returns true.
    template<typename Fn>
    bool forEachMember(std::uint32_t index, Fn&& fn) const
    {
        const std::string_view text(m_tree.m_text);
        for (std::uint32_t at = index + 1; at < m_tree.m_nodes.size(); at = m_tree.m_nodes[at].end) {
            const Node& member = m_tree.m_nodes[at];
            if (fn(text.substr(member.keyOffset, member.keyLength)))
                return true;
        }
        return false;
    }

    Node& add(JsonValue::Type type)
    {
        if (!m_open.empty()) {
            Node& parent = m_tree.m_nodes[m_open.back().index];
            ++parent.count;
        }
        Node& node = m_tree.m_nodes.emplace_back();
        node.type = type;
        node.end = std::uint32_t(m_tree.m_nodes.size()); // containers: fixed on close
        if (!m_open.empty() && m_tree.m_nodes[m_open.back().index].type == JsonValue::Type::Object) {
            node.keyOffset = m_keyOffset;
            node.keyLength = m_keyLength;
        }
        return node;
    }

    JsonTree& m_tree;
    std::vector<Frame> m_open;
    std::uint32_t m_keyOffset = 0;
    std::uint32_t m_keyLength = 0;
};

namespace {

// Turns nlohmann's SAX events into a document (through the sink) and enforces the content
// rules as it goes, with an explicit stack.
template<typename Sink>
class StrictBuilder
{
public:
    StrictBuilder(Sink& sink, std::string_view text, int maxDepth, const std::size_t* consumed)
        : m_sink(sink), m_text(text), m_maxDepth(maxDepth), m_consumed(consumed)
    {
    }

    bool null() { return place(nullptr); }
    bool boolean(bool value) { return place(value); }
    bool number_integer(json::number_integer_t value) { return place(value); }
    bool number_unsigned(json::number_unsigned_t value) { return place(value); }
    bool number_float(json::number_float_t value, const json::string_t& raw)
    {
        // nlohmann turns an integer literal that overflows 64 bits into a double, silently
        // losing digits; content never needs such numbers, so refuse them.
        if (raw.find_first_of(".eE") == std::string::npos)
            return fail("number " + raw + " is too large");
        return place(double(value));
    }
    bool string(json::string_t& value) { return place(value); } // the sink may take the text
    bool binary(json::binary_t&) { return fail("binary values are not JSON"); }

    bool start_object(std::size_t) { return open(false); }
    bool start_array(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t& key)
    {
        if (m_sink.hasKey(key))
            return fail("duplicate key \"" + key + "\"");
        m_sink.key(key);
        remember();
        return true;
    }

    bool parse_error(std::size_t position, const std::string& lastToken, const nlohmann::detail::exception& ex)
    {
        m_errorOffset = offendingTokenStart(position, lastToken);
        m_error = describeParseError(ex.what());
        return false;
    }

    const QString& error() const { return m_error; }
    std::size_t errorOffset() const { return m_errorOffset; }

private:
    // `position` is just past the offending character; point at the start of its token.
    std::size_t offendingTokenStart(std::size_t position, const std::string& lastToken) const
    {
        position = std::min(position, m_text.size());
        if (!lastToken.empty() && lastToken.front() == '"' && lastToken.size() <= position
            && m_text.substr(position - lastToken.size(), lastToken.size()) == lastToken)
            return position - lastToken.size();
        std::size_t at = position > 0 ? position - 1 : 0;
        const auto isWordChar = [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '+' || c == '-';
        };
        while (at > 0 && isWordChar(m_text[at]) && isWordChar(m_text[at - 1]))
            --at;
        return at;
    }

    bool open(bool array)
    {
        if (++m_depth > m_maxDepth)
            return fail("nesting deeper than " + std::to_string(m_maxDepth) + " levels");
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

    template<typename T>
    bool place(T&& value)
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

    bool fail(const std::string& message)
    {
        m_error = QString::fromUtf8(message.data(), qsizetype(message.size()));
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
// iterator, to place the error: errors are rare, loads are many.
template<typename Sink, typename Result>
bool parseWith(Sink& sink, std::string_view text, int maxDepth, Result& result)
{
    {
        StrictBuilder<Sink> builder(sink, text, maxDepth, nullptr);
        if (json::sax_parse(text.data(), text.data() + text.size(), &builder))
            return true;
    }
    std::size_t consumed = 0;
    json scratch;
    DomSink scratchSink(scratch);
    StrictBuilder<DomSink> builder(scratchSink, text, maxDepth, &consumed);
    const CountingIterator first(text.data(), text.data(), &consumed);
    const CountingIterator last(text.data(), text.data() + text.size(), nullptr);
    json::sax_parse(first, last, &builder);
    result.error = builder.error().isEmpty() ? QStringLiteral("not valid JSON") : builder.error();
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
        : m_text(text), m_target(target), m_consumed(consumed)
    {
    }

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
        m_frames.push_back(Frame{array, 0, false, {}});
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

StrictJsonResult parseStrictJson(std::string_view text, int maxDepth)
{
    StrictJsonResult result;
    DomSink sink(result.value);
    result.ok = parseWith(sink, text, maxDepth, result);
    if (!result.ok)
        result.value = nullptr;
    return result;
}

JsonTreeParse parseStrictJsonTree(std::string_view text, JsonTree& tree, int maxDepth)
{
    JsonTreeParse result;
    tree.clear();
    TreeSink sink(tree);
    result.ok = parseWith(sink, text, maxDepth, result);
    if (!result.ok)
        tree.clear();
    return result;
}

void JsonTree::clear()
{
    m_nodes.clear();
    m_text.clear();
}

void JsonTree::release()
{
    std::vector<Node>().swap(m_nodes);
    std::string().swap(m_text);
}

std::size_t JsonTree::capacityBytes() const
{
    return m_nodes.capacity() * sizeof(Node) + m_text.capacity();
}

JsonValue::Type JsonValue::type() const
{
    return m_tree->m_nodes[m_index].type;
}

bool JsonValue::boolean() const
{
    return m_tree->m_nodes[m_index].boolean;
}

std::int64_t JsonValue::integer() const
{
    const auto& node = m_tree->m_nodes[m_index];
    return node.type == Type::Integer ? node.integer : 0;
}

std::uint64_t JsonValue::unsignedInteger() const
{
    const auto& node = m_tree->m_nodes[m_index];
    return node.type == Type::Unsigned ? node.unsignedInteger : 0;
}

double JsonValue::number() const
{
    const auto& node = m_tree->m_nodes[m_index];
    switch (node.type) {
    case Type::Integer: return double(node.integer);
    case Type::Unsigned: return double(node.unsignedInteger);
    case Type::Float: return node.number;
    default: return 0.0;
    }
}

std::string_view JsonValue::string() const
{
    const auto& node = m_tree->m_nodes[m_index];
    if (node.type != Type::String)
        return {};
    return std::string_view(m_tree->m_text).substr(node.textOffset, node.count);
}

std::size_t JsonValue::size() const
{
    const auto& node = m_tree->m_nodes[m_index];
    return node.type == Type::Array || node.type == Type::Object ? node.count : 0;
}

JsonValue JsonValue::operator[](std::size_t i) const
{
    Iterator it = begin();
    for (; i > 0 && it != end(); --i)
        ++it;
    return *it;
}

std::optional<JsonValue> JsonValue::find(std::string_view key) const
{
    if (type() != Type::Object)
        return std::nullopt;
    for (JsonValue member : *this) {
        if (member.key() == key)
            return member;
    }
    return std::nullopt;
}

std::string_view JsonValue::key() const
{
    const auto& node = m_tree->m_nodes[m_index];
    return std::string_view(m_tree->m_text).substr(node.keyOffset, node.keyLength);
}

JsonValue::Iterator& JsonValue::Iterator::operator++()
{
    m_index = m_tree->m_nodes[m_index].end;
    return *this;
}

JsonValue::Iterator JsonValue::begin() const
{
    return {m_tree, size() > 0 ? m_index + 1 : m_tree->m_nodes[m_index].end};
}

JsonValue::Iterator JsonValue::end() const
{
    return {m_tree, m_tree->m_nodes[m_index].end};
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
