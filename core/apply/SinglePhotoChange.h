#pragma once

#include "core/Directory.h"
#include "core/Error.h"
#include "core/PhotoWriter.h"
#include "core/journal/Journal.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace adphoto {

/// What one single-user change did, and the journal entry that holds its backup.
struct SinglePhotoOutcome
{
    WriteOutcome outcome = WriteOutcome::Written;
    QString importId;
};

/// Sets, removes or restores one user's photo as its own journalled change: the path `adphoto-cli
/// photo set`/`photo remove`/`restore` and the GUI's set/remove/paste/drop/editor Save/restore
/// all take. Opens an
/// ApplySession (journal + the one-apply lock) of kind photo-set or photo-remove, writes with
/// PhotoWriter (old photo backed up first, compare-and-swap against `current`, the value the
/// caller read) and finishes the session. Blocking: CLI or worker thread only.
class SinglePhotoChange
{
public:
    /// `photo` nullopt removes the photo. `file` is the image file the photo came from (absolute
    /// path; empty for a pasted or edited photo): the journal shows it, or the DN without one.
    [[nodiscard]] static Result<SinglePhotoOutcome>
    apply(Directory& directory, const ConnectionInfo& connection, const UserRecord& user,
          const QByteArray& current, const std::optional<QByteArray>& photo, const QString& file,
          const QString& journalDirectory = Journal::defaultDirectory());

    /// Puts back an earlier photo of `user` (session kind "restore", Reverter::restore: the
    /// current photo is backed up first). The photo put back is `target` when given (empty bytes
    /// remove the photo), else the one the journal says the user had at `at` (invalid: before
    /// the most recent change). `confirm`, when set, is asked with that photo once it is known
    /// and before anything is written; an error from it stops the restore before anything is
    /// written (the session is recorded as cancelled) and is returned.
    [[nodiscard]] static Result<SinglePhotoOutcome>
    restore(Directory& directory, const ConnectionInfo& connection, const UserRecord& user,
            const std::optional<QByteArray>& target, const QDateTime& at = {},
            const std::function<Result<void>(const QByteArray& photo)>& confirm = {},
            const QString& journalDirectory = Journal::defaultDirectory());
};

} // namespace adphoto
