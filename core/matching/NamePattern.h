#pragma once

#include "core/Error.h"
#include "core/UserRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace adphoto {

/// A user-defined file-name pattern built from directory attributes, e.g. `{givenName}.{sn}`,
/// `{employeeID}` or `{givenName:1}{sn}` (`:N` keeps the first N letters). Attribute names are
/// sAMAccountName, userPrincipalName, mail, employeeID, displayName, givenName and sn (any case).
/// A plain value; any thread.
class NamePattern
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::NamePattern)

public:
    [[nodiscard]] static Result<NamePattern> parse(const QString& text);

    /// The pattern as written, for reports ("pattern {givenName}.{sn}").
    [[nodiscard]] const QString& text() const { return m_text; }
    /// The pattern filled in for `user`; empty when an attribute it uses is empty.
    [[nodiscard]] QString expand(const UserRecord& user) const;

private:
    enum class Attribute
    {
        None,
        SamAccountName,
        UserPrincipalName,
        Mail,
        EmployeeId,
        DisplayName,
        GivenName,
        Sn
    };
    struct Part
    {
        QString literal;
        Attribute attribute = Attribute::None;
        int length = 0; ///< 0 = the whole value
    };

    QString m_text;
    QList<Part> m_parts;
};

} // namespace adphoto
