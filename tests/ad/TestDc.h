#pragma once

#include "core/ConnectionSettings.h"
#include "core/Directory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace adphoto::test {

/// The seeded Samba AD DC the `ad` tests run against, as scripts/samba-dc.sh describes it in
/// dc.ini (KEY=value) and seed.json (the truth about every seeded user).
class TestDc
{
public:
    /// Loads ADPHOTO_TEST_DC_DIR/dc.ini once; fails the calling test if the DC is not there.
    static const TestDc& instance();

    [[nodiscard]] QString value(const QString& key) const { return m_values.value(key); }
    [[nodiscard]] const QJsonArray& seed() const { return m_seed; }

    /// LDAPS (or StartTLS) + simple bind as the domain admin, with the DC's CA.
    [[nodiscard]] ConnectionSettings admin(TlsMode tls = TlsMode::Ldaps) const;
    /// The same as the non-admin test user.
    [[nodiscard]] ConnectionSettings nonAdmin() const;

    /// An environment for child processes: Kerberos config and nss_wrapper so that the DC's
    /// name resolves to loopback, private config and data dirs, no password.
    [[nodiscard]] QProcessEnvironment environment(const QString& configDir) const;

private:
    QMap<QString, QString> m_values;
    QJsonArray m_seed;
};

/// Opens a directory and fails the test on error.
std::unique_ptr<Directory> openDirectory(const ConnectionSettings& settings);

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs adphoto-cli with `args` in `env`, feeding `input` on stdin.
CliRun runCli(const QStringList& args, const QProcessEnvironment& env, const QByteArray& input = {});
/// Runs any program; used for kinit and ldapmodify.
CliRun runProgram(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                  const QByteArray& input = {});

/// A small valid JPEG (w×h, flat colour) for writes.
QByteArray sampleJpeg(int size, int shade);

} // namespace adphoto::test

namespace adphoto::test {
/// Users the write tests may change: the last 24 plain, enabled seeded users without a photo,
/// so the listing tests can leave them out of their photo comparisons. `n` in 0..23, each
/// owned by one test (0-14 CLI/write/revert/import, 15 GUI, 16-19 audit, 20-21 CSV wizard).
QJsonObject writeTarget(int n);
/// Whether a seeded user (by DN) is one the write tests may change.
bool isWriteTarget(const QString& dn);
} // namespace adphoto::test

namespace adphoto::test {
/// A user made by a test, outside the seeded OUs so that other tests' truths hold.
struct MadeUser
{
    QString sam;
    QString dn;
    QString givenName;
    QString sn;
};
/// Creates OU=<ou>,<base> (replacing one left by an earlier run) with `count` enabled users
/// named "<given> <sn>NNNN", through ldapadd over LDAPS. Fails the test on error.
QList<MadeUser> makeUsers(const QString& ou, int count, const QString& given = QStringLiteral("Imp"));
/// Runs ldapadd/ldapmodify/ldapdelete as the domain admin over LDAPS with `ldif` on stdin.
CliRun ldapTool(const QString& tool, const QByteArray& ldif, const QStringList& extra = {});
} // namespace adphoto::test
