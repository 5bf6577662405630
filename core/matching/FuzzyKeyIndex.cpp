#include "core/matching/FuzzyKeyIndex.h"

#include <QSet>

#include <algorithm>

namespace adphoto {

namespace {

// FNV-1a over the text with the character at `skip` left out (skip < 0: nothing left out).
quint32 variantHash(QStringView text, qsizetype skip)
{
    quint32 h = 2166136261u;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i == skip)
            continue;
        const char16_t c = text.at(i).unicode();
        h = (h ^ quint32(c & 0xff)) * 16777619u;
        h = (h ^ quint32(c >> 8)) * 16777619u;
    }
    return h;
}

template <class Fn> void forEachVariant(QStringView text, Fn&& fn)
{
    fn(variantHash(text, -1));
    for (qsizetype i = 0; i < text.size(); ++i) {
        // Deleting either letter of a double letter gives the same text.
        if (i > 0 && text.at(i) == text.at(i - 1))
            continue;
        fn(variantHash(text, i));
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
    std::sort(m_variants.begin(), m_variants.end());
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
