#pragma once

#include "core/UserRecord.h"

#include <QList>
#include <QString>

namespace adphoto::test {

/// A user with the attributes matching looks at; the DN and GUID are derived from the account.
UserRecord makeUser(const QString& sam, const QString& given, const QString& sn, const QString& display = {},
                    const QString& mail = {}, const QString& employeeId = {}, bool disabled = false);

/// A small directory with people from many cultures, namesakes under folding (Anna Müller and
/// Anna Mueller), exact namesakes (two Jan Nováks), a disabled account and an employee number.
QList<UserRecord> multilingualUsers();

/// The file name `text` in Unicode NFD, as macOS writes it.
QString nfd(const QString& text);

} // namespace adphoto::test
