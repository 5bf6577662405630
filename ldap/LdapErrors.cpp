#include "ldap/LdapErrors.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <ldap.h>

namespace adphoto::ldaperrors {

namespace {
// LdapErrors is a set of functions: this class only carries their translation context.
class LdapErrors
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::LdapErrors)
};

Error make(ErrorKind kind, const QString& message, const QString& detail)
{
    return Error{kind, message, detail, {}};
}

Error bindError(const QString& diag, const QString& detail)
{
    const QString code = adSubCode(diag);
    if (code == QLatin1String("52e"))
        return make(ErrorKind::Authentication, LdapErrors::tr("Wrong user name or password."), detail);
    if (code == QLatin1String("525"))
        return make(ErrorKind::Authentication,
                    LdapErrors::tr("No such user: the bind name is not known to the domain."), detail);
    if (code == QLatin1String("530"))
        return make(ErrorKind::Authentication,
                    LdapErrors::tr("This account may not sign in at this time (logon hours)."), detail);
    if (code == QLatin1String("531"))
        return make(ErrorKind::Authentication,
                    LdapErrors::tr("This account may not sign in from this workstation."), detail);
    if (code == QLatin1String("532"))
        return make(ErrorKind::Authentication, LdapErrors::tr("The account's password has expired."), detail);
    if (code == QLatin1String("533"))
        return make(ErrorKind::Authentication, LdapErrors::tr("The account is disabled."), detail);
    if (code == QLatin1String("701"))
        return make(ErrorKind::Authentication, LdapErrors::tr("The account has expired."), detail);
    if (code == QLatin1String("773"))
        return make(ErrorKind::Authentication,
                    LdapErrors::tr("The account's password must be changed before it can sign in."), detail);
    if (code == QLatin1String("775"))
        return make(ErrorKind::Authentication, LdapErrors::tr("The account is locked out."), detail);
    return make(ErrorKind::Authentication, LdapErrors::tr("The DC refused the credentials."), detail);
}

std::optional<Error> kerberosError(const QString& diag, const QString& detail)
{
    const QString d = diag.toLower();
    if (d.contains(QLatin1String("no kerberos credentials")) ||
        d.contains(QLatin1String("no credentials cache")) ||
        d.contains(QLatin1String("credentials cache file")) ||
        d.contains(QLatin1String("no credentials were supplied")))
        return make(
            ErrorKind::Authentication,
            LdapErrors::tr("No Kerberos ticket: run 'kinit user@REALM' first, or bind with --bind simple."),
            detail);
    if (d.contains(QLatin1String("ticket expired")) || d.contains(QLatin1String("ticket has expired")))
        return make(ErrorKind::Authentication,
                    LdapErrors::tr("The Kerberos ticket has expired: run 'kinit' again."), detail);
    if (d.contains(QLatin1String("clock skew")))
        return make(
            ErrorKind::Authentication,
            LdapErrors::tr(
                "This machine's clock differs too much from the DC's (Kerberos clock skew): fix the time."),
            detail);
    if (d.contains(QLatin1String("server not found in kerberos database")))
        return make(
            ErrorKind::Authentication,
            LdapErrors::tr(
                "The DC's service principal (ldap/<dc name>) is unknown to the KDC: connect by the DC's "
                "full DNS name, not an IP address or alias."),
            detail);
    if (d.contains(QLatin1String("gssapi")) || d.contains(QLatin1String("kerberos")))
        return make(ErrorKind::Authentication, LdapErrors::tr("Kerberos (GSSAPI) authentication failed."),
                    detail);
    return std::nullopt;
}

bool mentionsTls(const QString& diag)
{
    const QString d = diag.toLower();
    return d.contains(QLatin1String("tls")) || d.contains(QLatin1String("cert")) ||
           d.contains(QLatin1String("ssl"));
}
} // namespace

QString adSubCode(const QString& diagnostic)
{
    static const QRegularExpression re(QStringLiteral("data ([0-9a-fA-F]{1,8})"));
    const auto match = re.match(diagnostic);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

Error fromLdap(int rc, const QString& diagnostic, Operation operation, const QString& target)
{
    const char* libText = ldap_err2string(rc);
    QString detail = QString::fromUtf8(libText ? libText : "") + QStringLiteral(" (%1)").arg(rc);
    if (!diagnostic.isEmpty())
        detail += QStringLiteral(": ") + diagnostic;
    if (!target.isEmpty())
        detail += QStringLiteral("; ") + target;

    switch (rc) {
    case LDAP_SERVER_DOWN:
    case LDAP_CONNECT_ERROR:
        if (mentionsTls(diagnostic) || operation == Operation::StartTls)
            return make(
                ErrorKind::Tls,
                LdapErrors::tr(
                    "TLS failed: the DC's certificate could not be verified (untrusted CA, wrong host name "
                    "or expired). Give the CA with --ca-file."),
                detail);
        if (operation == Operation::Connect)
            return make(ErrorKind::Connection, LdapErrors::tr("Cannot contact the DC."), detail);
        return make(ErrorKind::Connection, LdapErrors::tr("The connection to the DC was lost."), detail);
    case LDAP_TIMEOUT:
    case LDAP_TIMELIMIT_EXCEEDED:
        return make(ErrorKind::Timeout, LdapErrors::tr("The DC did not answer in time."), detail);
    case LDAP_STRONG_AUTH_REQUIRED:
        return make(
            ErrorKind::StrongAuthRequired,
            LdapErrors::tr("The DC requires a protected connection (LDAP signing): use TLS, or Kerberos with "
                           "signing and sealing."),
            detail);
    case LDAP_CONFIDENTIALITY_REQUIRED:
        return make(ErrorKind::StrongAuthRequired, LdapErrors::tr("The DC requires an encrypted connection."),
                    detail);
    case LDAP_INVALID_CREDENTIALS:
        if (auto k = kerberosError(diagnostic, detail))
            return *k;
        return bindError(diagnostic, detail);
    case LDAP_INAPPROPRIATE_AUTH:
        return make(ErrorKind::Authentication,
                    LdapErrors::tr("This kind of bind is not allowed for the account."), detail);
    case LDAP_LOCAL_ERROR:
    case LDAP_AUTH_UNKNOWN:
    case LDAP_OTHER:
        if (auto k = kerberosError(diagnostic, detail))
            return *k;
        break;
    case LDAP_INSUFFICIENT_ACCESS:
        return make(ErrorKind::InsufficientAccess,
                    operation == Operation::PhotoWrite || operation == Operation::PhotoRemove
                        ? LdapErrors::tr("Access denied: the bound account may not change this user's photo.")
                        : LdapErrors::tr("Access denied."),
                    detail);
    case LDAP_NO_SUCH_OBJECT:
        return make(ErrorKind::NotFound,
                    LdapErrors::tr("No such object in the directory (deleted or moved?)."), detail);
    case LDAP_NO_SUCH_ATTRIBUTE:
        if (operation == Operation::PhotoWrite || operation == Operation::PhotoRemove)
            return make(ErrorKind::Conflict,
                        LdapErrors::tr(
                            "The photo was changed by someone else since it was read; nothing was written."),
                        detail);
        break;
    case LDAP_TYPE_OR_VALUE_EXISTS:
        if (operation == Operation::PhotoWrite)
            return make(
                ErrorKind::Conflict,
                LdapErrors::tr("A photo was set by someone else since it was read; nothing was written."),
                detail);
        break;
    case LDAP_INVALID_SYNTAX:
    case LDAP_CONSTRAINT_VIOLATION:
    case LDAP_SIZELIMIT_EXCEEDED:
        if (operation == Operation::PhotoWrite)
            return make(
                ErrorKind::ValueTooLarge,
                LdapErrors::tr(
                    "The DC refused the photo as too large: thumbnailPhoto holds at most 102,400 bytes."),
                detail);
        break;
    case LDAP_UNWILLING_TO_PERFORM:
        if (operation == Operation::Bind)
            return make(ErrorKind::Authentication, LdapErrors::tr("The DC is unwilling to accept this bind."),
                        detail);
        break;
    case LDAP_BUSY:
    case LDAP_UNAVAILABLE:
        return make(ErrorKind::Connection, LdapErrors::tr("The DC is busy or unavailable."), detail);
    default:
        break;
    }
    if (operation == Operation::Bind)
        return make(ErrorKind::Authentication, LdapErrors::tr("The bind failed."), detail);
    return make(ErrorKind::Directory, LdapErrors::tr("The directory operation failed."), detail);
}

} // namespace adphoto::ldaperrors
