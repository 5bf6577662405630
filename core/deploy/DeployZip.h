#pragma once

#include "core/Error.h"
#include "core/deploy/DeployFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace adphoto::deploy {

/// Writes a package as a reproducible zip: entries sorted by path (folders as "name/"
/// entries), every entry stamped with the same time, fixed attributes and host code, no
/// extra fields, deflate at a fixed level. Same contents + same time = same bytes.
/// Any thread.
class DeployZip
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::deploy::DeployZip)

public:
    /// Writes `zipPath` atomically (a temporary file renamed into place).
    [[nodiscard]] static Result<void> write(const QString& zipPath, const DeployContents& contents,
                                            const QDateTime& timestamp);
};

} // namespace adphoto::deploy
