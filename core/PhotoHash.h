#pragma once

#include <QByteArray>
#include <QString>

namespace adphoto {

/// The lower-case hex SHA-256 of a photo's bytes, or an empty string for "no photo".
/// One definition for the journal, plans, the directory layer and the GUI, so the
/// compare-and-swap checks compare like with like.
QString photoSha256(const QByteArray& bytes);

} // namespace adphoto
