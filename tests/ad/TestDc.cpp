#include "TestDc.h"

#include "ldap/LdapDirectory.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>
#include <gtest/gtest.h>

namespace adphoto::test {

const TestDc& TestDc::instance()
{
    static const TestDc dc = [] {
        TestDc d;
        const QString dir = qEnvironmentVariable("ADPHOTO_TEST_DC_DIR", QStringLiteral(ADPHOTO_TEST_DC_DIR));
        QFile ini(dir + QStringLiteral("/dc.ini"));
        if (ini.open(QIODevice::ReadOnly)) {
            while (!ini.atEnd()) {
                const QString line = QString::fromUtf8(ini.readLine()).trimmed();
                const qsizetype eq = line.indexOf(QLatin1Char('='));
                if (line.startsWith(QLatin1Char('#')) || eq <= 0)
                    continue;
                d.m_values.insert(line.left(eq), line.mid(eq + 1));
            }
        }
        QFile seed(d.m_values.value(QStringLiteral("ADPHOTO_TEST_SEED_JSON")));
        if (seed.open(QIODevice::ReadOnly))
            d.m_seed = QJsonDocument::fromJson(seed.readAll()).array();
        return d;
    }();
    if (dc.m_values.isEmpty())
        ADD_FAILURE()
            << "No test DC: run scripts/samba-dc.sh start (ctest does it through the samba_dc fixture)";
    return dc;
}

ConnectionSettings TestDc::admin(TlsMode tls) const
{
    ConnectionSettings s;
    s.server = tls == TlsMode::Ldaps ? value(QStringLiteral("ADPHOTO_TEST_LDAPS_URI"))
                                     : value(QStringLiteral("ADPHOTO_TEST_LDAP_URI"));
    s.tls = tls;
    s.bind = BindMethod::Simple;
    s.user = value(QStringLiteral("ADPHOTO_TEST_ADMIN"));
    s.password = value(QStringLiteral("ADPHOTO_TEST_ADMIN_PASSWORD"));
    s.caFile = value(QStringLiteral("ADPHOTO_TEST_CA"));
    s.timeoutSeconds = 20;
    return s;
}

ConnectionSettings TestDc::nonAdmin() const
{
    ConnectionSettings s = admin();
    s.user = value(QStringLiteral("ADPHOTO_TEST_USER"));
    s.password = value(QStringLiteral("ADPHOTO_TEST_USER_PASSWORD"));
    return s;
}

QProcessEnvironment TestDc::environment(const QString& configDir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys()) {
        if (key.startsWith(QLatin1String("ADPHOTO_")) || key.startsWith(QLatin1String("LDAPTLS_")))
            env.remove(key);
    }
    env.insert(QStringLiteral("KRB5_CONFIG"), value(QStringLiteral("ADPHOTO_TEST_KRB5_CONFIG")));
    env.insert(QStringLiteral("KRB5CCNAME"), QStringLiteral("FILE:") + configDir + QStringLiteral("/krb5cc"));
    env.insert(QStringLiteral("LD_PRELOAD"), value(QStringLiteral("ADPHOTO_TEST_NSS_WRAPPER")));
    env.insert(QStringLiteral("NSS_WRAPPER_HOSTS"), value(QStringLiteral("ADPHOTO_TEST_NSS_HOSTS")));
    env.insert(QStringLiteral("ADPHOTO_CONFIG"), configDir + QStringLiteral("/adphoto.ini"));
    env.insert(QStringLiteral("ADPHOTO_DATA_DIR"), configDir + QStringLiteral("/data"));
    env.insert(QStringLiteral("ADPHOTO_CA_FILE"), value(QStringLiteral("ADPHOTO_TEST_CA")));
    return env;
}

std::unique_ptr<Directory> openDirectory(const ConnectionSettings& settings)
{
    auto directory = std::make_unique<LdapDirectory>(settings);
    auto future = directory->open();
    future.waitForFinished();
    const auto info = future.result();
    EXPECT_TRUE(info.has_value()) << (info ? "" : info.error().text().toStdString());
    return directory;
}

CliRun runProgram(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                  const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    CliRun run;
    if (!process.waitForStarted(10'000)) {
        run.err = "cannot start " + program.toUtf8();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120'000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

CliRun runCli(const QStringList& args, const QProcessEnvironment& env, const QByteArray& input)
{
    return runProgram(QStringLiteral(ADPHOTO_CLI_PATH), args, env, input);
}

QByteArray sampleJpeg(int size, int shade)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(QColor(shade % 256, (shade * 7) % 256, (shade * 13) % 256));
    for (int y = 0; y < size; y += 4)
        image.setPixelColor(y, y, Qt::white); // some detail so the encoder has work
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

} // namespace adphoto::test

namespace adphoto::test {

namespace {
QList<QJsonObject> writeTargets()
{
    static const QList<QJsonObject> targets = [] {
        QList<QJsonObject> all;
        for (const QJsonValue& v : TestDc::instance().seed()) {
            const QJsonObject u = v.toObject();
            if (!u.value(QStringLiteral("hasPhoto")).toBool() &&
                !u.value(QStringLiteral("disabled")).toBool() &&
                u.value(QStringLiteral("tags")).toArray().isEmpty())
                all << u;
        }
        return all.mid(std::max<qsizetype>(0, all.size() - 24));
    }();
    return targets;
}
} // namespace

QJsonObject writeTarget(int n)
{
    const auto targets = writeTargets();
    EXPECT_LT(n, targets.size());
    return targets.value(n);
}

bool isWriteTarget(const QString& dn)
{
    for (const QJsonObject& u : writeTargets()) {
        if (u.value(QStringLiteral("dn")).toString().compare(dn, Qt::CaseInsensitive) == 0)
            return true;
    }
    const QString tester = TestDc::instance().value(QStringLiteral("ADPHOTO_TEST_USER_DN"));
    return dn.compare(tester, Qt::CaseInsensitive) == 0;
}

} // namespace adphoto::test

namespace adphoto::test {

CliRun ldapTool(const QString& tool, const QByteArray& ldif, const QStringList& extra)
{
    const TestDc& dc = TestDc::instance();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LDAPTLS_CACERT"), dc.value(QStringLiteral("ADPHOTO_TEST_CA")));
    // The password from a private file (-y), not on the command line (-w) where any local
    // user's ps would see it; -y takes the file's every byte, so no newline.
    QTemporaryFile password;
    if (!password.open() ||
        password.write(dc.value(QStringLiteral("ADPHOTO_TEST_ADMIN_PASSWORD")).toUtf8()) < 0 ||
        !password.flush()) {
        ADD_FAILURE() << "cannot write a password file for " << tool.toStdString();
        return {};
    }
    QStringList args{
        QStringLiteral("-H"), dc.value(QStringLiteral("ADPHOTO_TEST_LDAPS_URI")), QStringLiteral("-x"),
        QStringLiteral("-D"), dc.value(QStringLiteral("ADPHOTO_TEST_ADMIN")),     QStringLiteral("-y"),
        password.fileName()};
    return runProgram(tool, args + extra, env, ldif);
}

QList<MadeUser> makeUsers(const QString& ou, int count, const QString& given)
{
    const TestDc& dc = TestDc::instance();
    const QString base = dc.value(QStringLiteral("ADPHOTO_TEST_BASE"));
    const QString ouDn = QStringLiteral("OU=%1,%2").arg(ou, base);
    ldapTool(QStringLiteral("ldapdelete"), {}, {QStringLiteral("-r"), ouDn}); // an earlier run's leftovers
    const QString domain = dc.value(QStringLiteral("ADPHOTO_TEST_DOMAIN"));
    // AD wants the password as a quoted UTF-16LE string.
    const QString quoted = QStringLiteral("\"Pw-%1-9x!\"").arg(ou);
    const QByteArray password(reinterpret_cast<const char*>(quoted.utf16()), quoted.size() * 2);
    QByteArray ldif =
        QStringLiteral("dn: %1\nobjectClass: organizationalUnit\nou: %2\n\n").arg(ouDn, ou).toUtf8();
    QList<MadeUser> users;
    for (int i = 1; i <= count; ++i) {
        MadeUser u;
        u.givenName = given;
        u.sn = QStringLiteral("%1%2").arg(ou.left(6)).arg(i, 4, 10, QLatin1Char('0'));
        u.sam = QStringLiteral("%1%2").arg(ou.left(10).toLower()).arg(i, 4, 10, QLatin1Char('0'));
        u.dn = QStringLiteral("CN=%1 %2,%3").arg(u.givenName, u.sn, ouDn);
        ldif += QStringLiteral("dn: %1\nobjectClass: user\nsAMAccountName: %2\nuserPrincipalName: %2@%3\n"
                               "givenName: %4\nsn: %5\ndisplayName: %4 %5\nmail: %2@%3\n")
                    .arg(u.dn, u.sam, domain, u.givenName, u.sn)
                    .toUtf8();
        ldif += "unicodePwd:: " + password.toBase64() + "\nuserAccountControl: 512\n\n";
        users << u;
    }
    auto added = ldapTool(QStringLiteral("ldapadd"), ldif);
    EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
    return users;
}

} // namespace adphoto::test
