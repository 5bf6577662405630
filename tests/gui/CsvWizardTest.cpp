// The CSV import wizard with a broken CSV (Windows-1252, semicolons, CRLF, an unknown user, a
// duplicate, a missing file, an empty user, an unmapped Windows path, an unclosed quote):
// every page in turn, driven through the real widgets — the file page's checks, a preview that
// follows encoding, delimiter and path-map changes, bad lines highlighted with their line
// number and reason, Back and Next, a pick for a line that fits two users, an apply against the
// FakeDirectory with the journal in a temporary ADPHOTO_DATA_DIR, and the exported results.
#include "GuiTestUtil.h"

#include "app/gui/CsvApplyPage.h"
#include "app/gui/CsvImportWizard.h"
#include "app/gui/CsvMappingPage.h"
#include "app/gui/CsvReviewPage.h"
#include "app/gui/CsvSummaryPage.h"
#include "app/gui/CsvValidationPage.h"
#include "app/gui/ImportApplyTask.h"
#include "app/gui/ImportPage.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MessageBanner.h"
#include "app/gui/PhotoActions.h"
#include "app/gui/UsersPage.h"
#include "core/PhotoHash.h"
#include "core/csv/CsvParser.h"
#include "core/journal/Journal.h"
#include "core/models/ImportPlanModel.h"
#include "imaging/OpenCvPhotoProcessor.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QtConcurrent>
#include <algorithm>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;
using namespace adphoto::gui;

namespace {

const QString staff = QStringLiteral("OU=Staff,DC=example,DC=test");

struct CsvWizardTest : ::testing::Test
{
    GuiFixture fx;
    imaging::OpenCvPhotoProcessor processor;
    std::unique_ptr<MainWindow> window;
    QString csvPath;
    QString windowsFolder; ///< what C:\Photos is mapped to
    QByteArray previousDataDir = qgetenv("ADPHOTO_DATA_DIR");

    CsvWizardTest()
    {
        qputenv("ADPHOTO_DATA_DIR", fx.journalDir().toUtf8());
        fx.data->addUser(QStringLiteral("Bob Stone"), QStringLiteral("bstone"), staff);
        fx.data->addUser(QStringLiteral("Carla Diaz"), QStringLiteral("cdiaz"), staff);
        fx.data->addUser(QStringLiteral("Dora Ek"), QStringLiteral("dek"), staff);
        fx.data->addUser(QStringLiteral("Jörg Müller"), QStringLiteral("jmueller"), staff);
        // Two Annas share one mail address: a line naming it fits both.
        fx.data->addUser(QStringLiteral("Anna Schmidt"), QStringLiteral("aschmidt"), staff, {}, false,
                         QStringLiteral("anna@example.test"));
        fx.data->addUser(QStringLiteral("Anna Schmidt 2"), QStringLiteral("aschmidt2"),
                         QStringLiteral("OU=Sales,DC=example,DC=test"), {}, false,
                         QStringLiteral("anna@example.test"));
        fx.settings->setValue(Settings::Key::FaceDetection, false);

        const QDir base(fx.dir.path());
        base.mkpath(QStringLiteral("photos"));
        base.mkpath(QStringLiteral("windows-share"));
        windowsFolder = base.filePath(QStringLiteral("windows-share"));
        writeFile(base.filePath(QStringLiteral("photos/bob.jpg")), makeJpeg(300, qRgb(60, 60, 200)));
        writeFile(base.filePath(QStringLiteral("photos/carla.png")), makePng(300, 400, qRgb(60, 200, 60)));
        writeFile(base.filePath(QStringLiteral("photos/anna.jpg")), makeJpeg(300, qRgb(200, 60, 60)));
        writeFile(QDir(windowsFolder).filePath(QStringLiteral("joerg.jpg")), makeJpeg(300, qRgb(90, 90, 90)));

        // Excel on Western Windows: Windows-1252, semicolons, CRLF; a third column with an umlaut.
        const QString text = QStringLiteral("AD_user;path_to_file;Bemerkung\r\n"        // 1
                                            "bstone;photos/bob.jpg;ok\r\n"              // 2 ready
                                            "cdiaz;photos/carla.png;Grüße\r\n"          // 3 ready
                                            "nobody;photos/bob.jpg;x\r\n"               // 4 unknown user
                                            "\r\n"                                      // 5 blank: no row
                                            "bstone;photos/carla.png;again\r\n"         // 6 duplicate of 2
                                            "dek;photos/missing.jpg;\r\n"               // 7 file missing
                                            ";photos/bob.jpg;\r\n"                      // 8 empty user
                                            "jmueller;C:\\Photos\\joerg.jpg;Müller\r\n" // 9 Windows path
                                            "anna@example.test;photos/anna.jpg;\r\n"    // 10 two Annas
                                            "\"eve;photos/bob.jpg;never closed\r\n");   // 11 unclosed quote
        csvPath = base.filePath(QStringLiteral("photos.csv"));
        writeFile(csvPath, text.toLatin1());

        window = std::make_unique<MainWindow>(fx.services(&processor));
        window->show();
        QSignalSpy listed(window->usersPage(), &UsersPage::listingFinished);
        window->start();
        EXPECT_TRUE(listed.wait(5000));
    }
    ~CsvWizardTest() override
    {
        window.reset();
        if (previousDataDir.isNull())
            qunsetenv("ADPHOTO_DATA_DIR");
        else
            qputenv("ADPHOTO_DATA_DIR", previousDataDir);
    }
    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
        f.write(bytes);
    }

    CsvImportWizard* openWizard()
    {
        auto* action = window->findChild<QAction*>(QStringLiteral("csvImportAction"));
        EXPECT_NE(action, nullptr);
        if (!action)
            return nullptr;
        EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        action->trigger();
        return visibleTopLevel<CsvImportWizard>();
    }
    static bool nextEnabled(CsvImportWizard* w) { return w->button(QWizard::NextButton)->isEnabled(); }
    static void clickNext(CsvImportWizard* w)
    {
        ASSERT_TRUE(nextEnabled(w));
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
    }
    /// Waits for the mapping page's preview of the current settings.
    static void waitPreview(CsvMappingPage* page)
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isPreviewing(); }, 10'000));
        QTest::qWait(20); // let the finished watcher deliver
        ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isPreviewing(); }, 10'000));
    }
    /// The validation table's row of CSV line `line`, or -1.
    static int rowOfLine(QStandardItemModel* model, int line)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->item(r, CsvValidationPage::LineColumn)->text() == QString::number(line))
                return r;
        }
        return -1;
    }
    static QString cell(QStandardItemModel* model, int row, int column)
    {
        return row < 0 ? QString() : model->item(row, column)->text();
    }
    QByteArray photoOf(const QString& sam) { return fx.data->photo(fx.data->user(sam).dn); }
    /// The journal's imports, read on the journal thread as the pages do (never two openers at once).
    Result<QList<ImportRecord>> journalImports()
    {
        auto future = QtConcurrent::run(window->photoActions().journalThread(),
                                        [dir = fx.journalDir()]() -> Result<QList<ImportRecord>> {
                                            auto journal = Journal::open(dir);
                                            if (!journal)
                                                return std::unexpected(journal.error());
                                            return (*journal)->imports();
                                        });
        future.waitForFinished();
        return future.result();
    }
};

TEST_F(CsvWizardTest, BrokenCsvFromFileToExportedResults)
{
    CsvImportWizard* wizard = openWizard();
    ASSERT_NE(wizard, nullptr);
    ASSERT_EQ(wizard->currentId(), CsvImportWizard::FilePageId);

    // File page: Next only for a readable file; what is wrong is said in place.
    EXPECT_FALSE(nextEnabled(wizard));
    auto* file = child<QLineEdit>(wizard, "csvFile");
    QTest::keyClicks(file, fx.dir.filePath(QStringLiteral("nope.csv")));
    EXPECT_FALSE(nextEnabled(wizard));
    EXPECT_TRUE(child<QLabel>(wizard, "csvFileInfo")->text().contains(QStringLiteral("There is no file")));
    file->setText(fx.dir.path());
    EXPECT_FALSE(nextEnabled(wizard)) << "a folder is not a CSV file";
    file->setText(csvPath);
    EXPECT_TRUE(nextEnabled(wizard));

    // Mapping page: everything detected.
    QSignalSpy previewed(wizard->mappingPage(), &CsvMappingPage::previewed);
    clickNext(wizard);
    ASSERT_EQ(wizard->currentId(), CsvImportWizard::MappingPageId);
    CsvMappingPage* mapping = wizard->mappingPage();
    waitPreview(mapping);
    ASSERT_GE(previewed.count(), 1);
    EXPECT_EQ(mapping->current().encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(mapping->current().delimiter, QLatin1Char(';'));
    EXPECT_TRUE(mapping->current().hasHeader);
    QStandardItemModel* preview = mapping->previewModel();
    ASSERT_EQ(preview->columnCount(), 3);
    EXPECT_TRUE(preview->horizontalHeaderItem(0)->text().contains(QStringLiteral("AD_user")));
    EXPECT_TRUE(preview->horizontalHeaderItem(0)->text().startsWith(QStringLiteral("User")));
    EXPECT_TRUE(preview->horizontalHeaderItem(1)->text().startsWith(QStringLiteral("Photo")));
    // Rows are labelled with their physical line; the blank line 5 makes none.
    ASSERT_EQ(preview->rowCount(), 9);
    EXPECT_EQ(preview->verticalHeaderItem(0)->text(), QStringLiteral("2"));
    EXPECT_EQ(preview->verticalHeaderItem(3)->text(), QStringLiteral("6"));
    EXPECT_EQ(preview->item(1, 2)->text(), QStringLiteral("Grüße")) << "decoded as Windows-1252";
    // The unclosed quote's line is red, with the reason in its tooltip.
    const int quoteRow = 8;
    EXPECT_EQ(preview->verticalHeaderItem(quoteRow)->text(), QStringLiteral("11"));
    EXPECT_TRUE(preview->item(quoteRow, 0)->toolTip().contains(QStringLiteral("never closed")));
    EXPECT_NE(preview->item(quoteRow, 0)->background(), preview->item(0, 2)->background());
    EXPECT_TRUE(nextEnabled(wizard));

    // Encoding: forcing UTF-8 on these bytes is an error shown in place, and Next waits.
    auto* encoding = child<QComboBox>(wizard, "csvEncoding");
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("UTF-8")));
    EXPECT_FALSE(nextEnabled(wizard)) << "no Next while re-reading";
    waitPreview(mapping);
    EXPECT_TRUE(mapping->banner()->isVisibleTo(wizard));
    EXPECT_EQ(mapping->banner()->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(mapping->banner()->text().contains(QStringLiteral("UTF-8")));
    EXPECT_FALSE(nextEnabled(wizard));
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("auto")));
    waitPreview(mapping);
    EXPECT_FALSE(mapping->banner()->isVisibleTo(wizard));
    EXPECT_TRUE(nextEnabled(wizard));

    // Delimiter: a comma splits nothing here — one column, and the preview follows.
    auto* delimiter = child<QComboBox>(wizard, "csvDelimiter");
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
    waitPreview(mapping);
    EXPECT_EQ(mapping->current().delimiter, QLatin1Char(','));
    EXPECT_EQ(preview->columnCount(), 1);
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral("auto")));
    waitPreview(mapping);
    EXPECT_EQ(preview->columnCount(), 3);

    // Path maps: a malformed one is refused in place; a good one maps the Windows path.
    auto* maps = child<QPlainTextEdit>(wizard, "csvPathMaps");
    maps->setPlainText(QStringLiteral("no equals sign"));
    waitPreview(mapping);
    EXPECT_EQ(mapping->banner()->kind(), MessageBanner::Kind::Error);
    EXPECT_FALSE(nextEnabled(wizard));
    maps->setPlainText(QStringLiteral("C:\\Photos=") + windowsFolder);
    waitPreview(mapping);
    EXPECT_TRUE(nextEnabled(wizard));
    const auto& entries = mapping->current().entries;
    const auto joerg =
        std::find_if(entries.begin(), entries.end(), [](const CsvImportEntry& e) { return e.line == 9; });
    ASSERT_NE(joerg, entries.end());
    EXPECT_EQ(joerg->path, QDir(windowsFolder).filePath(QStringLiteral("joerg.jpg")));

    // Validation: each bad line with its number and reason, highlighted.
    QSignalSpy validated(wizard->validationPage(), &CsvValidationPage::validated);
    clickNext(wizard);
    ASSERT_EQ(wizard->currentId(), CsvImportWizard::ValidationPageId);
    ASSERT_TRUE(validated.count() > 0 || validated.wait(10'000));
    CsvValidationPage* validation = wizard->validationPage();
    QStandardItemModel* lines = validation->model();
    QAbstractItemModelTester tester(lines, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(lines->rowCount(), 9) << "every data line but the blank one";
    const auto problem = [&](int line) {
        return cell(lines, rowOfLine(lines, line), CsvValidationPage::ProblemColumn);
    };
    const auto status = [&](int line) {
        return PlanStatus(
            lines->item(rowOfLine(lines, line), 0)->data(CsvValidationPage::StatusRole).toInt());
    };
    EXPECT_EQ(status(2), PlanStatus::Ready);
    EXPECT_EQ(cell(lines, rowOfLine(lines, 2), CsvValidationPage::AccountColumn), QStringLiteral("bstone"));
    EXPECT_EQ(status(3), PlanStatus::Ready);
    EXPECT_EQ(status(9), PlanStatus::Ready) << problem(9).toStdString();
    EXPECT_EQ(status(4), PlanStatus::Error);
    EXPECT_TRUE(problem(4).contains(QStringLiteral("nobody"))) << problem(4).toStdString();
    EXPECT_EQ(cell(lines, rowOfLine(lines, 4), CsvValidationPage::UserColumn), QStringLiteral("nobody"));
    EXPECT_TRUE(problem(6).contains(QStringLiteral("line 2"))) << problem(6).toStdString();
    EXPECT_TRUE(problem(7).contains(QStringLiteral("missing.jpg"))) << problem(7).toStdString();
    EXPECT_TRUE(problem(8).contains(QStringLiteral("user"))) << problem(8).toStdString();
    EXPECT_TRUE(problem(11).contains(QStringLiteral("never closed"))) << problem(11).toStdString();
    EXPECT_EQ(status(10), PlanStatus::Ambiguous);
    EXPECT_EQ(validation->problemCount(), 5);
    const int bad = rowOfLine(lines, 4);
    const int good = rowOfLine(lines, 2);
    EXPECT_NE(lines->item(bad, CsvValidationPage::ProblemColumn)->background(),
              lines->item(good, CsvValidationPage::ProblemColumn)->background());
    EXPECT_FALSE(lines->item(bad, CsvValidationPage::LineColumn)->icon().isNull());
    EXPECT_TRUE(lines->item(bad, 0)->toolTip().startsWith(QStringLiteral("Line 4:")));
    EXPECT_TRUE(
        child<QLabel>(wizard, "csvValidationSummary")->text().contains(QStringLiteral("5 with problems")));
    // Only the problems, at a keystroke.
    auto* problemsOnly = child<QCheckBox>(wizard, "csvProblemsOnly");
    problemsOnly->setFocus();
    QTest::keyClick(problemsOnly, Qt::Key_Space);
    EXPECT_TRUE(validation->table()->isRowHidden(good));
    EXPECT_FALSE(validation->table()->isRowHidden(bad));
    QTest::keyClick(problemsOnly, Qt::Key_Space);
    EXPECT_FALSE(validation->table()->isRowHidden(good));
    EXPECT_TRUE(nextEnabled(wizard)) << "the good lines can go on";

    // Back keeps the mapping page as it was; Next checks again.
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    ASSERT_EQ(wizard->currentId(), CsvImportWizard::MappingPageId);
    waitPreview(mapping);
    EXPECT_EQ(maps->toPlainText(), QStringLiteral("C:\\Photos=") + windowsFolder);
    EXPECT_TRUE(nextEnabled(wizard));
    validated.clear();
    clickNext(wizard);
    ASSERT_TRUE(validated.count() > 0 || validated.wait(10'000));
    EXPECT_EQ(lines->rowCount(), 9);

    // Options, then the review: the ready lines ticked, the Annas waiting for a pick.
    clickNext(wizard);
    ASSERT_EQ(wizard->currentId(), CsvImportWizard::OptionsPageId);
    QSignalSpy planned(wizard->reviewPage(), &CsvReviewPage::planned);
    clickNext(wizard);
    ASSERT_EQ(wizard->currentId(), CsvImportWizard::ReviewPageId);
    ASSERT_TRUE(planned.count() > 0 || planned.wait(10'000));
    ImportPlanModel* plan = wizard->reviewModel();
    ASSERT_EQ(plan->rowCount(), 9);
    EXPECT_EQ(plan->checkedCount(), 3) << "bstone, cdiaz, jmueller";
    EXPECT_EQ(plan->needsChoiceCount(), 1);
    int anna = -1;
    int carla = -1;
    for (int r = 0; r < plan->rowCount(); ++r) {
        if (plan->row(r).line == 10)
            anna = r;
        if (plan->row(r).line == 3)
            carla = r;
    }
    ASSERT_GE(anna, 0);
    ASSERT_TRUE(plan->choose(anna, QStringLiteral("aschmidt2")).has_value());
    ASSERT_TRUE(plan->setData(plan->index(carla, 0), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(plan->checkedCount(), 3);
    EXPECT_TRUE(wizard->button(QWizard::CommitButton)->text().contains(QStringLiteral("Apply to 3 user")));

    // Apply: the commit button writes; Back is gone.
    QSignalSpy finished(wizard, &CsvImportWizard::applyFinished);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    ASSERT_EQ(wizard->currentId(), CsvImportWizard::ApplyPageId);
    ASSERT_TRUE(finished.count() > 0 || finished.wait(30'000));
    EXPECT_FALSE(wizard->button(QWizard::BackButton)->isVisible() &&
                 wizard->button(QWizard::BackButton)->isEnabled());
    EXPECT_TRUE(photoOf(QStringLiteral("bstone")).startsWith("\xff\xd8\xff"));
    EXPECT_TRUE(photoOf(QStringLiteral("jmueller")).startsWith("\xff\xd8\xff"));
    EXPECT_TRUE(photoOf(QStringLiteral("aschmidt2")).startsWith("\xff\xd8\xff"));
    EXPECT_TRUE(photoOf(QStringLiteral("aschmidt")).isEmpty()) << "the other Anna was not picked";
    EXPECT_TRUE(photoOf(QStringLiteral("cdiaz")).isEmpty()) << "unticked";
    EXPECT_TRUE(photoOf(QStringLiteral("dek")).isEmpty()) << "a bad line is never written";
    CsvApplyPage* apply = wizard->applyPage();
    EXPECT_TRUE(apply->banner()->text().contains(QStringLiteral("3 written")))
        << apply->banner()->text().toStdString();
    EXPECT_EQ(plan->index(anna, 0).data(ImportPlanModel::ResultRole).toString(), QStringLiteral("ok"));

    // The journal in ADPHOTO_DATA_DIR has the import, finished, with the CSV as its source.
    {
        auto imports = journalImports();
        ASSERT_TRUE(imports.has_value()) << imports.error().text().toStdString();
        ASSERT_EQ(imports->size(), 1);
        EXPECT_EQ(imports->front().id, apply->outcome()->importId);
        EXPECT_EQ(imports->front().kind, QStringLiteral("import"));
        EXPECT_EQ(imports->front().state, QStringLiteral("finished"));
        EXPECT_EQ(imports->front().source, QFileInfo(csvPath).absoluteFilePath());
    }

    // Summary and the exported results.
    clickNext(wizard);
    ASSERT_EQ(wizard->currentId(), CsvImportWizard::SummaryPageId);
    CsvSummaryPage* summary = wizard->summaryPage();
    EXPECT_EQ(summary->model()->rowCount(), 3);
    EXPECT_TRUE(summary->summaryText().contains(apply->outcome()->importId));
    const QString out = fx.dir.filePath(QStringLiteral("results.csv"));
    ASSERT_TRUE(summary->exportResults(out).has_value());
    QFile exported(out);
    ASSERT_TRUE(exported.open(QIODevice::ReadOnly));
    const QByteArray bytes = exported.readAll();
    ASSERT_TRUE(bytes.startsWith("\xef\xbb\xbf")) << "a BOM, so Excel reads it as UTF-8";
    const QList<CsvRecord> rows = CsvParser::parse(QString::fromUtf8(bytes.mid(3)), QLatin1Char(','));
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(
        rows.at(0).fields.join(QLatin1Char(',')),
        QStringLiteral("importId,row,user,objectGUID,dn,file,result,message,size,quality,bytes,faceFound"));
    EXPECT_TRUE(bytes.contains("\r\n"));
    QStringList users;
    for (const CsvRecord& r : rows.mid(1)) {
        ASSERT_EQ(r.fields.size(), 12) << r.fields.join(QLatin1Char('|')).toStdString();
        const UserRecord user = fx.data->user(r.fields.at(2));
        EXPECT_EQ(r.fields.at(0), apply->outcome()->importId);
        EXPECT_EQ(r.fields.at(3), user.objectGuid.toString(QUuid::WithoutBraces));
        EXPECT_EQ(r.fields.at(4), user.dn) << "quoted, commas and all";
        EXPECT_EQ(r.fields.at(6), QStringLiteral("ok"));
        EXPECT_TRUE(QFileInfo::exists(r.fields.at(5)));
        EXPECT_GT(r.fields.at(10).toInt(), 0) << "bytes written";
        users << r.fields.at(2);
    }
    users.sort();
    EXPECT_EQ(users, (QStringList{QStringLiteral("aschmidt2"), QStringLiteral("bstone"),
                                  QStringLiteral("jmueller")}));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return visibleTopLevel<CsvImportWizard>() == nullptr; }, 2000));
}

TEST_F(CsvWizardTest, NothingUsableKeepsNextDisabled)
{
    const QString bad = fx.dir.filePath(QStringLiteral("bad.csv"));
    writeFile(bad, "user,file\nghost,photos/bob.jpg\nbstone,photos/none.jpg\n");
    CsvImportWizard* wizard = openWizard();
    ASSERT_NE(wizard, nullptr);
    wizard->setCsvFile(bad);
    clickNext(wizard);
    waitPreview(wizard->mappingPage());
    QSignalSpy validated(wizard->validationPage(), &CsvValidationPage::validated);
    clickNext(wizard);
    ASSERT_TRUE(validated.count() > 0 || validated.wait(10'000));
    EXPECT_EQ(wizard->validationPage()->problemCount(), 2);
    EXPECT_FALSE(nextEnabled(wizard));
    EXPECT_EQ(wizard->validationPage()->banner()->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(wizard->validationPage()->banner()->text().contains(QStringLiteral("No line")));
}

TEST_F(CsvWizardTest, EscapeDuringTheApplyStopsItInsteadOfClosing)
{
    CsvImportWizard* wizard = openWizard();
    ASSERT_NE(wizard, nullptr);
    wizard->setCsvFile(csvPath);
    clickNext(wizard);
    waitPreview(wizard->mappingPage());
    child<QPlainTextEdit>(wizard, "csvPathMaps")->setPlainText(QStringLiteral("C:\\Photos=") + windowsFolder);
    waitPreview(wizard->mappingPage());
    QSignalSpy validated(wizard->validationPage(), &CsvValidationPage::validated);
    clickNext(wizard);
    ASSERT_TRUE(validated.count() > 0 || validated.wait(10'000));
    clickNext(wizard);
    QSignalSpy planned(wizard->reviewPage(), &CsvReviewPage::planned);
    clickNext(wizard);
    ASSERT_TRUE(planned.count() > 0 || planned.wait(10'000));
    QSignalSpy finished(wizard, &CsvImportWizard::applyFinished);
    {
        // Hold the directory: the apply blocks on its first lookup or write, so it is surely
        // running when Escape comes.
        QMutexLocker hold(&fx.data->mutex);
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        ASSERT_EQ(wizard->currentId(), CsvImportWizard::ApplyPageId);
        ASSERT_TRUE(wizard->isApplying());
        // The apply has begun once it holds the journal's apply lock; from there it waits for us.
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return !QDir(fx.journalDir()).entryList({QStringLiteral("*.lock")}, QDir::Files).isEmpty();
            },
            10'000));
        QTest::keyClick(wizard, Qt::Key_Escape);
        EXPECT_TRUE(wizard->isVisible()) << "Escape stops the apply, not the wizard";
        EXPECT_FALSE(child<QPushButton>(wizard, "csvApplyCancel")->isEnabled());
    }
    ASSERT_TRUE(finished.count() > 0 || finished.wait(30'000));
    EXPECT_TRUE(wizard->isVisible());
    EXPECT_TRUE(nextEnabled(wizard));
    const QString outcome = wizard->applyPage()->outcomeText();
    EXPECT_TRUE(outcome.contains(QStringLiteral("Stopped by you"))) << outcome.toStdString();
    int written = 0;
    for (const char* sam : {"bstone", "cdiaz", "jmueller"})
        written += int(!photoOf(QLatin1String(sam)).isEmpty());
    EXPECT_LT(written, 3) << "stopped between users";
    auto imports = journalImports();
    ASSERT_TRUE(imports.has_value()) << imports.error().text().toStdString();
    ASSERT_EQ(imports->size(), 1);
    EXPECT_EQ(imports->front().state, QStringLiteral("cancelled")) << "resumable from the bulk import page";
    // Now Escape closes.
    QTest::keyClick(wizard, Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([&] { return visibleTopLevel<CsvImportWizard>() == nullptr; }, 2000));
}

TEST_F(CsvWizardTest, EscapeDuringPlanningStopsItAndKeepsTheWizardOpen)
{
    // Bob has a photo the presence-only users list did not hash: the review's plan reads it.
    const QByteArray bobsPhoto = makeJpeg(96, qRgb(10, 20, 30));
    const QString bobDn = fx.data->user(QStringLiteral("bstone")).dn;
    {
        QMutexLocker lock(&fx.data->mutex);
        fx.data->photos.insert(bobDn.toLower(), bobsPhoto);
    }
    // Off the users page: its thumbnails would read (and hash) Bob's photo before the plan does.
    window->showPage(window->importPage());
    QSignalSpy listed(window->usersPage(), &UsersPage::listingFinished);
    window->usersPage()->refresh();
    ASSERT_TRUE(listed.wait(5000));

    CsvImportWizard* wizard = openWizard();
    ASSERT_NE(wizard, nullptr);
    wizard->setCsvFile(csvPath);
    clickNext(wizard);
    waitPreview(wizard->mappingPage());
    QSignalSpy validated(wizard->validationPage(), &CsvValidationPage::validated);
    clickNext(wizard);
    ASSERT_TRUE(validated.count() > 0 || validated.wait(10'000));
    clickNext(wizard);
    QSignalSpy planned(wizard->reviewPage(), &CsvReviewPage::planned);
    auto* cancel = child<QPushButton>(wizard->reviewPage(), "planCancel");
    {
        QMutexLocker hold(&fx.data->mutex); // planning waits for Bob's photo
        clickNext(wizard);
        ASSERT_EQ(wizard->currentPage(), wizard->reviewPage());
        ASSERT_TRUE(wizard->reviewPage()->isPlanning());
        EXPECT_TRUE(cancel->isVisible());
        EXPECT_TRUE(child<QWidget>(wizard->reviewPage(), "planProgress")->isVisible());
        QTest::keyClick(wizard->reviewPage()->table(), Qt::Key_Escape);
        EXPECT_TRUE(wizard->isVisible()) << "Escape stops the planning, not the wizard";
        EXPECT_FALSE(cancel->isEnabled());
    }
    ASSERT_TRUE(planned.count() > 0 || planned.wait(10'000));
    EXPECT_FALSE(wizard->reviewPage()->isPlanning());
    EXPECT_FALSE(cancel->isVisible());
    EXPECT_EQ(wizard->reviewModel()->rowCount(), 0);
    EXPECT_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
    EXPECT_TRUE(wizard->reviewPage()->banner()->text().contains(QStringLiteral("cancelled")))
        << wizard->reviewPage()->banner()->text().toStdString();

    // Back and Next plan again, to the end, with Bob's current photo known.
    planned.clear();
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    clickNext(wizard);
    ASSERT_TRUE(planned.count() > 0 || planned.wait(10'000));
    bool found = false;
    for (int r = 0; r < wizard->reviewModel()->rowCount(); ++r) {
        const PlanRow& row = wizard->reviewModel()->row(r);
        if (row.user == QLatin1String("bstone") && row.status == PlanStatus::Ready) {
            found = true;
            EXPECT_EQ(row.currentPhotoSha256, photoSha256(bobsPhoto));
        }
    }
    EXPECT_TRUE(found);
    // Now Escape has its usual meaning again.
    QTest::keyClick(wizard, Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !wizard->isVisible(); }, 2000));
}

} // namespace
