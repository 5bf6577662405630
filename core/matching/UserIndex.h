#pragma once

#include "core/Error.h"
#include "core/UserRecord.h"
#include "core/matching/MatchRule.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace adphoto {

/// One user a name fits, with the best (strictest level, then most specific rule) way it fits.
struct NameCandidate
{
    qsizetype user = -1; ///< index into UserIndex::users()
    MatchRule rule = MatchRule::SamAccountName;
    int pattern = -1; ///< index into the patterns when rule is MatchRule::Pattern
    MatchLevel level = MatchLevel::Exact;
};

/// A user whose name is a typo away from a name that fit nobody. Never applied by itself.
struct NameSuggestion
{
    qsizetype user = -1;
    int distance = 0; ///< edits (letters inserted, deleted, replaced or swapped)
};

/// Every directory user under every normalised form of every matching rule (CONTRACT.md,
/// "Matching rules"): sAMAccountName; userPrincipalName and its local part; mail and its local
/// part; employeeID; displayName; "given surname"; "surname given" (also "surname, given");
/// initial + surname; user-defined patterns. Each in the exact, folded, alternative-spelling and
/// separator-free forms of NameNormalizer. A name is looked up in all its forms at once, so a
/// lookup returns every user any rule at any level points to; callers accept only a single one.
///
/// The keys live in a KeyTable (flat text, entries and open addressing; no QString per key).
/// Building runs on the calling thread plus the global thread pool, over fixed chunks of users,
/// so the result does not depend on the number of threads; afterwards the index is immutable and
/// cheap to copy (shared), and any thread may query it concurrently.
class UserIndex
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::UserIndex)

public:
    UserIndex();

    /// Indexes `users` with the user-defined `patterns` (see NamePattern); a pattern that does
    /// not parse is ErrorKind::Usage.
    [[nodiscard]] static Result<UserIndex> build(QList<UserRecord> users, const QStringList& patterns = {});

    /// Every user `name` (a file name without its extension, a display name ...) fits, best first.
    [[nodiscard]] QList<NameCandidate> lookup(QStringView name) const;
    /// Users whose names are within a typo of `name`, nearest first (at most `limit`). Builds the
    /// typo index on first use.
    [[nodiscard]] QList<NameSuggestion> suggest(QStringView name, int limit = 3) const;

    [[nodiscard]] const QList<UserRecord>& users() const;
    [[nodiscard]] const QStringList& patterns() const;
    /// "displayName", "surname, given", "pattern {givenName}.{sn}" ...
    [[nodiscard]] QString ruleName(const NameCandidate& candidate) const;
    /// Distinct keys stored (for the benchmark).
    [[nodiscard]] qsizetype keyCount() const;

private:
    struct Data;
    std::shared_ptr<Data> d;
};

} // namespace adphoto
