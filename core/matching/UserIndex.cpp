#include "core/matching/UserIndex.h"

#include "core/WorkPool.h"
#include "core/matching/FuzzyKeyIndex.h"
#include "core/matching/KeyTable.h"
#include "core/matching/NameNormalizer.h"
#include "core/matching/NamePattern.h"

#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <mutex>
#include <vector>

namespace adphoto {

namespace {

constexpr quint8 kSuggestFlag = 1; ///< the key takes part in typo suggestions

using Entry = KeyTable::Entry;

/// A stretch of UserKeys' text buffer.
struct Span
{
    quint32 offset = 0;
    quint32 length = 0;
};

/// A name in its three spellings; `alt` is empty when it equals `folded`.
struct Forms
{
    Span exact;
    Span folded;
    Span alt;
};

/// A given name or surname in its three spellings, remembered per thread.
struct CachedForms
{
    QString exact;
    QString folded;
    QString alt;
};

// Given names and surnames repeat across a directory: each thread remembers their forms. A copy
// (three shared QStrings), as the next insertion may move the cache's nodes.
CachedForms cachedFormsOf(const QString& text)
{
    thread_local QHash<QString, CachedForms> cache;
    if (const auto it = cache.constFind(text); it != cache.constEnd())
        return it.value();
    if (cache.size() > 100000)
        cache.clear();
    CachedForms f;
    f.exact = NameNormalizer::exactKey(text);
    f.folded = NameNormalizer::foldKey(f.exact);
    f.alt = NameNormalizer::alternativeKey(f.exact, f.folded);
    return *cache.insert(text, f);
}

bool better(MatchLevel levelA, MatchRule ruleA, MatchLevel levelB, MatchRule ruleB)
{
    return levelA != levelB ? levelA < levelB : ruleA < ruleB;
}

/// Collects one user's keys at a time, each key once (with its best rule and level), and adds
/// them to a KeyTable batch. The forms of a name are written straight into the batch's text:
/// pure ASCII attributes (account, UPN, mail, employeeID) cost no allocation and no copy, and
/// joined and separator-free forms are built there too.
class UserKeys
{
public:
    explicit UserKeys(KeyTable::Batch& batch)
        : m_batch(batch)
    {
        m_items.reserve(64);
    }

    void begin(quint32 user)
    {
        m_user = user;
        m_items.clear();
        std::fill(m_slots.begin(), m_slots.end(), 0);
    }

    void finish()
    {
        for (const Item& item : m_items)
            m_batch.add(item.key.offset, item.key.length, item.hash,
                        Entry{m_user, item.rule, item.level, item.pattern, item.flags});
    }

    Forms formsOf(QStringView text)
    {
        if (NameNormalizer::isAscii(text)) {
            // exactKey() of ASCII is ASCII: foldKey() returns it and alternativeKey() is empty.
            const quint32 offset = m_batch.grow(size_t(text.size()));
            const qsizetype n = NameNormalizer::writeAsciiKey(text, m_batch.text() + offset);
            m_batch.truncate(offset + size_t(n));
            const Span key{offset, quint32(n)};
            return Forms{key, key, {}};
        }
        const QString exact = NameNormalizer::exactKey(text);
        const QString folded = NameNormalizer::foldKey(exact);
        return put(exact, folded, NameNormalizer::alternativeKey(exact, folded));
    }

    Forms formsOf(const CachedForms& f) { return put(f.exact, f.folded, f.alt); }

    Forms join(const Forms& a, const Forms& b)
    {
        if (a.exact.length == 0)
            return b;
        if (b.exact.length == 0)
            return a;
        Forms r;
        r.exact = concat(a.exact, b.exact);
        r.folded = concat(a.folded, b.folded);
        if (a.alt.length != 0 || b.alt.length != 0)
            r.alt = concat(a.alt.length == 0 ? a.folded : a.alt, b.alt.length == 0 ? b.folded : b.alt);
        return r;
    }

    Forms initialOf(const Forms& given) const
    {
        auto first = [this](Span s) {
            const bool pair = s.length > 1 && QChar::isHighSurrogate(m_batch.text()[s.offset]);
            return Span{s.offset, std::min<quint32>(s.length, pair ? 2 : 1)};
        };
        Forms r;
        r.exact = first(given.exact);
        r.folded = first(given.folded);
        if (given.alt.length != 0 && view(first(given.alt)) != view(r.folded))
            r.alt = first(given.alt);
        return r;
    }

    void add(const Forms& f, MatchRule rule, bool compactToo, bool suggest, quint8 pattern = 0)
    {
        m_formsStart = m_items.size();
        add(f.exact, rule, MatchLevel::Exact, 0, pattern);
        add(f.folded, rule, MatchLevel::Folded, 0, pattern);
        add(f.alt, rule, MatchLevel::Alternative, 0, pattern);
        if (compactToo) {
            const quint8 flags = suggest ? kSuggestFlag : 0;
            add(compact(f.folded), rule, MatchLevel::Compact, flags, pattern);
            add(compact(f.alt), rule, MatchLevel::Compact, flags, pattern);
        }
    }

private:
    struct Item
    {
        quint64 hash = 0;
        Span key;
        MatchRule rule = MatchRule::SamAccountName;
        MatchLevel level = MatchLevel::Exact;
        quint8 pattern = 0;
        quint8 flags = 0;
    };

    [[nodiscard]] QStringView view(Span s) const
    {
        return QStringView(m_batch.text() + s.offset, qsizetype(s.length));
    }

    Span put(QStringView text)
    {
        const Span s{m_batch.grow(size_t(text.size())), quint32(text.size())};
        std::copy_n(text.utf16(), text.size(), m_batch.text() + s.offset);
        return s;
    }

    Forms put(const QString& exact, const QString& folded, const QString& alt)
    {
        Forms f;
        f.exact = put(exact);
        f.folded = folded == exact ? f.exact : put(folded);
        f.alt = put(alt);
        return f;
    }

    Span concat(Span a, Span b)
    {
        const Span s{m_batch.grow(size_t(a.length) + 1 + b.length), a.length + 1 + b.length};
        char16_t* text = m_batch.text();
        char16_t* out = std::copy_n(text + a.offset, a.length, text + s.offset);
        *out++ = u' ';
        std::copy_n(text + b.offset, b.length, out);
        return s;
    }

    Span compact(Span key)
    {
        // Written optimistically after the buffer's end; dropped again when there is no space.
        const quint32 offset = m_batch.grow(key.length);
        char16_t* text = m_batch.text();
        char16_t* out = text + offset;
        for (quint32 i = 0; i < key.length; ++i) {
            if (text[key.offset + i] != u' ')
                *out++ = text[key.offset + i];
        }
        const auto length = quint32(out - (text + offset));
        if (length == key.length) {
            m_batch.truncate(offset);
            return key;
        }
        m_batch.truncate(offset + length);
        return Span{offset, length};
    }

    void add(Span key, MatchRule rule, MatchLevel level, quint8 flags, quint8 pattern)
    {
        if (key.length == 0)
            return;
        Item* same = nullptr;
        // The same span again (an ASCII name's exact, folded and separator-free forms are one
        // text) is found without hashing among the keys of the same name ...
        for (size_t i = m_formsStart; i < m_items.size() && !same; ++i) {
            if (m_items[i].key.offset == key.offset && m_items[i].key.length == key.length)
                same = &m_items[i];
        }
        if (!same) {
            // ... any other text through a small open-addressing table of this user's keys.
            const QStringView text = view(key);
            const quint64 hash = KeyTable::hash(text);
            size_t slot = size_t(hash) & (m_slots.size() - 1);
            for (; m_slots[slot] != 0; slot = (slot + 1) & (m_slots.size() - 1)) {
                Item& item = m_items[m_slots[slot] - 1];
                if (item.hash == hash && view(item.key) == text) {
                    same = &item;
                    break;
                }
            }
            if (!same) {
                m_items.push_back(Item{hash, key, rule, level, pattern, flags});
                m_slots[slot] = quint32(m_items.size());
                if (m_items.size() * 2 > m_slots.size())
                    rehash(m_slots.size() * 2);
                return;
            }
        }
        if (better(level, rule, same->level, same->rule)) {
            same->level = level;
            same->rule = rule;
            same->pattern = pattern;
        }
        same->flags |= flags;
    }

    void rehash(size_t size)
    {
        m_slots.assign(size, 0);
        for (size_t i = 0; i < m_items.size(); ++i) {
            size_t slot = size_t(m_items[i].hash) & (size - 1);
            while (m_slots[slot] != 0)
                slot = (slot + 1) & (size - 1);
            m_slots[slot] = quint32(i + 1);
        }
    }

    KeyTable::Batch& m_batch;
    std::vector<Item> m_items;
    std::vector<quint32> m_slots = std::vector<quint32>(128, 0); ///< item index + 1; 0 = empty
    size_t m_formsStart = 0;                                     ///< the first item of the name being added
    quint32 m_user = 0;
};

void collectKeys(const UserRecord& u, quint32 index, const QList<NamePattern>& patterns, UserKeys& keys)
{
    keys.begin(index);
    auto localPart = [](const QString& address) {
        const qsizetype at = address.indexOf(QLatin1Char('@'));
        return at < 0 ? QStringView(address) : QStringView(address).left(at);
    };

    keys.add(keys.formsOf(u.sAMAccountName), MatchRule::SamAccountName, true, true);
    if (!u.userPrincipalName.isEmpty()) {
        keys.add(keys.formsOf(u.userPrincipalName), MatchRule::UserPrincipalName, false, false);
        keys.add(keys.formsOf(localPart(u.userPrincipalName)), MatchRule::UserPrincipalName, true, true);
    }
    if (!u.mail.isEmpty()) {
        keys.add(keys.formsOf(u.mail), MatchRule::Mail, false, false);
        keys.add(keys.formsOf(localPart(u.mail)), MatchRule::MailLocalPart, true, true);
    }
    keys.add(keys.formsOf(u.employeeID), MatchRule::EmployeeId, false, false);
    keys.add(keys.formsOf(u.displayName), MatchRule::DisplayName, true, true);

    const CachedForms givenText = cachedFormsOf(u.givenName);
    const CachedForms surnameText = cachedFormsOf(u.sn);
    if (!givenText.exact.isEmpty() && !surnameText.exact.isEmpty()) {
        const Forms given = keys.formsOf(givenText);
        const Forms surname = keys.formsOf(surnameText);
        keys.add(keys.join(given, surname), MatchRule::GivenSurname, true, true);
        keys.add(keys.join(surname, given), MatchRule::SurnameGiven, true, true);
        keys.add(keys.join(keys.initialOf(given), surname), MatchRule::InitialSurname, true, false);
    }
    for (qsizetype p = 0; p < patterns.size(); ++p) {
        const QString expanded = patterns.at(p).expand(u);
        if (!expanded.isEmpty())
            keys.add(keys.formsOf(expanded), MatchRule::Pattern, true, false, quint8(p));
    }
    keys.finish();
}

} // namespace

struct UserIndex::Data
{
    QList<UserRecord> users;
    QStringList patternTexts;
    KeyTable table;

    std::once_flag fuzzyOnce;
    FuzzyKeyIndex fuzzy;

    const FuzzyKeyIndex& fuzzyIndex()
    {
        std::call_once(fuzzyOnce, [this] {
            QStringList keys;
            table.forEachKey([&keys](QStringView key, quint8 flags) {
                if ((flags & kSuggestFlag) && key.size() >= 4)
                    keys.append(key.toString());
            });
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

    // Normalising runs in parallel over fixed chunks of users, each filling its own batch of
    // keys; then the key table merges the batches in chunk order, one partition per task. Chunk
    // boundaries depend only on the user count, so the index is the same with any number of
    // threads.
    constexpr qsizetype chunk = 4096;
    QList<qsizetype> chunkStarts;
    for (qsizetype i = 0; i < data.users.size(); i += chunk)
        chunkStarts.append(i);
    std::vector<KeyTable::Batch> batches(size_t(chunkStarts.size()));
    const QList<UserRecord>& all = data.users;
    QtConcurrent::blockingMap(workPool(), chunkStarts, [&all, &parsed, &batches](qsizetype first) {
        const qsizetype last = std::min(all.size(), first + chunk);
        KeyTable::Batch& batch = batches[size_t(first / chunk)];
        // Each name is written in up to five forms, given name and surname in three joins.
        size_t characters = 0;
        for (qsizetype i = first; i < last; ++i) {
            const UserRecord& u = all.at(i);
            characters += size_t(u.sAMAccountName.size() + u.userPrincipalName.size() + u.mail.size() +
                                 u.employeeID.size()) *
                              2 +
                          size_t(u.displayName.size()) * 5 + size_t(u.givenName.size() + u.sn.size()) * 18;
        }
        batch.reserve(characters, size_t(last - first) * size_t(24 + 5 * parsed.size()));
        UserKeys keys(batch);
        for (qsizetype i = first; i < last; ++i)
            collectKeys(all.at(i), quint32(i), parsed, keys);
    });
    data.table = KeyTable::build(std::move(batches));
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
        for (const Entry& e : d->table.find(key)) {
            const MatchLevel level = std::max(formLevel, e.level);
            MatchRule rule = e.rule;
            if (rule == MatchRule::SurnameGiven && hasComma)
                rule = MatchRule::SurnameCommaGiven;
            const int pattern = rule == MatchRule::Pattern ? int(e.pattern) : -1;
            bool known = false;
            for (NameCandidate& c : found) {
                if (c.user == qsizetype(e.user)) {
                    if (better(level, rule, c.level, c.rule))
                        c = NameCandidate{c.user, rule, pattern, level};
                    known = true;
                    break;
                }
            }
            if (!known)
                found.append(NameCandidate{qsizetype(e.user), rule, pattern, level});
        }
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
            for (const Entry& e : d->table.find(fuzzy.key(hit.key))) {
                if (!(e.flags & kSuggestFlag))
                    continue;
                bool known = false;
                for (NameSuggestion& s : out) {
                    if (s.user == qsizetype(e.user)) {
                        s.distance = std::min(s.distance, hit.distance);
                        known = true;
                        break;
                    }
                }
                if (!known)
                    out.append(NameSuggestion{qsizetype(e.user), hit.distance});
            }
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
    return d->table.keyCount();
}

} // namespace adphoto
