// adphoto_bench_gui: GUI timing figures (a program that prints numbers, not a test).
//  - first rows: from MainWindow::start() to the first users in the table, and to the end of
//    the listing, for N users delivered in pages (in-memory directory, or a real DC with --dc);
//  - GUI-thread stalls: a 5 ms timer on the GUI thread records the longest gap between ticks
//    while the table fills, while a filter is typed, while sorting and scrolling, and while
//    W photos are prepared and written one after another (PhotoActions, in-memory only), and
//    while the bulk import page matches and applies a folder of W photos named after users
//    (ImportPlanner, ImportApplyTask and ImportRunner, as an admin runs it; also with --dc).
//   adphoto_bench_gui [--users N] [--page-delay MS] [--writes W] [--dc DIR]
#include "../FakeDirectory.h"

#include "app/gui/Connection.h"
#include "app/gui/ImportPage.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PhotoActions.h"
#include "app/gui/ThumbnailCache.h"
#include "app/gui/UserTableView.h"
#include "app/gui/UsersPage.h"
#include "core/Settings.h"
#include "core/models/ImportPlanModel.h"
#include "core/models/UserFilterProxy.h"
#include "core/models/UserListModel.h"
#include "core/secrets/MemorySecretStore.h"
#include "imaging/OpenCvPhotoProcessor.h"
#include "ldap/LdapDirectory.h"

#include <algorithm>

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace adphoto;
using namespace adphoto::gui;

namespace {

/// The longest gap between ticks of a 5 ms timer on the GUI thread, i.e. the worst stall.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (now - m_last > m_worst) {
                m_worst = now - m_last;
                m_worstAt = m_last;
            }
            if (now - m_last > 105'000'000)
                ++m_over100;
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_worst = 0;
        m_worstAt = 0;
        m_over100 = 0;
        m_timer.start();
    }
    /// Worst stall in ms beyond the timer's own interval.
    double stop()
    {
        m_timer.stop();
        return std::max(0.0, m_worst / 1e6 - 5.0);
    }

    /// When the worst stall began, ms after start(); how many gaps exceeded 100 ms.
    [[nodiscard]] qint64 worstAtMs() const { return m_worstAt / 1'000'000; }
    [[nodiscard]] int over100() const { return m_over100; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    qint64 m_worstAt = 0;
    int m_over100 = 0;
};

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

QMap<QString, QString> readIni(const QString& path)
{
    QMap<QString, QString> values;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq > 0 && !line.startsWith(QLatin1Char('#')))
                values.insert(line.left(eq), line.mid(eq + 1));
        }
    }
    return values;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("users"), QStringLiteral("Users in the in-memory directory."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("page-delay"), QStringLiteral("Simulated server time per page of 1000."),
                      QStringLiteral("MS"), QStringLiteral("40")});
    parser.addOption({QStringLiteral("writes"), QStringLiteral("Photos to prepare and write."),
                      QStringLiteral("W"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("dc"), QStringLiteral("List a real DC instead (dir with dc.ini)."),
                      QStringLiteral("DIR")});
    parser.process(app);
    const int users = parser.value(QStringLiteral("users")).toInt();
    const int writes = parser.value(QStringLiteral("writes")).toInt();

    QTemporaryDir tmp;
    Settings settings(tmp.filePath(QStringLiteral("adphoto.ini")));
    settings.setValue(Settings::Key::FaceDetection, false);
    MemorySecretStore secrets;
    imaging::OpenCvPhotoProcessor processor;
    auto data = std::make_shared<test::FakeData>();
    AppServices services;
    services.secrets = &secrets;
    services.settings = &settings;
    services.processor = &processor;
    services.journalDirectory = tmp.filePath(QStringLiteral("data"));

    QString what;
    if (parser.isSet(QStringLiteral("dc"))) {
        const auto dc = readIni(parser.value(QStringLiteral("dc")) + QStringLiteral("/dc.ini"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("ADPHOTO_SERVER"), dc.value(QStringLiteral("ADPHOTO_TEST_LDAPS_URI")));
        env.insert(QStringLiteral("ADPHOTO_CA_FILE"), dc.value(QStringLiteral("ADPHOTO_TEST_CA")));
        env.insert(QStringLiteral("ADPHOTO_USER"), dc.value(QStringLiteral("ADPHOTO_TEST_ADMIN")));
        env.insert(QStringLiteral("ADPHOTO_PASSWORD"),
                   dc.value(QStringLiteral("ADPHOTO_TEST_ADMIN_PASSWORD")));
        if (qEnvironmentVariableIsSet("ADPHOTO_PAGE_SIZE"))
            env.insert(QStringLiteral("ADPHOTO_PAGE_SIZE"), qEnvironmentVariable("ADPHOTO_PAGE_SIZE"));
        services.environment = env;
        services.directoryFactory = [](const ConnectionSettings& s) -> std::unique_ptr<Directory> {
            return std::make_unique<LdapDirectory>(s);
        };
        what = QStringLiteral("Samba DC %1 (%2 seeded users), LDAPS, page size %3")
                   .arg(dc.value(QStringLiteral("ADPHOTO_TEST_IP")),
                        dc.value(QStringLiteral("ADPHOTO_TEST_SEED_COUNT")),
                        env.value(QStringLiteral("ADPHOTO_PAGE_SIZE"), QStringLiteral("1000")));
    } else {
        data->pageSize = 1000;
        data->pageDelayMs = parser.value(QStringLiteral("page-delay")).toInt();
        const QByteArray photo = test::makeJpeg(96, qRgb(90, 120, 200));
        for (int i = 0; i < users; ++i) {
            data->addUser(QStringLiteral("User %1").arg(i, 6, 10, QLatin1Char('0')),
                          QStringLiteral("user%1").arg(i),
                          QStringLiteral("OU=Dept%1,OU=Staff,DC=example,DC=test").arg(i % 50),
                          i % 3 == 0 ? photo : QByteArray(), i % 20 == 19);
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("ADPHOTO_SERVER"), QStringLiteral("ldaps://dc1.example.test"));
        env.insert(QStringLiteral("ADPHOTO_USER"), QStringLiteral("admin@example.test"));
        env.insert(QStringLiteral("ADPHOTO_PASSWORD"), data->password);
        services.environment = env;
        services.directoryFactory = [data](const ConnectionSettings& s) -> std::unique_ptr<Directory> {
            return std::make_unique<test::FakeDirectory>(data, s);
        };
        what = QStringLiteral("in-memory directory, %1 users, pages of 1000, %2 ms per page")
                   .arg(users)
                   .arg(data->pageDelayMs);
    }

    MainWindow window(services);
    window.resize(1280, 800);
    window.show();
    UsersPage* page = window.usersPage();
    StallMeter stall;
    std::printf("adphoto GUI benchmark: %s\n", qPrintable(what));
    // What the machine itself does to a 5 ms timer (other processes, the scheduler): the floor
    // under every stall figure below.
    stall.start();
    QTest::qWait(2000);
    std::printf("  idle baseline (2 s, nothing to do):   %6.1f ms worst stall\n", stall.stop());

    QElapsedTimer clock;
    qint64 firstRows = -1;
    bool listed = false;
    int firstRowCount = 0;
    int rowsAtHalfSecond = -1;
    QObject::connect(page, &UsersPage::firstRowsShown, page, [&] {
        firstRows = clock.elapsed();
        firstRowCount = page->model()->rowCount();
    });
    QTimer::singleShot(500, page, [&] { rowsAtHalfSecond = page->model()->rowCount(); });
    QObject::connect(page, &UsersPage::listingFinished, page, [&] { listed = true; });
    stall.start();
    clock.start();
    window.start();
    if (!waitUntil([&] { return listed; }, 600'000)) {
        std::printf("listing did not finish\n");
        return 1;
    }
    const qint64 listedMs = clock.elapsed();
    const double listStall = stall.stop();
    std::printf("  first rows in the table after start:   %6lld ms (listing alone: %lld ms)\n",
                (long long)firstRows, (long long)page->firstRowsMs());
    std::printf("  rows then: %d; rows half a second after start: %d\n", firstRowCount, rowsAtHalfSecond);
    std::printf("  all %d users listed after:         %6lld ms\n", page->model()->rowCount(),
                (long long)listedMs);
    std::printf("  worst GUI-thread stall while filling:  %6.1f ms\n", listStall);

    auto* filter = page->findChild<QLineEdit*>(QStringLiteral("filter"));
    stall.start();
    clock.restart();
    // A prefix of a listed user's name, as an admin looking for someone types it (QTest types
    // ASCII only, and the seed has names with accents).
    QString typedText;
    for (int row = 12; row < page->model()->rowCount() && typedText.isEmpty(); ++row) {
        const QString name = page->model()->index(row, UserListModel::NameColumn).data().toString().left(6);
        if (std::all_of(name.cbegin(), name.cend(),
                        [](QChar c) { return c.isLetter() && c.unicode() < 128; }))
            typedText = name;
    }
    QTest::keyClicks(filter, typedText, Qt::NoModifier, 30);
    const qint64 typed = clock.elapsed();
    std::printf("  filter \"%s\" typed (%d keys, 30 ms apart): %lld ms, %d rows shown, worst stall %.1f ms\n",
                qPrintable(typedText), int(typedText.size()), (long long)typed, page->proxy()->rowCount(),
                stall.stop());
    filter->clear();

    stall.start();
    page->findChild<QCheckBox*>(QStringLiteral("missingOnly"))->setChecked(true);
    QTest::qWait(50);
    std::printf("  \"missing photo only\" toggled: worst stall %.1f ms (%d rows)\n", stall.stop(),
                page->proxy()->rowCount());
    page->findChild<QCheckBox*>(QStringLiteral("missingOnly"))->setChecked(false);

    stall.start();
    page->table()->sortByColumn(UserListModel::MailColumn, Qt::DescendingOrder);
    QTest::qWait(50);
    std::printf("  sort by e-mail: worst stall %.1f ms\n", stall.stop());
    page->table()->sortByColumn(UserListModel::NameColumn, Qt::AscendingOrder);

    stall.start();
    clock.restart();
    for (int i = 0; i < 40; ++i) {
        page->table()->verticalScrollBar()->setValue(page->table()->verticalScrollBar()->maximum() * i / 40);
        QTest::qWait(16);
    }
    waitUntil(
        [&] { return page->thumbnails()->queuedCount() == 0 && page->thumbnails()->inFlightCount() == 0; },
        60'000);
    std::printf(
        "  scroll through the table in 40 steps: worst stall %.1f ms, %d photo reads for thumbnails\n",
        stall.stop(), page->thumbnails()->requestCount());

    if (!parser.isSet(QStringLiteral("dc")) && writes > 0) {
        // The import's write path: pipeline + journal + compare-and-swap, W users in a row.
        const QByteArray source = test::makePng(1200, 1500, qRgb(200, 170, 150));
        stall.start();
        clock.restart();
        int done = 0;
        QObject::connect(&window.photoActions(), &PhotoActions::changed, &window, [&] { ++done; });
        QObject::connect(&window.photoActions(), &PhotoActions::failed, &window, [&] { ++done; });
        PhotoSpec spec = PhotoActions::defaultSpec(settings);
        for (int i = 0; i < writes; ++i)
            window.photoActions().setPhotoFromImage(page->model()->user(i), source, {}, spec);
        waitUntil([&] { return done == writes; }, 3'600'000);
        std::printf("  %d photos prepared (1200×1500 PNG) and written: %lld ms, worst stall %.1f ms\n",
                    writes, (long long)clock.elapsed(), stall.stop());
    }
    if (writes > 0) {
        // The bulk import as an admin runs it: a folder of W photos named after users, matched,
        // reviewed, applied through the journal with the review table updating per user.
        const QString folder = tmp.filePath(QStringLiteral("import"));
        QDir().mkpath(folder);
        int files = 0;
        // A new colour each run, so a second run against the same DC writes again.
        const int salt = int(QDateTime::currentSecsSinceEpoch() % 50);
        for (int row = 0; row < page->model()->rowCount() && files < writes; ++row) {
            const UserRecord& u = page->model()->user(row);
            if (u.sAMAccountName.isEmpty() || u.disabled)
                continue;
            QFile f(QDir(folder).filePath(u.sAMAccountName + QStringLiteral(".png")));
            if (f.open(QIODevice::WriteOnly))
                f.write(test::makePng(1200, 1500, qRgb(40 + files % 150, 120 + salt, 150)));
            ++files;
        }
        ImportPage* import = window.importPage();
        stall.start();
        window.showPage(import);
        QTest::qWait(300);
        std::printf("  first switch to the bulk import page: worst stall %.1f ms\n", stall.stop());
        bool planned = false;
        bool applied = false;
        QObject::connect(import, &ImportPage::planned, import, [&] { planned = true; });
        QObject::connect(import, &ImportPage::applyFinished, import, [&] { applied = true; });
        stall.start();
        clock.restart();
        import->setFolder(folder);
        import->plan();
        waitUntil([&] { return planned || !import->isPlanning(); }, 600'000);
        const qint64 planMs = clock.elapsed();
        const double planStall = stall.stop();
        const qint64 planStallAt = stall.worstAtMs();
        std::printf("  bulk import of %d files: matched and planned in %lld ms (%d ready), worst stall %.1f "
                    "ms (at %lld ms)\n",
                    files, (long long)planMs, import->model()->checkedCount(), planStall,
                    (long long)planStallAt);
        // Confirm the page's own question, as a click would; the import runs from that click.
        QTimer::singleShot(0, import, [&] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                    stall.start();
                    clock.restart();
                    box->button(QMessageBox::Yes)->click();
                }
            }
        });
        import->apply();
        waitUntil([&] { return applied; }, 3'600'000);
        const qint64 applyMs = clock.elapsed();
        const double applyStall = stall.stop();
        int ok = 0;
        for (int r = 0; r < import->model()->rowCount(); ++r)
            ok += import->model()->index(r, 0).data(ImportPlanModel::ResultRole).toString() ==
                  QLatin1String("ok");
        QMap<QString, int> statuses;
        for (int r = 0; r < import->model()->rowCount(); ++r)
            ++statuses[import->model()->index(r, ImportPlanModel::StatusColumn).data().toString()];
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            std::printf("    planned %s: %d\n", qPrintable(it.key()), it.value());
        std::printf("  bulk import applied: %d of %d written in %lld ms, worst GUI-thread stall %.1f ms "
                    "(at %lld ms; %d gaps over 100 ms)\n",
                    ok, files, (long long)applyMs, applyStall, (long long)stall.worstAtMs(), stall.over100());
    }
    return 0;
}
