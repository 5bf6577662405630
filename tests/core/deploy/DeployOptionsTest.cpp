// Validation of what an administrator types into the deploy page or the CLI.
#include "core/deploy/DeployOptions.h"
#include "tests/core/deploy/HostileValues.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace adphoto;

namespace {

QList<DeployField> fieldsOf(const DeployOptions& options)
{
    QList<DeployField> fields;
    for (const DeployProblem& p : options.problems())
        fields.append(p.field);
    return fields;
}

bool acceptsImageDir(const QString& dir)
{
    DeployOptions o;
    o.imageDir = dir;
    return o.problems().isEmpty();
}

class EnvironmentGuard
{
public:
    explicit EnvironmentGuard(const char* name)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_value(qgetenv(name))
    {}
    ~EnvironmentGuard()
    {
        if (m_had)
            qputenv(m_name, m_value);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    bool m_had;
    QByteArray m_value;
};

} // namespace

TEST(DeployOptions, DefaultsAreValidAndMatchWindowsSizes)
{
    const DeployOptions o;
    EXPECT_TRUE(o.validate().has_value());
    EXPECT_EQ(o.mode, DeployMode::SystemTask);
    EXPECT_EQ(o.imageDir, QStringLiteral("C:\\Users\\Public\\AccountPictures"));
    EXPECT_EQ(o.sizes, (QList<int>{32, 40, 48, 64, 96, 192, 208, 240, 424, 448, 1080}));
    EXPECT_EQ(o.jpegQuality, 90);
    EXPECT_EQ(o.aclPrincipalSid(), QStringLiteral("S-1-5-32-545"));
    EXPECT_TRUE(
        DeployOptions::suggestedImageDirs().contains(QStringLiteral("C:\\ProgramData\\AccountPictures")));
}

TEST(DeployOptions, AcceptsRealWindowsFoldersIncludingOddButLegalCharacters)
{
    EXPECT_TRUE(acceptsImageDir(QStringLiteral("D:\\Pictures")));
    EXPECT_TRUE(acceptsImageDir(QStringLiteral("%ProgramData%\\AccountPictures")));
    EXPECT_TRUE(acceptsImageDir(QStringLiteral("%PUBLIC%")));
    EXPECT_TRUE(acceptsImageDir(QStringLiteral("C:\\Users\\Public\\AccountPictures\\")));
    // Quotes, $, backticks, ; and # are legal in Windows paths: escaping, not validation,
    // has to make them harmless.
    for (const QString& dir : test::hostileImageDirs())
        EXPECT_TRUE(acceptsImageDir(dir)) << dir.toStdString();
}

TEST(DeployOptions, RejectsFoldersThatAreNotLocalAbsoluteWindowsPaths)
{
    const QStringList bad{
        QString(),
        QStringLiteral("Pictures"),
        QStringLiteral("\\Pictures"),
        QStringLiteral("\\\\server\\share\\pics"),
        QStringLiteral("C:/Users/Public"),
        QStringLiteral("C:\\a\"b"),
        QStringLiteral("C:\\a<b>"),
        QStringLiteral("C:\\a|b"),
        QStringLiteral("C:\\a?b"),
        QStringLiteral("C:\\a:b"),
        QStringLiteral("C:\\a\\..\\Windows"),
        QStringLiteral("C:\\a\\\\b"),
        QStringLiteral("C:\\trailing.\\b"),
        QStringLiteral("C:\\x\n'; Remove-Item -Recurse C:\\ #"),
        QStringLiteral("C:\\x\r\nb"),
        QStringLiteral("C:\\x") + QChar(0) + QStringLiteral("y"),
        QStringLiteral("C:\\x\ty"),
        QString::fromUtf8("C:\\invoice\u202Egpj.exe"),
        QString::fromUtf8("C:\\a\u2028b"),
        QStringLiteral("C:\\") + QString(300, QLatin1Char('a')),
        QStringLiteral("%not a var%\\x"),
        // The issue's payload as a folder: rejected for its second colon, before any escaping.
        QStringLiteral("C:\\x'; Remove-Item -Recurse C:\\ #"),
        QStringLiteral("C:\\x\\$env:windir"),
    };
    for (const QString& dir : bad) {
        DeployOptions o;
        o.imageDir = dir;
        EXPECT_EQ(fieldsOf(o), QList<DeployField>{DeployField::ImageDir}) << dir.toStdString();
        EXPECT_FALSE(o.validate().has_value());
    }
}

TEST(DeployOptions, GpoNameAllowsPunctuationButNotInvisibleControls)
{
    for (const QString& name : test::hostileGpoNames()) {
        DeployOptions o;
        o.gpoName = name;
        EXPECT_TRUE(o.problems().isEmpty()) << name.toStdString();
    }
    const QStringList bad{QString(),
                          QStringLiteral("   "),
                          QStringLiteral("line\nbreak"),
                          QStringLiteral("tab\there"),
                          QStringLiteral(" leading"),
                          QStringLiteral("trailing "),
                          QString::fromUtf8("a\u2029b"),
                          QString::fromUtf8("rtl\u202Eoverride"),
                          QString(201, QLatin1Char('n'))};
    for (const QString& name : bad) {
        DeployOptions o;
        o.gpoName = name;
        EXPECT_EQ(fieldsOf(o), QList<DeployField>{DeployField::GpoName}) << name.toStdString();
    }
}

TEST(DeployOptions, DomainMustBeADnsName)
{
    DeployOptions o;
    for (const QString& ok :
         {QStringLiteral("corp.example.com"), QStringLiteral("ad"), QStringLiteral("a-b.c1.de")}) {
        o.domain = ok;
        EXPECT_TRUE(o.problems().isEmpty()) << ok.toStdString();
    }
    for (const QString& bad :
         {QStringLiteral("corp.example.com'; Remove-Item C:\\ #"), QStringLiteral("corp example.com"),
          QStringLiteral("-corp.com"), QStringLiteral("a..b"), QStringLiteral("corp.com."),
          QStringLiteral("ex/ample"), QStringLiteral("dc=corp,dc=com"), QStringLiteral("corp\n.com")}) {
        o.domain = bad;
        EXPECT_EQ(fieldsOf(o), QList<DeployField>{DeployField::Domain}) << bad.toStdString();
    }
}

TEST(DeployOptions, AclPrincipalIsAWellKnownNameOrASidNeverFreeSddl)
{
    DeployOptions o;
    o.aclPrincipal = QStringLiteral("authenticated users");
    EXPECT_EQ(o.aclPrincipalSid(), QStringLiteral("S-1-5-11"));
    o.aclPrincipal = QStringLiteral("S-1-5-21-1004336348-1177238915-682003330-513");
    EXPECT_EQ(o.aclPrincipalSid(), o.aclPrincipal);
    EXPECT_TRUE(o.problems().isEmpty());
    for (const QString& bad :
         {QStringLiteral("Users)(A;;KA;;;WD"), QStringLiteral("S-1-5-21-1-2-3)(A;;KA;;;WD"),
          QStringLiteral("Everyone"), QStringLiteral("WD"), QStringLiteral("S-1-5-99999999999"),
          QStringLiteral("S-1-5")}) {
        o.aclPrincipal = bad;
        EXPECT_EQ(fieldsOf(o), QList<DeployField>{DeployField::AclPrincipal}) << bad.toStdString();
    }
}

TEST(DeployOptions, SizesAndQualityAreBounded)
{
    DeployOptions o;
    o.sizes = {};
    o.jpegQuality = 0;
    EXPECT_EQ(fieldsOf(o), (QList<DeployField>{DeployField::Sizes, DeployField::JpegQuality}));
    o.sizes = {32, 8};
    o.jpegQuality = 101;
    EXPECT_EQ(fieldsOf(o), (QList<DeployField>{DeployField::Sizes, DeployField::JpegQuality}));
    o.sizes = {32, 4097};
    o.jpegQuality = 100;
    EXPECT_EQ(fieldsOf(o), QList<DeployField>{DeployField::Sizes});
}

TEST(DeployOptions, ValidateReportsEveryProblemOnItsOwnLine)
{
    DeployOptions o;
    o.imageDir = QStringLiteral("relative");
    o.gpoName = QString();
    o.domain = QStringLiteral("bad domain");
    const auto result = o.validate();
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(result.error().message.count(QLatin1Char('\n')), 2);
}

TEST(DeployOptions, ParsesCommandLineSpellings)
{
    EXPECT_EQ(DeployOptions::parseMode(QStringLiteral("logoff")).value(), DeployMode::Logoff);
    EXPECT_EQ(DeployOptions::parseMode(QStringLiteral("system-task")).value(), DeployMode::SystemTask);
    EXPECT_EQ(DeployOptions::parseMode(QStringLiteral("startup")).error().kind, ErrorKind::Usage);

    EXPECT_EQ(DeployOptions::parseSizes(QStringLiteral("32, 40,1080")).value(), (QList<int>{32, 40, 1080}));
    EXPECT_FALSE(DeployOptions::parseSizes(QStringLiteral("32;40")).has_value());
    EXPECT_FALSE(DeployOptions::parseSizes(QStringLiteral("32,")).has_value());

    const QUuid guid =
        DeployOptions::parseGuid(QStringLiteral("{31b2f340-016d-11d2-945f-00c04fb984f9}")).value();
    EXPECT_EQ(DeployOptions::guidText(guid), QStringLiteral("{31B2F340-016D-11D2-945F-00C04FB984F9}"));
    EXPECT_EQ(DeployOptions::parseGuid(QStringLiteral("31B2F340-016D-11D2-945F-00C04FB984F9")).value(), guid);
    EXPECT_FALSE(
        DeployOptions::parseGuid(QStringLiteral("{31B2F340-016D-11D2-945F-00C04FB984F9")).has_value());
    EXPECT_FALSE(DeployOptions::parseGuid(QStringLiteral("not-a-guid")).has_value());
    EXPECT_FALSE(
        DeployOptions::parseGuid(QStringLiteral("{00000000-0000-0000-0000-000000000000}")).has_value());

    const QDateTime t = DeployOptions::parseTimestamp(QStringLiteral("2024-05-01T14:00:00+02:00")).value();
    EXPECT_EQ(t, QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc()));
    EXPECT_EQ(t.timeSpec(), Qt::UTC);
    EXPECT_FALSE(
        DeployOptions::parseTimestamp(QStringLiteral("2024-05-01T12:00:00")).has_value()); // no offset
    EXPECT_FALSE(DeployOptions::parseTimestamp(QStringLiteral("yesterday")).has_value());
}

TEST(DeployOptions, ResolvedFillsGuidsAndTimeFromSourceDateEpoch)
{
    EnvironmentGuard guard("SOURCE_DATE_EPOCH");
    qputenv("SOURCE_DATE_EPOCH", "1714564800");
    DeployOptions o;
    o.sizes = {448, 32, 96, 32};
    o.aclPrincipal = QStringLiteral("interactive");
    const DeployOptions r = o.resolved();
    EXPECT_FALSE(r.gpoGuid.isNull());
    EXPECT_FALSE(r.backupId.isNull());
    EXPECT_NE(r.gpoGuid, r.backupId);
    EXPECT_EQ(r.timestamp, QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc()));
    EXPECT_EQ(r.sizes, (QList<int>{32, 96, 448}));
    EXPECT_EQ(r.aclPrincipal, QStringLiteral("S-1-5-4"));
    // An explicit time wins over the variable.
    o.timestamp = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc());
    EXPECT_EQ(o.resolved().timestamp, QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
    // Without the variable: now.
    qunsetenv("SOURCE_DATE_EPOCH");
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    EXPECT_GE(DeployOptions().resolved().timestamp, before);
}

TEST(DeployOptions, GeneratorVersionCannotCarryLineBreaksIntoHeaders)
{
    DeployOptions o;
    o.generatorVersion = QStringLiteral("1.0\n#>\nRemove-Item C:\\");
    EXPECT_EQ(o.safeGeneratorVersion(), QStringLiteral("1.0Remove-ItemC"));
}
