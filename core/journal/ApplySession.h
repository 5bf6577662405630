#pragma once

#include "core/Directory.h"
#include "core/Error.h"
#include "core/journal/Journal.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace adphoto {

/// Everything a change to the directory needs before its first write: the journal (opened on
/// the calling thread), the apply lock (one apply per journal), and a new import record.
/// Ends the import with finish(); an unfinished one stays "running" and can be resumed.
struct ApplySession
{
    std::unique_ptr<Journal> journal;
    std::shared_ptr<QLockFile> lock;
    QString importId;

    /// `kind`: import | photo-set | photo-remove | restore | undo. The import gets `importId`
    /// (from Journal::newImportId(), told to the user before the work began) or a new id.
    [[nodiscard]] static Result<ApplySession>
    begin(const QString& kind, const QString& source, const ConnectionInfo& connection,
          const QString& planJson = {}, const QString& optionsJson = {},
          const QString& directory = Journal::defaultDirectory(), const QString& importId = {});
    /// Reopens an unfinished import to resume it under the same id (the newest unfinished one
    /// when `importId` is empty); a finished import is ErrorKind::Usage.
    [[nodiscard]] static Result<ApplySession> resume(const QString& importId,
                                                     const QString& directory = Journal::defaultDirectory());
    /// The import's record as the journal holds it.
    [[nodiscard]] Result<ImportRecord> record() const { return journal->import(importId); }

    /// Marks the import finished, failed or cancelled; a journal error here is reported but the
    /// directory writes it covered are already recorded.
    [[nodiscard]] Result<void> finish(const QString& state);
};

} // namespace adphoto
