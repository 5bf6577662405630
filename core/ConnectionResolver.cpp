#include "core/ConnectionResolver.h"

#include "core/Settings.h"

#include <QCoreApplication>

namespace adphoto {

QStringList ConnectionResolver::keys()
{
    return {QStringLiteral("server"),
            QStringLiteral("domain"),
            QStringLiteral("base"),
            QStringLiteral("bind"),
            QStringLiteral("user"),
            QStringLiteral("tls"),
            QStringLiteral("ca-file"),
            QStringLiteral("dns-server"),
            QStringLiteral("timeout"),
            QStringLiteral("page-size"),
            QStringLiteral("insecure-skip-verify")};
}

QString ConnectionResolver::environmentName(const QString& key)
{
    QString name = key.toUpper();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QStringLiteral("ADPHOTO_") + name;
}

Result<ConnectionSettings> ConnectionResolver::resolve(const QMap<QString, QString>& flags,
                                                       const QProcessEnvironment& env,
                                                       const Settings& settings, QStringList* warnings)
{
    QString profileName = flags.value(QStringLiteral("profile"));
    if (profileName.isEmpty())
        profileName = env.value(QStringLiteral("ADPHOTO_PROFILE"));
    QMap<QString, QString> profile;
    if (!profileName.isEmpty()) {
        if (!settings.profileNames().contains(profileName))
            return fail(ErrorKind::Usage,
                        tr("No connection profile named \"%1\" in %2.").arg(profileName, settings.path()));
        profile = settings.profile(profileName);
    }

    // Where a value came from: 3 flag, 2 variable, 1 profile, 0 nowhere.
    auto rank = [&](const QString& key) {
        if (flags.contains(key))
            return 3;
        if (env.contains(environmentName(key)))
            return 2;
        return profile.contains(key) ? 1 : 0;
    };
    auto pick = [&](const QString& key) -> QString {
        switch (rank(key)) {
        case 3:
            return flags.value(key);
        case 2:
            return env.value(environmentName(key));
        case 1:
            return profile.value(key);
        default:
            return {};
        }
    };

    ConnectionSettings s;
    s.server = pick(QStringLiteral("server")).trimmed();
    s.domain = pick(QStringLiteral("domain")).trimmed();
    s.baseDn = pick(QStringLiteral("base")).trimmed();
    s.user = pick(QStringLiteral("user")).trimmed();
    s.caFile = pick(QStringLiteral("ca-file")).trimmed();
    s.dnsServer = pick(QStringLiteral("dns-server")).trimmed();

    // Server and domain are two ways to say where: the more specific source wins.
    if (!s.server.isEmpty() && !s.domain.isEmpty()) {
        const int serverRank = rank(QStringLiteral("server"));
        const int domainRank = rank(QStringLiteral("domain"));
        if (serverRank == domainRank)
            return fail(ErrorKind::Usage, tr("Give either a server or a domain, not both."));
        (serverRank > domainRank ? s.domain : s.server).clear();
    }

    if (const QString t = pick(QStringLiteral("tls")); !t.isEmpty()) {
        const auto mode = parseTlsMode(t);
        if (!mode)
            return fail(ErrorKind::Usage, tr("Unknown TLS mode \"%1\": use starttls, ldaps or none.").arg(t));
        s.tls = *mode;
    }
    if (const QString b = pick(QStringLiteral("bind")); !b.isEmpty()) {
        const auto method = parseBindMethod(b);
        if (!method)
            return fail(ErrorKind::Usage, tr("Unknown bind method \"%1\": use simple or gssapi.").arg(b));
        s.bind = *method;
    }
    auto positive = [&](const QString& key, int fallback, int* out) -> Result<void> {
        const QString v = pick(key);
        if (v.isEmpty()) {
            *out = fallback;
            return {};
        }
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n <= 0)
            return fail(ErrorKind::Usage, tr("--%1 needs a positive whole number, not \"%2\".").arg(key, v));
        *out = n;
        return {};
    };
    if (auto r = positive(QStringLiteral("timeout"), settings.value(Settings::Key::TimeoutSeconds).toInt(),
                          &s.timeoutSeconds);
        !r)
        return std::unexpected(r.error());
    if (auto r = positive(QStringLiteral("page-size"), settings.value(Settings::Key::PageSize).toInt(),
                          &s.pageSize);
        !r)
        return std::unexpected(r.error());
    if (s.pageSize > 1000)
        s.pageSize = 1000; // AD's MaxPageSize; a larger page is silently cut by the DC anyway

    const QString insecure = pick(QStringLiteral("insecure-skip-verify")).toLower();
    s.insecureSkipVerify = insecure == QLatin1String("1") || insecure == QLatin1String("true") ||
                           insecure == QLatin1String("yes");

    s.password = env.value(QStringLiteral("ADPHOTO_PASSWORD"));

    const QString reqcert = env.value(QStringLiteral("LDAPTLS_REQCERT")).trimmed().toLower();
    if (warnings && (reqcert == QLatin1String("never") || reqcert == QLatin1String("allow")))
        *warnings << tr("LDAPTLS_REQCERT=%1 is ignored: adphoto always verifies certificates unless "
                        "--insecure-skip-verify is given.")
                         .arg(reqcert);

    // Consistency rules (CONTRACT.md "Connection").
    const BindMethod bind = s.effectiveBind();
    if (s.tls == TlsMode::None && bind != BindMethod::Gssapi)
        return fail(ErrorKind::Usage,
                    tr("--tls none is only allowed with --bind gssapi (the SASL layer then seals "
                       "the connection); a password is never sent unprotected."));
    if (s.server.startsWith(QLatin1String("ldaps://"), Qt::CaseInsensitive) && s.tls != TlsMode::Default &&
        s.tls != TlsMode::Ldaps)
        return fail(
            ErrorKind::Usage,
            tr("The server %1 is LDAPS, which conflicts with --tls %2.").arg(s.server, tlsModeName(s.tls)));
    if (s.server.startsWith(QLatin1String("ldapi://"), Qt::CaseInsensitive))
        return fail(ErrorKind::Usage, tr("ldapi:// is not supported; give an ldap:// or ldaps:// URI."));
    if (bind == BindMethod::Simple && s.user.isEmpty())
        return fail(ErrorKind::Usage, tr("A simple bind needs --user (or ADPHOTO_USER)."));
    return s;
}

} // namespace adphoto
