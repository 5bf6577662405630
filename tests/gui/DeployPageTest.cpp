// The deploy page: every field is checked as it is typed with DeployOptions' own parsing and
// validation and the problem is shown under the field; hostile values are refused (paths) or
// written with the generator's escaping (names), byte for byte what DeployPackage — and so
// `adphoto-cli deploy` — writes for the same options; the preview lists the package's files and
// shows the selected one; Generate writes the folder and the zip off the GUI thread.
#include "GuiTestUtil.h"

#include "app/gui/DeployPage.h"
#include "app/gui/DeployPreview.h"
#include "app/gui/MessageBanner.h"
#include "core/deploy/DeployPackage.h"
#include "tests/core/deploy/DeployTestSupport.h"
#include "tests/core/deploy/HostileValues.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

#include <algorithm>

using namespace adphoto;
using namespace adphoto::test;
using namespace adphoto::gui;

namespace {

const QString kHostile = QStringLiteral("'; Remove-Item -Recurse C:\\ #");

struct DeployPageTest : ::testing::Test
{
    QTemporaryDir dir;
    std::unique_ptr<DeployPage> page = std::make_unique<DeployPage>();

    DeployPageTest()
    {
        page->resize(1100, 700);
        page->show();
        waitForPreview();
    }
    template <class T> T* field(const char* name) { return child<T>(page.get(), name); }
    QLabel* error(const char* name) { return field<QLabel>(name); }
    // Types like a person: select everything in the field, then the keys.
    void type(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
            QTest::keyClicks(edit, text);
        else
            edit->insert(text); // QTest types ASCII only: beyond it, paste as a person would
    }
    void type(QComboBox* box, const QString& text) { type(box->lineEdit(), text); }
    void waitForPreview()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isPreviewing(); }, 5000));
        QCoreApplication::processEvents();
    }
    // The golden options of the core tests, entered through the form.
    void enterGolden(DeployMode mode)
    {
        const DeployOptions golden = goldenOptions(mode);
        // A radio button takes clicks on its label only; click() is what a click there does.
        field<QRadioButton>(mode == DeployMode::Logoff ? "deployModeLogoff" : "deployModeSystemTask")
            ->click();
        type(field<QComboBox>("deployImageDir"), golden.imageDir);
        type(field<QLineEdit>("deployDomain"), golden.domain);
        type(field<QLineEdit>("deployGpoGuid"), DeployOptions::guidText(golden.gpoGuid));
        type(field<QLineEdit>("deployBackupId"), golden.backupId.toString(QUuid::WithoutBraces));
        type(field<QLineEdit>("deployTimestamp"), QStringLiteral("2024-05-01T12:00:00Z"));
    }
    // The options the CLI's golden tests use, with this build's version (the form has no field
    // for the generator version).
    static DeployOptions cliOptions(DeployMode mode)
    {
        DeployOptions options = goldenOptions(mode);
        options.generatorVersion = DeployOptions().generatorVersion;
        return options;
    }
    QStringList generate(const QString& out)
    {
        type(field<QLineEdit>("deployOut"), out);
        QSignalSpy generated(page.get(), &DeployPage::generated);
        auto* button = field<QPushButton>("deployGenerate");
        EXPECT_TRUE(button->isEnabled()) << page->outputProblem().toStdString();
        QTest::mouseClick(button, Qt::LeftButton);
        EXPECT_TRUE(generated.wait(10'000)) << page->banner()->text().toStdString();
        return generated.isEmpty() ? QStringList() : generated.first().first().toStringList();
    }
};

TEST_F(DeployPageTest, AHostilePictureFolderIsRefusedInPlace)
{
    type(field<QComboBox>("deployImageDir"), kHostile);
    waitForPreview();

    DeployOptions cli;
    cli.imageDir = kHostile;
    const QList<DeployProblem> expected = cli.problems();
    ASSERT_EQ(expected.size(), 1);
    ASSERT_EQ(expected.first().field, DeployField::ImageDir);
    QLabel* message = error("deployImageDirError");
    EXPECT_TRUE(message->isVisible());
    EXPECT_EQ(message->text(), expected.first().message) << "the CLI's own message, under the field";
    EXPECT_FALSE(field<QPushButton>("deployGenerate")->isEnabled());
    EXPECT_FALSE(error("deployGpoNameError")->isVisible()) << "only the wrong field is marked";
    EXPECT_TRUE(page->preview()->filePaths().isEmpty()) << "no preview of a package that cannot be made";
    EXPECT_FALSE(visibleTopLevel<QDialog>()) << "no message box";

    // Generating anyway (Ctrl+Enter) writes nothing and says why.
    type(field<QLineEdit>("deployOut"), dir.filePath(QStringLiteral("out")));
    page->generate();
    EXPECT_FALSE(page->isGenerating());
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out"))));

    // Back to a valid folder: the message goes, Generate comes back.
    field<QComboBox>("deployImageDir")->setCurrentIndex(1);
    waitForPreview();
    EXPECT_FALSE(message->isVisible());
    EXPECT_TRUE(field<QPushButton>("deployGenerate")->isEnabled());
    EXPECT_FALSE(page->preview()->filePaths().isEmpty());
}

TEST_F(DeployPageTest, BadSizesGuidsTimeAndGroupAreMarkedOnTheirFields)
{
    type(field<QLineEdit>("deploySizes"), QStringLiteral("32, 48; rm -rf"));
    type(field<QLineEdit>("deployGpoGuid"), QStringLiteral("{not-a-guid}"));
    type(field<QLineEdit>("deployTimestamp"), QStringLiteral("yesterday"));
    type(field<QComboBox>("deployAclGroup"), QStringLiteral("Everyone'); DROP"));
    type(field<QLineEdit>("deployDomain"), QStringLiteral("corp.example.com\"; calc"));
    waitForPreview();
    EXPECT_EQ(error("deploySizesError")->text(),
              DeployOptions::parseSizes(QStringLiteral("32, 48; rm -rf")).error().message);
    EXPECT_EQ(error("deployGpoGuidError")->text(),
              DeployOptions::parseGuid(QStringLiteral("{not-a-guid}")).error().message);
    EXPECT_EQ(error("deployTimestampError")->text(),
              DeployOptions::parseTimestamp(QStringLiteral("yesterday")).error().message);
    EXPECT_TRUE(error("deployAclGroupError")->isVisible());
    EXPECT_TRUE(error("deployDomainError")->isVisible());
    EXPECT_FALSE(error("deployBackupIdError")->isVisible());
    EXPECT_EQ(page->problems().size(), 5);
    EXPECT_FALSE(field<QPushButton>("deployGenerate")->isEnabled());

    // A sizes list that parses but is out of range is DeployOptions' problem, also shown.
    type(field<QLineEdit>("deploySizes"), QStringLiteral("32, 9000"));
    EXPECT_TRUE(error("deploySizesError")->text().contains(QStringLiteral("9000")));
}

TEST_F(DeployPageTest, HostileNamesAreWrittenWithTheCliEscaping)
{
    for (const QString& name : hostileGpoNames()) {
        SCOPED_TRACE(name.toStdString());
        enterGolden(DeployMode::Logoff);
        type(field<QLineEdit>("deployGpoName"), name);
        waitForPreview();
        EXPECT_FALSE(error("deployGpoNameError")->isVisible()) << "valid, so it must be escaped";
        const QString out = dir.filePath(QStringLiteral("hostile-%1").arg(hostileGpoNames().indexOf(name)));
        const QStringList written = generate(out);
        ASSERT_FALSE(written.isEmpty());

        DeployOptions cli = cliOptions(DeployMode::Logoff);
        cli.gpoName = name;
        const auto expected = DeployPackage(cli).contents();
        ASSERT_TRUE(expected.has_value());
        ASSERT_EQ(treeEntries(out, QDir::Files).size(), expected->files.size());
        for (const DeployFile& file : expected->files)
            EXPECT_EQ(readAll(QDir(out).filePath(file.path)), file.contents) << file.path.toStdString();
        QString why;
        EXPECT_TRUE(wellFormed(expected
                                   ->find(QStringLiteral("GPO/") + DeployOptions::guidText(cli.backupId) +
                                          QStringLiteral("/Backup.xml"))
                                   ->contents,
                               &why))
            << why.toStdString();
    }
}

TEST_F(DeployPageTest, GenerateWritesExactlyWhatTheCliWritesAndTheZip)
{
    for (DeployMode mode : {DeployMode::SystemTask, DeployMode::Logoff}) {
        SCOPED_TRACE(DeployOptions::modeName(mode).toStdString());
        enterGolden(mode);
        field<QCheckBox>("deployZip")->setChecked(true);
        const QString out = dir.filePath(QStringLiteral("gui-") + DeployOptions::modeName(mode));
        const QStringList written = generate(out);
        ASSERT_FALSE(written.isEmpty());

        // The CLI's code path with the golden options, into a second folder.
        DeployOptions cli = cliOptions(mode);
        cli.zip = true;
        const QString cliOut = dir.filePath(QStringLiteral("cli-") + DeployOptions::modeName(mode));
        const auto cliWritten = DeployPackage(cli).generate(cliOut);
        ASSERT_TRUE(cliWritten.has_value()) << cliWritten.error().text().toStdString();

        EXPECT_EQ(written.size(), cliWritten->size());
        EXPECT_EQ(treeEntries(out, QDir::Files), treeEntries(cliOut, QDir::Files));
        EXPECT_EQ(treeEntries(out, QDir::Dirs), treeEntries(cliOut, QDir::Dirs)) << "empty GPMC folders too";
        for (const QString& file : treeEntries(cliOut, QDir::Files))
            EXPECT_EQ(readAll(QDir(out).filePath(file)), readAll(QDir(cliOut).filePath(file)))
                << file.toStdString();
        ASSERT_EQ(written.last(), DeployPackage::zipPathFor(out));
        EXPECT_EQ(readAll(DeployPackage::zipPathFor(out)), readAll(DeployPackage::zipPathFor(cliOut)))
            << "the same zip, byte for byte";
        EXPECT_TRUE(
            field<QLabel>("deployResult")->text().contains(QDir::toNativeSeparators(out).toHtmlEscaped()));

        // The folder is now full: a second Generate into it is refused in place.
        waitForPreview();
        EXPECT_TRUE(error("deployOutError")->isVisible());
        EXPECT_FALSE(field<QPushButton>("deployGenerate")->isEnabled());
    }
}

TEST_F(DeployPageTest, RandomIdentifiersAreTheOnesPreviewedAndNewForTheNextPackage)
{
    // No fixed GUIDs: the page's random ones go into the preview and the package alike.
    const DeployOptions before = page->options();
    ASSERT_FALSE(before.gpoGuid.isNull());
    const QString backupFolder = QStringLiteral("GPO/") + DeployOptions::guidText(before.backupId);
    EXPECT_TRUE(page->preview()->filePaths().contains(backupFolder + QStringLiteral("/Backup.xml")));
    const QString out = dir.filePath(QStringLiteral("random"));
    generate(out);
    EXPECT_TRUE(QFileInfo(QDir(out).filePath(backupFolder + QStringLiteral("/Backup.xml"))).isFile());
    EXPECT_TRUE(readAll(QDir(out).filePath(backupFolder + QStringLiteral("/Backup.xml")))
                    .contains(DeployOptions::guidText(before.gpoGuid).toLatin1()));
    const DeployOptions after = page->options();
    EXPECT_NE(after.gpoGuid, before.gpoGuid);
    EXPECT_NE(after.backupId, before.backupId);
}

TEST_F(DeployPageTest, PreviewListsThePackageAndShowsTheSelectedFile)
{
    enterGolden(DeployMode::SystemTask);
    waitForPreview();
    const auto expected = DeployPackage(cliOptions(DeployMode::SystemTask)).contents();
    ASSERT_TRUE(expected.has_value());
    QStringList paths;
    for (const DeployFile& f : expected->files)
        paths << f.path;
    QStringList shown = page->preview()->filePaths();
    std::sort(shown.begin(), shown.end());
    EXPECT_EQ(shown, paths);

    // The client script is selected first, decoded from UTF-8 with its BOM.
    DeployPreview* preview = page->preview();
    EXPECT_EQ(preview->selectedPath(), QStringLiteral("Set-ADPhotoAccountPicture.ps1"));
    const QByteArray script = expected->find(QStringLiteral("Set-ADPhotoAccountPicture.ps1"))->contents;
    ASSERT_TRUE(script.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(preview->shownText(),
              QString::fromUtf8(script.mid(3)).replace(QLatin1String("\r\n"), QLatin1String("\n")));

    // README.txt is plain UTF-8 without a BOM.
    ASSERT_TRUE(preview->selectFile(QStringLiteral("README.txt")));
    EXPECT_EQ(preview->shownText(), QString::fromUtf8(expected->find(QStringLiteral("README.txt"))->contents)
                                        .replace(QLatin1String("\r\n"), QLatin1String("\n")));
    EXPECT_TRUE(preview->shownText().contains(QStringLiteral("Import-GPO")));

    // psscripts.ini is UTF-16 LE: shown as text, not as bytes.
    const QString ini = QStringLiteral("GPO/") +
                        DeployOptions::guidText(goldenOptions(DeployMode::SystemTask).backupId) +
                        QStringLiteral("/DomainSysvol/GPO/Machine/Scripts/psscripts.ini");
    ASSERT_TRUE(preview->selectFile(ini));
    EXPECT_TRUE(preview->shownText().contains(QStringLiteral("[Startup]")));
    EXPECT_TRUE(child<QLabel>(preview, "deployFileInfo")->text().contains(QStringLiteral("UTF-16")));

    // A change of the form shows in the preview: the logoff mode adds the user logoff script.
    field<QRadioButton>("deployModeLogoff")->click();
    waitForPreview();
    EXPECT_TRUE(preview->filePaths().contains(
        QStringLiteral("GPO/") + DeployOptions::guidText(goldenOptions(DeployMode::Logoff).backupId) +
        QStringLiteral("/DomainSysvol/GPO/User/Scripts/Logoff/Set-ADPhotoAccountPicture.ps1")));
    EXPECT_TRUE(field<QLabel>("deployModeText")->text().contains(QStringLiteral("Residual risk")));
    EXPECT_EQ(preview->selectedPath(), ini) << "the selected file stays selected";
}

} // namespace
