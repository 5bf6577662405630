#include "app/gui/ImportApplyTask.h"

#include "core/PhotoProcessor.h"
#include "core/apply/ImportPlanner.h"
#include "core/journal/ApplySession.h"

#include <QJsonDocument>
#include <QThreadPool>
#include <QtConcurrent>

namespace adphoto::gui {

QFuture<ImportResult> ImportApplyTask::start(QThreadPool* journalThread, Request request,
                                             std::shared_ptr<ImportApplyOutcome> outcome)
{
    return QtConcurrent::run(journalThread, [request = std::move(request),
                                             outcome = std::move(outcome)](QPromise<ImportResult>& promise) {
        ImportPlan plan = request.plan;
        if (request.resumeId.isEmpty()) {
            // Users picked in the review after planning may have a photo nobody hashed yet (the
            // users list has presence only): read it now, so the journal's plan holds the value
            // the compare-and-swap expects.
            PlanProgress reading;
            reading.cancelled = [&promise] { return promise.isCanceled(); };
            if (auto read = ImportPlanner::readCurrentPhotos(plan, *request.directory, reading); !read) {
                outcome->error = read.error();
                return;
            }
        }
        auto session = request.resumeId.isEmpty()
                           ? ApplySession::begin(
                                 QStringLiteral("import"), request.source, request.connection,
                                 QString::fromUtf8(plan.toJsonBytes()),
                                 QString::fromUtf8(
                                     QJsonDocument(request.options.toJson()).toJson(QJsonDocument::Compact)),
                                 request.journalDirectory)
                           : ApplySession::resume(request.resumeId, request.journalDirectory);
        if (!session) {
            outcome->error = session.error();
            return;
        }
        outcome->importId = session->importId;
        ImportRunner runner(*request.directory, *session->journal, *request.processor, request.connection);
        ImportRunner::Hooks hooks;
        hooks.cancelled = [&promise] { return promise.isCanceled(); };
        hooks.progress = [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        };
        hooks.result = [&promise](const ImportResult& r) { promise.addResult(r); };
        auto summary = runner.run(session->importId, plan, request.options, hooks);
        if (!summary) {
            outcome->error = summary.error();
            (void)session->finish(QStringLiteral("failed"));
            return;
        }
        outcome->summary = *summary;
        (void)session->finish(summary->cancelled   ? QStringLiteral("cancelled")
                              : summary->stoppedBy ? QStringLiteral("failed")
                                                   : QStringLiteral("finished"));
    });
}

} // namespace adphoto::gui
