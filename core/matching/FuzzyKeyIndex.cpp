#include "core/matching/FuzzyKeyIndex.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace adphoto {

namespace {

// The text's hash and the hashes of its one-letter deletions, all in O(length): a polynomial
// hash (mod 2^32) is made of a prefix and a suffix part, so leaving out letter i is
// prefix(i) * B^(n-1-i) + suffix(i+1). Equal texts hash alike however they were reached, which
// is all the index needs: candidates are checked with the real distance.
template <class Fn> void forEachVariant(QStringView text, Fn&& fn)
{
    constexpr quint32 base = 16777619u;
    const qsizetype n = text.size();
    QVarLengthArray<quint32, 64> prefix(n + 1), suffix(n + 1), power(n + 1);
    prefix[0] = 0;
    power[0] = 1;
    for (qsizetype i = 0; i < n; ++i) {
        prefix[i + 1] = prefix[i] * base + quint32(text.at(i).unicode());
        power[i + 1] = power[i] * base;
    }
    suffix[n] = 0;
    for (qsizetype i = n - 1; i >= 0; --i)
        suffix[i] = quint32(text.at(i).unicode()) * power[n - 1 - i] + suffix[i + 1];
    fn(prefix[n]);
    for (qsizetype i = 0; i < n; ++i) {
        // Deleting either letter of a double letter gives the same text.
        if (i > 0 && text.at(i) == text.at(i - 1))
            continue;
        fn(prefix[i] * power[n - 1 - i] + suffix[i + 1]);
    }
}

// Sorts by hash, keeping equal hashes in their order: two stable counting passes over 16 bits
// each (a radix sort), linear in the millions of variants of a large directory.
void sortByHash(std::vector<std::pair<quint32, quint32>>& items)
{
    std::vector<std::pair<quint32, quint32>> buffer(items.size());
    std::vector<size_t> offsets(65536 + 1);
    for (const int shift : {0, 16}) {
        std::fill(offsets.begin(), offsets.end(), 0);
        for (const auto& item : items)
            ++offsets[((item.first >> shift) & 0xffff) + 1];
        for (size_t i = 1; i < offsets.size(); ++i)
            offsets[i] += offsets[i - 1];
        for (const auto& item : items)
            buffer[offsets[(item.first >> shift) & 0xffff]++] = item;
        items.swap(buffer);
    }
}

} // namespace

FuzzyKeyIndex::FuzzyKeyIndex(QStringList keys)
    : m_keys(std::move(keys))
{
    qsizetype total = 0;
    for (const QString& k : std::as_const(m_keys))
        total += k.size() + 1;
    m_variants.reserve(size_t(total));
    for (qsizetype i = 0; i < m_keys.size(); ++i)
        forEachVariant(m_keys.at(i), [&](quint32 h) { m_variants.emplace_back(h, quint32(i)); });
    // Added in key order, so a stable sort by hash leaves them sorted by (hash, key).
    sortByHash(m_variants);
}

QList<FuzzyKeyIndex::Hit> FuzzyKeyIndex::near(QStringView query, int maxDistance) const
{
    QSet<quint32> seen;
    QList<Hit> hits;
    forEachVariant(query, [&](quint32 h) {
        auto it = std::lower_bound(m_variants.begin(), m_variants.end(), std::pair<quint32, quint32>(h, 0));
        for (; it != m_variants.end() && it->first == h; ++it) {
            if (seen.contains(it->second))
                continue;
            seen.insert(it->second);
            const int d = distance(query, m_keys.at(it->second), maxDistance);
            if (d <= maxDistance)
                hits.append(Hit{qsizetype(it->second), d});
        }
    });
    std::sort(hits.begin(), hits.end(), [this](const Hit& a, const Hit& b) {
        return a.distance != b.distance ? a.distance < b.distance : m_keys.at(a.key) < m_keys.at(b.key);
    });
    return hits;
}

int FuzzyKeyIndex::distance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows of the optimal-string-alignment matrix.
    std::vector<int> prev2(size_t(m + 1)), prev(size_t(m + 1)), cur(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int v = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                v = std::min(v, prev2[size_t(j - 2)] + 1);
            cur[size_t(j)] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[size_t(m)], limit + 1);
}

} // namespace adphoto
