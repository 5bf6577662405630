#include "core/matching/UserIndex.h"

#include "core/matching/FuzzyKeyIndex.h"
#include "core/matching/NameNormalizer.h"
#include "core/matching/NamePattern.h"

#include <QHash>
#include <QStringBuilder>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <mutex>
#include <vector>

namespace adphoto {

namespace {

constexpr quint8 kSuggestFlag = 1; ///< the key takes part in typo suggestions

struct Entry
{
    quint32 user = 0;
    quint32 next = 0; ///< index + 1 of the next entry for the same key; 0 ends the chain
    MatchRule rule = MatchRule::SamAccountName;
    MatchLevel level = MatchLevel::Exact;
    quint8 pattern = 0;
    quint8 flags = 0;
};

struct KeyItem
{
    QString key;
    quint32 user = 0;
    MatchRule rule = MatchRule::SamAccountName;
    MatchLevel level = MatchLevel::Exact;
    quint8 pattern = 0;
    quint8 flags = 0;
};

/// A name in its three spellings; `alt` is empty when it equals `folded`.
struct Forms
{
    QString exact;
    QString folded;
    QString alt;
};

Forms formsOf(QStringView text)
{
    Forms f;
    f.exact = NameNormalizer::exactKey(text);
    f.folded = NameNormalizer::foldKey(f.exact); // shares the exact key's text when it is ASCII
    f.alt = NameNormalizer::alternativeKey(f.exact, f.folded);
    return f;
}

// Given names and surnames repeat across a directory: each thread remembers their forms.
Forms cachedFormsOf(const QString& text)
{
    thread_local QHash<QString, Forms> cache;
    if (const auto it = cache.constFind(text); it != cache.constEnd())
        return it.value();
    if (cache.size() > 100000)
        cache.clear();
    return *cache.insert(text, formsOf(text));
}

Forms join(const Forms& a, const Forms& b)
{
    if (a.exact.isEmpty())
        return b;
    if (b.exact.isEmpty())
        return a;
    // QStringBuilder: one allocation per joined key.
    const QLatin1Char space(' ');
    Forms r;
    r.exact = a.exact % space % b.exact;
    r.folded = a.folded % space % b.folded;
    if (!a.alt.isEmpty() || !b.alt.isEmpty())
        r.alt = (a.alt.isEmpty() ? a.folded : a.alt) % space % (b.alt.isEmpty() ? b.folded : b.alt);
    return r;
}

Forms initialOf(const Forms& given)
{
    auto first = [](const QString& s) { return s.left(s.size() > 1 && s.at(0).isHighSurrogate() ? 2 : 1); };
    Forms r;
    r.exact = first(given.exact);
    r.folded = first(given.folded);
    if (!given.alt.isEmpty() && first(given.alt) != r.folded)
        r.alt = first(given.alt);
    return r;
}

bool better(MatchLevel levelA, MatchRule ruleA, MatchLevel levelB, MatchRule ruleB)
{
    return levelA != levelB ? levelA < levelB : ruleA < ruleB;
}

/// Collects one user's keys, each key once (with its best rule and level).
class UserKeys
{
public:
    UserKeys(std::vector<KeyItem>& out, quint32 user)
        : m_out(out)
        , m_user(user)
        , m_first(out.size())
    {}

    void add(const Forms& f, MatchRule rule, bool compactToo, bool suggest, quint8 pattern = 0)
    {
        add(f.exact, rule, MatchLevel::Exact, 0, pattern);
        add(f.folded, rule, MatchLevel::Folded, 0, pattern);
        add(f.alt, rule, MatchLevel::Alternative, 0, pattern);
        if (compactToo) {
            const quint8 flags = suggest ? kSuggestFlag : 0;
            add(NameNormalizer::compact(f.folded), rule, MatchLevel::Compact, flags, pattern);
            add(NameNormalizer::compact(f.alt), rule, MatchLevel::Compact, flags, pattern);
        }
    }

private:
    void add(const QString& key, MatchRule rule, MatchLevel level, quint8 flags, quint8 pattern)
    {
        if (key.isEmpty())
            return;
        for (size_t i = m_first; i < m_out.size(); ++i) {
            KeyItem& item = m_out[i];
            if (item.key == key) {
                if (better(level, rule, item.level, item.rule)) {
                    item.level = level;
                    item.rule = rule;
                    item.pattern = pattern;
                }
                item.flags |= flags;
                return;
            }
        }
        m_out.push_back(KeyItem{key, m_user, rule, level, pattern, flags});
    }

    std::vector<KeyItem>& m_out;
    quint32 m_user;
    size_t m_first;
};

void collectKeys(const UserRecord& u, quint32 index, const QList<NamePattern>& patterns,
                 std::vector<KeyItem>& out)
{
    UserKeys keys(out, index);
    auto localPart = [](const QString& address) {
        const qsizetype at = address.indexOf(QLatin1Char('@'));
        return at < 0 ? QStringView(address) : QStringView(address).left(at);
    };

    keys.add(formsOf(u.sAMAccountName), MatchRule::SamAccountName, true, true);
    if (!u.userPrincipalName.isEmpty()) {
        keys.add(formsOf(u.userPrincipalName), MatchRule::UserPrincipalName, false, false);
        keys.add(formsOf(localPart(u.userPrincipalName)), MatchRule::UserPrincipalName, true, true);
    }
    if (!u.mail.isEmpty()) {
        keys.add(formsOf(u.mail), MatchRule::Mail, false, false);
        keys.add(formsOf(localPart(u.mail)), MatchRule::MailLocalPart, true, true);
    }
    keys.add(formsOf(u.employeeID), MatchRule::EmployeeId, false, false);
    keys.add(formsOf(u.displayName), MatchRule::DisplayName, true, true);

    const Forms given = cachedFormsOf(u.givenName);
    const Forms surname = cachedFormsOf(u.sn);
    if (!given.exact.isEmpty() && !surname.exact.isEmpty()) {
        keys.add(join(given, surname), MatchRule::GivenSurname, true, true);
        keys.add(join(surname, given), MatchRule::SurnameGiven, true, true);
        keys.add(join(initialOf(given), surname), MatchRule::InitialSurname, true, false);
    }
    for (qsizetype p = 0; p < patterns.size(); ++p) {
        const QString expanded = patterns.at(p).expand(u);
        if (!expanded.isEmpty())
            keys.add(formsOf(expanded), MatchRule::Pattern, true, false, quint8(p));
    }
}

/// One of the index's shards: the keys whose hash falls into it, each with the chain of
/// (user, rule, level) entries that produce it. Shards are built in parallel.
struct Shard
{
    struct Key
    {
        quint32 head = 0; ///< index + 1 of the key's first entry; 0 = none
        quint8 flags = 0; ///< OR of its entries' flags
    };
    QHash<QString, Key> keys;
    std::vector<Entry> entries;
};

constexpr size_t kShards = 16;

size_t shardOf(QStringView key)
{
    return qHash(key, 0) % kShards;
}

} // namespace

struct UserIndex::Data
{
    QList<UserRecord> users;
    QStringList patternTexts;
    std::array<Shard, kShards> shards;

    std::once_flag fuzzyOnce;
    FuzzyKeyIndex fuzzy;

    template <class Fn> void forEachEntry(const QString& key, Fn&& fn) const
    {
        const Shard& shard = shards[shardOf(key)];
        const auto it = shard.keys.constFind(key);
        if (it == shard.keys.constEnd())
            return;
        for (quint32 e = it->head; e != 0; e = shard.entries[e - 1].next)
            fn(shard.entries[e - 1]);
    }

    const FuzzyKeyIndex& fuzzyIndex()
    {
        std::call_once(fuzzyOnce, [this] {
            QStringList keys;
            for (const Shard& shard : shards) {
                for (auto it = shard.keys.constBegin(); it != shard.keys.constEnd(); ++it) {
                    if ((it->flags & kSuggestFlag) && it.key().size() >= 4)
                        keys.append(it.key());
                }
            }
            fuzzy = FuzzyKeyIndex(std::move(keys));
        });
        return fuzzy;
    }
};

UserIndex::UserIndex()
    : d(std::make_shared<Data>())
{}

Result<UserIndex> UserIndex::build(QList<UserRecord> users, const QStringList& patterns)
{
    if (patterns.size() > 255)
        return fail(ErrorKind::Usage, tr("At most 255 patterns can be used at once."));
    QList<NamePattern> parsed;
    for (const QString& text : patterns) {
        auto pattern = NamePattern::parse(text);
        if (!pattern)
            return std::unexpected(pattern.error());
        parsed.append(*pattern);
    }

    UserIndex index;
    Data& data = *index.d;
    data.users = std::move(users);
    data.patternTexts = patterns;

    // Normalising (ICU) runs in parallel over chunks of users, which also sort their keys into
    // shards; then the shards are filled in parallel, each taking the chunks in user order.
    constexpr qsizetype chunk = 4096;
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (qsizetype i = 0; i < data.users.size(); i += chunk)
        ranges.append({i, std::min(data.users.size(), i + chunk)});
    using Buckets = std::array<std::vector<KeyItem>, kShards>;
    std::vector<Buckets> parts(size_t(ranges.size()));
    QList<qsizetype> chunkIndexes;
    for (qsizetype i = 0; i < ranges.size(); ++i)
        chunkIndexes.append(i);
    const QList<UserRecord>& all = data.users;
    QtConcurrent::blockingMap(chunkIndexes, [&all, &parsed, &ranges, &parts](qsizetype c) {
        const auto [first, last] = ranges.at(c);
        Buckets& buckets = parts[size_t(c)];
        for (auto& b : buckets)
            b.reserve(size_t(last - first) * 24 / kShards);
        std::vector<KeyItem> items; // one user's keys at a time
        for (qsizetype i = first; i < last; ++i) {
            items.clear();
            collectKeys(all.at(i), quint32(i), parsed, items);
            for (KeyItem& item : items)
                buckets[shardOf(item.key)].push_back(std::move(item));
        }
    });

    QList<size_t> shardIndexes;
    for (size_t i = 0; i < kShards; ++i)
        shardIndexes.append(i);
    QtConcurrent::blockingMap(shardIndexes, [&data, &parts](size_t s) {
        Shard& shard = data.shards[s];
        size_t total = 0;
        for (const Buckets& part : parts)
            total += part[s].size();
        shard.entries.reserve(total);
        shard.keys.reserve(qsizetype(total * 2 / 5 + 16));
        for (const Buckets& part : parts) {
            for (const KeyItem& item : part[s]) {
                Shard::Key& key = shard.keys[item.key];
                shard.entries.push_back(
                    Entry{item.user, key.head, item.rule, item.level, item.pattern, item.flags});
                key.head = quint32(shard.entries.size());
                key.flags |= item.flags;
            }
        }
    });
    return index;
}

QList<NameCandidate> UserIndex::lookup(QStringView name) const
{
    QList<NameCandidate> found;
    const QString exact = NameNormalizer::exactKey(name);
    if (exact.isEmpty())
        return found;
    found.reserve(8);
    const QString folded = NameNormalizer::foldKey(exact);
    const QString alt = NameNormalizer::alternativeKey(exact, folded);
    const std::pair<QString, MatchLevel> forms[] = {
        {exact, MatchLevel::Exact},
        {folded, MatchLevel::Folded},
        {alt, MatchLevel::Alternative},
        {NameNormalizer::compact(folded), MatchLevel::Compact},
        {NameNormalizer::compact(alt), MatchLevel::Compact},
    };
    const bool hasComma = name.contains(QLatin1Char(','));
    for (qsizetype f = 0; f < qsizetype(std::size(forms)); ++f) {
        const auto& [key, formLevel] = forms[f];
        if (key.isEmpty())
            continue;
        bool repeated = false;
        for (qsizetype g = 0; g < f; ++g)
            repeated = repeated || forms[g].first == key;
        if (repeated)
            continue;
        d->forEachEntry(key, [&](const Entry& e) {
            const MatchLevel level = std::max(formLevel, e.level);
            MatchRule rule = e.rule;
            if (rule == MatchRule::SurnameGiven && hasComma)
                rule = MatchRule::SurnameCommaGiven;
            const int pattern = rule == MatchRule::Pattern ? int(e.pattern) : -1;
            for (NameCandidate& c : found) {
                if (c.user == qsizetype(e.user)) {
                    if (better(level, rule, c.level, c.rule))
                        c = NameCandidate{c.user, rule, pattern, level};
                    return;
                }
            }
            found.append(NameCandidate{qsizetype(e.user), rule, pattern, level});
        });
    }
    std::sort(found.begin(), found.end(), [](const NameCandidate& a, const NameCandidate& b) {
        if (a.level != b.level || a.rule != b.rule)
            return better(a.level, a.rule, b.level, b.rule);
        return a.user < b.user;
    });
    return found;
}

QList<NameSuggestion> UserIndex::suggest(QStringView name, int limit) const
{
    QList<NameSuggestion> out;
    const QString exact = NameNormalizer::exactKey(name);
    if (exact.isEmpty() || d->users.isEmpty())
        return out;
    const QString queries[] = {NameNormalizer::compact(NameNormalizer::foldKey(exact)),
                               NameNormalizer::compact(NameNormalizer::alternativeKey(exact))};
    const FuzzyKeyIndex& fuzzy = d->fuzzyIndex();
    for (const QString& query : queries) {
        if (query.size() < 4)
            continue;
        // One typo in short names, two in longer ones; more would suggest strangers.
        const int maxDistance = query.size() >= 8 ? 2 : 1;
        for (const FuzzyKeyIndex::Hit& hit : fuzzy.near(query, maxDistance)) {
            d->forEachEntry(fuzzy.key(hit.key), [&](const Entry& e) {
                if (!(e.flags & kSuggestFlag))
                    return;
                for (NameSuggestion& s : out) {
                    if (s.user == qsizetype(e.user)) {
                        s.distance = std::min(s.distance, hit.distance);
                        return;
                    }
                }
                out.append(NameSuggestion{qsizetype(e.user), hit.distance});
            });
        }
    }
    std::sort(out.begin(), out.end(), [this](const NameSuggestion& a, const NameSuggestion& b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        return d->users.at(a.user).sAMAccountName < d->users.at(b.user).sAMAccountName;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

const QList<UserRecord>& UserIndex::users() const
{
    return d->users;
}

const QStringList& UserIndex::patterns() const
{
    return d->patternTexts;
}

QString UserIndex::ruleName(const NameCandidate& candidate) const
{
    if (candidate.rule == MatchRule::Pattern && candidate.pattern >= 0 &&
        candidate.pattern < d->patternTexts.size())
        return matchRuleName(MatchRule::Pattern) + QLatin1Char(' ') + d->patternTexts.at(candidate.pattern);
    return matchRuleName(candidate.rule);
}

qsizetype UserIndex::keyCount() const
{
    qsizetype n = 0;
    for (const Shard& shard : d->shards)
        n += shard.keys.size();
    return n;
}

} // namespace adphoto
