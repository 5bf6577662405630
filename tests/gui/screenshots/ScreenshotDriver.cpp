// adphoto_screenshots: opens the real main window against the directory named by the ADPHOTO_*
// variables (scripts/screenshots.sh points them at the demo DC), walks through the pages and
// saves one PNG per page with QWidget::grab(). A program for the docs, not a test.
//   adphoto_screenshots --out DIR --photos DIR
#include "app/gui/AuditPage.h"
#include "app/gui/ConnectFlow.h"
#include "app/gui/Connection.h"
#include "app/gui/ConnectionDialog.h"
#include "app/gui/CropView.h"
#include "app/gui/CsvImportWizard.h"
#include "app/gui/CsvMappingPage.h"
#include "app/gui/CsvReviewPage.h"
#include "app/gui/CsvValidationPage.h"
#include "app/gui/DeployPage.h"
#include "app/gui/DeployPreview.h"
#include "app/gui/HistoryPage.h"
#include "app/gui/ImportPage.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PhotoActions.h"
#include "app/gui/PhotoEditor.h"
#include "app/gui/ThumbnailCache.h"
#include "app/gui/UserTableView.h"
#include "app/gui/UsersPage.h"
#include "core/ConnectionResolver.h"
#include "core/Settings.h"
#include "core/journal/Journal.h"
#include "core/models/HistoryModel.h"
#include "core/models/ImportPlanModel.h"
#include "core/models/OuTreeModel.h"
#include "core/models/UserFilterProxy.h"
#include "core/models/UserListModel.h"
#include "core/secrets/MemorySecretStore.h"
#include "imaging/OpenCvPhotoProcessor.h"
#include "ldap/LdapDirectory.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <functional>

using namespace adphoto;
using namespace adphoto::gui;

namespace {

/// Runs steps one after another; a step may wait for a condition (checked by a timer, so the
/// event loop keeps running) before the next one starts.
class Script : public QObject
{
public:
    using Step = std::function<void()>;
    using Condition = std::function<bool()>;

    void then(const QString& name, Step step) { m_steps.push_back({name, std::move(step), {}}); }
    void waitFor(const QString& name, Condition condition)
    {
        m_steps.push_back({name, {}, std::move(condition)});
    }
    void pause(int ms)
    {
        auto until = std::make_shared<QElapsedTimer>();
        then(QStringLiteral("pause"), [until] { until->start(); });
        waitFor(QStringLiteral("pause"), [until, ms] { return until->elapsed() >= ms; });
    }
    void start()
    {
        QTimer::singleShot(0, this, [this] { next(); });
    }

private:
    struct Entry
    {
        QString name;
        Step step;
        Condition condition;
    };
    void next()
    {
        if (m_index >= m_steps.size()) {
            QApplication::exit(0);
            return;
        }
        Entry& e = m_steps[m_index];
        if (e.step) {
            std::fprintf(stderr, "screenshots: %s\n", qPrintable(e.name));
            e.step();
            ++m_index;
            QTimer::singleShot(0, this, [this] { next(); });
            return;
        }
        if (!m_waiting.isValid())
            m_waiting.start();
        if (e.condition()) {
            m_waiting.invalidate();
            ++m_index;
            QTimer::singleShot(0, this, [this] { next(); });
        } else if (m_waiting.elapsed() > 60'000) {
            std::fprintf(stderr, "screenshots: timed out waiting for %s\n", qPrintable(e.name));
            QApplication::exit(1);
        } else {
            QTimer::singleShot(50, this, [this] { next(); });
        }
    }
    QList<Entry> m_steps;
    qsizetype m_index = 0;
    QElapsedTimer m_waiting;
};

void save(QWidget* widget, const QString& path)
{
    widget->grab().save(path);
    std::fprintf(stderr, "screenshots: wrote %s\n", qPrintable(path));
}

bool thumbnailsIdle(UsersPage* page)
{
    return page->thumbnails()->queuedCount() == 0 && page->thumbnails()->inFlightCount() == 0;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("adphoto"));
    QCoreApplication::setApplicationName(QStringLiteral("adphoto"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ADPHOTO_VERSION));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where the PNGs go."), QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("photos"), QStringLiteral("Sample photo files."), QStringLiteral("DIR")});
    parser.process(app);
    const QDir out(parser.value(QStringLiteral("out")));
    const QDir photos(parser.value(QStringLiteral("photos")));
    QDir().mkpath(out.path());

    Settings settings;
    MemorySecretStore secrets;
    imaging::OpenCvPhotoProcessor processor;
    AppServices services;
    services.directoryFactory = [](const ConnectionSettings& s) -> std::unique_ptr<Directory> {
        return std::make_unique<LdapDirectory>(s);
    };
    services.secrets = &secrets;
    services.settings = &settings;
    services.processor = &processor;
    services.journalDirectory = Journal::defaultDirectory();

    MainWindow window(services);
    window.resize(1280, 760);
    window.show();
    UsersPage* users = window.usersPage();
    PhotoEditor* editor = nullptr;

    Script script;
    // 1. The connect dialog, filled the way a saved profile fills it.
    script.then(QStringLiteral("connect dialog"), [&] {
        QStringList warnings;
        auto resolved =
            ConnectionResolver::resolve({}, QProcessEnvironment::systemEnvironment(), settings, &warnings);
        window.connectFlow().showDialog();
        ConnectionDialog* dialog = window.connectFlow().dialog();
        if (resolved)
            dialog->setSettings(*resolved, QStringLiteral("Head office"));
        dialog->setRememberPassword(true);
        dialog->adjustSize();
    });
    script.pause(400);
    script.then(QStringLiteral("save connect"), [&] {
        save(window.connectFlow().dialog(), out.filePath(QStringLiteral("connect.png")));
        window.connectFlow().dialog()->reject();
        window.start();
    });
    // 2. The users page, listed, an OU open, a user selected.
    script.waitFor(QStringLiteral("users listed"), [&] {
        return window.connection().isOpen() && users->model()->rowCount() > 0 && !users->isLoading();
    });
    script.then(QStringLiteral("expand tree"), [&] {
        QTreeView* tree = users->tree();
        const QModelIndex root = tree->model()->index(0, 0);
        tree->expand(root);
    });
    script.waitFor(QStringLiteral("tree"), [&] {
        const QModelIndex root = users->tree()->model()->index(0, 0);
        return users->tree()->model()->rowCount(root) > 0;
    });
    script.then(QStringLiteral("expand seed OU"), [&] {
        QTreeView* tree = users->tree();
        const QModelIndex root = tree->model()->index(0, 0);
        for (int r = 0; r < tree->model()->rowCount(root); ++r) {
            const QModelIndex i = tree->model()->index(r, 0, root);
            if (i.data().toString() == QStringLiteral("adphoto-seed"))
                tree->expand(i);
        }
    });
    script.pause(800);
    script.then(QStringLiteral("expand one more"), [&] {
        QTreeView* tree = users->tree();
        const QModelIndex seed =
            static_cast<OuTreeModel*>(tree->model())
                ->indexOf(QStringLiteral("OU=adphoto-seed,") + window.connection().info().baseDn);
        if (seed.isValid() && tree->model()->rowCount(seed) > 0)
            tree->expand(tree->model()->index(0, 0, seed));
        users->table()->selectRow(2);
    });
    script.pause(800);
    script.waitFor(QStringLiteral("thumbnails"), [&] { return thumbnailsIdle(users); });
    script.pause(300);
    script.then(QStringLiteral("save users"),
                [&] { save(&window, out.filePath(QStringLiteral("users.png"))); });
    // 3. Missing photos only, filtered.
    script.then(QStringLiteral("missing only"), [&] {
        users->findChild<QCheckBox*>(QStringLiteral("missingOnly"))->setChecked(true);
        users->findChild<QCheckBox*>(QStringLiteral("hideDisabled"))->setChecked(true);
    });
    script.pause(500);
    script.then(QStringLiteral("save missing"),
                [&] { save(&window, out.filePath(QStringLiteral("users-missing.png"))); });
    // 4. A bulk import of the sample folder, matched and waiting for review.
    bool planned = false;
    QObject::connect(window.importPage(), &ImportPage::planned, &window, [&] { planned = true; });
    script.then(QStringLiteral("import"), [&] {
        users->findChild<QCheckBox*>(QStringLiteral("missingOnly"))->setChecked(false);
        users->findChild<QCheckBox*>(QStringLiteral("hideDisabled"))->setChecked(false);
        window.showPage(window.importPage());
        window.importPage()->setFolder(photos.path());
        window.importPage()->plan();
    });
    script.waitFor(QStringLiteral("planned"), [&] { return planned; });
    script.then(QStringLiteral("sort review"), [&] {
        // Rows that need a choice first, as an admin would look at them.
        QTableView* table = window.importPage()->table();
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(ImportPlanModel::NeedsChoiceRole).toBool()) {
                table->selectRow(r);
                table->scrollTo(table->model()->index(r, 0), QAbstractItemView::PositionAtTop);
                break;
            }
        }
    });
    script.pause(1500);
    script.then(QStringLiteral("save import"),
                [&] { save(&window, out.filePath(QStringLiteral("import.png"))); });
    script.then(QStringLiteral("back to users"), [&] {
        window.showPage(users);
        users->findChild<QCheckBox*>(QStringLiteral("missingOnly"))->setChecked(true);
    });
    // 5. The editor on a sample photo, for a user without one.
    script.then(QStringLiteral("editor"), [&] {
        const UserRecord user =
            users->proxy()->index(0, 0).data(UserListModel::RecordRole).value<UserRecord>();
        QString file;
        for (const QString& name : photos.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name)) {
            file = photos.filePath(name);
            break;
        }
        editor = users->openEditor(user, file);
        editor->resize(1020, 660);
    });
    script.waitFor(QStringLiteral("editor result"),
                   [&] { return editor && editor->resultIsCurrent() && !editor->isBusy(); });
    script.pause(300);
    script.then(QStringLiteral("save editor"),
                [&] { save(editor, out.filePath(QStringLiteral("editor.png"))); });
    // 6. Save, so the history has something to show, and remove one more photo.
    script.then(QStringLiteral("editor save"), [&] { editor->save(); });
    script.waitFor(QStringLiteral("saved"), [&] { return window.photoActions().pendingCount() == 0; });
    script.then(QStringLiteral("remove"), [&] {
        users->findChild<QCheckBox*>(QStringLiteral("missingOnly"))->setChecked(false);
        for (int r = 0; r < users->proxy()->rowCount(); ++r) {
            const UserRecord u =
                users->proxy()->index(r, 0).data(UserListModel::RecordRole).value<UserRecord>();
            if (u.hasPhoto) {
                window.photoActions().removePhoto(u);
                break;
            }
        }
    });
    script.waitFor(QStringLiteral("removed"), [&] { return window.photoActions().pendingCount() == 0; });
    script.then(QStringLiteral("history"), [&] {
        window.showPage(window.historyPage());
        window.historyPage()->reload();
    });
    script.waitFor(QStringLiteral("history rows"),
                   [&] { return window.historyPage()->model()->rowCount() >= 2; });
    script.then(QStringLiteral("select history"), [&] { window.historyPage()->table()->selectRow(0); });
    script.pause(600);
    script.then(QStringLiteral("save history"),
                [&] { save(&window, out.filePath(QStringLiteral("history.png"))); });

    // 6. The audit page over the whole demo directory, with a 10 KB budget as for old Exchange.
    AuditPage* audit = window.findChild<AuditPage*>(QStringLiteral("auditPage"));
    script.then(QStringLiteral("audit"), [&] {
        window.showPage(audit);
        audit->setMaxBytes(10240);
        audit->run();
    });
    script.waitFor(QStringLiteral("audit report"), [&] { return audit->report().has_value(); });
    script.then(QStringLiteral("audit tab"), [&] { audit->findingTabs()->setCurrentIndex(0); });
    script.pause(400);
    script.then(QStringLiteral("save audit"),
                [&] { save(&window, out.filePath(QStringLiteral("audit.png"))); });

    // 7. The deploy page in the recommended mode, previewing the client script.
    QTemporaryDir deployDir;
    DeployPage* deploy = window.findChild<DeployPage*>(QStringLiteral("deployPage"));
    script.then(QStringLiteral("deploy"), [&] {
        window.showPage(deploy);
        deploy->findChild<QRadioButton*>(QStringLiteral("deployModeSystemTask"))->click();
        deploy->setOutputFolder(deployDir.filePath(QStringLiteral("gpo")));
    });
    script.pause(300);
    script.waitFor(QStringLiteral("deploy preview"), [&] { return !deploy->isPreviewing(); });
    script.then(QStringLiteral("deploy file"),
                [&] { deploy->preview()->selectFile(QStringLiteral("Set-ADPhotoAccountPicture.ps1")); });
    script.pause(300);
    script.then(QStringLiteral("save deploy"),
                [&] { save(&window, out.filePath(QStringLiteral("deploy.png"))); });

    // 8. The CSV wizard on a sloppy HR file: three good lines, an unknown account, a missing file.
    CsvImportWizard* wizard = nullptr;
    bool previewed = false, validated = false, csvPlanned = false;
    const QString csvPath = deployDir.filePath(QStringLiteral("hr-photos.csv"));
    script.then(QStringLiteral("csv file"), [&] {
        window.showPage(users);
        QStringList lines{QStringLiteral("AD_user; path_to_file")};
        const QStringList files = photos.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        for (int r = 0, used = 0; r < users->proxy()->rowCount() && used < 3 && used < files.size(); ++r) {
            const UserRecord u =
                users->proxy()->index(r, 0).data(UserListModel::RecordRole).value<UserRecord>();
            if (u.sAMAccountName.isEmpty() || u.disabled)
                continue;
            lines << QStringLiteral(" %1 ; %2").arg(u.sAMAccountName, photos.filePath(files.at(used)));
            ++used;
        }
        lines << QStringLiteral("j.doe.contractor; %1").arg(photos.filePath(files.value(0)));
        lines << QStringLiteral("%1; %2").arg(
            users->proxy()->index(0, 0).data(UserListModel::RecordRole).value<UserRecord>().sAMAccountName,
            photos.filePath(QStringLiteral("missing-scan.jpg")));
        {
            // Closed (flushed) before the wizard reads it on another thread.
            QFile csv(csvPath);
            if (csv.open(QIODevice::WriteOnly))
                csv.write(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
        }
        window.findChild<QAction*>(QStringLiteral("csvImportAction"))->trigger();
        wizard = window.findChild<CsvImportWizard*>();
        wizard->resize(1000, 680);
        QObject::connect(wizard->mappingPage(), &CsvMappingPage::previewed, wizard,
                         [&] { previewed = true; });
        QObject::connect(wizard->validationPage(), &CsvValidationPage::validated, wizard,
                         [&] { validated = true; });
        QObject::connect(wizard->reviewPage(), &CsvReviewPage::planned, wizard, [&] { csvPlanned = true; });
        wizard->setCsvFile(csvPath);
        wizard->next();
    });
    script.waitFor(QStringLiteral("csv preview"), [&] { return previewed; });
    script.pause(300);
    script.then(QStringLiteral("save csv mapping"),
                [&] { save(wizard, out.filePath(QStringLiteral("csv-mapping.png"))); });
    script.then(QStringLiteral("csv validate"), [&] { wizard->next(); });
    script.waitFor(QStringLiteral("csv validated"), [&] { return validated; });
    script.pause(300);
    script.then(QStringLiteral("save csv validation"),
                [&] { save(wizard, out.filePath(QStringLiteral("csv-validation.png"))); });
    script.then(QStringLiteral("csv review"), [&] {
        wizard->next();
        wizard->next();
    });
    script.waitFor(QStringLiteral("csv planned"), [&] { return csvPlanned; });
    script.pause(300);
    script.then(QStringLiteral("save csv review"),
                [&] { save(wizard, out.filePath(QStringLiteral("csv-review.png"))); });
    script.start();
    return QApplication::exec();
}
