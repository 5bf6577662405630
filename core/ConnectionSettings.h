#pragma once

#include <QString>

#include <optional>

namespace adphoto {

enum class TlsMode { Default, StartTls, Ldaps, None };
enum class BindMethod { Default, Simple, Gssapi };

/// Everything needed to reach and bind to a DC. Resolved from flags, ADPHOTO_* variables and
/// profiles by ConnectionResolver (precedence in CONTRACT.md). Holds the password only in
/// memory; it is never written to settings or logs.
struct ConnectionSettings
{
    QString server;     ///< ldap://, ldaps:// URI or host name; empty means discover from domain
    QString domain;     ///< AD DNS domain for DC discovery through SRV records
    QString dnsServer;  ///< DNS server IP for discovery (ADPHOTO_DNS_SERVER)
    QString baseDn;     ///< overrides RootDSE defaultNamingContext
    TlsMode tls = TlsMode::Default;
    BindMethod bind = BindMethod::Default;
    QString user;       ///< UPN, DOMAIN\user or DN for simple binds
    QString password;   ///< in memory only
    QString caFile;
    bool insecureSkipVerify = false;
    int timeoutSeconds = 30;
    int pageSize = 1000;

    /// The bind method in effect: Simple when a user name is given, else GSSAPI.
    [[nodiscard]] BindMethod effectiveBind() const
    {
        if (bind != BindMethod::Default)
            return bind;
        return user.isEmpty() ? BindMethod::Gssapi : BindMethod::Simple;
    }
};

[[nodiscard]] QString tlsModeName(TlsMode mode);
[[nodiscard]] std::optional<TlsMode> parseTlsMode(const QString& text);
[[nodiscard]] QString bindMethodName(BindMethod method);
[[nodiscard]] std::optional<BindMethod> parseBindMethod(const QString& text);

} // namespace adphoto
