// The audit page over the fake directory: the figures it shows are the audit engine's (fed
// independently here with the same users and photos), per OU and per finding; the CSV export is
// byte for byte what `adphoto-cli audit --format csv` prints (its RecordWriter), the HTML export
// escapes what it shows; Cancel stops a long audit; "Import for these users" opens the bulk
// import limited to the users without a photo, and only they become ready.
#include "GuiTestUtil.h"

#include "app/cli/RecordWriter.h"
#include "app/gui/AuditPage.h"
#include "app/gui/ImportPage.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MessageBanner.h"
#include "app/gui/UsersPage.h"
#include "core/audit/AuditEngine.h"
#include "core/audit/AuditRows.h"
#include "core/models/AuditFindingsModel.h"
#include "core/models/AuditOuModel.h"
#include "core/models/ImportPlanModel.h"
#include "imaging/OpenCvPhotoProcessor.h"
#include "imaging/QtImageInspector.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;
using namespace adphoto::gui;

namespace {

const QString base = QStringLiteral("DC=example,DC=test");
const QString staff = QStringLiteral("OU=Staff,DC=example,DC=test");
const QString sales = QStringLiteral("OU=Sales,DC=example,DC=test");
const QString north = QStringLiteral("OU=North,OU=Sales,DC=example,DC=test");

struct AuditPageTest : ::testing::Test
{
    GuiFixture fx;
    imaging::OpenCvPhotoProcessor processor;
    std::unique_ptr<MainWindow> window;
    AuditPage* page = nullptr;

    AuditPageTest()
    {
        const QByteArray shared = makeJpeg(120, qRgb(200, 60, 60));
        fx.data->addUser(QStringLiteral("Anna Schmidt"), QStringLiteral("aschmidt"), staff, shared);
        fx.data->addUser(QStringLiteral("Bob Stone"), QStringLiteral("bstone"), staff);
        fx.data->addUser(QStringLiteral("Carla Diaz"), QStringLiteral("cdiaz"), staff);
        fx.data->addUser(QStringLiteral("Dan Png"), QStringLiteral("dpng"), staff,
                         makePng(100, 150, qRgb(9, 9, 9)));
        fx.data->addUser(QStringLiteral("Eve Twin"), QStringLiteral("etwin"), staff, shared);
        fx.data->addUser(QStringLiteral("Fay Field"), QStringLiteral("ffield"), sales);
        fx.data->addUser(QStringLiteral("Gus Gone"), QStringLiteral("ggone"), sales,
                         makeJpeg(96, qRgb(1, 100, 1)), true);
        fx.data->addUser(QStringLiteral("Hal Huge"), QStringLiteral("hhuge"), north,
                         makeJpeg(700, qRgb(1, 1, 200), 100));
        fx.data->addUser(QStringLiteral("Ivy Tiny"), QStringLiteral("itiny"), north,
                         makeJpeg(48, qRgb(50, 50, 0)));
        fx.data->addUser(QStringLiteral("=HYPERLINK(\"x\") <b>Mallory</b>"), QStringLiteral("mallory"),
                         north);
        fx.data->containers = {staff, sales, north};

        window = std::make_unique<MainWindow>(fx.services(&processor));
        window->show();
        QSignalSpy listed(window->usersPage(), &UsersPage::listingFinished);
        window->start();
        EXPECT_TRUE(listed.wait(5000));
        page = window->findChild<AuditPage*>(QStringLiteral("auditPage"));
        EXPECT_NE(page, nullptr);
        window->showPage(page);
    }

    // The audit engine fed directly with what the fake holds: what the page must show.
    AuditReport expectedReport(const QString& ou, qint64 maxBytes) const
    {
        const QtImageInspector inspector;
        AuditOptions options;
        options.baseDn = ou.isEmpty() ? base : ou;
        options.maxBytes = maxBytes;
        AuditEngine engine(inspector, options);
        QMutexLocker lock(&fx.data->mutex);
        for (UserRecord u : fx.data->users) {
            if (!ou.isEmpty() && !u.dn.endsWith(ou, Qt::CaseInsensitive))
                continue;
            const QByteArray photo = fx.data->photos.value(u.dn.toLower());
            u.hasPhoto = !photo.isEmpty();
            u.photoBytes = photo.size();
            engine.add(u, photo);
        }
        return engine.report();
    }

    void runAudit(const QString& ou = {}, int maxKb = 100)
    {
        child<QLineEdit>(page, "auditOu")->setText(ou);
        child<QSpinBox>(page, "auditMaxBytes")->setValue(maxKb);
        QSignalSpy finished(page, &AuditPage::finished);
        auto* run = child<QPushButton>(page, "runAudit");
        ASSERT_TRUE(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        ASSERT_TRUE(finished.wait(10'000)) << page->banner()->text().toStdString();
    }

    static QStringList users(const QAbstractItemModel& model, int column)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, column).data().toString();
        return out;
    }
};

TEST_F(AuditPageTest, ShowsTheEnginesFiguresPerOuAndPerFinding)
{
    QAbstractItemModelTester ouTester(page->ouModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester missingTester(page->findingsModel(FindingKind::Missing),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    runAudit({}, 10); // 10 KB: Hal's 700 px photo is over it
    const AuditReport expected = expectedReport({}, 10 * 1024);
    ASSERT_TRUE(page->report().has_value());

    // What a person sees: the figures per OU, subtree and direct.
    const AuditOuModel& ous = *page->ouModel();
    ASSERT_EQ(ous.rowCount(), expected.ous.size());
    const QLocale locale;
    for (int r = 0; r < ous.rowCount(); ++r) {
        const OuCount& e = expected.ous.at(r);
        SCOPED_TRACE(e.ou.toStdString());
        EXPECT_EQ(ous.index(r, 0).data(AuditOuModel::DnRole).toString(), e.ou);
        EXPECT_EQ(ous.index(r, AuditOuModel::UsersColumn).data().toString(), locale.toString(e.users));
        EXPECT_EQ(ous.index(r, AuditOuModel::MissingColumn).data().toString(), locale.toString(e.missing));
        EXPECT_EQ(ous.index(r, AuditOuModel::DirectUsersColumn).data().toString(),
                  locale.toString(e.directUsers));
        EXPECT_EQ(ous.index(r, AuditOuModel::DirectMissingColumn).data().toString(),
                  locale.toString(e.directMissing));
        EXPECT_DOUBLE_EQ(ous.index(r, AuditOuModel::PercentColumn).data(AuditOuModel::RatioRole).toDouble(),
                         e.users ? double(e.missing) / e.users : 0.0);
    }
    // And independently of the engine: 10 users, 4 without a photo; Sales' subtree has 5 users,
    // 2 without a photo (Fay directly, Mallory in North).
    EXPECT_EQ(ous.index(0, AuditOuModel::UsersColumn).data().toString(), locale.toString(10));
    EXPECT_EQ(ous.index(0, AuditOuModel::MissingColumn).data().toString(), locale.toString(4));
    int salesRow = -1;
    for (int r = 0; r < ous.rowCount(); ++r) {
        if (ous.index(r, 0).data(AuditOuModel::DnRole).toString() == sales)
            salesRow = r;
    }
    ASSERT_GE(salesRow, 0);
    EXPECT_EQ(ous.index(salesRow, AuditOuModel::UsersColumn).data().toString(), locale.toString(5));
    EXPECT_EQ(ous.index(salesRow, AuditOuModel::MissingColumn).data().toString(), locale.toString(2));
    EXPECT_EQ(ous.index(salesRow, AuditOuModel::DirectMissingColumn).data().toString(), locale.toString(1));
    EXPECT_EQ(ous.index(salesRow, AuditOuModel::PercentColumn).data().toString(),
              locale.toString(40.0, 'f', 0) + QStringLiteral(" %"));

    // One tab per kind, titled with its count, listing exactly the engine's users.
    QTabWidget* tabs = page->findingTabs();
    ASSERT_EQ(tabs->count(), int(std::size(allFindingKinds)));
    for (FindingKind kind : allFindingKinds) {
        SCOPED_TRACE(findingKindName(kind).toStdString());
        QStringList engineUsers;
        for (const AuditFinding& f : expected.findings) {
            if (f.kind == kind)
                engineUsers << f.user;
        }
        QStringList shown = users(*page->findingsModel(kind), AuditFindingsModel::UserColumn);
        std::sort(engineUsers.begin(), engineUsers.end());
        std::sort(shown.begin(), shown.end());
        EXPECT_EQ(shown, engineUsers);
        EXPECT_TRUE(
            tabs->tabText(int(std::find(std::begin(allFindingKinds), std::end(allFindingKinds), kind) -
                              std::begin(allFindingKinds)))
                .contains(QStringLiteral("(%1)").arg(engineUsers.size())));
    }
    // The findings a person expects from this directory.
    auto shownUsers = [&](FindingKind kind) {
        QStringList s = users(*page->findingsModel(kind), AuditFindingsModel::UserColumn);
        std::sort(s.begin(), s.end());
        return s;
    };
    EXPECT_EQ(shownUsers(FindingKind::Missing),
              (QStringList{QStringLiteral("bstone"), QStringLiteral("cdiaz"), QStringLiteral("ffield"),
                           QStringLiteral("mallory")}));
    EXPECT_EQ(shownUsers(FindingKind::Oversized), QStringList{QStringLiteral("hhuge")});
    EXPECT_EQ(shownUsers(FindingKind::NotJpeg), QStringList{QStringLiteral("dpng")});
    EXPECT_EQ(shownUsers(FindingKind::NotSquare), QStringList{QStringLiteral("dpng")});
    EXPECT_EQ(shownUsers(FindingKind::TooSmall), QStringList{QStringLiteral("itiny")});
    EXPECT_EQ(shownUsers(FindingKind::Duplicate),
              (QStringList{QStringLiteral("aschmidt"), QStringLiteral("etwin")}));
    EXPECT_EQ(shownUsers(FindingKind::DisabledWithPhoto), QStringList{QStringLiteral("ggone")});
    EXPECT_TRUE(page->summaryText().contains(locale.toString(10)));
    EXPECT_TRUE(child<QPushButton>(page, "exportCsv")->isEnabled());
    EXPECT_TRUE(child<QPushButton>(page, "importMissing")->isEnabled());
}

TEST_F(AuditPageTest, AnOuAuditCountsOnlyThatSubtree)
{
    runAudit(sales);
    const AuditReport expected = expectedReport(sales, 100 * 1024);
    EXPECT_EQ(page->report()->baseDn, sales);
    EXPECT_EQ(page->report()->users, 5);
    EXPECT_EQ(page->report()->users, expected.users);
    ASSERT_EQ(page->ouModel()->rowCount(), expected.ous.size());
    EXPECT_EQ(page->ouModel()->index(0, 0).data(AuditOuModel::DnRole).toString(), sales);
    QStringList missing = users(*page->findingsModel(FindingKind::Missing), AuditFindingsModel::UserColumn);
    std::sort(missing.begin(), missing.end());
    EXPECT_EQ(missing, (QStringList{QStringLiteral("ffield"), QStringLiteral("mallory")}));
    for (FindingKind kind : allFindingKinds)
        EXPECT_EQ(page->findingsModel(kind)->rowCount(), expected.count(kind))
            << findingKindName(kind).toStdString();
}

TEST_F(AuditPageTest, ExportsWriteTheCliCsvAndAnEscapedHtmlPage)
{
    runAudit({}, 10);
    const AuditReport report = *page->report();

    const QString csvPath = fx.dir.filePath(QStringLiteral("audit.csv"));
    QSignalSpy exported(page, &AuditPage::exported);
    page->exportCsv(csvPath);
    ASSERT_TRUE(exported.wait(5000)) << page->banner()->text().toStdString();
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray written = csv.readAll();

    // What `adphoto-cli audit --format csv` prints for the same report (AuditCommand's writer).
    QString cliText;
    {
        QTextStream out(&cliText);
        cli::RecordWriter writer(cli::OutputFormat::Csv, AuditRows::columns());
        for (const QList<QJsonValue>& row : AuditRows::rows(report))
            writer.addRow(row);
        writer.finish(out);
    }
    EXPECT_EQ(written, cliText.toUtf8());
    EXPECT_TRUE(written.contains("missing,bstone,")) << written.left(400).toStdString();
    EXPECT_TRUE(written.contains("\"'=HYPERLINK")) << "a formula never reaches the spreadsheet";

    const QString htmlPath = fx.dir.filePath(QStringLiteral("audit.html"));
    page->exportHtml(htmlPath);
    ASSERT_TRUE(exported.wait(5000));
    QFile html(htmlPath);
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QString page_ = QString::fromUtf8(html.readAll());
    EXPECT_TRUE(page_.contains(QStringLiteral("ffield")));
    EXPECT_TRUE(page_.contains(QStringLiteral("dc1.example.test"))) << "names the DC it came from";
    EXPECT_FALSE(page_.contains(QStringLiteral("<b>Mallory</b>")));
    EXPECT_TRUE(page_.contains(QStringLiteral("&lt;b&gt;Mallory&lt;/b&gt;")));

    // A folder that cannot be written: the error is shown in place, no signal.
    exported.clear();
    page->exportCsv(fx.dir.filePath(QStringLiteral("no/such/dir/audit.csv")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->banner()->kind() == MessageBanner::Kind::Error; }, 5000));
    EXPECT_TRUE(page->banner()->isVisible());
    EXPECT_TRUE(exported.isEmpty());
}

TEST_F(AuditPageTest, CancelStopsALongAuditAndKeepsNoHalfReport)
{
    for (int i = 0; i < 400; ++i)
        fx.data->addUser(QStringLiteral("Extra %1").arg(i), QStringLiteral("extra%1").arg(i), staff);
    fx.data->pageSize = 20;
    fx.data->pageDelayMs = 50;
    QSignalSpy finished(page, &AuditPage::finished);
    QTest::mouseClick(child<QPushButton>(page, "runAudit"), Qt::LeftButton);
    ASSERT_TRUE(page->isRunning());
    auto* cancel = child<QPushButton>(page, "auditCancel");
    ASSERT_TRUE(QTest::qWaitFor([&] { return cancel->isVisible(); }, 2000));
    EXPECT_FALSE(child<QPushButton>(page, "runAudit")->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isRunning(); }, 10'000));
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_FALSE(page->report().has_value());
    EXPECT_TRUE(page->banner()->isVisible());
    EXPECT_FALSE(child<QPushButton>(page, "exportCsv")->isEnabled());
    EXPECT_TRUE(child<QPushButton>(page, "runAudit")->isEnabled());
}

TEST_F(AuditPageTest, ImportForTheseUsersLimitsTheBulkImportToUsersWithoutAPhoto)
{
    runAudit(staff);
    QSignalSpy requested(page, &AuditPage::importRequested);
    QTest::mouseClick(child<QPushButton>(page, "importMissing"), Qt::LeftButton);
    ASSERT_EQ(requested.size(), 1);
    QStringList dns = requested.first().first().toStringList();
    std::sort(dns.begin(), dns.end());
    EXPECT_EQ(dns, (QStringList{fx.data->user(QStringLiteral("bstone")).dn,
                                fx.data->user(QStringLiteral("cdiaz")).dn}));

    // The main window switched to the bulk import, limited to those users.
    ImportPage* import = window->importPage();
    EXPECT_EQ(window->currentPage(), import);
    EXPECT_EQ(import->userLimit().size(), 2);
    EXPECT_TRUE(child<QCheckBox>(import, "onlyMissing")->isChecked());
    EXPECT_TRUE(child<QWidget>(import, "scopeBar")->isVisible());

    // Photos for Bob (in the list), Fay (no photo, but in Sales) and Anna (has one).
    const QString folder = fx.dir.filePath(QStringLiteral("photos"));
    QDir().mkpath(folder);
    for (const QString& name : {QStringLiteral("Bob Stone.jpg"), QStringLiteral("Fay Field.jpg"),
                                QStringLiteral("Anna Schmidt.jpg")}) {
        QFile f(QDir(folder).filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(makeJpeg(300, qRgb(10, 120, 200)));
    }
    QSignalSpy planned(import, &ImportPage::planned);
    child<QLineEdit>(import, "importFolder")->setText(folder);
    QTest::mouseClick(child<QPushButton>(import, "matchButton"), Qt::LeftButton);
    ASSERT_TRUE(planned.wait(10'000)) << import->banner()->text().toStdString();
    const ImportPlanModel& model = *import->model();
    ASSERT_EQ(model.rowCount(), 3);
    QHash<QString, PlanRow> byUser;
    for (int r = 0; r < model.rowCount(); ++r)
        byUser.insert(model.row(r).user, model.row(r));
    EXPECT_EQ(byUser.value(QStringLiteral("bstone")).status, PlanStatus::Ready);
    EXPECT_EQ(byUser.value(QStringLiteral("ffield")).status, PlanStatus::Skipped)
        << "matched, but not in the list";
    EXPECT_TRUE(byUser.value(QStringLiteral("ffield")).problems.join(QLatin1Char(' ')).contains(staff));
    EXPECT_EQ(byUser.value(QStringLiteral("aschmidt")).status, PlanStatus::Skipped);
    EXPECT_EQ(model.checkedCount(), 1);

    // Lifting the limit matches again: Fay becomes ready.
    QTest::mouseClick(child<QPushButton>(import, "clearScope"), Qt::LeftButton);
    ASSERT_TRUE(planned.wait(10'000));
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.row(r).user == QLatin1String("ffield")) {
            EXPECT_EQ(model.row(r).status, PlanStatus::Ready);
        }
    }
    EXPECT_FALSE(import->userLimit().isLimited());
}

} // namespace
