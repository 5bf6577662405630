#pragma once

#include "core/audit/AuditReport.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace adphoto {

/// The audit as RFC 4180 CSV (CRLF line ends, UTF-8 without BOM): the header of
/// AuditRows::columns(), then AuditRows::rows(). Fields are quoted as `adphoto-cli audit
/// --format csv` quotes them, and a leading = + - @ is neutralised so a hostile display name
/// cannot become a spreadsheet formula. The GUI's export writes exactly these bytes. Pure
/// functions; any thread.
class AuditCsv
{
public:
    [[nodiscard]] static QByteArray render(const AuditReport& report);
};

} // namespace adphoto
