#pragma once

#include "core/Error.h"
#include "core/matching/FileMatch.h"
#include "core/matching/UserIndex.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

namespace adphoto {

/// Proposes a user for every photo file by its name (CONTRACT.md, "Matching rules"):
/// junk and non-image files are skipped; a name that fits exactly one user through every rule
/// and normalisation level is matched, one that fits several is ambiguous; a copy suffix
/// (" (1)", "-2", " copy", " - Kopie") is stripped only when the name as written fits nobody;
/// unmatched files get typo-level suggestions; two files for one user are both a conflict.
///
/// Matching reads no files (names only). The matcher is immutable: any thread may use it, and
/// matchFiles() runs on the global thread pool.
class FolderMatcher
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::FolderMatcher)

public:
    explicit FolderMatcher(UserIndex index);

    /// The files in `folder` (and below it with `recursive`), absolute paths, sorted. Hidden
    /// folders (.git, __MACOSX, @eaDir thumbnails) are not entered; symbolic links to folders
    /// are not followed.
    [[nodiscard]] static Result<QStringList> listFiles(const QString& folder, bool recursive);

    /// Matches one file by its name (a path; only the name counts). No conflicts: see markConflicts().
    [[nodiscard]] FileMatch matchFile(const QString& path) const;

    /// Matches `paths` on a worker thread: one result per path, in order; progress counts files;
    /// cancelling stops between files. Conflicts need every file: call markConflicts() on the results.
    [[nodiscard]] QFuture<FileMatch> matchFiles(const QStringList& paths) const;

    /// Turns every set of matched files that share one user into conflicts.
    static void markConflicts(QList<FileMatch>& matches);

    /// listFiles() + matchFile() for each + markConflicts(), on the calling thread.
    [[nodiscard]] Result<QList<FileMatch>> matchFolder(const QString& folder, bool recursive) const;

    /// Why a file name is not a photo to match ("not an image"), or empty when it may be one.
    [[nodiscard]] static QString skipReason(const QString& fileName);
    /// The stem without one trailing copy suffix, or empty when it has none.
    [[nodiscard]] static QString stripCopySuffix(const QString& stem);

    [[nodiscard]] const UserIndex& index() const { return m_index; }

private:
    UserIndex m_index;
};

} // namespace adphoto
