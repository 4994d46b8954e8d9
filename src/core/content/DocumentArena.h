// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace knead {

// Memory for the nodes of the JSON documents a thread reads one after another. A pack's
// files are parsed into documents of a few hundred objects, arrays and members each, which
// are read once and destroyed; with malloc each node was an allocation and a free, placed
// wherever the heap had room among the items being kept. Here each thread takes its
// documents' nodes from one block, from the start, and starts again from the start when the
// last of them is destroyed, so the nodes stay in memory the cache already holds.
//
// A document must be destroyed on the thread that made it (the loader reads, checks and
// drops each file's document on one thread). Text longer than the string's own buffer is
// still the heap's: only the nodes come from here. Under AddressSanitizer, memory given back
// is poisoned, so a node used after its document is gone is reported as the heap's would be.
namespace DocumentArena {

void* allocate(std::size_t bytes);
void deallocate(void* pointer, std::size_t bytes) noexcept;
// What the calling thread's arena holds: bytes handed out since it last started again, and
// nodes not yet given back. For the tests.
struct Usage
{
    std::size_t bytes = 0;
    std::size_t live = 0;
};
Usage usage();

} // namespace DocumentArena

template<typename T> struct DocumentAllocator
{
    using value_type = T;
    DocumentAllocator() = default;
    template<typename U> DocumentAllocator(const DocumentAllocator<U>&) noexcept { }
    T* allocate(std::size_t n) { return static_cast<T*>(DocumentArena::allocate(n * sizeof(T))); }
    void deallocate(T* pointer, std::size_t n) noexcept { DocumentArena::deallocate(pointer, n * sizeof(T)); }
    friend bool operator==(DocumentAllocator, DocumentAllocator) noexcept { return true; }
};

// nlohmann::json with its nodes in the thread's DocumentArena: the documents of content files.
using DocumentJson = nlohmann::basic_json<std::map, std::vector, std::string, bool, std::int64_t, std::uint64_t, double,
    DocumentAllocator>;

} // namespace knead
