// The user index's flat key store: keys found by text, hash collisions kept apart, entries in
// the order added, and the same table whatever the number of threads that build it.
#include "core/matching/KeyTable.h"

#include <QRandomGenerator>
#include <QString>
#include <QThreadPool>
#include <gtest/gtest.h>

#include <vector>

using adphoto::KeyTable;
using adphoto::MatchLevel;
using adphoto::MatchRule;

namespace {

KeyTable::Entry entry(quint32 user, MatchRule rule = MatchRule::SamAccountName, quint8 flags = 0)
{
    return KeyTable::Entry{user, rule, MatchLevel::Exact, 0, flags};
}

std::vector<quint32> usersOf(std::span<const KeyTable::Entry> entries)
{
    std::vector<quint32> users;
    for (const KeyTable::Entry& e : entries)
        users.push_back(e.user);
    return users;
}

KeyTable buildOne(KeyTable::Batch batch)
{
    std::vector<KeyTable::Batch> batches;
    batches.push_back(std::move(batch));
    return KeyTable::build(std::move(batches));
}

} // namespace

TEST(KeyTable, FindsKeysByTextAndNothingElse)
{
    KeyTable::Batch batch;
    batch.add(u"anna mueller", KeyTable::hash(u"anna mueller"), entry(1));
    batch.add(u"jürgen", KeyTable::hash(u"jürgen"), entry(2));
    batch.add(u"anna mueller", KeyTable::hash(u"anna mueller"), entry(3, MatchRule::DisplayName));
    const KeyTable table = buildOne(std::move(batch));

    EXPECT_EQ(table.keyCount(), 2);
    EXPECT_EQ(usersOf(table.find(u"anna mueller")), (std::vector<quint32>{1, 3}));
    EXPECT_EQ(table.find(u"anna mueller")[1].rule, MatchRule::DisplayName);
    EXPECT_EQ(usersOf(table.find(u"jürgen")), (std::vector<quint32>{2}));
    EXPECT_TRUE(table.find(u"anna muellerx").empty());
    EXPECT_TRUE(table.find(u"anna muelle").empty());
    EXPECT_TRUE(table.find(u"").empty());
    EXPECT_TRUE(KeyTable().find(u"anna mueller").empty()) << "an empty table finds nothing";
}

// Different texts under one hash (forced here; rare but possible with 64 bits) stay different
// keys: a collision must never hand one person's entries to another name.
TEST(KeyTable, HashCollisionsAreToldApartByText)
{
    constexpr quint64 clash = 0x0123456789abcdefull;
    KeyTable::Batch batch;
    batch.add(u"anna", clash, entry(1));
    batch.add(u"bert", clash, entry(2));
    batch.add(u"anna", clash, entry(3));
    batch.add(u"berta", clash, entry(4)); // same hash, longer text
    // A different hash in the same partition and the same first slot: a probe chain.
    batch.add(u"carl", clash ^ 0x10000ull, entry(5));
    const KeyTable table = buildOne(std::move(batch));

    EXPECT_EQ(table.keyCount(), 4);
    EXPECT_EQ(usersOf(table.find(u"anna", clash)), (std::vector<quint32>{1, 3}));
    EXPECT_EQ(usersOf(table.find(u"bert", clash)), (std::vector<quint32>{2}));
    EXPECT_EQ(usersOf(table.find(u"berta", clash)), (std::vector<quint32>{4}));
    EXPECT_EQ(usersOf(table.find(u"carl", clash ^ 0x10000ull)), (std::vector<quint32>{5}));
    EXPECT_TRUE(table.find(u"dora", clash).empty());
    EXPECT_TRUE(table.find(u"carl", clash).empty()) << "the right text under the wrong hash";
}

TEST(KeyTable, EntriesKeepTheirOrderAcrossBatchesAndFlagsAreCombined)
{
    std::vector<KeyTable::Batch> batches(3);
    const quint64 h = KeyTable::hash(u"weber");
    batches[0].add(u"weber", h, entry(10));
    batches[1].add(u"weber", h, entry(20, MatchRule::GivenSurname, 1));
    batches[2].add(u"weber", h, entry(30));
    batches[2].add(u"weber", h, entry(31));
    const KeyTable table = KeyTable::build(std::move(batches));
    EXPECT_EQ(usersOf(table.find(u"weber")), (std::vector<quint32>{10, 20, 30, 31}));
    int seen = 0;
    table.forEachKey([&](QStringView key, quint8 flags) {
        EXPECT_EQ(key, u"weber");
        EXPECT_EQ(flags, 1);
        ++seen;
    });
    EXPECT_EQ(seen, 1);
}

// Keys written into the batch's own text and added by offset, around text that is never added.
TEST(KeyTable, KeysWrittenInPlaceAreFound)
{
    KeyTable::Batch batch;
    const QString words[] = {QStringLiteral("unused"), QStringLiteral("tweber"), QStringLiteral("scratch")};
    quint32 offsets[3];
    for (int i = 0; i < 3; ++i) {
        offsets[i] = batch.grow(size_t(words[i].size()));
        std::copy_n(words[i].utf16(), words[i].size(), batch.text() + offsets[i]);
    }
    batch.add(offsets[1], 6, KeyTable::hash(u"tweber"), entry(7));
    const KeyTable table = buildOne(std::move(batch));
    EXPECT_EQ(table.keyCount(), 1);
    EXPECT_EQ(usersOf(table.find(u"tweber")), (std::vector<quint32>{7}));
    EXPECT_TRUE(table.find(u"scratch").empty());
}

// Many random keys with duplicates, built by one thread and by four: the same keys in the same
// order, each with the same entries in the same order, and every key findable.
TEST(KeyTable, TheTableIsTheSameWhateverTheThreadCount)
{
    auto makeBatches = [] {
        QRandomGenerator random(4242);
        std::vector<KeyTable::Batch> batches(7);
        for (quint32 user = 0; user < 7000; ++user) {
            for (int k = 0; k < 5; ++k) {
                const QString key =
                    QString::number(random.bounded(3000), 36) + QLatin1Char(' ') + QString::number(k);
                batches[user / 1000].add(key, KeyTable::hash(key), entry(user, MatchRule(k)));
            }
        }
        return batches;
    };
    auto dump = [](const KeyTable& table) {
        QStringList out;
        table.forEachKey([&](QStringView key, quint8) {
            QString line = key.toString() + QLatin1Char(':');
            for (const KeyTable::Entry& e : table.find(key))
                line += QStringLiteral(" %1/%2").arg(e.user).arg(int(e.rule));
            out << line;
        });
        return out;
    };
    QThreadPool one;
    one.setMaxThreadCount(1);
    QThreadPool four;
    four.setMaxThreadCount(4);
    const KeyTable a = KeyTable::build(makeBatches(), &one);
    const KeyTable b = KeyTable::build(makeBatches(), &four);
    const QStringList da = dump(a);
    EXPECT_EQ(da, dump(b));
    EXPECT_EQ(a.keyCount(), b.keyCount());
    EXPECT_GT(a.keyCount(), 10000);
    qsizetype entries = 0;
    for (const QString& line : da)
        entries += line.count(QLatin1Char('/'));
    EXPECT_EQ(entries, 7000 * 5) << "every entry is stored once";
}
