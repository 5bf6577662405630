#include "core/apply/ImportPlanner.h"

#include "core/PhotoHash.h"
#include "core/csv/CsvImportReader.h"
#include "core/matching/FolderMatcher.h"
#include "core/matching/PlanFileChecker.h"
#include "core/matching/UserIndex.h"
#include "core/matching/UserSpecResolver.h"

#include <QHash>

#include <deque>

namespace adphoto {

namespace {

Error cancelled()
{
    return Error{ErrorKind::Cancelled, ImportPlanner::tr("Planning cancelled."), {}, {}};
}

bool isCancelled(const PlanProgress& progress)
{
    return progress.cancelled && progress.cancelled();
}

void report(const PlanProgress& progress, int done, int total)
{
    if (progress.progress)
        progress.progress(done, total);
}

} // namespace

Result<ImportPlan> ImportPlanner::plan(const PlanRequest& request, const QList<UserRecord>& users,
                                       const PlanProgress& progress)
{
    if (request.folder.isEmpty() == request.csvPath.isEmpty())
        return fail(ErrorKind::Usage, tr("Plan from either a folder or a CSV file."));
    ImportPlan plan;
    // Progress: files matched (folder only), then rows checked (hashing each file is the slow part).
    int done = 0;
    int total = 0;
    if (!request.folder.isEmpty()) {
        auto index = UserIndex::build(users, request.patterns);
        if (!index)
            return std::unexpected(index.error());
        if (isCancelled(progress))
            return std::unexpected(cancelled());
        FolderMatcher matcher(std::move(*index));
        const auto files = FolderMatcher::listFiles(request.folder, request.recursive);
        if (!files)
            return std::unexpected(files.error());
        total = int(files->size()) * 2;
        report(progress, 0, total);
        QList<FileMatch> matches;
        matches.reserve(files->size());
        for (const QString& file : *files) {
            if (isCancelled(progress))
                return std::unexpected(cancelled());
            matches.append(matcher.matchFile(file));
            report(progress, ++done, total);
        }
        FolderMatcher::markConflicts(matches);
        plan = PlanBuilder::fromMatches(matches, request.options);
    } else {
        auto csv = CsvImportReader::readFile(request.csvPath, request.csv);
        if (!csv)
            return std::unexpected(csv.error());
        if (isCancelled(progress))
            return std::unexpected(cancelled());
        plan = PlanBuilder::fromCsv(*csv, UserSpecResolver(users), request.options);
    }
    total = done + int(plan.rows.size());
    report(progress, done, total);
    for (PlanRow& row : plan.rows) {
        if (isCancelled(progress))
            return std::unexpected(cancelled());
        PlanFileChecker::check(row);
        report(progress, ++done, total);
    }

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

bool ImportPlanner::needsCurrentPhoto(const PlanRow& row)
{
    return row.status == PlanStatus::Ready && row.hasPhoto && row.currentPhotoSha256.isEmpty() &&
           !row.dn.isEmpty();
}

Result<QList<PhotoValue>> ImportPlanner::readCurrentPhotos(ImportPlan& plan, Directory& directory,
                                                           const PlanProgress& progress)
{
    QList<int> rows;
    for (int i = 0; i < plan.rows.size(); ++i) {
        if (needsCurrentPhoto(plan.rows.at(i)))
            rows << i;
    }
    QList<PhotoValue> read;
    const int total = int(rows.size());
    report(progress, 0, total);
    // A few reads queued on the session at once keep it busy without a round trip's pause
    // between users, and still stop soon after a cancel.
    constexpr int kInFlight = 8;
    std::deque<std::pair<int, QFuture<Result<PhotoValue>>>> pending;
    int next = 0;
    int done = 0;
    while (done < total) {
        while (next < total && int(pending.size()) < kInFlight) {
            const int row = rows.at(next++);
            pending.emplace_back(row, directory.readPhoto(plan.rows.at(row).dn));
        }
        if (isCancelled(progress)) {
            for (auto& p : pending)
                p.second.cancel();
            return std::unexpected(cancelled());
        }
        auto [row, future] = std::move(pending.front());
        pending.pop_front();
        future.waitForFinished(); // a worker thread, waiting on the directory's session thread
        if (future.resultCount() == 0)
            return std::unexpected(cancelled());
        const Result<PhotoValue> value = future.result();
        if (!value)
            return std::unexpected(value.error());
        PlanRow& planRow = plan.rows[row];
        planRow.hasPhoto = !value->bytes.isEmpty();
        planRow.currentPhotoSha256 = photoSha256(value->bytes);
        read << *value;
        report(progress, ++done, total);
    }
    return read;
}

} // namespace adphoto
