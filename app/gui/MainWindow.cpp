#include "app/gui/MainWindow.h"

#include "app/gui/AuditPage.h"
#include "app/gui/ConnectFlow.h"
#include "app/gui/Connection.h"
#include "app/gui/CsvImportWizard.h"
#include "app/gui/DeployPage.h"
#include "app/gui/HistoryPage.h"
#include "app/gui/Icons.h"
#include "app/gui/ImportPage.h"
#include "app/gui/LanguageMenu.h"
#include "app/gui/PhotoActions.h"
#include "app/gui/UserTableView.h"
#include "app/gui/UsersPage.h"
#include "core/Language.h"
#include "core/Settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace adphoto::gui {

namespace {
const QString kGeometry = QStringLiteral("gui/geometry");
const QString kWindowState = QStringLiteral("gui/windowState");
const QString kUsersSplitter = QStringLiteral("gui/usersSplitter");
const QString kUsersHeader = QStringLiteral("gui/usersHeader");
const QString kPage = QStringLiteral("gui/page");
} // namespace

MainWindow::MainWindow(AppServices services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(std::move(services))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("adphoto"));
    setWindowIcon(themedIcon("adphoto"));

    m_connection = new Connection(m_services.directoryFactory, this);
    m_connectFlow = new ConnectFlow(*m_connection, *m_services.secrets, *m_services.settings, this, this);
    m_connectFlow->setEnvironment(m_services.environment);
    m_actions = new PhotoActions(*m_connection, m_services.processor, m_services.journalDirectory, this);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(150);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(window); }"
        "QListWidget::item { padding: 6px 4px; border-radius: 4px; color: palette(window-text); }"
        "QListWidget::item:hover { background: palette(midlight); }"
        "QListWidget::item:selected { background: #d3e3fd; color: #041e49; }"));
    m_pages = new QStackedWidget(this);

    auto* centre = new QWidget(this);
    auto* layout = new QHBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto* line = new QFrame(centre);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(centre);

    m_users = new UsersPage(*m_connection, *m_actions, *m_services.settings, this);
    addPage(m_users, themedIcon("users"), tr("Users"));
    m_import = new ImportPage(*m_connection, *m_actions, *m_services.settings, *m_users,
                              m_services.journalDirectory, this);
    addPage(m_import, themedIcon("import"), tr("Bulk import"));
    m_history = new HistoryPage(*m_connection, *m_actions, m_services.journalDirectory, this);
    addPage(m_history, themedIcon("history"), tr("History"));
    auto* audit = new AuditPage(*m_connection, this);
    addPage(audit, themedIcon("audit"), tr("Audit"));
    connect(audit, &AuditPage::statusMessage, this, &MainWindow::showStatus);
    connect(audit, &AuditPage::importRequested, this,
            [this](const QStringList& dns, const QString& description) {
                m_import->limitToUsers(dns, description);
                showPage(m_import);
            });
    auto* deploy = new DeployPage(this);
    addPage(deploy, themedIcon("deploy"), tr("Deploy"));
    connect(deploy, &DeployPage::statusMessage, this, &MainWindow::showStatus);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addPermanentWidget(m_countsLabel);
    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(separator);
    statusBar()->addPermanentWidget(m_connectionLabel);
    m_connectionLabel->setText(m_connection->summary());

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_users, &UsersPage::countsChanged, m_countsLabel, &QLabel::setText);
    connect(m_users, &UsersPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_history, &HistoryPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_import, &ImportPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_import, &ImportPage::usersChanged, m_users, &UsersPage::reloadUsers);
    connect(m_import, &ImportPage::applyFinished, m_history, &HistoryPage::reload);
    connect(m_connectFlow, &ConnectFlow::statusMessage, this, &MainWindow::showStatus);
    connect(m_connection, &Connection::opened, this, &MainWindow::onConnected);

    createMenus();
    m_navigation->setCurrentRow(0);
    resize(1180, 720);
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::start()
{
    m_connectFlow->start();
}

int MainWindow::addPage(QWidget* page, const QIcon& icon, const QString& title)
{
    const int index = m_pages->addWidget(page);
    auto* item = new QListWidgetItem(icon, title, m_navigation);
    item->setSizeHint(QSize(0, 36));
    // Ctrl+1.. switch pages.
    if (index < 9) {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(action, &QAction::triggered, this, [this, index] { m_navigation->setCurrentRow(index); });
        addAction(action);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(index + 1));
    }
    return index;
}

void MainWindow::showPage(QWidget* page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

QWidget* MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectAction = file->addAction(themedIcon("connect"), tr("&Connect…"), this,
                                             [this] { m_connectFlow->showDialog(); });
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    // The CSV import wizard: one at a time, modeless so the users page stays usable.
    QAction* csvImport = file->addAction(themedIcon("csv"), tr("Import from &CSV…"), this, [this] {
        if (auto* open = findChild<CsvImportWizard*>(QString(), Qt::FindDirectChildrenOnly);
            open && open->isVisible()) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto* wizard = new CsvImportWizard(*m_connection, *m_actions, *m_services.settings, *m_users,
                                           m_services.journalDirectory, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &CsvImportWizard::usersChanged, m_users, &UsersPage::reloadUsers);
        connect(wizard, &CsvImportWizard::applyFinished, m_history, &HistoryPage::reload);
        connect(wizard, &CsvImportWizard::applyFinished, m_import, &ImportPage::checkForUnfinished);
        wizard->show();
    });
    csvImport->setObjectName(QStringLiteral("csvImportAction"));
    csvImport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* photo = menuBar()->addMenu(tr("&Photo"));
    const UsersPage::Actions& a = m_users->actions();
    photo->addAction(a.edit);
    photo->addAction(a.setFromFile);
    photo->addSeparator();
    photo->addAction(a.copy);
    photo->addAction(a.paste);
    photo->addAction(a.exportPhoto);
    photo->addSeparator();
    photo->addAction(a.remove);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(a.refresh);
    view->addAction(a.stop);
    view->addAction(a.find);
    view->addSeparator();
    view->addMenu(new LanguageMenu(*m_services.settings, Language::available(), this));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About adphoto"), this, [this] {
        auto* box =
            new QMessageBox(QMessageBox::NoIcon, tr("About adphoto"),
                            tr("<b>adphoto %1</b><p>Puts employees' photos into Active Directory.</p>")
                                .arg(QCoreApplication::applicationVersion()),
                            QMessageBox::Ok, this);
        box->setIconPixmap(themedIcon("adphoto").pixmap(64, 64));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::onConnected()
{
    m_connectionLabel->setText(m_connection->summary());
    m_connectionLabel->setToolTip(
        tr("Base DN: %1\nServer: %2").arg(m_connection->info().baseDn, m_connection->info().uri));
    setWindowTitle(tr("adphoto — %1").arg(m_connection->info().dcHost));
}

void MainWindow::showStatus(const QString& text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::restoreState()
{
    QSettings s(m_services.settings->path(), QSettings::IniFormat);
    if (const QByteArray g = s.value(kGeometry).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray st = s.value(kWindowState).toByteArray(); !st.isEmpty())
        QMainWindow::restoreState(st);
    if (const QByteArray sp = s.value(kUsersSplitter).toByteArray(); !sp.isEmpty())
        m_users->splitter()->restoreState(sp);
    if (const QByteArray h = s.value(kUsersHeader).toByteArray(); !h.isEmpty())
        m_users->table()->horizontalHeader()->restoreState(h);
    const int page = s.value(kPage, 0).toInt();
    if (page >= 0 && page < m_pages->count())
        m_navigation->setCurrentRow(page);
}

void MainWindow::saveState()
{
    QSettings s(m_services.settings->path(), QSettings::IniFormat);
    s.setValue(kGeometry, saveGeometry());
    s.setValue(kWindowState, QMainWindow::saveState());
    s.setValue(kUsersSplitter, m_users->splitter()->saveState());
    s.setValue(kUsersHeader, m_users->table()->horizontalHeader()->saveState());
    s.setValue(kPage, m_navigation->currentRow());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace adphoto::gui
