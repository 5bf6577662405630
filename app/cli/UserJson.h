#pragma once

#include "core/UserRecord.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace adphoto::cli {

/// The columns every user listing prints (JSON keys and CSV header), in order.
[[nodiscard]] QStringList userColumns();
/// One user as values for userColumns(): empty strings become null, photoBytes is 0 without a
/// photo and null when only presence is known.
[[nodiscard]] QList<QJsonValue> userRow(const UserRecord& user);
/// A string value, or null when empty.
[[nodiscard]] QJsonValue textOrNull(const QString& text);

} // namespace adphoto::cli
