// Typo-level suggestions: which keys a deletion-neighbourhood lookup finds.
#include "core/matching/FuzzyKeyIndex.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using adphoto::FuzzyKeyIndex;

TEST(FuzzyKeyIndex, DistanceCountsTyposIncludingSwappedNeighbours)
{
    EXPECT_EQ(FuzzyKeyIndex::distance(u"annamueller", u"annamueller", 2), 0);
    EXPECT_EQ(FuzzyKeyIndex::distance(u"annamueler", u"annamueller", 2), 1);  // deletion
    EXPECT_EQ(FuzzyKeyIndex::distance(u"annamuelelr", u"annamueller", 2), 1); // swap
    EXPECT_EQ(FuzzyKeyIndex::distance(u"annamuxller", u"annamueller", 2), 1); // substitution
    EXPECT_EQ(FuzzyKeyIndex::distance(u"bnnamuxller", u"annamueller", 2), 2);
    EXPECT_EQ(FuzzyKeyIndex::distance(u"thomasweber", u"annamueller", 2), 3); // capped at limit + 1
}

TEST(FuzzyKeyIndex, FindsKeysWithinTheDistanceAndNothingFarther)
{
    const FuzzyKeyIndex index(QStringList{QStringLiteral("annamueller"), QStringLiteral("annamuller"),
                                          QStringLiteral("thomasweber"), QStringLiteral("jurgenmuller")});
    const auto hits = index.near(u"annamueler", 1);
    QStringList found;
    for (const auto& h : hits)
        found << index.key(h.key);
    EXPECT_EQ(found, (QStringList{QStringLiteral("annamueller"), QStringLiteral("annamuller")}));

    const auto two = index.near(u"thomaswbeer", 2);
    ASSERT_EQ(two.size(), 1);
    EXPECT_EQ(index.key(two.front().key), QStringLiteral("thomasweber"));
    EXPECT_EQ(two.front().distance, 1);

    EXPECT_TRUE(index.near(u"zzzzzzzz", 2).isEmpty());
}

// Against brute force: every key one typo away is found (the variant hashes of a key and of a
// query meet whenever they differ by one insertion, deletion, substitution or swap), and
// nothing farther is reported.
TEST(FuzzyKeyIndex, FindsEveryKeyOneTypoAwayLikeBruteForce)
{
    QRandomGenerator random(77);
    auto word = [&random] {
        QString w;
        const int length = 4 + int(random.bounded(5));
        for (int i = 0; i < length; ++i)
            w += QChar(char16_t(u'a' + random.bounded(3)));
        return w;
    };
    QStringList keys;
    for (int i = 0; i < 400; ++i)
        keys << word();
    keys.removeDuplicates();
    const FuzzyKeyIndex index(keys);
    for (int q = 0; q < 300; ++q) {
        const QString query = word();
        QStringList expected;
        for (const QString& k : std::as_const(keys)) {
            if (FuzzyKeyIndex::distance(query, k, 1) <= 1)
                expected << k;
        }
        QStringList found;
        for (const auto& h : index.near(query, 1))
            found << index.key(h.key);
        expected.sort();
        found.sort();
        ASSERT_EQ(found, expected) << query.toStdString();
    }
}
