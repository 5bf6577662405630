#include "app/gui/AuditPage.h"

#include "app/gui/Connection.h"
#include "app/gui/Icons.h"
#include "app/gui/MessageBanner.h"
#include "app/gui/PercentBarDelegate.h"
#include "core/WorkPool.h"
#include "core/audit/AuditCsv.h"
#include "core/audit/AuditEngine.h"
#include "core/audit/AuditHtml.h"
#include "core/models/AuditFindingsModel.h"
#include "core/models/AuditOuModel.h"
#include "imaging/QtImageInspector.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace adphoto::gui {

/// One audit run: the engine is fed on the directory's session thread and read only after the
/// listing has finished; the inspector must outlive it.
struct AuditPage::Job
{
    explicit Job(const AuditOptions& options)
        : engine(inspector, options)
    {}
    QtImageInspector inspector;
    AuditEngine engine;
};

namespace {
QTableView* makeTable(QWidget* parent, const QString& name, const QString& accessibleName)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}
} // namespace

AuditPage::AuditPage(Connection& connection, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_ous(new AuditOuModel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_banner = new MessageBanner(this);

    m_ou = new QLineEdit(this);
    m_ou->setObjectName(QStringLiteral("auditOu"));
    m_ou->setPlaceholderText(tr("Whole directory (the base DN)"));
    m_ou->setClearButtonEnabled(true);
    m_ou->setToolTip(tr("Audit only the users below this OU (a DN). Double-click an OU in the table to "
                        "choose it."));
    auto* ouLabel = new QLabel(tr("&OU:"), this);
    ouLabel->setBuddy(m_ou);
    m_maxKb = new QSpinBox(this);
    m_maxKb->setObjectName(QStringLiteral("auditMaxBytes"));
    m_maxKb->setRange(1, 10'000);
    m_maxKb->setValue(100);
    m_maxKb->setSuffix(tr(" KB"));
    m_maxKb->setToolTip(
        tr("Photos larger than this are reported as over the byte limit (1 KB = 1,024 bytes)"));
    auto* maxLabel = new QLabel(tr("&Byte limit:"), this);
    maxLabel->setBuddy(m_maxKb);
    m_run = new QPushButton(themedIcon("audit"), tr("&Run audit"), this);
    m_run->setObjectName(QStringLiteral("runAudit"));
    m_run->setShortcut(QKeySequence::Refresh);
    m_run->setToolTip(tr("Read every user's photo once and report what is missing or wrong (F5)"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("auditProgress"));
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("%v users read"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("auditCancel"));
    m_cancel->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(ouLabel);
    top->addWidget(m_ou, 1);
    top->addWidget(maxLabel);
    top->addWidget(m_maxKb);
    top->addWidget(m_run);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Run the audit to see which users have no photo and which photos need attention."));

    // Counts per OU, with the share without a photo as a bar.
    m_ouTable = makeTable(this, QStringLiteral("auditOuTable"), tr("Users without a photo per OU"));
    m_ouTable->setModel(m_ous);
    m_ouTable->setItemDelegateForColumn(AuditOuModel::PercentColumn,
                                        new PercentBarDelegate(AuditOuModel::RatioRole, m_ouTable));
    QHeaderView* ouHeader = m_ouTable->horizontalHeader();
    ouHeader->setSectionResizeMode(AuditOuModel::OuColumn, QHeaderView::Stretch);
    for (int c = AuditOuModel::UsersColumn; c < AuditOuModel::ColumnCount; ++c)
        ouHeader->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    ouHeader->resizeSection(AuditOuModel::PercentColumn, 130);
    ouHeader->setSectionResizeMode(AuditOuModel::PercentColumn, QHeaderView::Interactive);

    // One tab per finding kind.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("auditFindings"));
    m_tabs->setDocumentMode(true);
    for (FindingKind kind : allFindingKinds) {
        auto* model = new AuditFindingsModel(kind, this);
        m_findings.insert(kind, model);
        auto* proxy = new QSortFilterProxyModel(model);
        proxy->setSourceModel(model);
        proxy->setSortRole(AuditFindingsModel::SortRole);
        QTableView* table =
            makeTable(m_tabs, QStringLiteral("findings_") + findingKindName(kind), findingKindTitle(kind));
        table->setModel(proxy);
        table->setSortingEnabled(true);
        table->sortByColumn(AuditFindingsModel::UserColumn, Qt::AscendingOrder);
        table->horizontalHeader()->setStretchLastSection(true);
        table->horizontalHeader()->resizeSection(AuditFindingsModel::UserColumn, 140);
        table->horizontalHeader()->resizeSection(AuditFindingsModel::NameColumn, 180);
        table->horizontalHeader()->resizeSection(AuditFindingsModel::DetailColumn, 200);
        table->horizontalHeader()->resizeSection(AuditFindingsModel::DisabledColumn, 90);
        m_tabIndex.insert(kind, m_tabs->addTab(table, findingKindTitle(kind)));
    }

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_ouTable);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_exportCsv = new QPushButton(themedIcon("csv"), tr("Export &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_exportHtml = new QPushButton(themedIcon("photo-export"), tr("Export &HTML…"), this);
    m_exportHtml->setObjectName(QStringLiteral("exportHtml"));
    m_import = new QPushButton(themedIcon("import"), tr("&Import for these users…"), this);
    m_import->setObjectName(QStringLiteral("importMissing"));
    m_import->setToolTip(tr("Open the bulk import limited to the users without a photo"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_exportCsv);
    bottom->addWidget(m_exportHtml);
    bottom->addStretch(1);
    bottom->addWidget(m_import);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_run, &QPushButton::clicked, this, &AuditPage::run);
    connect(m_ou, &QLineEdit::returnPressed, this, &AuditPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &AuditPage::cancel);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_import, &QPushButton::clicked, this, &AuditPage::importMissing);
    connect(m_ouTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        m_ou->setText(index.data(AuditOuModel::DnRole).toString());
        m_ou->setFocus();
    });
    connect(&m_visit, &QFutureWatcher<Result<void>>::progressValueChanged, this, [this](int users) {
        m_progress->setValue(users);
        m_summary->setText(tr("Reading users and photos… %n user(s) so far.", nullptr, users));
    });
    connect(&m_visit, &QFutureWatcher<Result<void>>::finished, this, &AuditPage::onVisitFinished);
    connect(&m_building, &QFutureWatcher<AuditReport>::finished, this, [this] {
        m_running = false;
        if (m_building.future().resultCount() > 0)
            showReport(m_building.result());
        updateState();
    });
    connect(&m_connection, &Connection::aboutToSwitch, this, &AuditPage::cancel);
    connect(&m_connection, &Connection::opened, this, &AuditPage::updateState);
    updateState();
}

AuditPage::~AuditPage()
{
    // The engine is fed on the session thread until the listing stops; wait for that.
    m_visit.cancel();
    m_visit.waitForFinished();
    m_building.waitForFinished();
    m_directory.reset();
}

bool AuditPage::isRunning() const
{
    // Not the futures' state: a future reports finished on its worker thread before this page
    // has handled it, and the page is busy until it has.
    return m_running;
}

void AuditPage::setOu(const QString& dn)
{
    m_ou->setText(dn);
}

void AuditPage::setMaxBytes(qint64 bytes)
{
    m_maxKb->setValue(int(std::clamp<qint64>(bytes / 1024, m_maxKb->minimum(), m_maxKb->maximum())));
}

void AuditPage::run()
{
    if (isRunning())
        return;
    const std::shared_ptr<Directory> directory = m_connection.directory();
    if (!directory) {
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("Connect to a directory first."));
        return;
    }
    m_banner->hide();
    UserQuery query;
    query.baseDn = m_ou->text().trimmed();
    AuditOptions options;
    options.baseDn = query.baseDn.isEmpty() ? m_connection.info().baseDn : query.baseDn;
    options.maxBytes = qint64(m_maxKb->value()) * 1024;
    m_job = std::make_shared<Job>(options);
    m_directory = directory;
    m_running = true;
    ++m_generation;
    // As in `adphoto-cli audit`: each photo goes to the engine as it arrives and is freed.
    m_visit.setFuture(
        directory->visitPhotos(query, [job = m_job](const UserRecord& user, const QByteArray& photo) {
            job->engine.add(user, photo);
            return true;
        }));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_summary->setText(tr("Reading users and photos…"));
    updateState();
}

void AuditPage::cancel()
{
    if (!m_visit.isRunning())
        return;
    m_cancel->setEnabled(false);
    m_visit.cancel();
}

void AuditPage::onVisitFinished()
{
    m_progress->hide();
    m_cancel->hide();
    m_directory.reset();
    const QFuture<Result<void>> future = m_visit.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_job.reset();
        m_running = false;
        m_banner->showMessage(MessageBanner::Kind::Information, tr("The audit was cancelled."));
        m_summary->setText(m_report ? summaryText() : QString());
        updateState();
        return;
    }
    if (const Result<void> listed = future.result(); !listed) {
        m_job.reset();
        m_running = false;
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The audit failed: %1").arg(listed.error().text()));
        m_summary->setText(m_report ? summaryText() : QString());
        updateState();
        return;
    }
    // Sorting the findings and counting duplicates is done on the pool, not here.
    m_summary->setText(tr("Building the report…"));
    m_building.setFuture(QtConcurrent::run(
        workPool(), [job = std::exchange(m_job, nullptr)] { return job->engine.report(); }));
    updateState();
}

void AuditPage::showReport(const AuditReport& report)
{
    m_report = report;
    m_ous->setCounts(report.ous);
    for (FindingKind kind : allFindingKinds) {
        m_findings.value(kind)->setReport(report);
        m_tabs->setTabText(m_tabIndex.value(kind),
                           tr("%1 (%2)").arg(findingKindTitle(kind), QLocale().toString(report.count(kind))));
    }
    m_summary->setText(summaryText());
    emit statusMessage(
        tr("Audit finished: %n user(s) without a photo.", nullptr, report.count(FindingKind::Missing)));
    emit finished();
}

QString AuditPage::summaryText() const
{
    if (!m_report)
        return {};
    const AuditReport& r = *m_report;
    const QLocale locale;
    const int missing = r.count(FindingKind::Missing);
    const int problems = int(r.findings.size()) - missing;
    return tr("%1: %2 users, %3 with a photo, %4 without (%5 %); %6 findings about photos; byte limit %7 "
              "bytes.")
        .arg(r.baseDn, locale.toString(r.users), locale.toString(r.withPhoto), locale.toString(missing),
             locale.toString(100.0 * AuditOuModel::ratio(missing, r.users), 'f', 1),
             locale.toString(problems), locale.toString(r.maxBytes));
}

QString AuditPage::source() const
{
    const ConnectionInfo& info = m_connection.info();
    return info.dcHost.isEmpty() ? info.uri : info.dcHost;
}

void AuditPage::chooseExport(bool html)
{
    if (!m_report)
        return;
    const QString name = html ? QStringLiteral("adphoto-audit.html") : QStringLiteral("adphoto-audit.csv");
    auto* dialog = new QFileDialog(
        this, html ? tr("Export the audit as HTML") : tr("Export the audit as CSV"),
        QDir::home().filePath(name), html ? tr("HTML pages (*.html)") : tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("auditExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(html ? QStringLiteral("html") : QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, html](const QString& path) {
        if (html)
            exportHtml(path);
        else
            exportCsv(path);
    });
    dialog->open();
}

void AuditPage::exportCsv(const QString& path)
{
    if (!m_report)
        return;
    writeExport(path, [report = *m_report] { return AuditCsv::render(report); });
}

void AuditPage::exportHtml(const QString& path)
{
    if (!m_report)
        return;
    writeExport(path, [report = *m_report, source = source(), now = QDateTime::currentDateTimeUtc()] {
        return AuditHtml::render(report, source, now).toUtf8();
    });
}

void AuditPage::writeExport(const QString& path, std::function<QByteArray()> render)
{
    m_exporting = true;
    updateState();
    // A report of 100,000 users renders in a noticeable time: rendering and writing both run on
    // the pool.
    QtConcurrent::run(workPool(), [path, render = std::move(render)]() -> Result<void> {
        const QByteArray bytes = render();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(ErrorKind::Io,
                        QCoreApplication::translate("adphoto::gui::AuditPage", "Could not write %1.")
                            .arg(QDir::toNativeSeparators(path)),
                        file.errorString());
        return {};
    }).then(this, [this, path](const Result<void>& written) {
        m_exporting = false;
        updateState();
        if (!written) {
            m_banner->showMessage(MessageBanner::Kind::Error, written.error().text());
            return;
        }
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Audit saved to %1.").arg(QDir::toNativeSeparators(path)));
        emit exported(path);
    });
}

void AuditPage::importMissing()
{
    if (!m_report)
        return;
    const AuditFindingsModel* missing = m_findings.value(FindingKind::Missing);
    const QStringList dns = missing->dns();
    if (dns.isEmpty())
        return;
    emit importRequested(
        dns, tr("%n user(s) without a photo in %1", nullptr, int(dns.size())).arg(m_report->baseDn));
}

void AuditPage::updateState()
{
    const bool running = isRunning();
    const bool connected = m_connection.isOpen();
    m_run->setEnabled(connected && !running);
    m_ou->setEnabled(!running);
    m_maxKb->setEnabled(!running);
    const bool haveReport = m_report.has_value() && !running;
    m_exportCsv->setEnabled(haveReport && !m_exporting);
    m_exportHtml->setEnabled(haveReport && !m_exporting);
    m_import->setEnabled(haveReport && m_report->count(FindingKind::Missing) > 0);
}

} // namespace adphoto::gui
