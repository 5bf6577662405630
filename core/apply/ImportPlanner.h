#pragma once

#include "core/Directory.h"
#include "core/Error.h"
#include "core/UserRecord.h"
#include "core/csv/CsvImportOptions.h"
#include "core/matching/ImportPlan.h"
#include "core/matching/PlanBuilder.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace adphoto {

/// What to plan an import from: a folder of photos or a CSV (exactly one of the two).
struct PlanRequest
{
    QString folder;
    bool recursive = false;
    QStringList patterns; ///< user-defined name patterns, e.g. "{givenName}.{sn}"
    QString csvPath;
    CsvImportOptions csv;
    PlanOptions options; ///< --only-missing, --skip-disabled
};

/// How a caller follows and stops planning. Both hooks are called on the planning thread and
/// may be empty. The GUI forwards them to a QPromise (STYLE pattern 1), the CLI to its Ctrl+C.
struct PlanProgress
{
    /// Items done of `total` (files matched, then rows checked, then photos read).
    std::function<void(int done, int total)> progress;
    /// Polled between items; true stops planning with ErrorKind::Cancelled.
    std::function<bool()> cancelled;
};

/// Turns a folder or a CSV plus the users already listed into the reviewable plan both the CLI
/// (`import --dry-run`) and the GUI show: matching, file checks (exists, an image, SHA-256) and
/// each user's photo at plan time (hasPhoto, currentPhotoSha256), so the apply can tell a
/// change made since. plan() never touches the directory; readCurrentPhotos() fills in the
/// photos a presence-only listing did not hash. Blocking; worker thread or CLI.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::ImportPlanner)
public:
    /// Users listed with photo sizes carry photoSha256; for the others (presence only) call
    /// readCurrentPhotos() afterwards, or rows of users with a photo conflict at apply.
    [[nodiscard]] static Result<ImportPlan> plan(const PlanRequest& request, const QList<UserRecord>& users,
                                                 const PlanProgress& progress = {});

    /// Rows that may be applied (ready) whose user has a photo but no known hash: reads those
    /// photos (a few at a time through `directory`) and records their SHA-256 as
    /// currentPhotoSha256. Returns the users read, each as the directory now has them.
    [[nodiscard]] static Result<QList<PhotoValue>> readCurrentPhotos(ImportPlan& plan, Directory& directory,
                                                                     const PlanProgress& progress = {});

    /// Whether `row` needs readCurrentPhotos() before it can be applied.
    [[nodiscard]] static bool needsCurrentPhoto(const PlanRow& row);
};

} // namespace adphoto
