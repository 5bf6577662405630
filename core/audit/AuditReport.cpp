#include "core/audit/AuditReport.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace adphoto {

QString findingKindName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Missing:
        return QStringLiteral("missing");
    case FindingKind::Oversized:
        return QStringLiteral("oversized");
    case FindingKind::NotJpeg:
        return QStringLiteral("notJpeg");
    case FindingKind::Damaged:
        return QStringLiteral("damaged");
    case FindingKind::NotSquare:
        return QStringLiteral("notSquare");
    case FindingKind::TooSmall:
        return QStringLiteral("tooSmall");
    case FindingKind::Duplicate:
        return QStringLiteral("duplicate");
    case FindingKind::DisabledWithPhoto:
        return QStringLiteral("disabledWithPhoto");
    }
    return {};
}

QString findingKindTitle(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Missing:
        return AuditReport::tr("Users without a photo");
    case FindingKind::Oversized:
        return AuditReport::tr("Photos over the byte limit");
    case FindingKind::NotJpeg:
        return AuditReport::tr("Photos that are not JPEG");
    case FindingKind::Damaged:
        return AuditReport::tr("Damaged or truncated photos");
    case FindingKind::NotSquare:
        return AuditReport::tr("Photos that are not square");
    case FindingKind::TooSmall:
        return AuditReport::tr("Photos smaller than the minimum size");
    case FindingKind::Duplicate:
        return AuditReport::tr("The same photo on several users");
    case FindingKind::DisabledWithPhoto:
        return AuditReport::tr("Disabled accounts with a photo");
    }
    return {};
}

int AuditReport::count(FindingKind kind) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [kind](const AuditFinding& f) { return f.kind == kind; }));
}

QString findingDetail(const AuditFinding& f)
{
    const QLocale locale;
    const QString size =
        f.image.hasSize() ? AuditReport::tr("%1 × %2 px").arg(f.image.width).arg(f.image.height) : QString();
    switch (f.kind) {
    case FindingKind::Missing:
        return f.disabled ? AuditReport::tr("no photo (account disabled)") : AuditReport::tr("no photo");
    case FindingKind::Oversized:
        return AuditReport::tr("%1 bytes").arg(locale.toString(f.photoBytes));
    case FindingKind::NotJpeg:
        return f.image.format == QLatin1String("unknown")
                   ? AuditReport::tr("not an image format adphoto knows")
                   : f.image.format.toUpper();
    case FindingKind::Damaged:
        return f.image.hasSize() ? AuditReport::tr("%1, data cut short").arg(f.image.format.toUpper())
                                 : AuditReport::tr("header unreadable");
    case FindingKind::NotSquare:
    case FindingKind::TooSmall:
        return size;
    case FindingKind::Duplicate:
        return AuditReport::tr("same photo as %1").arg(f.sameAs.join(QStringLiteral(", ")));
    case FindingKind::DisabledWithPhoto:
        return AuditReport::tr("%1 bytes").arg(locale.toString(f.photoBytes));
    }
    return {};
}

} // namespace adphoto
