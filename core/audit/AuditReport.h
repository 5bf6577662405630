#pragma once

#include "core/ImageInspector.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace adphoto {

/// What the audit found wrong with one user's photo (or its absence). The order is the order
/// reports list them in.
enum class FindingKind
{
    Missing,           ///< no thumbnailPhoto
    Oversized,         ///< more bytes than the limit (--max-bytes)
    NotJpeg,           ///< PNG, GIF, ... or unrecognisable bytes
    Damaged,           ///< header unreadable or data cut short (truncated)
    NotSquare,         ///< width != height
    TooSmall,          ///< shorter edge below the minimum (96 px)
    Duplicate,         ///< the same bytes (SHA-256) as another user's photo
    DisabledWithPhoto, ///< a disabled account that still carries a photo
};

inline constexpr FindingKind allFindingKinds[] = {
    FindingKind::Missing,   FindingKind::Oversized, FindingKind::NotJpeg,   FindingKind::Damaged,
    FindingKind::NotSquare, FindingKind::TooSmall,  FindingKind::Duplicate, FindingKind::DisabledWithPhoto};

/// "missing", "oversized", "notJpeg", "damaged", "notSquare", "tooSmall", "duplicate",
/// "disabledWithPhoto": the JSON/CSV `kind`, English, never translated.
[[nodiscard]] QString findingKindName(FindingKind kind);
/// A translated heading for people ("Photos over the byte limit").
[[nodiscard]] QString findingKindTitle(FindingKind kind);

/// One finding about one user. A plain value; any thread.
struct AuditFinding
{
    FindingKind kind = FindingKind::Missing;
    QString user; ///< sAMAccountName
    QString displayName;
    QString dn;
    QUuid objectGuid;
    QString ou; ///< the parent DN
    bool disabled = false;
    qint64 photoBytes = 0; ///< 0 without a photo
    ImageFacts image;      ///< meaningless without a photo
    QString sha256;        ///< lower-case hex; empty without a photo
    QStringList sameAs;    ///< Duplicate only: the other users with the same photo
};

/// Users and users without a photo in one OU (or container): in its whole subtree and
/// directly in it.
struct OuCount
{
    QString ou;
    int depth = 0; ///< RDNs below the audited base (0 = the base itself)
    int users = 0;
    int missing = 0;
    int directUsers = 0;
    int directMissing = 0;
};

/// Everything one audit found. A plain value; any thread.
struct AuditReport
{
    QString baseDn;
    qint64 maxBytes = 0;
    int minEdge = 0;
    int users = 0;
    int withPhoto = 0;
    int duplicateGroups = 0;      ///< distinct photos found on more than one user
    QList<OuCount> ous;           ///< tree order: a parent before its children
    QList<AuditFinding> findings; ///< by kind (enum order), then by DN; duplicates by photo

    [[nodiscard]] int count(FindingKind kind) const;

    Q_DECLARE_TR_FUNCTIONS(adphoto::AuditReport)
};

/// What is wrong with the photo in a few translated words ("123,456 bytes", "PNG",
/// "120 × 80 px", "same photo as jdoe, asmith").
[[nodiscard]] QString findingDetail(const AuditFinding& finding);

} // namespace adphoto
