// SPDX-License-Identifier: MIT
#include "DocumentArena.h"

#include <algorithm>
#include <memory>
#include <new>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define KNEAD_POISON(p, n) ASAN_POISON_MEMORY_REGION(p, n)
#define KNEAD_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION(p, n)
#else
#define KNEAD_POISON(p, n) ((void)(p), (void)(n))
#define KNEAD_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

namespace knead::DocumentArena {

namespace {

constexpr std::size_t kAlignment = alignof(std::max_align_t);
// Holds a content file's document (a 2 kB file makes about 12 kB of nodes) many times over.
constexpr std::size_t kBlockBytes = 64 * 1024;
// A block grows for larger documents up to this; the nodes of a larger one that do not fit
// come from the heap.
constexpr std::size_t kLargestBlockBytes = 1024 * 1024;

struct Arena
{
    std::unique_ptr<std::byte[]> block;
    std::size_t size = kBlockBytes; // of the block, or of the next one
    std::size_t used = 0;
    std::size_t live = 0; // nodes handed out from the block and not given back
    std::size_t overflow = 0; // bytes of nodes that did not fit and came from the heap

    Arena() = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;
    ~Arena()
    {
        if (block)
            KNEAD_UNPOISON(block.get(), size);
    }

    bool owns(const void* pointer) const
    {
        const auto* p = static_cast<const std::byte*>(pointer);
        return block && p >= block.get() && p < block.get() + size;
    }
};

thread_local Arena t_arena;

} // namespace

void* allocate(std::size_t bytes)
{
    Arena& a = t_arena;
    if (!a.block) {
        a.block = std::make_unique_for_overwrite<std::byte[]>(a.size);
        KNEAD_POISON(a.block.get(), a.size);
    }
    const std::size_t rounded = (bytes + kAlignment - 1) / kAlignment * kAlignment;
    if (rounded <= a.size - a.used) {
        void* out = a.block.get() + a.used;
        KNEAD_UNPOISON(out, bytes);
        a.used += rounded;
        ++a.live;
        return out;
    }
    a.overflow += rounded;
    return ::operator new(bytes);
}

void deallocate(void* pointer, std::size_t bytes) noexcept
{
    Arena& a = t_arena;
    if (!a.owns(pointer)) {
        ::operator delete(pointer);
        return;
    }
    KNEAD_POISON(pointer, bytes);
    if (--a.live > 0)
        return;
    // The thread's documents are all destroyed: the next starts from the start of the block,
    // or of a larger one if this one was too small.
    a.used = 0;
    if (a.overflow > 0) {
        if (a.size < kLargestBlockBytes) {
            KNEAD_UNPOISON(a.block.get(), a.size); // the heap's again
            a.block.reset();
        }
        a.size = std::min(a.size + a.overflow, kLargestBlockBytes);
        a.overflow = 0;
    }
}

Usage usage()
{
    return {t_arena.used, t_arena.live};
}

} // namespace knead::DocumentArena
