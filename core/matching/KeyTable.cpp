#include "core/matching/KeyTable.h"

#include <QList>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <bit>
#include <cstring>

namespace adphoto {

namespace {

size_t partitionOf(quint64 hash)
{
    return size_t(hash >> (64 - KeyTable::kPartitionBits));
}

bool sameText(const char16_t* a, const char16_t* b, quint32 length)
{
    return length == 0 || std::memcmp(a, b, size_t(length) * sizeof(char16_t)) == 0;
}

} // namespace

void KeyTable::Batch::reserve(size_t characters, size_t keys)
{
    if (characters > m_capacity) {
        const size_t size = m_size;
        grow(characters - m_size);
        m_size = size;
    }
    for (auto& items : m_items)
        items.reserve(keys / kPartitions + keys / (4 * kPartitions) + 4);
}

quint32 KeyTable::Batch::grow(size_t length)
{
    const size_t offset = m_size;
    if (m_size + length > m_capacity) {
        const size_t capacity = std::max<size_t>({m_capacity * 2, m_size + length, 4096});
        auto text = std::make_unique_for_overwrite<char16_t[]>(capacity);
        if (m_size > 0)
            std::memcpy(text.get(), m_text.get(), m_size * sizeof(char16_t));
        m_text = std::move(text);
        m_capacity = capacity;
    }
    m_size += length;
    return quint32(offset);
}

void KeyTable::Batch::add(quint32 offset, quint32 length, quint64 hash, const Entry& entry)
{
    Q_ASSERT(size_t(offset) + length <= m_size);
    m_items[partitionOf(hash)].push_back(Item{hash, offset, length, entry});
}

void KeyTable::Batch::add(QStringView key, quint64 hash, const Entry& entry)
{
    const quint32 offset = grow(size_t(key.size()));
    if (!key.isEmpty())
        std::memcpy(m_text.get() + offset, key.utf16(), size_t(key.size()) * sizeof(char16_t));
    add(offset, quint32(key.size()), hash, entry);
}

quint64 KeyTable::hash(QStringView key)
{
    // Four UTF-16 units per multiply, then a final avalanche (the murmur3 finaliser) so that both
    // the top bits (partition) and the low bits (slot) depend on every letter. Collisions only
    // cost a text comparison.
    const char16_t* p = key.utf16();
    qsizetype n = key.size();
    quint64 h = 0x9E3779B97F4A7C15ull ^ (quint64(n) * 0xC2B2AE3D27D4EB4Full);
    for (; n >= 4; p += 4, n -= 4) {
        quint64 word;
        std::memcpy(&word, p, 8); // a fixed size: compiled to one load
        h = (h ^ word) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    if (n > 0) {
        quint64 word = 0;
        for (qsizetype i = 0; i < n; ++i)
            word |= quint64(p[i]) << (16 * i);
        h = (h ^ word) * 0xFF51AFD7ED558CCDull;
    }
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return h;
}

void KeyTable::buildPartition(Partition& part, const std::vector<Batch>& batches, size_t p)
{
    size_t items = 0;
    size_t characters = 0;
    for (const Batch& batch : batches) {
        items += batch.m_items[p].size();
        for (const Batch::Item& item : batch.m_items[p])
            characters += item.length;
    }
    if (items == 0)
        return;
    part.text.reserve(characters);
    // Sized for every item being a distinct key, so no rehashing; at most half full.
    part.buckets.assign(std::bit_ceil(std::max<size_t>(items * 2, 16)), 0);
    const size_t mask = part.buckets.size() - 1;
    std::vector<quint32> keyOfItem;
    keyOfItem.reserve(items);
    part.keys.reserve(items / 2 + 16);

    // Pass 1, in batch order: each item's key, created on first sight.
    for (const Batch& batch : batches) {
        for (const Batch::Item& item : batch.m_items[p]) {
            const char16_t* text = batch.m_text.get() + item.text;
            size_t slot = size_t(item.hash) & mask;
            quint32 k = 0;
            for (;; slot = (slot + 1) & mask) {
                const quint32 s = part.buckets[slot];
                if (s == 0) {
                    k = quint32(part.keys.size());
                    part.keys.push_back(Key{item.hash, quint32(part.text.size()), item.length, 0, 0, 0});
                    // Keys are short: a loop beats a call to memmove.
                    const size_t at = part.text.size();
                    part.text.resize(at + item.length);
                    for (quint32 c = 0; c < item.length; ++c)
                        part.text[at + c] = text[c];
                    part.buckets[slot] = k + 1;
                    break;
                }
                const Key& key = part.keys[s - 1];
                if (key.hash == item.hash && key.length == item.length &&
                    sameText(part.text.data() + key.text, text, item.length)) {
                    k = s - 1;
                    break;
                }
            }
            Key& key = part.keys[k];
            ++key.entryCount;
            key.flags |= item.entry.flags;
            keyOfItem.push_back(k);
        }
    }

    // Pass 2: entries grouped by key, each group in input order.
    quint32 next = 0;
    for (Key& key : part.keys) {
        key.firstEntry = next;
        next += key.entryCount;
    }
    part.entries.resize(items);
    std::vector<quint32> fill(part.keys.size(), 0);
    size_t i = 0;
    for (const Batch& batch : batches) {
        for (const Batch::Item& item : batch.m_items[p]) {
            const quint32 k = keyOfItem[i++];
            part.entries[part.keys[k].firstEntry + fill[k]++] = item.entry;
        }
    }
    part.keys.shrink_to_fit();
    part.text.shrink_to_fit();
}

KeyTable KeyTable::build(std::vector<Batch> batches, QThreadPool* pool)
{
    KeyTable table;
    table.m_partitions.resize(kPartitions);
    QList<size_t> partitions;
    for (size_t p = 0; p < kPartitions; ++p)
        partitions.append(p);
    QtConcurrent::blockingMap(pool, partitions, [&table, &batches](size_t p) {
        buildPartition(table.m_partitions[p], batches, p);
    });
    return table;
}

std::span<const KeyTable::Entry> KeyTable::find(QStringView key, quint64 hash) const
{
    if (m_partitions.empty())
        return {};
    const Partition& part = m_partitions[partitionOf(hash)];
    if (part.buckets.empty())
        return {};
    const size_t mask = part.buckets.size() - 1;
    const auto length = quint32(key.size());
    for (size_t slot = size_t(hash) & mask;; slot = (slot + 1) & mask) {
        const quint32 s = part.buckets[slot];
        if (s == 0)
            return {};
        const Key& k = part.keys[s - 1];
        if (k.hash == hash && k.length == length && sameText(part.text.data() + k.text, key.utf16(), length))
            return std::span<const Entry>(part.entries.data() + k.firstEntry, k.entryCount);
    }
}

qsizetype KeyTable::keyCount() const
{
    qsizetype n = 0;
    for (const Partition& part : m_partitions)
        n += qsizetype(part.keys.size());
    return n;
}

} // namespace adphoto
