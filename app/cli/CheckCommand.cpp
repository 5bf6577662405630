#include "app/cli/CheckCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/UserJson.h"

#include <QCoreApplication>

namespace adphoto::cli {

QString CheckCommand::summary() const
{
    return tr("Test the connection: DC, TLS, bind identity, base DN, write permission.");
}

QString CheckCommand::synopsis() const
{
    return QStringLiteral("[USER]");
}

QString CheckCommand::details() const
{
    return tr("With USER, also tells whether the bound identity may write that user's thumbnailPhoto\n"
              "(from allowedAttributesEffective).");
}

QStringList CheckCommand::examples() const
{
    return {QStringLiteral("adphoto-cli --server ldap://dc1.example.com check"),
            QStringLiteral("adphoto-cli --server ldaps://dc1.example.com --user admin@example.com --ca-file "
                           "corp-ca.pem check"),
            QStringLiteral("adphoto-cli --domain example.com check jdoe --format json")};
}

QList<QCommandLineOption> CheckCommand::options() const
{
    return {};
}

int CheckCommand::run(CliContext& context, const QCommandLineParser&, const QStringList& args)
{
    if (args.size() > 1)
        return context.report({ErrorKind::Usage, tr("Usage: adphoto-cli check [USER]"), {}, {}});
    const auto format = context.format();
    if (!format)
        return context.report(format.error());
    auto directory = context.directory();
    if (!directory)
        return context.report(directory.error());
    const ConnectionInfo& info = context.connectionInfo();

    QJsonValue user(QJsonValue::Null);
    QJsonValue mayWrite(QJsonValue::Null);
    if (args.size() == 1) {
        auto found = context.await((*directory)->findUser(args.first()));
        if (!found)
            return context.report(found.error());
        auto allowed = context.await((*directory)->canWritePhoto(found->dn));
        if (!allowed)
            return context.report(allowed.error());
        user = found->dn;
        mayWrite = *allowed;
    }
    RecordWriter writer(*format,
                        {QStringLiteral("server"), QStringLiteral("dc"), QStringLiteral("tls"),
                         QStringLiteral("ssf"), QStringLiteral("bind"), QStringLiteral("bindIdentity"),
                         QStringLiteral("baseDn"), QStringLiteral("user"), QStringLiteral("mayWritePhoto")});
    writer.addRow({info.uri, textOrNull(info.dcHost), info.tls, info.ssf, info.bindMethod,
                   textOrNull(info.bindIdentity), info.baseDn, user, mayWrite});
    writer.finish(context.out());
    return 0;
}

} // namespace adphoto::cli
