#pragma once

#include "core/Directory.h"
#include "core/apply/ImportPlanner.h"

#include <QFuture>

#include <memory>

namespace adphoto::gui {

/// Plans an import off the GUI thread (STYLE pattern 1): ImportPlanner::plan() under
/// QtConcurrent::run with a QPromise for progress (files matched, rows checked) and cancel
/// (between items); with a `directory`, then reads the current photos the presence-only users
/// listing did not hash (ImportPlanner::readCurrentPhotos), so the apply's compare-and-swap
/// knows them. One result: the plan or why there is none (a cancelled future has none).
/// Any thread may call start().
class PlanTask
{
public:
    [[nodiscard]] static QFuture<Result<ImportPlan>> start(PlanRequest request, QList<UserRecord> users,
                                                           std::shared_ptr<Directory> directory);
};

} // namespace adphoto::gui
