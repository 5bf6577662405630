#include "core/audit/AuditReport.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace adphoto {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("adphoto::AuditReport", text, disambiguation, n);
}
} // namespace

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
        return tr("Users without a photo");
    case FindingKind::Oversized:
        return tr("Photos over the byte limit");
    case FindingKind::NotJpeg:
        return tr("Photos that are not JPEG");
    case FindingKind::Damaged:
        return tr("Damaged or truncated photos");
    case FindingKind::NotSquare:
        return tr("Photos that are not square");
    case FindingKind::TooSmall:
        return tr("Photos smaller than the minimum size");
    case FindingKind::Duplicate:
        return tr("The same photo on several users");
    case FindingKind::DisabledWithPhoto:
        return tr("Disabled accounts with a photo");
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
        f.image.hasSize() ? tr("%1 × %2 px").arg(f.image.width).arg(f.image.height) : QString();
    switch (f.kind) {
    case FindingKind::Missing:
        return f.disabled ? tr("no photo (account disabled)") : tr("no photo");
    case FindingKind::Oversized:
        return tr("%1 bytes").arg(locale.toString(f.photoBytes));
    case FindingKind::NotJpeg:
        return f.image.format == QLatin1String("unknown") ? tr("not an image format adphoto knows")
                                                          : f.image.format.toUpper();
    case FindingKind::Damaged:
        return f.image.hasSize() ? tr("%1, data cut short").arg(f.image.format.toUpper())
                                 : tr("header unreadable");
    case FindingKind::NotSquare:
    case FindingKind::TooSmall:
        return size;
    case FindingKind::Duplicate:
        return tr("same photo as %1").arg(f.sameAs.join(QStringLiteral(", ")));
    case FindingKind::DisabledWithPhoto:
        return tr("%1 bytes").arg(locale.toString(f.photoBytes));
    }
    return {};
}

} // namespace adphoto
