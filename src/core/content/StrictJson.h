// SPDX-License-Identifier: MIT
#pragma once

#include "DocumentArena.h"

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace knead {

// A path into a JSON document: object keys and array indices, outermost first, used to name
// a field in a diagnostic and to find it in the text. Keys are views of strings that outlive
// the path (field names, or keys of the parsed document).
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
        std::size_t m_value = 0; // the key's length, or the index
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
    std::array<Component, kMaxDepth> m_components {};
    std::size_t m_size = 0;
};

struct TextPosition
{
    int line = 1; // 1-based
    int column = 1; // 1-based, counted in Unicode code points
};

// Parses JSON with the rules content files must follow, without ever throwing or recursing:
// nesting deeper than maxDepth is refused before the document is built, duplicate keys are
// refused, integers too large for 64 bits and numbers out of double range are errors, and
// invalid UTF-8 is reported. On failure `value` is null, `errorOffset` is the byte offset of
// the real mistake (for a trailing comma: the comma) and `error` says in plain words what is
// wrong and how to fix it; the JSON library's own wording never reaches the person.
template<typename Json> struct BasicStrictJsonResult
{
    Json value;
    bool ok = false;
    std::size_t errorOffset = 0;
    QString error;
};
using StrictJsonResult = BasicStrictJsonResult<nlohmann::json>;

inline constexpr int kMaxJsonDepth = 64;

StrictJsonResult parseStrictJson(std::string_view text, int maxDepth = kMaxJsonDepth);
// The same for content files, read by the thousand: the document's nodes come from the
// thread's DocumentArena, and it must be destroyed on the thread that parsed it.
BasicStrictJsonResult<DocumentJson> parseStrictDocument(std::string_view text, int maxDepth = kMaxJsonDepth);
inline StrictJsonResult parseStrictJsonData(const QByteArray& data)
{
    return parseStrictJson(std::string_view(data.constData(), std::size_t(data.size())));
}

// Pretty-printed UTF-8 with a final newline, as Knead writes its own files.
QByteArray toJsonBytes(const nlohmann::ordered_json& document);

// The byte offset where the value at `path` starts; for an object member, where its key
// starts. Used only to place diagnostics, so the happy path never pays for positions.
std::optional<std::size_t> locateJsonPath(std::string_view text, const JsonPath& path);

TextPosition textPositionAt(std::string_view text, std::size_t offset);

} // namespace knead
