// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace knead {

// A path into a JSON document: object keys and array indices, outermost first. Small and
// cheap to copy (no allocation), because the loader builds one for every field it reads and
// keeps one for every reference it checks later; keys are views of strings that outlive the
// path (field names, or keys of the parsed document).
class JsonPath
{
public:
    class Component
    {
    public:
        Component() = default;
        bool isIndex() const { return m_key == nullptr; }
        std::string_view key() const { return {m_key, m_value}; }
        std::size_t index() const { return m_value; }

    private:
        friend class JsonPath;
        const char* m_key = nullptr; // null for an array index
        std::size_t m_value = 0;     // the key's length, or the index
    };
    // Deeper than any content schema goes (steps[2].motion.points[1] is five); beyond it the
    // path stops growing.
    static constexpr std::size_t kMaxDepth = 8;

    JsonPath() = default;
    JsonPath operator/(std::string_view key) const;
    JsonPath operator/(std::size_t index) const;

    std::size_t size() const { return m_size; }
    const Component& operator[](std::size_t i) const { return m_components[i]; }
    bool isRoot() const { return m_size == 0; }
    // "steps[2].duration"; keys that are not plain identifiers are quoted: ["odd key"].
    QString toString() const;

private:
    std::array<Component, kMaxDepth> m_components{};
    std::size_t m_size = 0;
};

struct TextPosition
{
    int line = 1;   // 1-based
    int column = 1; // 1-based, counted in Unicode code points
};

// Parses JSON with the rules content files must follow, without ever throwing or recursing:
// nesting deeper than maxDepth is refused before the document is built, duplicate keys are
// refused, integers too large for 64 bits and numbers out of double range are errors, and
// invalid UTF-8 is reported. On failure `value` is null and `errorOffset` is the byte offset.
struct StrictJsonResult
{
    nlohmann::json value;
    bool ok = false;
    std::size_t errorOffset = 0;
    QString error;
};

inline constexpr int kMaxJsonDepth = 64;

StrictJsonResult parseStrictJson(std::string_view text, int maxDepth = kMaxJsonDepth);
inline StrictJsonResult parseStrictJsonData(const QByteArray& data)
{
    return parseStrictJson(std::string_view(data.constData(), std::size_t(data.size())));
}

// A parsed document stored flat: one array of nodes in document order and one buffer of
// text, so building it costs a few allocations however many values the file holds. The
// content loader reads thousands of files; nlohmann::json's tree (a map node and a string per
// value) spent more time in malloc than in parsing. Parsed by nlohmann's lexer with the same
// rules as parseStrictJson.
class JsonTree;

class JsonValue
{
public:
    enum class Type : std::uint8_t { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };

    Type type() const;
    bool is_null() const { return type() == Type::Null; }
    bool is_boolean() const { return type() == Type::Boolean; }
    bool is_number_integer() const { return type() == Type::Integer || type() == Type::Unsigned; }
    bool is_number_unsigned() const { return type() == Type::Unsigned; }
    bool is_number() const { return type() == Type::Integer || type() == Type::Unsigned || type() == Type::Float; }
    bool is_string() const { return type() == Type::String; }
    bool is_array() const { return type() == Type::Array; }
    bool is_object() const { return type() == Type::Object; }

    bool boolean() const;
    std::int64_t integer() const;   // a negative whole number (Type::Integer)
    std::uint64_t unsignedInteger() const; // a whole number from 0 (Type::Unsigned)
    double number() const;          // any number, converted as nlohmann's get<double>() does
    std::string_view string() const; // text, or empty

    // Arrays and objects: how many items or members, and the i-th one (in document order).
    std::size_t size() const;
    bool empty() const { return size() == 0; }
    JsonValue operator[](std::size_t i) const;
    // Objects: the member named `key`.
    std::optional<JsonValue> find(std::string_view key) const;
    // The key of this value when it is an object member.
    std::string_view key() const;

    class Iterator
    {
    public:
        JsonValue operator*() const { return {m_tree, m_index}; }
        Iterator& operator++();
        bool operator==(const Iterator& other) const { return m_index == other.m_index; }
        bool operator!=(const Iterator& other) const { return m_index != other.m_index; }

    private:
        friend class JsonValue;
        Iterator(const JsonTree* tree, std::uint32_t index) : m_tree(tree), m_index(index) {}
        const JsonTree* m_tree;
        std::uint32_t m_index;
    };
    // The items of an array or the members of an object.
    Iterator begin() const;
    Iterator end() const;

private:
    friend class JsonTree;
    friend class TreeSink;
    JsonValue(const JsonTree* tree, std::uint32_t index) : m_tree(tree), m_index(index) {}
    const JsonTree* m_tree;
    std::uint32_t m_index;
};

class JsonTree
{
public:
    JsonValue root() const { return {this, 0}; }
    bool isEmpty() const { return m_nodes.empty(); }
    void clear(); // keeps the capacity, so one tree can be reused file after file
    void release(); // gives the memory back
    std::size_t capacityBytes() const;

private:
    friend class JsonValue;
    friend class TreeSink;
    struct Node
    {
        JsonValue::Type type = JsonValue::Type::Null;
        bool boolean = false;
        std::uint32_t keyOffset = 0;
        std::uint32_t keyLength = 0;
        std::uint32_t textOffset = 0;
        std::uint32_t count = 0; // items or members, or the text's length
        std::uint32_t end = 0;   // the index just past this value and everything in it
        union {
            std::int64_t integer = 0;
            std::uint64_t unsignedInteger;
            double number;
        };
    };
    std::vector<Node> m_nodes;
    std::string m_text;
};

struct JsonTreeParse
{
    bool ok = false;
    std::size_t errorOffset = 0;
    QString error;
};

// Parses into `tree` (cleared first) with the rules of parseStrictJson.
JsonTreeParse parseStrictJsonTree(std::string_view text, JsonTree& tree, int maxDepth = kMaxJsonDepth);

// Pretty-printed UTF-8 with a final newline, as Knead writes its own files.
QByteArray toJsonBytes(const nlohmann::ordered_json& document);

// The byte offset where the value at `path` starts; for an object member, where its key
// starts. Used only to place diagnostics, so the happy path never pays for positions.
std::optional<std::size_t> locateJsonPath(std::string_view text, const JsonPath& path);

TextPosition textPositionAt(std::string_view text, std::size_t offset);

} // namespace knead
