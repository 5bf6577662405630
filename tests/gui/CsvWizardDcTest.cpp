// The CSV import wizard against the real, seeded Samba AD DC: a CSV naming two seeded users
// (by sAMAccountName and by userPrincipalName) and one unknown account is read, checked,
// reviewed and applied through the wizard's pages; the photos are read back over LDAP and the
// users are left as the seed made them.
#include "GuiTestUtil.h"

#include "../ad/TestDc.h"

#include "app/gui/CsvApplyPage.h"
#include "app/gui/CsvImportWizard.h"
#include "app/gui/CsvMappingPage.h"
#include "app/gui/CsvReviewPage.h"
#include "app/gui/CsvValidationPage.h"
#include "app/gui/ImportApplyTask.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PhotoActions.h"
#include "app/gui/UsersPage.h"
#include "core/models/ImportPlanModel.h"
#include "core/models/UserListModel.h"
#include "imaging/OpenCvPhotoProcessor.h"
#include "ldap/LdapDirectory.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;
using namespace adphoto::gui;

namespace {

TEST(CsvWizardDcTest, AppliesACsvAndThePhotosCanBeReadBack)
{
    GuiFixture fx;
    imaging::OpenCvPhotoProcessor processor;
    const TestDc& dc = TestDc::instance();
    AppServices services = fx.services(&processor);
    services.directoryFactory = [](const ConnectionSettings& s) -> std::unique_ptr<Directory> {
        return std::make_unique<LdapDirectory>(s);
    };
    QProcessEnvironment env;
    env.insert(QStringLiteral("ADPHOTO_SERVER"), dc.value(QStringLiteral("ADPHOTO_TEST_LDAPS_URI")));
    env.insert(QStringLiteral("ADPHOTO_CA_FILE"), dc.value(QStringLiteral("ADPHOTO_TEST_CA")));
    env.insert(QStringLiteral("ADPHOTO_USER"), dc.value(QStringLiteral("ADPHOTO_TEST_ADMIN")));
    env.insert(QStringLiteral("ADPHOTO_PASSWORD"), dc.value(QStringLiteral("ADPHOTO_TEST_ADMIN_PASSWORD")));
    services.environment = env;
    fx.settings->setValue(Settings::Key::FaceDetection, false);
    auto window = std::make_unique<MainWindow>(services);
    window->show();
    QSignalSpy listed(window->usersPage(), &UsersPage::listingFinished);
    window->start();
    ASSERT_TRUE(listed.wait(60'000));

    // Two seeded users without a photo that no other test writes.
    const QJsonObject first = writeTarget(20);
    const QJsonObject second = writeTarget(21);
    const QString firstDn = first.value(QStringLiteral("dn")).toString();
    const QString secondDn = second.value(QStringLiteral("dn")).toString();
    ASSERT_FALSE(firstDn.isEmpty());
    ASSERT_FALSE(secondDn.isEmpty());
    const QDir dir(fx.dir.path());
    {
        QFile a(dir.filePath(QStringLiteral("first.png")));
        ASSERT_TRUE(a.open(QIODevice::WriteOnly));
        a.write(makePng(500, 600, qRgb(150, 90, 60)));
        QFile b(dir.filePath(QStringLiteral("second.jpg")));
        ASSERT_TRUE(b.open(QIODevice::WriteOnly));
        b.write(makeJpeg(400, qRgb(60, 90, 150)));
        QFile csv(dir.filePath(QStringLiteral("photos.csv")));
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        // UTF-8 with a BOM, semicolons, CRLF: what Excel's "CSV UTF-8" writes.
        const QString text =
            QStringLiteral("user;photo\r\n%1;first.png\r\n%2;second.jpg\r\nno-such-user-xyz;first.png\r\n")
                .arg(first.value(QStringLiteral("sAMAccountName")).toString(),
                     second.value(QStringLiteral("userPrincipalName")).toString());
        csv.write(QByteArrayLiteral("\xef\xbb\xbf") + text.toUtf8());
    }

    auto* action = window->findChild<QAction*>(QStringLiteral("csvImportAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    auto* wizard = visibleTopLevel<CsvImportWizard>();
    ASSERT_NE(wizard, nullptr);
    wizard->setCsvFile(dir.filePath(QStringLiteral("photos.csv")));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return !wizard->mappingPage()->isPreviewing() && wizard->button(QWizard::NextButton)->isEnabled();
        },
        10'000));
    QSignalSpy validated(wizard->validationPage(), &CsvValidationPage::validated);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    ASSERT_TRUE(validated.count() > 0 || validated.wait(30'000));
    EXPECT_EQ(wizard->validationPage()->problemCount(), 1) << "the unknown account, line 4";
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QSignalSpy planned(wizard->reviewPage(), &CsvReviewPage::planned);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    ASSERT_TRUE(planned.count() > 0 || planned.wait(30'000));
    ASSERT_EQ(wizard->reviewModel()->checkedCount(), 2);
    QSignalSpy finished(wizard, &CsvImportWizard::applyFinished);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    ASSERT_TRUE(finished.count() > 0 || finished.wait(60'000));
    ASSERT_EQ(wizard->applyPage()->results().size(), 2) << wizard->applyPage()->outcomeText().toStdString();

    // Read back over a connection of its own: what the wizard reported is what AD holds.
    auto directory = openDirectory(dc.admin());
    for (const ImportResult& r : wizard->applyPage()->results()) {
        EXPECT_EQ(r.result, QStringLiteral("ok")) << r.message.toStdString();
        ASSERT_TRUE(r.report.has_value());
        auto read = directory->readPhoto(r.dn);
        read.waitForFinished();
        ASSERT_TRUE(read.result().has_value()) << read.result().error().text().toStdString();
        EXPECT_TRUE(read.result()->bytes.startsWith("\xff\xd8\xff"));
        EXPECT_EQ(read.result()->bytes.size(), r.report->bytes);
    }

    // Leave the users as the seed made them (the users page re-reads them after the import).
    UsersPage* users = window->usersPage();
    for (const QString& dn : {firstDn, secondDn}) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return users->model()->user(users->model()->rowOf(dn)).hasPhoto; },
                                    30'000));
        auto removed = window->photoActions().removePhoto(users->model()->user(users->model()->rowOf(dn)));
        ASSERT_TRUE(QTest::qWaitFor([&] { return removed.isFinished(); }, 30'000));
        ASSERT_TRUE(removed.result().has_value()) << removed.result().error().text().toStdString();
    }
}

} // namespace
