#pragma once

#include "core/Directory.h"
#include "core/PhotoWriter.h"
#include "core/journal/Journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace adphoto {

/// The outcome for one user of an undo.
struct RevertResult
{
    QString user;
    QString dn;
    QString result; ///< ok | conflict | failed | skipped
    QString message;
};

/// Puts photos back from the journal: one user to an earlier state (`restore`), or every user an
/// import changed (`undo`), each only if nobody changed the photo since. Users are found by
/// objectGUID, so renamed or moved users are still reverted. Blocking; worker thread or CLI.
class Reverter
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::Reverter)

public:
    Reverter(Directory& directory, Journal& journal, ConnectionInfo connection);

    /// The photo `objectGuid` had at `at` according to the journal (empty: none), or, with an
    /// invalid `at`, the photo before its most recent successful change. NotFound when the
    /// journal holds no successful change of that user.
    [[nodiscard]] Result<QByteArray> photoAt(const QUuid& objectGuid, const QDateTime& at) const;

    /// Restores `user` to `target` (empty: removes the photo), recorded as action "restore"
    /// under `importId`.
    [[nodiscard]] Result<WriteOutcome> restore(const QString& importId, const UserRecord& user,
                                               const QByteArray& target);

    /// Reverts every successful change of `importId`, newest first, recording the reverts under
    /// `undoImportId`. `cancelled` is checked between users; `progress(done, total)` after each.
    [[nodiscard]] Result<QList<RevertResult>> undo(const QString& importId, const QString& undoImportId,
                                                   const std::function<bool()>& cancelled = {},
                                                   const std::function<void(int, int)>& progress = {});

private:
    Directory& m_directory;
    Journal& m_journal;
    ConnectionInfo m_connection;
};

} // namespace adphoto
