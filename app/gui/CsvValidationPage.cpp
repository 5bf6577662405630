#include "app/gui/CsvValidationPage.h"

#include "app/gui/CsvImportWizard.h"
#include "app/gui/CsvMappingPage.h"
#include "app/gui/ImportReviewDelegate.h"
#include "app/gui/MessageBanner.h"
#include "app/gui/PlanTask.h"
#include "app/gui/PlanningIndicator.h"
#include "app/gui/UsersPage.h"
#include "core/apply/ImportPlanner.h"
#include "core/models/ImportPlanModel.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace adphoto::gui {

CsvValidationPage::CsvValidationPage(CsvImportWizard& wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("csvValidationPage"));
    setTitle(tr("Checking every line"));
    setSubTitle(tr("Each line is looked up in the directory and its photo file is checked. Lines in red "
                   "are left out; fix the file or the settings and come back to check again."));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("csvValidationBanner"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("csvValidationSummary"));
    m_busy = new PlanningIndicator(m_watcher, this);
    m_problemsOnly = new QCheckBox(tr("Show only lines with &problems"), this);
    m_problemsOnly->setObjectName(QStringLiteral("csvProblemsOnly"));

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Line"), tr("User in the file"), tr("Account"), tr("Photo file"), tr("Status"), tr("Problem")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("csvValidationTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Lines of the CSV file"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_busy);
    top->addWidget(m_problemsOnly);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_problemsOnly, &QCheckBox::toggled, this, &CsvValidationPage::applyFilter);
    connect(&m_watcher, &QFutureWatcher<Result<ImportPlan>>::finished, this, &CsvValidationPage::showResult);
}

CsvValidationPage::~CsvValidationPage() = default;

void CsvValidationPage::initializePage()
{
    validate();
}

void CsvValidationPage::cleanupPage()
{
    disconnect(m_waitForUsers);
}

bool CsvValidationPage::isComplete() const
{
    return !m_watcher.isRunning() && m_usable > 0;
}

void CsvValidationPage::validate()
{
    disconnect(m_waitForUsers);
    m_model->removeRows(0, m_model->rowCount());
    m_usable = 0;
    m_problems = 0;
    m_summary->clear();
    if (const QString why = m_wizard.whyNoUsers(); !why.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Information, why);
        // Carry on by itself once the list is complete (or after a new connection's list).
        m_waitForUsers = connect(&m_wizard.usersPage(), &UsersPage::listingFinished, this, [this] {
            if (m_wizard.currentPage() == this)
                validate();
        });
        emit completeChanged();
        return;
    }
    m_banner->hide();
    m_busy->begin(tr("Checking… %p%"));
    m_summary->setText(tr("Checking…"));
    m_watcher.setFuture(PlanTask::start(m_wizard.planRequest(false), m_wizard.users(), nullptr));
    emit completeChanged();
}

void CsvValidationPage::showResult()
{
    if (m_watcher.future().resultCount() == 0) {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Checking cancelled. Go Back and Next to check again."));
        m_summary->clear();
        emit completeChanged();
        emit validated();
        return;
    }
    const Result<ImportPlan> plan = m_watcher.result();
    if (!plan) {
        m_banner->showMessage(MessageBanner::Kind::Error, plan.error().text());
        m_summary->clear();
        emit completeChanged();
        emit validated();
        return;
    }
    // The user as written comes from the reading the mapping page made with the same options.
    QHash<int, QString> written;
    for (const CsvImportEntry& e : m_wizard.mappingPage()->current().entries)
        written.insert(e.line, e.user);
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const PlanRow& row : plan->rows) {
        const bool bad = row.status == PlanStatus::Error || row.status == PlanStatus::Conflict;
        const bool needsPick = row.status == PlanStatus::Ambiguous || row.status == PlanStatus::Unmatched;
        QList<QStandardItem*> items;
        auto* line = new QStandardItem(QLocale().toString(row.line));
        line->setData(int(row.status), StatusRole);
        line->setData(Qt::AlignRight, Qt::TextAlignmentRole);
        items << line << new QStandardItem(written.value(row.line)) << new QStandardItem(row.user)
              << new QStandardItem(row.file) << new QStandardItem(ImportPlanModel::statusText(row.status))
              << new QStandardItem(row.problems.join(QLatin1Char(' ')));
        items.at(FileColumn)->setToolTip(row.file);
        if (bad || needsPick) {
            const QColor tint = ImportReviewDelegate::statusColour(int(row.status)).lighter(bad ? 185 : 175);
            for (QStandardItem* item : items) {
                item->setBackground(tint);
                item->setToolTip(tr("Line %1: %2").arg(row.line).arg(row.problems.join(QLatin1Char(' '))));
            }
            line->setIcon(bad ? errorIcon : warningIcon);
        }
        if (bad)
            ++m_problems;
        else
            ++m_usable;
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    applyFilter();
    const int lines = int(plan->rows.size());
    m_summary->setText(tr("%n line(s): ", nullptr, lines) + tr("%n usable, ", nullptr, m_usable) +
                       tr("%n with problems.", nullptr, m_problems));
    if (m_usable == 0)
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("No line can be used. Go back and check the columns and paths, or fix the file."));
    else if (m_problems > 0)
        m_banner->showMessage(
            MessageBanner::Kind::Warning,
            tr("%n line(s) will be left out; the others can be imported.", nullptr, m_problems));
    else
        m_banner->hide();
    emit completeChanged();
    emit validated();
}

void CsvValidationPage::applyFilter()
{
    const bool only = m_problemsOnly->isChecked();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const auto status = PlanStatus(m_model->item(r, LineColumn)->data(StatusRole).toInt());
        m_table->setRowHidden(r, only && status != PlanStatus::Error && status != PlanStatus::Conflict);
    }
}

} // namespace adphoto::gui
