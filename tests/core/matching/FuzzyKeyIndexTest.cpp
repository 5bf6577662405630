// Typo-level suggestions: which keys a deletion-neighbourhood lookup finds.
#include "core/matching/FuzzyKeyIndex.h"

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
