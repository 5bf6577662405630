#pragma once

#include "core/Directory.h"
#include "core/Error.h"
#include "core/PhotoWriter.h"
#include "core/journal/Journal.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace adphoto {

/// What one single-user change did, and the journal entry that holds its backup.
struct SinglePhotoOutcome
{
    WriteOutcome outcome = WriteOutcome::Written;
    QString importId;
};

/// Sets or removes one user's photo as its own journalled change: the path `adphoto-cli photo
/// set`/`photo remove` and the GUI's set/remove/paste/drop/editor Save all take. Opens an
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
};

} // namespace adphoto
