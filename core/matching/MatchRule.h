#pragma once

#include <QString>

namespace adphoto {

/// Which attribute (or user-defined pattern) made a file name fit a user. The English names
/// from matchRuleName() are what `match` and plans print as `rule`; they are never translated.
/// Rules are listed in the order a report prefers them when several fit the same user.
enum class MatchRule : quint8
{
    SamAccountName,
    UserPrincipalName,
    Mail,
    MailLocalPart,
    EmployeeId,
    DisplayName,
    GivenSurname,
    SurnameGiven,
    SurnameCommaGiven, ///< reported instead of SurnameGiven when the file name has a comma
    InitialSurname,
    Pattern, ///< a user-defined pattern such as {givenName}.{sn}
};

/// How far a name had to be normalised to fit, from strictest to loosest.
enum class MatchLevel : quint8
{
    Exact,       ///< case, NFC/NFD and separators only
    Folded,      ///< diacritics and special letters transliterated to ASCII
    Alternative, ///< German/Nordic spellings (ü→ue, å→aa ...)
    Compact,     ///< separators removed ("AnnaMueller")
};

[[nodiscard]] inline QString matchRuleName(MatchRule rule)
{
    switch (rule) {
    case MatchRule::SamAccountName:
        return QStringLiteral("sAMAccountName");
    case MatchRule::UserPrincipalName:
        return QStringLiteral("userPrincipalName");
    case MatchRule::Mail:
        return QStringLiteral("mail");
    case MatchRule::MailLocalPart:
        return QStringLiteral("mail local part");
    case MatchRule::EmployeeId:
        return QStringLiteral("employeeID");
    case MatchRule::DisplayName:
        return QStringLiteral("displayName");
    case MatchRule::GivenSurname:
        return QStringLiteral("given surname");
    case MatchRule::SurnameGiven:
        return QStringLiteral("surname given");
    case MatchRule::SurnameCommaGiven:
        return QStringLiteral("surname, given");
    case MatchRule::InitialSurname:
        return QStringLiteral("initial surname");
    case MatchRule::Pattern:
        return QStringLiteral("pattern");
    }
    return {};
}

[[nodiscard]] inline QString matchLevelName(MatchLevel level)
{
    switch (level) {
    case MatchLevel::Exact:
        return QStringLiteral("exact");
    case MatchLevel::Folded:
        return QStringLiteral("folded");
    case MatchLevel::Alternative:
        return QStringLiteral("alternative spelling");
    case MatchLevel::Compact:
        return QStringLiteral("without separators");
    }
    return {};
}

} // namespace adphoto
