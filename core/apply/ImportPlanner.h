#pragma once

#include "core/Error.h"
#include "core/UserRecord.h"
#include "core/csv/CsvImportOptions.h"
#include "core/matching/ImportPlan.h"
#include "core/matching/PlanBuilder.h"

#include <QCoreApplication>
#include <QStringList>

namespace adphoto {

/// What to plan an import from: a folder of photos or a CSV (exactly one of the two).
struct PlanRequest
{
    QString folder;
    bool recursive = false;
    QStringList patterns;     ///< user-defined name patterns, e.g. "{givenName}.{sn}"
    QString csvPath;
    CsvImportOptions csv;
    PlanOptions options;      ///< --only-missing, --skip-disabled
};

/// Turns a folder or a CSV plus the users already listed into the reviewable plan both the CLI
/// (`import --dry-run`) and the GUI show: matching, file checks (exists, an image, SHA-256) and
/// each user's photo at plan time (hasPhoto, currentPhotoSha256), so the apply can tell a
/// change made since. Never touches the directory. Blocking; worker thread or CLI.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::ImportPlanner)
public:
    /// `users` must carry photoSha256 (listed with photo sizes) for currentPhotoSha256 to be right.
    [[nodiscard]] static Result<ImportPlan> plan(const PlanRequest& request, const QList<UserRecord>& users);
};

} // namespace adphoto
