#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>
#include <vector>

namespace adphoto {

/// Finds the keys within a typo's distance of a query without comparing the query against
/// every key: a deletion-neighbourhood index (as SymSpell does). Each key is stored with all its
/// one-letter deletions; a query's deletions that meet a stored one are candidates, which are
/// then checked with the real edit distance (insertions, deletions, substitutions and
/// transpositions of neighbours). Immutable after construction; any thread may query it.
class FuzzyKeyIndex
{
public:
    struct Hit
    {
        qsizetype key = -1;
        int distance = 0;
    };

    FuzzyKeyIndex() = default;
    explicit FuzzyKeyIndex(QStringList keys);

    /// Keys at most `maxDistance` (1 or 2) edits from `query`, nearest first.
    [[nodiscard]] QList<Hit> near(QStringView query, int maxDistance) const;
    [[nodiscard]] const QString& key(qsizetype index) const { return m_keys.at(index); }
    [[nodiscard]] qsizetype size() const { return m_keys.size(); }

    /// Optimal-string-alignment distance, or `limit + 1` as soon as it is certain to exceed it.
    [[nodiscard]] static int distance(QStringView a, QStringView b, int limit);

private:
    QStringList m_keys;
    std::vector<std::pair<quint32, quint32>> m_variants; ///< (hash of the key or a deletion, key), sorted
};

} // namespace adphoto
