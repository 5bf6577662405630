// Hostile admin values ('; Remove-Item -Recurse C:\ #, quotes, newlines, $(...), backticks,
// ]]>, typographic quotes, unicode) end up only as inert data: each reaches exactly the
// places it belongs to, as one literal / one text node, and changes nothing else.
// The PowerShell side is also checked with the real grammar by tests/deploy-ps.
#include "core/deploy/DeployPackage.h"
#include "core/deploy/Escaping.h"
#include "tests/core/deploy/DeployTestSupport.h"
#include "tests/core/deploy/HostileValues.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace adphoto;

namespace {

const QString kBenignDir = QStringLiteral("C:\\Pictures\\benign");
const QString kBenignName = QStringLiteral("benign name");

DeployContents build(DeployOptions options)
{
    const auto contents = DeployPackage(options).contents();
    EXPECT_TRUE(contents.has_value()) << (contents ? std::string() : contents.error().text().toStdString());
    return contents.value_or(DeployContents{});
}

QString utf8Text(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
}

// Element names in document order and all character data joined: the document's structure
// and its text.
std::pair<QStringList, QString> xmlParts(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    QStringList elements;
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            elements << reader.name().toString();
        else if (reader.isCharacters())
            text += reader.text();
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return {elements, text};
}

class DeployInjection : public ::testing::TestWithParam<DeployMode>
{
};

} // namespace

TEST_P(DeployInjection, HostileFolderChangesOnlyItsStringLiteralInTheScripts)
{
    DeployOptions options = test::goldenOptions(GetParam());
    options.imageDir = kBenignDir;
    const DeployContents benign = build(options);
    ASSERT_FALSE(benign.files.isEmpty());
    for (const QString& dir : test::hostileImageDirs()) {
        options.imageDir = dir;
        const DeployContents hostile = build(options);
        ASSERT_EQ(hostile.files.size(), benign.files.size());
        int scriptsWithValue = 0;
        for (const DeployFile& file : hostile.files) {
            const DeployFile* twin = benign.find(file.path);
            ASSERT_NE(twin, nullptr);
            if (file.path.endsWith(QLatin1String(".ps1"))) {
                // Replacing the benign literal by the hostile one gives exactly the hostile
                // script: the value changed nothing but the contents of its own literal.
                const QString benignText = utf8Text(twin->contents);
                const QString expected =
                    QString(benignText)
                        .replace(deploy::psSingleQuoted(kBenignDir), deploy::psSingleQuoted(dir));
                EXPECT_EQ(utf8Text(file.contents), expected)
                    << file.path.toStdString() << " / " << dir.toStdString();
                if (benignText.contains(deploy::psSingleQuoted(kBenignDir)))
                    ++scriptsWithValue;
                // Never inside a double-quoted (expanding) string.
                EXPECT_FALSE(utf8Text(file.contents).contains(QLatin1Char('"') + dir));
            } else if (file.path.startsWith(QLatin1String("README"))) {
                continue; // checked below
            } else {
                // INI, INF, POL, XML: the folder never reaches them.
                EXPECT_TRUE(file.contents == twin->contents) << file.path.toStdString();
            }
        }
        // The client script twice (GPO copy and hand-test copy); in logoff mode also the
        // startup script, which sets the folder's permissions.
        EXPECT_EQ(scriptsWithValue, GetParam() == DeployMode::Logoff ? 3 : 2) << dir.toStdString();

        const auto [elements, text] = xmlParts(hostile.find(QStringLiteral("README.html"))->contents);
        EXPECT_EQ(elements, xmlParts(benign.find(QStringLiteral("README.html"))->contents).first);
        EXPECT_TRUE(text.contains(QStringLiteral("Picture folder: ") + dir)) << dir.toStdString();
    }
}

TEST_P(DeployInjection, HostileGpoNameStaysOneXmlValueAndOnePowerShellLiteral)
{
    DeployOptions options = test::goldenOptions(GetParam());
    options.gpoName = kBenignName;
    const DeployContents benign = build(options);
    const QString backup = QStringLiteral("GPO/") + DeployOptions::guidText(options.backupId);
    for (const QString& name : test::hostileGpoNames()) {
        options.gpoName = name;
        const DeployContents hostile = build(options);
        ASSERT_EQ(hostile.files.size(), benign.files.size());

        for (const auto& [path, element] :
             {std::pair{backup + QStringLiteral("/bkupInfo.xml"), QStringLiteral("GPODisplayName")},
              std::pair{QStringLiteral("GPO/manifest.xml"), QStringLiteral("GPODisplayName")},
              std::pair{backup + QStringLiteral("/Backup.xml"), QStringLiteral("DisplayName")}}) {
            const QByteArray xml = hostile.find(path)->contents;
            QString error;
            ASSERT_TRUE(test::wellFormed(xml, &error)) << path.toStdString() << ": " << error.toStdString();
            EXPECT_EQ(test::elementText(xml, element), name) << path.toStdString();
            EXPECT_EQ(xmlParts(xml).first, xmlParts(benign.find(path)->contents).first) << path.toStdString();
        }

        const auto [elements, text] = xmlParts(hostile.find(QStringLiteral("README.html"))->contents);
        EXPECT_EQ(elements, xmlParts(benign.find(QStringLiteral("README.html"))->contents).first)
            << name.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("GPO name: ") + name)) << name.toStdString();

        // The commands the README tells the admin to paste quote the name as one literal.
        const QString readme = utf8Text(hostile.find(QStringLiteral("README.txt"))->contents);
        for (const QString& flag : {QStringLiteral("-TargetName "), QStringLiteral("New-GPLink -Name ")}) {
            const qsizetype at = readme.indexOf(flag);
            ASSERT_GE(at, 0);
            const QString literal = deploy::psSingleQuoted(name);
            EXPECT_EQ(readme.mid(at + flag.size(), literal.size()), literal) << name.toStdString();
            const QChar after = readme.at(at + flag.size() + literal.size());
            EXPECT_TRUE(after == QLatin1Char(' ')) << name.toStdString();
        }

        for (const DeployFile& file : hostile.files) {
            if (file.path.endsWith(QLatin1String(".ps1")) || file.path.endsWith(QLatin1String(".ini")) ||
                file.path.endsWith(QLatin1String(".inf")) || file.path.endsWith(QLatin1String(".pol")) ||
                file.path.endsWith(QLatin1String("Task.xml"))) {
                EXPECT_TRUE(file.contents == benign.find(file.path)->contents) << file.path.toStdString();
            }
        }
    }
}

TEST_P(DeployInjection, InvalidValuesAreRefusedBeforeAnythingIsWritten)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    const QString out = temp.filePath(QStringLiteral("package"));
    DeployOptions options = test::goldenOptions(GetParam());
    options.imageDir = QStringLiteral("C:\\x\n'; Remove-Item -Recurse C:\\ #");
    options.zip = true;
    const auto result = DeployPackage(options).generate(out);
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().kind, ErrorKind::InvalidInput);
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_FALSE(QFileInfo::exists(DeployPackage::zipPathFor(out)));

    options = test::goldenOptions(GetParam());
    options.aclPrincipal = QStringLiteral("BU)(A;CI;KA;;;WD");
    EXPECT_FALSE(DeployPackage(options).contents().has_value());
}

TEST(DeployInjectionSddl, OnlyAValidatedSidReachesTheAcl)
{
    DeployOptions options = test::goldenOptions(DeployMode::Logoff);
    options.aclPrincipal = QStringLiteral("S-1-5-21-1004336348-1177238915-682003330-513");
    const auto contents = DeployPackage(options).contents();
    ASSERT_TRUE(contents.has_value());
    const QString backup = QStringLiteral("GPO/") + DeployOptions::guidText(options.backupId);
    const QByteArray inf =
        contents
            ->find(backup +
                   QStringLiteral("/DomainSysvol/GPO/Machine/Microsoft/Windows NT/SecEdit/GptTmpl.inf"))
            ->contents;
    const QString text =
        QString::fromUtf16(reinterpret_cast<const char16_t*>(inf.constData() + 2), (inf.size() - 2) / 2);
    EXPECT_TRUE(text.contains(QStringLiteral("(A;;0xe;;;S-1-5-21-1004336348-1177238915-682003330-513)")));
    // The startup script grants the folder right to the same SID, as a literal.
    const QString startup = utf8Text(
        contents
            ->find(backup +
                   QStringLiteral(
                       "/DomainSysvol/GPO/Machine/Scripts/Startup/Initialize-ADPhotoAccountPicture.ps1"))
            ->contents);
    EXPECT_TRUE(
        startup.contains(QStringLiteral("$WriterSid = 'S-1-5-21-1004336348-1177238915-682003330-513'")));
}

INSTANTIATE_TEST_SUITE_P(Modes, DeployInjection,
                         ::testing::Values(DeployMode::SystemTask, DeployMode::Logoff), test::modeParamName);
