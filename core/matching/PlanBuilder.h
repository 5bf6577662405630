#pragma once

#include "core/csv/CsvImport.h"
#include "core/matching/FileMatch.h"
#include "core/matching/ImportPlan.h"
#include "core/matching/UserSpecResolver.h"

#include <QCoreApplication>
#include <QList>

namespace adphoto {

/// `import --only-missing --skip-disabled`.
struct PlanOptions
{
    bool onlyMissing = false;  ///< users who already have a photo are skipped
    bool skipDisabled = false; ///< disabled accounts are skipped
};

/// Builds import plans from folder matches or CSV records and the users already listed —
/// it never touches the directory and reads no files (PlanFileChecker does, afterwards).
///
/// Folder: matched → ready (with the rule), ambiguous/unmatched/conflict/skipped carried over
/// with candidates, suggestions and the reason. CSV: a record with a problem, an empty field or
/// an unknown user is an error row with its line; a user value that fits several users is
/// ambiguous; a user named again is an error "duplicate of line N" (the first row is used).
/// `currentPhotoSha256` is left for the caller, who reads the current photos. Stateless; any thread.
class PlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::PlanBuilder)

public:
    [[nodiscard]] static ImportPlan fromMatches(const QList<FileMatch>& matches,
                                                const PlanOptions& options = {});
    [[nodiscard]] static ImportPlan fromCsv(const CsvImport& csv, const UserSpecResolver& users,
                                            const PlanOptions& options = {});

private:
    static void applyOptions(PlanRow& row, const PlanOptions& options);
};

} // namespace adphoto
