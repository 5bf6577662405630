#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace adphoto {

/// One domain controller found in DNS.
struct DcRecord
{
    QString host;
    quint16 port = 389;
    quint16 priority = 0;
    quint16 weight = 0;
};

/// Finds a domain's DCs through the SRV records `_ldap._tcp.dc._msdcs.<domain>`, asking the
/// system resolver or one given DNS server. Blocking: call it on the directory's session thread.
class DcLocator
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::DcLocator)

public:
    /// Records ordered by priority (lowest first), then weight (highest first).
    [[nodiscard]] static Result<QList<DcRecord>> find(const QString& domain, const QString& dnsServer = {},
                                                      int timeoutSeconds = 5);
    /// Parses an SRV answer packet (exposed for tests).
    [[nodiscard]] static Result<QList<DcRecord>> parseAnswer(const QByteArray& packet);
};

} // namespace adphoto
