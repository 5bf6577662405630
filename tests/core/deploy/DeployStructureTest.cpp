// Structure of the generated files: encodings and BOMs, well-formed XML, required INI keys,
// the PReg bytes, Backup.xml listing exactly the backup's files, and a comparison with the
// reference GPMC backup layout in tests/core/deploy/reference/ (see its README.md).
#include "core/deploy/DeployPackage.h"
#include "core/deploy/GpoBackup.h"
#include "tests/core/deploy/DeployTestSupport.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

using namespace adphoto;

namespace {

const QByteArray kUtf8Bom("\xEF\xBB\xBF");
const QByteArray kUtf16Bom("\xFF\xFE", 2);

QString referenceRoot()
{
    return test::deployTestDir() + QStringLiteral("/reference/gpmc-backup");
}

QString referenceBackup()
{
    return QStringLiteral("{A1B2C3D4-0000-4000-8000-000000000001}");
}

QString decodeUtf16(const QByteArray& bytes)
{
    EXPECT_TRUE(bytes.startsWith(kUtf16Bom));
    EXPECT_EQ(bytes.size() % 2, 0);
    QString text;
    for (qsizetype i = 2; i + 1 < bytes.size(); i += 2)
        text.append(QChar(
            static_cast<char16_t>(static_cast<uchar>(bytes[i]) | (static_cast<uchar>(bytes[i + 1]) << 8))));
    return text;
}

// INI sections in order, each with its key=value lines.
QList<std::pair<QString, QMap<QString, QString>>> parseIni(const QString& text)
{
    QList<std::pair<QString, QMap<QString, QString>>> sections;
    for (const QString& raw : text.split(QStringLiteral("\r\n"))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            sections.append({line.mid(1, line.size() - 2), {}});
        } else if (!sections.isEmpty()) {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            sections.last().second.insert(eq < 0 ? line : line.left(eq),
                                          eq < 0 ? QString() : line.mid(eq + 1));
        }
    }
    return sections;
}

QStringList sectionNames(const QList<std::pair<QString, QMap<QString, QString>>>& ini)
{
    QStringList names;
    for (const auto& s : ini)
        names << s.first;
    return names;
}

// Element paths ("a/b/c") in document order, plus the namespace of the root.
struct XmlShape
{
    QStringList paths;
    QString rootNamespace;
    QMap<QString, QSet<QString>> attributes; // element local name → attribute qualified names
    QMap<QString, bool> cdata;               // element path → text given as CDATA
};

XmlShape xmlShape(const QByteArray& xml)
{
    XmlShape shape;
    QXmlStreamReader reader(xml);
    QStringList stack;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (stack.isEmpty())
                shape.rootNamespace = reader.namespaceUri().toString();
            stack << reader.name().toString();
            shape.paths << stack.join(QLatin1Char('/'));
            for (const QXmlStreamAttribute& a : reader.attributes())
                shape.attributes[reader.name().toString()].insert(a.qualifiedName().toString());
        } else if (reader.isEndElement()) {
            stack.removeLast();
        } else if (reader.isCDATA()) {
            shape.cdata[stack.join(QLatin1Char('/'))] = true;
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return shape;
}

// Drops repeated siblings so lists of different lengths compare by kind ("FSObjectFile").
QStringList distinctPaths(const QStringList& paths)
{
    QStringList out;
    for (const QString& p : paths) {
        if (!out.contains(p))
            out << p;
    }
    return out;
}

struct BackupEntry
{
    QString extensionId;
    QString extensionName;
    QString kind; // FSObjectFile or FSObjectDir
    QString path;
    QString location;
    QString source;
    QString reEvaluate;
};

QList<BackupEntry> backupEntries(const QByteArray& xml)
{
    QList<BackupEntry> entries;
    QXmlStreamReader reader(xml);
    QString id;
    QString name;
    const QString ns = QStringLiteral("http://www.microsoft.com/GroupPolicy/GPOOperations");
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto attrs = reader.attributes();
        if (reader.name() == QLatin1String("GroupPolicyExtension")) {
            id = attrs.value(ns, QStringLiteral("ID")).toString();
            name = attrs.value(ns, QStringLiteral("DescName")).toString();
        } else if (reader.name() == QLatin1String("FSObjectFile") ||
                   reader.name() == QLatin1String("FSObjectDir")) {
            entries.append({id, name, reader.name().toString(),
                            attrs.value(ns, QStringLiteral("Path")).toString(),
                            attrs.value(ns, QStringLiteral("Location")).toString(),
                            attrs.value(ns, QStringLiteral("SourceExpandedPath")).toString(),
                            attrs.value(ns, QStringLiteral("ReEvaluateFunction")).toString()});
        }
    }
    return entries;
}

class DeployStructure : public ::testing::TestWithParam<DeployMode>
{
protected:
    void SetUp() override
    {
        auto built = DeployPackage(test::goldenOptions(GetParam())).contents();
        ASSERT_TRUE(built.has_value()) << built.error().text().toStdString();
        m_contents = *built;
        m_backup = QStringLiteral("GPO/") + DeployOptions::guidText(test::goldenOptions(GetParam()).backupId);
    }

    QByteArray file(const QString& path) const
    {
        const DeployFile* f = m_contents.find(path);
        EXPECT_NE(f, nullptr) << path.toStdString();
        return f ? f->contents : QByteArray();
    }
    QByteArray sysvol(const QString& path) const
    {
        return file(m_backup + QStringLiteral("/DomainSysvol/GPO/") + path);
    }
    bool logoff() const { return GetParam() == DeployMode::Logoff; }

    DeployContents m_contents;
    QString m_backup;
};

} // namespace

TEST_P(DeployStructure, EveryFileHasTheEncodingWindowsExpects)
{
    for (const DeployFile& f : m_contents.files) {
        const QString name = f.path.section(QLatin1Char('/'), -1).toLower();
        if (name.endsWith(QLatin1String(".ps1")) || name == QLatin1String("readme.txt")) {
            // PowerShell 5.1 reads a BOM-less script in the ANSI code page.
            EXPECT_TRUE(f.contents.startsWith(kUtf8Bom)) << f.path.toStdString();
        } else if (name.endsWith(QLatin1String(".ini")) && name != QLatin1String("gpt.ini")) {
            EXPECT_TRUE(f.contents.startsWith(kUtf16Bom)) << f.path.toStdString();
        } else if (name == QLatin1String("gpttmpl.inf") || name.endsWith(QLatin1String("task.xml"))) {
            EXPECT_TRUE(f.contents.startsWith(kUtf16Bom)) << f.path.toStdString();
        } else if (name == QLatin1String("registry.pol")) {
            EXPECT_TRUE(f.contents.startsWith(QByteArray("PReg\x01\x00\x00\x00", 8))) << f.path.toStdString();
        } else {
            EXPECT_FALSE(f.contents.startsWith(kUtf8Bom)) << f.path.toStdString();
            EXPECT_FALSE(f.contents.startsWith(kUtf16Bom)) << f.path.toStdString();
        }
        if (!name.endsWith(QLatin1String(".pol"))) {
            // Windows line ends only: no bare LF anywhere.
            const QByteArray text =
                f.contents.startsWith(kUtf16Bom) ? decodeUtf16(f.contents).toUtf8() : f.contents;
            EXPECT_FALSE(QString::fromUtf8(text).contains(QRegularExpression(QStringLiteral("[^\r]\n"))))
                << f.path.toStdString();
        }
    }
}

TEST_P(DeployStructure, EveryXmlFileIsWellFormed)
{
    int checked = 0;
    for (const DeployFile& f : m_contents.files) {
        if (!f.path.endsWith(QLatin1String(".xml")) && !f.path.endsWith(QLatin1String(".html")))
            continue;
        // QXmlStreamReader reads UTF-16 with BOM and UTF-8 alike.
        QString error;
        EXPECT_TRUE(test::wellFormed(f.contents, &error))
            << f.path.toStdString() << ": " << error.toStdString();
        ++checked;
    }
    EXPECT_GE(checked, logoff() ? 4 : 5);
}

TEST_P(DeployStructure, ScriptIniFilesRunTheRightScripts)
{
    const auto machine = parseIni(decodeUtf16(sysvol(QStringLiteral("Machine/Scripts/psscripts.ini"))));
    ASSERT_EQ(sectionNames(machine),
              (QStringList{QStringLiteral("Startup"), QStringLiteral("ScriptsConfig")}));
    const QString startup = machine.at(0).second.value(QStringLiteral("0CmdLine"));
    EXPECT_EQ(startup, QLatin1String(deploy::GpoBackup::kStartupScript));
    EXPECT_TRUE(machine.at(0).second.contains(QStringLiteral("0Parameters")));
    // The INI names the script relative to Machine\Scripts\Startup, and it is there.
    EXPECT_FALSE(sysvol(QStringLiteral("Machine/Scripts/Startup/") + startup).isEmpty());

    if (logoff()) {
        const auto user = parseIni(decodeUtf16(sysvol(QStringLiteral("User/Scripts/psscripts.ini"))));
        ASSERT_EQ(sectionNames(user),
                  (QStringList{QStringLiteral("Logoff"), QStringLiteral("ScriptsConfig")}));
        const QString client = user.at(0).second.value(QStringLiteral("0CmdLine"));
        EXPECT_EQ(client, QLatin1String(deploy::GpoBackup::kClientScript));
        EXPECT_EQ(user.at(1).second.value(QStringLiteral("EndExecutePSFirst")), QStringLiteral("true"));
        EXPECT_FALSE(sysvol(QStringLiteral("User/Scripts/Logoff/") + client).isEmpty());
    } else {
        EXPECT_EQ(m_contents.find(m_backup + QStringLiteral("/DomainSysvol/GPO/User/Scripts/psscripts.ini")),
                  nullptr);
        // The startup script installs the client and the task from beside itself.
        EXPECT_FALSE(
            sysvol(QStringLiteral("Machine/Scripts/Startup/Set-ADPhotoAccountPicture.ps1")).isEmpty());
        EXPECT_FALSE(
            sysvol(QStringLiteral("Machine/Scripts/Startup/ADPhotoAccountPictureTask.xml")).isEmpty());
    }
}

TEST_P(DeployStructure, GptIniCountsUserAndComputerVersions)
{
    const QString gpt = QString::fromUtf8(sysvol(QStringLiteral("gpt.ini")));
    EXPECT_EQ(gpt, logoff() ? QStringLiteral("[General]\r\nVersion=65537\r\n")
                            : QStringLiteral("[General]\r\nVersion=1\r\n"));
}

TEST_P(DeployStructure, LogoffModeGrantsTheMinimalRegistryAclAndLoopback)
{
    if (!logoff()) {
        EXPECT_EQ(m_contents.find(
                      m_backup +
                      QStringLiteral("/DomainSysvol/GPO/Machine/Microsoft/Windows NT/SecEdit/GptTmpl.inf")),
                  nullptr);
        EXPECT_EQ(m_contents.find(m_backup + QStringLiteral("/DomainSysvol/GPO/Machine/registry.pol")),
                  nullptr);
        return;
    }
    const auto inf =
        parseIni(decodeUtf16(sysvol(QStringLiteral("Machine/Microsoft/Windows NT/SecEdit/GptTmpl.inf"))));
    ASSERT_EQ(sectionNames(inf), (QStringList{QStringLiteral("Unicode"), QStringLiteral("Version"),
                                              QStringLiteral("Registry Keys")}));
    EXPECT_EQ(inf.at(0).second.value(QStringLiteral("Unicode")), QStringLiteral("yes"));
    EXPECT_EQ(inf.at(1).second.value(QStringLiteral("signature")), QStringLiteral("\"$CHICAGO$\""));
    ASSERT_EQ(inf.at(2).second.size(), 1);
    const QString line = inf.at(2).second.firstKey();
    static const QRegularExpression entry(QStringLiteral(R"re(^"([^"]+)",([012]),"([^"]+)"$)re"));
    const auto m = entry.match(line);
    ASSERT_TRUE(m.hasMatch()) << line.toStdString();
    EXPECT_EQ(m.captured(1),
              QStringLiteral("MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\AccountPicture\\Users"));
    EXPECT_EQ(m.captured(2), QStringLiteral("0"));
    const QString sddl = m.captured(3);
    // Users: Set Value (0x2) + Create Subkey (0x4) + Enumerate Subkeys (0x8), on this key only
    // (no CI/OI flag); CREATOR OWNER full control on subkeys only (CIIO); never Full Control
    // for Users or Everyone.
    EXPECT_TRUE(sddl.contains(QStringLiteral("(A;;0xe;;;BU)"))) << sddl.toStdString();
    EXPECT_TRUE(sddl.contains(QStringLiteral("(A;CIIO;KA;;;CO)"))) << sddl.toStdString();
    EXPECT_FALSE(sddl.contains(QStringLiteral(";;;WD)")));
    EXPECT_FALSE(sddl.contains(QRegularExpression(QStringLiteral(R"(\(A;[^;]*;(KA|GA|0xf003f);;;BU\))"))));

    // registry.pol: exactly one record, UserPolicyMode = 1 (Merge) under the System policies key.
    QByteArray expected("PReg\x01\x00\x00\x00", 8);
    auto wide = [](const char* text) {
        QByteArray out;
        for (const char* p = text; *p; ++p)
            out += QByteArray(1, *p) + QByteArray(1, '\0');
        return out;
    };
    expected += wide("[") + wide("Software\\Policies\\Microsoft\\Windows\\System") + QByteArray(2, '\0') +
                wide(";") + wide("UserPolicyMode") + QByteArray(2, '\0') + wide(";") +
                QByteArray("\x04\x00\x00\x00", 4) + wide(";") + QByteArray("\x04\x00\x00\x00", 4) +
                wide(";") + QByteArray("\x01\x00\x00\x00", 4) + wide("]");
    EXPECT_TRUE(sysvol(QStringLiteral("Machine/registry.pol")) == expected);
}

TEST_P(DeployStructure, BackupXmlListsExactlyTheFilesAndFoldersOfTheBackup)
{
    const auto entries = backupEntries(file(m_backup + QStringLiteral("/Backup.xml")));
    const QString sysvolPrefix = m_backup + QStringLiteral("/DomainSysvol/GPO/");
    QStringList listedFiles;
    QStringList listedDirs;
    for (const BackupEntry& e : entries) {
        ASSERT_TRUE(e.location.startsWith(QLatin1String("DomainSysvol\\GPO\\"))) << e.location.toStdString();
        QString rel = e.location.mid(17);
        rel.replace(QLatin1Char('\\'), QLatin1Char('/'));
        // bkp:Path is the same file seen from the GPO: %GPO_MACH_FSPATH% = Machine, %GPO_USER_FSPATH% = User.
        QString fromPath = e.path;
        fromPath.replace(QLatin1String("%GPO_MACH_FSPATH%"), QLatin1String("Machine"))
            .replace(QLatin1String("%GPO_USER_FSPATH%"), QLatin1String("User"))
            .replace(QLatin1Char('\\'), QLatin1Char('/'));
        EXPECT_EQ(fromPath, rel);
        EXPECT_TRUE(e.source.endsWith(e.location.mid(17))) << e.source.toStdString();
        EXPECT_EQ(e.reEvaluate.isEmpty(), !rel.endsWith(QLatin1String("GptTmpl.inf")));
        (e.kind == QLatin1String("FSObjectFile") ? listedFiles : listedDirs) << rel;
    }
    QStringList actualFiles;
    for (const DeployFile& f : m_contents.files) {
        if (f.path.startsWith(sysvolPrefix) && f.path != sysvolPrefix + QStringLiteral("gpt.ini"))
            actualFiles << f.path.mid(sysvolPrefix.size());
    }
    QStringList actualDirs;
    for (const QString& d : m_contents.directories) {
        const QString rel = d.mid(sysvolPrefix.size());
        if (d.startsWith(sysvolPrefix) && rel.contains(QLatin1Char('/')))
            actualDirs << rel;
    }
    std::sort(listedFiles.begin(), listedFiles.end());
    std::sort(listedDirs.begin(), listedDirs.end());
    EXPECT_EQ(listedFiles, actualFiles);
    EXPECT_EQ(listedDirs, actualDirs);
}

TEST_P(DeployStructure, BackupMatchesTheReferenceGpmcLayout)
{
    const QString ref = referenceRoot();
    const QString refBackup = ref + QLatin1Char('/') + referenceBackup();

    // Top level: manifest.xml and one {GUID} folder with bkupInfo.xml, Backup.xml and the SYSVOL part.
    QStringList top;
    for (const DeployFile& f : m_contents.files) {
        if (f.path.startsWith(QLatin1String("GPO/")) && f.path.count(QLatin1Char('/')) <= 2)
            top << f.path.mid(4).replace(DeployOptions::guidText(test::goldenOptions(GetParam()).backupId),
                                         QStringLiteral("{ID}"));
    }
    QStringList refTop;
    for (const QString& f : test::treeEntries(ref, QDir::Files)) {
        if (f.count(QLatin1Char('/')) <= 1)
            refTop << QString(f).replace(referenceBackup(), QStringLiteral("{ID}"));
    }
    std::sort(top.begin(), top.end());
    EXPECT_EQ(top, refTop);
    for (const QString& dir :
         {QStringLiteral("DomainSysvol/GPO/Machine"), QStringLiteral("DomainSysvol/GPO/User")})
        EXPECT_TRUE(m_contents.directories.contains(m_backup + QLatin1Char('/') + dir)) << dir.toStdString();

    // bkupInfo.xml and manifest.xml: same elements in the same order and namespace, values in CDATA.
    for (const auto& [ours, theirs] :
         {std::pair{m_backup + QStringLiteral("/bkupInfo.xml"), refBackup + QStringLiteral("/bkupInfo.xml")},
          std::pair{QStringLiteral("GPO/manifest.xml"), ref + QStringLiteral("/manifest.xml")}}) {
        const XmlShape a = xmlShape(file(ours));
        const XmlShape b = xmlShape(test::readAll(theirs));
        EXPECT_EQ(a.paths, b.paths) << ours.toStdString();
        EXPECT_EQ(a.rootNamespace, b.rootNamespace) << ours.toStdString();
        EXPECT_EQ(a.attributes, b.attributes) << ours.toStdString();
        EXPECT_EQ(a.cdata.keys(), b.cdata.keys()) << ours.toStdString();
    }

    // Backup.xml: same element kinds, core settings in the same order, same attribute sets.
    const XmlShape a = xmlShape(file(m_backup + QStringLiteral("/Backup.xml")));
    const XmlShape b = xmlShape(test::readAll(refBackup + QStringLiteral("/Backup.xml")));
    EXPECT_EQ(a.rootNamespace, b.rootNamespace);
    EXPECT_EQ(distinctPaths(a.paths), distinctPaths(b.paths));
    auto refAttributes = b.attributes;
    if (!logoff()) // only the Security extension's GptTmpl.inf entry carries ReEvaluateFunction
        refAttributes[QStringLiteral("FSObjectFile")].remove(QStringLiteral("bkp:ReEvaluateFunction"));
    EXPECT_EQ(a.attributes, refAttributes);
    const auto ourEntries = backupEntries(file(m_backup + QStringLiteral("/Backup.xml")));
    QMap<QString, QString> refNames;
    for (const BackupEntry& e : backupEntries(test::readAll(refBackup + QStringLiteral("/Backup.xml"))))
        refNames.insert(e.extensionId.toUpper(), e.extensionName);
    for (const BackupEntry& e : ourEntries) {
        ASSERT_TRUE(refNames.contains(e.extensionId.toUpper())) << e.extensionId.toStdString();
        EXPECT_EQ(e.extensionName, refNames.value(e.extensionId.toUpper()));
    }
    // The extension GUID pairs use the reference's CSE/tool pairs.
    const QString refMachine = test::elementText(test::readAll(refBackup + QStringLiteral("/Backup.xml")),
                                                 QStringLiteral("MachineExtensionGuids"));
    const QString ourMachine = test::elementText(file(m_backup + QStringLiteral("/Backup.xml")),
                                                 QStringLiteral("MachineExtensionGuids"));
    static const QRegularExpression pair(QStringLiteral(R"(\[\{[0-9A-F-]{36}\}\{[0-9A-F-]{36}\}\])"));
    for (auto it = pair.globalMatch(ourMachine); it.hasNext();) {
        const QString p = it.next().captured(0);
        EXPECT_TRUE(refMachine.contains(p)) << p.toStdString();
    }
    if (logoff()) {
        EXPECT_EQ(ourMachine, refMachine);
    }

    // Files at the same SYSVOL path: same encoding and, for INI files, the reference's sections.
    const QString refSysvol = refBackup + QStringLiteral("/DomainSysvol/GPO/");
    int compared = 0;
    for (const QString& rel : test::treeEntries(refSysvol, QDir::Files)) {
        const DeployFile* ours = m_contents.find(m_backup + QStringLiteral("/DomainSysvol/GPO/") + rel);
        if (!ours)
            continue;
        const QByteArray theirs = test::readAll(refSysvol + rel);
        EXPECT_EQ(ours->contents.left(4), theirs.left(4)) << rel.toStdString();
        if (rel.endsWith(QLatin1String(".ini")) || rel.endsWith(QLatin1String(".inf"))) {
            const QStringList ourSections = sectionNames(parseIni(decodeUtf16(ours->contents)));
            const QStringList refSections = sectionNames(parseIni(decodeUtf16(theirs)));
            EXPECT_EQ(ourSections.value(0), refSections.value(0)) << rel.toStdString();
            if (rel.endsWith(QLatin1String(".inf"))) {
                EXPECT_EQ(ourSections, refSections);
            }
        }
        ++compared;
    }
    EXPECT_EQ(compared, logoff() ? 4 : 1);
}

INSTANTIATE_TEST_SUITE_P(Modes, DeployStructure,
                         ::testing::Values(DeployMode::SystemTask, DeployMode::Logoff), test::modeParamName);
