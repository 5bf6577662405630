#pragma once

#include "core/matching/ImportPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>

namespace adphoto {

/// Checks the photo file of plan rows: it must exist, be a readable regular file and start like
/// an image (JPEG, PNG, GIF, BMP, TIFF, WebP, HEIF); then its SHA-256 is recorded. A file that
/// fails turns the row into an error with the reason (a missing file whose path has a space
/// next to a separator also says which file does exist). Skipped rows and rows without an
/// absolute path are left alone. Stateless; any thread; checkAsync() runs on the thread pool.
class PlanFileChecker
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::PlanFileChecker)

public:
    static void check(PlanRow& row);
    static void checkAll(QList<PlanRow>& rows);
    /// check() on each row on a worker thread: one result per row in order, progress counts
    /// rows, cancelling stops between rows.
    [[nodiscard]] static QFuture<PlanRow> checkAsync(QList<PlanRow> rows);

    /// "jpeg", "png", "gif", "bmp", "tiff", "webp" or "heif" from a file's first bytes, or empty.
    [[nodiscard]] static QString imageFormat(const QByteArray& head);
};

} // namespace adphoto
