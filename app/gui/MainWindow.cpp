#include "app/gui/MainWindow.h"

#include "core/ConnectionResolver.h"
#include "core/Settings.h"
#include "ldap/LdapDirectory.h"

#include <QHeaderView>
#include <QLabel>
#include <QProcessEnvironment>
#include <QStatusBar>
#include <QTableWidget>

namespace adphoto::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("adphoto"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Account"), tr("Mail"), tr("Photo"), tr("Disabled")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    setCentralWidget(m_table);
    statusBar()->addWidget(m_status, 1);
    resize(900, 600);

    connect(&m_openWatcher, &QFutureWatcher<Result<ConnectionInfo>>::finished, this, [this] {
        const auto info = m_openWatcher.result();
        if (!info) {
            showError(info.error());
            return;
        }
        m_status->setText(tr("Connected to %1 as %2 - listing users...").arg(info->dcHost, info->bindIdentity));
        m_usersWatcher.setFuture(m_directory->listUsers({}));
    });
    connect(&m_usersWatcher, &QFutureWatcher<Result<UserBatch>>::resultsReadyAt, this, &MainWindow::onPagesReady);
    connect(&m_usersWatcher, &QFutureWatcher<Result<UserBatch>>::finished, this, [this] {
        m_status->setText(tr("%n user(s)", nullptr, m_table->rowCount()));
    });
}

MainWindow::~MainWindow()
{
    m_usersWatcher.cancel();
    m_usersWatcher.waitForFinished();
    m_openWatcher.waitForFinished();
}

void MainWindow::connectFromEnvironment()
{
    Settings settings;
    QStringList warnings;
    auto resolved = ConnectionResolver::resolve({}, QProcessEnvironment::systemEnvironment(), settings, &warnings);
    if (!resolved) {
        showError(resolved.error());
        return;
    }
    m_directory = std::make_unique<LdapDirectory>(*resolved);
    m_status->setText(tr("Connecting..."));
    m_openWatcher.setFuture(m_directory->open());
}

void MainWindow::onPagesReady(int begin, int end)
{
    for (int i = begin; i < end; ++i) {
        const Result<UserBatch> page = m_usersWatcher.resultAt(i);
        if (!page) {
            showError(page.error());
            continue;
        }
        for (const UserRecord& u : *page) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(u.displayName));
            m_table->setItem(row, 1, new QTableWidgetItem(u.sAMAccountName));
            m_table->setItem(row, 2, new QTableWidgetItem(u.mail));
            m_table->setItem(row, 3, new QTableWidgetItem(u.hasPhoto ? tr("yes") : tr("no")));
            m_table->setItem(row, 4, new QTableWidgetItem(u.disabled ? tr("yes") : QString()));
        }
    }
    m_status->setText(tr("%n user(s) so far...", nullptr, m_table->rowCount()));
}

void MainWindow::showError(const Error& error)
{
    m_status->setText(error.text());
}

} // namespace adphoto::gui
