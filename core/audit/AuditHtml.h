#pragma once

#include "core/audit/AuditReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace adphoto {

/// The audit as one self-contained HTML page for people: inline CSS, no script, no external
/// resource (a Content-Security-Policy forbids both), every directory value HTML-escaped so
/// a hostile displayName cannot inject markup. Translated headings; numbers through QLocale.
/// Pure function; any thread.
class AuditHtml
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::AuditHtml)

public:
    /// `source` names where the data came from (the DC), `generated` is shown in UTC.
    [[nodiscard]] static QString render(const AuditReport& report, const QString& source,
                                        const QDateTime& generated);
};

} // namespace adphoto
