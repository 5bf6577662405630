#pragma once

#include "core/WorkPool.h"
#include "core/matching/MatchRule.h"

#include <QStringView>
#include <QThreadPool>

#include <array>
#include <memory>
#include <span>
#include <vector>

namespace adphoto {

/// UserIndex's storage: text keys, each with the entries (user, rule, level) added under it,
/// kept flat instead of one QString and one hash node per key. Keys are spread over partitions by
/// the top bits of a 64-bit hash; each partition holds its keys' text in one buffer, its entries
/// in one array (a key's entries are contiguous) and an open-addressing table of key indexes.
/// Equal hashes of different texts are told apart by comparing the text, so a hash collision
/// never mixes two keys' users.
///
/// Batches are filled on any threads (one batch per thread at a time) and then merged in
/// parallel, one partition per task. The result depends only on the batches and their order,
/// never on the number of threads. After build() the table is immutable; any thread may read it.
class KeyTable
{
public:
    static constexpr int kPartitionBits = 6;
    static constexpr size_t kPartitions = size_t(1) << kPartitionBits;

    /// What one key says about one user.
    struct Entry
    {
        quint32 user = 0;
        MatchRule rule = MatchRule::SamAccountName;
        MatchLevel level = MatchLevel::Exact;
        quint8 pattern = 0;
        quint8 flags = 0;
    };

    /// Keys collected for one slice of the input, their text in one buffer. A caller may write
    /// keys straight into that buffer (grow(), text()) and add them by offset, so that no key is
    /// copied; text that is never added is simply left unused until the table is built.
    class Batch
    {
    public:
        /// Room for `length` more characters at the end of the text, uninitialised; returns
        /// their offset. The text may move: hold offsets, not pointers, across calls.
        quint32 grow(size_t length);
        /// Room for about `characters` of text and `keys` keys, to spare regrowing.
        void reserve(size_t characters, size_t keys);
        /// Drops the text from `size` on (size <= textSize()).
        void truncate(size_t size) { m_size = size; }
        [[nodiscard]] size_t textSize() const { return m_size; }
        [[nodiscard]] char16_t* text() { return m_text.get(); }
        [[nodiscard]] const char16_t* text() const { return m_text.get(); }

        /// Adds the key at text()[offset, offset + length). `hash` must be KeyTable::hash() of
        /// the key for find() by text alone to find it.
        void add(quint32 offset, quint32 length, quint64 hash, const Entry& entry);
        /// Copies `key` into the text and adds it.
        void add(QStringView key, quint64 hash, const Entry& entry);

    private:
        friend class KeyTable;
        struct Item
        {
            quint64 hash = 0;
            quint32 text = 0;
            quint32 length = 0;
            Entry entry;
        };
        std::unique_ptr<char16_t[]> m_text;
        size_t m_size = 0;
        size_t m_capacity = 0;
        std::array<std::vector<Item>, kPartitions> m_items;
    };

    KeyTable() = default;

    /// Merges `batches` (in input order). A key's entries keep the order in which they were
    /// added across the batches.
    [[nodiscard]] static KeyTable build(std::vector<Batch> batches, QThreadPool* pool = workPool());

    [[nodiscard]] static quint64 hash(QStringView key);

    /// The entries added under `key`, in the order they were added; empty when none.
    [[nodiscard]] std::span<const Entry> find(QStringView key) const { return find(key, hash(key)); }
    [[nodiscard]] std::span<const Entry> find(QStringView key, quint64 hash) const;

    [[nodiscard]] qsizetype keyCount() const;

    /// Calls `fn(QStringView key, quint8 flags)` for every key, in an order fixed by the batches;
    /// `flags` is the OR of its entries' flags.
    template <class Fn> void forEachKey(Fn&& fn) const
    {
        for (const Partition& part : m_partitions) {
            for (const Key& key : part.keys)
                fn(QStringView(part.text.data() + key.text, qsizetype(key.length)), key.flags);
        }
    }

private:
    struct Key
    {
        quint64 hash = 0;
        quint32 text = 0;
        quint32 length = 0;
        quint32 firstEntry = 0;
        quint32 entryCount = 0;
        quint8 flags = 0;
    };
    struct Partition
    {
        std::vector<Key> keys;
        std::vector<quint32> buckets; ///< key index + 1; 0 = empty. A power of two in size.
        std::vector<Entry> entries;
        std::vector<char16_t> text;
    };

    static void buildPartition(Partition& part, const std::vector<Batch>& batches, size_t p);

    std::vector<Partition> m_partitions;
};

} // namespace adphoto
