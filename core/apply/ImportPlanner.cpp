#include "core/apply/ImportPlanner.h"

#include "core/csv/CsvImportReader.h"
#include "core/matching/FolderMatcher.h"
#include "core/matching/PlanFileChecker.h"
#include "core/matching/UserIndex.h"
#include "core/matching/UserSpecResolver.h"

#include <QHash>

namespace adphoto {

Result<ImportPlan> ImportPlanner::plan(const PlanRequest& request, const QList<UserRecord>& users)
{
    if (request.folder.isEmpty() == request.csvPath.isEmpty())
        return fail(ErrorKind::Usage, tr("Plan from either a folder or a CSV file."));
    ImportPlan plan;
    if (!request.folder.isEmpty()) {
        auto index = UserIndex::build(users, request.patterns);
        if (!index)
            return std::unexpected(index.error());
        FolderMatcher matcher(std::move(*index));
        auto matches = matcher.matchFolder(request.folder, request.recursive);
        if (!matches)
            return std::unexpected(matches.error());
        plan = PlanBuilder::fromMatches(*matches, request.options);
    } else {
        auto csv = CsvImportReader::readFile(request.csvPath, request.csv);
        if (!csv)
            return std::unexpected(csv.error());
        plan = PlanBuilder::fromCsv(*csv, UserSpecResolver(users), request.options);
    }
    PlanFileChecker::checkAll(plan.rows);

    // Each row carries the photo its user had when the plan was made: the apply writes only
    // over that very photo.
    QHash<QUuid, const UserRecord*> byGuid;
    for (const UserRecord& u : users)
        byGuid.insert(u.objectGuid, &u);
    for (PlanRow& row : plan.rows) {
        if (const UserRecord* u = byGuid.value(row.objectGuid, nullptr)) {
            row.hasPhoto = u->hasPhoto;
            row.currentPhotoSha256 = u->photoSha256;
        }
    }
    return plan;
}

} // namespace adphoto
