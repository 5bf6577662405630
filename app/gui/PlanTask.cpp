#include "app/gui/PlanTask.h"

#include "core/WorkPool.h"

#include <QPromise>
#include <QtConcurrent>

namespace adphoto::gui {

QFuture<Result<ImportPlan>> PlanTask::start(PlanRequest request, QList<UserRecord> users,
                                            std::shared_ptr<Directory> directory)
{
    return QtConcurrent::run(
        workPool(), [request = std::move(request), users = std::move(users),
                     directory = std::move(directory)](QPromise<Result<ImportPlan>>& promise) {
            // Matching and checking count as the first 90 %, reading current photos as the rest.
            constexpr int kScale = 1000;
            PlanProgress hooks;
            hooks.cancelled = [&promise] { return promise.isCanceled(); };
            int base = 0;
            int span = kScale;
            hooks.progress = [&](int done, int total) {
                promise.setProgressValue(base + (total > 0 ? int(qint64(done) * span / total) : 0));
            };
            promise.setProgressRange(0, kScale);
            span = directory ? kScale * 9 / 10 : kScale;
            Result<ImportPlan> plan = ImportPlanner::plan(request, users, hooks);
            if (plan && directory) {
                base = span;
                span = kScale - base;
                if (auto read = ImportPlanner::readCurrentPhotos(*plan, *directory, hooks); !read)
                    plan = std::unexpected(read.error());
            }
            if (promise.isCanceled())
                return; // nobody waits for a cancelled plan
            promise.setProgressValue(kScale);
            promise.addResult(std::move(plan));
        });
}

} // namespace adphoto::gui
