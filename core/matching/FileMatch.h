#pragma once

#include "core/UserRecord.h"
#include "core/matching/MatchRule.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace adphoto {

/// What folder matching concluded for one file. Only `Matched` may be applied without a person
/// deciding; the English names from matchStatusName() appear in JSON and are never translated.
enum class MatchStatus
{
    Matched,   ///< exactly one user fits, by every rule and level that yields anyone
    Ambiguous, ///< several users fit; they are the candidates
    Unmatched, ///< nobody fits (suggestions may name near misses)
    Conflict,  ///< the file fits one user, but so does another file
    Skipped,   ///< not an image (Thumbs.db, .DS_Store, readme.txt ...)
};

[[nodiscard]] QString matchStatusName(MatchStatus status);

/// One file's match: a plain value, any thread.
struct FileMatch
{
    QString file; ///< absolute path
    MatchStatus status = MatchStatus::Unmatched;
    std::optional<UserRecord> user; ///< set for Matched and Conflict
    QString rule;                   ///< "displayName", "pattern {sn}" ...; empty unless a user is set
    MatchLevel level = MatchLevel::Exact;
    bool copySuffixStripped = false; ///< " (1)", "-2", " copy" had to go before the name fit
    QList<UserRecord> candidates;    ///< every user that fits (the one user when matched)
    QList<UserRecord> suggestions;   ///< typo-level near misses for an unmatched file; never applied
    QString reason;                  ///< for people: why skipped, ambiguous or in conflict

    [[nodiscard]] bool disabled() const { return user && user->disabled; }

    /// The row `match --format json` prints: file, status, user, dn, objectGUID, rule, level,
    /// candidates, disabled, hasPhoto, suggestions, reason (absent values are null).
    [[nodiscard]] QJsonObject toJson() const;
    /// toJson()'s keys in column order, for table and CSV output.
    [[nodiscard]] static QStringList jsonKeys();
};

} // namespace adphoto
