#pragma once

#include "core/Error.h"
#include "core/UserRecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace adphoto {

/// A plan row's status (CONTRACT.md, "Plans"). Only `Ready` rows are ever applied; the English
/// names from planStatusName() appear in JSON and are never translated.
enum class PlanStatus
{
    Ready,     ///< one user, a usable image: will be applied
    Unchanged, ///< the user already has this photo (decided by the caller, who reads the photos)
    Skipped,   ///< not to be applied (not an image, --only-missing, --skip-disabled)
    Ambiguous, ///< several users fit; a person must choose
    Unmatched, ///< nobody fits
    Conflict,  ///< another row wants the same user
    Error,     ///< the row cannot be used (unknown user, file missing, not an image, duplicate ...)
};

[[nodiscard]] QString planStatusName(PlanStatus status);
[[nodiscard]] std::optional<PlanStatus> planStatusFromName(const QString& name);

/// One row of an import plan: one input file (folder import) or one CSV record. Its JSON form
/// is what `import --dry-run --format json` prints and `import --plan` reads back; keys not
/// known here (added by later stages, e.g. the prepared photo's report) are kept in `extra` and
/// written back unchanged. A plain value; any thread.
struct PlanRow
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::PlanRow)

public:
    PlanStatus status = PlanStatus::Error;
    QString user; ///< sAMAccountName; empty = null
    QUuid objectGuid;
    QString dn;
    QString file;               ///< absolute path (as written in the CSV when it could not be resolved)
    QString fileSha256;         ///< lower-case hex of the source file, set by PlanFileChecker
    QString currentPhotoSha256; ///< lower-case hex of the user's photo at plan time, set by the caller
    QString rule;               ///< folder plans: the rule that matched
    int line = 0;               ///< CSV plans: the record's line; 0 = null
    bool disabled = false;
    bool hasPhoto = false;
    QStringList candidates;  ///< sAMAccountNames that fit an ambiguous row
    QStringList suggestions; ///< sAMAccountNames a typo away from an unmatched file; never applied
    QStringList problems;    ///< for people
    QJsonObject extra;

    /// Copies the identifying fields of `record` (user, objectGUID, dn, disabled, hasPhoto).
    void setUser(const UserRecord& record);

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<PlanRow> fromJson(const QJsonObject& object);
};

} // namespace adphoto
