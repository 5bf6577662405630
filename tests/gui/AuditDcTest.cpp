// The audit page against the real, seeded Samba AD DC: the audit of the seeded OU runs through
// LdapDirectory::visitPhotos, and the CSV the page exports is byte for byte what
// `adphoto-cli audit --ou ... --format csv` prints against the same DC.
#include "GuiTestUtil.h"

#include "../ad/TestDc.h"

#include "app/gui/AuditPage.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MessageBanner.h"
#include "app/gui/UsersPage.h"
#include "core/models/AuditFindingsModel.h"
#include "imaging/OpenCvPhotoProcessor.h"
#include "ldap/LdapDirectory.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;
using namespace adphoto::gui;

namespace {

TEST(AuditDcTest, ThePageExportsWhatTheCliPrintsForTheSeededOu)
{
    GuiFixture fx;
    imaging::OpenCvPhotoProcessor processor;
    const TestDc& dc = TestDc::instance();
    const QString seedBase = dc.value(QStringLiteral("ADPHOTO_TEST_SEED_BASE"));
    ASSERT_FALSE(seedBase.isEmpty());

    QProcessEnvironment env;
    env.insert(QStringLiteral("ADPHOTO_SERVER"), dc.value(QStringLiteral("ADPHOTO_TEST_LDAPS_URI")));
    env.insert(QStringLiteral("ADPHOTO_CA_FILE"), dc.value(QStringLiteral("ADPHOTO_TEST_CA")));
    env.insert(QStringLiteral("ADPHOTO_USER"), dc.value(QStringLiteral("ADPHOTO_TEST_ADMIN")));
    env.insert(QStringLiteral("ADPHOTO_PASSWORD"), dc.value(QStringLiteral("ADPHOTO_TEST_ADMIN_PASSWORD")));
    AppServices services = fx.services(&processor);
    services.directoryFactory = [](const ConnectionSettings& s) -> std::unique_ptr<Directory> {
        return std::make_unique<LdapDirectory>(s);
    };
    services.environment = env;
    MainWindow window(services);
    window.show();
    QSignalSpy listed(window.usersPage(), &UsersPage::listingFinished);
    window.start();
    ASSERT_TRUE(listed.wait(60'000));

    auto* page = window.findChild<AuditPage*>(QStringLiteral("auditPage"));
    ASSERT_NE(page, nullptr);
    window.showPage(page);
    page->setOu(seedBase);
    page->setMaxBytes(10 * 1024);
    QSignalSpy finished(page, &AuditPage::finished);
    page->run();
    ASSERT_TRUE(finished.wait(120'000)) << page->banner()->text().toStdString();
    ASSERT_TRUE(page->report().has_value());
    EXPECT_GT(page->report()->users, 0);
    EXPECT_GT(page->findingsModel(FindingKind::Missing)->rowCount(), 0)
        << "the seed has users without a photo";

    const QString csvPath = fx.dir.filePath(QStringLiteral("audit.csv"));
    QSignalSpy exported(page, &AuditPage::exported);
    page->exportCsv(csvPath);
    ASSERT_TRUE(exported.wait(10'000)) << page->banner()->text().toStdString();
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));

    QTemporaryDir home;
    QProcessEnvironment cliEnv = dc.environment(home.path());
    for (const QString& key : env.keys())
        cliEnv.insert(key, env.value(key));
    const CliRun cli =
        runProgram(QStringLiteral(ADPHOTO_AUDIT_CLI),
                   {QStringLiteral("audit"), QStringLiteral("--ou"), seedBase, QStringLiteral("--max-bytes"),
                    QStringLiteral("10240"), QStringLiteral("--format"), QStringLiteral("csv")},
                   cliEnv);
    ASSERT_EQ(cli.exitCode, 0) << cli.err.toStdString();
    EXPECT_EQ(csv.readAll(), cli.out);
}

} // namespace
