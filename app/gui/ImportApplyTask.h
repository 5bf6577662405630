#pragma once

#include "core/Directory.h"
#include "core/Error.h"
#include "core/apply/ImportRunner.h"
#include "core/matching/ImportPlan.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

#include <memory>
#include <optional>

class QThreadPool;

namespace adphoto {
class PhotoProcessor;
}

namespace adphoto::gui {

/// How an apply ended, written by the worker before its future finishes.
struct ImportApplyOutcome
{
    QString importId;
    std::optional<Error> error; ///< the apply could not start or failed as a whole
    std::optional<ImportSummary> summary;
};

/// The apply both import pages (folder and CSV) run, on the same code path as
/// `adphoto-cli import --yes`: ApplySession::begin (journal, apply lock, import record) or
/// resume, ImportRunner::run, ApplySession::finish. The future reports progress and one
/// ImportResult per user, and its cancel() stops the import between users (resumable). The
/// outcome is complete when the future finishes. start() is called on the GUI thread; the work
/// runs on `journalThread` (PhotoActions::journalThread()).
class ImportApplyTask
{
public:
    struct Request
    {
        std::shared_ptr<Directory> directory;
        ConnectionInfo connection;
        QString journalDirectory;
        const PhotoProcessor* processor = nullptr;
        ImportPlan plan;
        ImportOptions options;
        QString source;   ///< the folder or CSV file, as the journal records it
        QString resumeId; ///< non-empty: resume that import instead of beginning one
    };

    [[nodiscard]] static QFuture<ImportResult> start(QThreadPool* journalThread, Request request,
                                                     std::shared_ptr<ImportApplyOutcome> outcome);
};

} // namespace adphoto::gui
