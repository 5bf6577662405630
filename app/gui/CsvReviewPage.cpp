#include "app/gui/CsvReviewPage.h"

#include "app/gui/Connection.h"
#include "app/gui/CsvImportWizard.h"
#include "app/gui/FileThumbnails.h"
#include "app/gui/ImportReviewDelegate.h"
#include "app/gui/MessageBanner.h"
#include "app/gui/PlanTask.h"
#include "app/gui/PlanningIndicator.h"
#include "app/gui/ThumbnailCache.h"
#include "app/gui/UsersPage.h"
#include "core/apply/ImportPlanner.h"
#include "core/models/ImportPlanModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace adphoto::gui {

namespace {
constexpr int kThumb = 32;
} // namespace

CsvReviewPage::CsvReviewPage(CsvImportWizard& wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("csvReviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("Ticked lines are written. Lines that fit several users need a pick: select the user "
                   "cell and press F2."));
    setCommitPage(true);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("csvReviewBanner"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("csvReviewSummary"));
    m_busy = new PlanningIndicator(m_watcher, this);
    m_tickAll = new QPushButton(tr("&Tick all ready"), this);
    m_untickAll = new QPushButton(tr("U&ntick all"), this);

    ImportPlanModel* model = m_wizard.reviewModel();
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("csvReviewTable"));
    m_table->setModel(model);
    m_table->setItemDelegate(
        new ImportReviewDelegate(*m_wizard.fileThumbnails(), *m_wizard.usersPage().thumbnails(), m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(kThumb + 6);
    m_table->setColumnHidden(ImportPlanModel::ResultColumn, true);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(ImportPlanModel::CheckColumn, 28);
    header->resizeSection(ImportPlanModel::CurrentColumn, kThumb + 12);
    header->resizeSection(ImportPlanModel::NewColumn, kThumb + 12);
    header->resizeSection(ImportPlanModel::FileColumn, 190);
    header->resizeSection(ImportPlanModel::UserColumn, 170);
    header->resizeSection(ImportPlanModel::StatusColumn, 130);
    m_table->setAccessibleName(tr("Import review"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_busy);
    top->addWidget(m_tickAll);
    top->addWidget(m_untickAll);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_tickAll, &QPushButton::clicked, model, [model] { model->setAllChecked(true); });
    connect(m_untickAll, &QPushButton::clicked, model, [model] { model->setAllChecked(false); });
    connect(model, &ImportPlanModel::countsChanged, this, &CsvReviewPage::updateState);
    connect(&m_watcher, &QFutureWatcher<Result<ImportPlan>>::finished, this, &CsvReviewPage::showPlan);
    connect(m_wizard.fileThumbnails(), &FileThumbnails::ready, m_table->viewport(),
            qOverload<>(&QWidget::update));
    connect(m_wizard.usersPage().thumbnails(), &ThumbnailCache::thumbnailReady, m_table->viewport(),
            qOverload<>(&QWidget::update));
}

CsvReviewPage::~CsvReviewPage() = default;

void CsvReviewPage::initializePage()
{
    m_wizard.reviewModel()->clear();
    if (const QString why = m_wizard.whyNoUsers(); !why.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, why);
        updateState();
        return;
    }
    m_banner->hide();
    m_busy->begin(tr("Planning… %p%"));
    // Planned again with the options: only-missing and skip-disabled decide which lines are ready.
    m_watcher.setFuture(
        PlanTask::start(m_wizard.planRequest(true), m_wizard.users(), m_wizard.connection().directory()));
    updateState();
}

bool CsvReviewPage::isComplete() const
{
    return !m_watcher.isRunning() && m_wizard.reviewModel()->checkedCount() > 0;
}

void CsvReviewPage::showPlan()
{
    if (m_watcher.future().resultCount() == 0) {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Planning cancelled. Go Back and Next to plan again."));
        updateState();
        emit planned();
        return;
    }
    const Result<ImportPlan> plan = m_watcher.result();
    if (!plan) {
        m_banner->showMessage(MessageBanner::Kind::Error, plan.error().text());
    } else {
        m_wizard.reviewModel()->setPlan(*plan, m_wizard.users(), m_wizard.planOptions());
        if (m_wizard.reviewModel()->checkedCount() == 0)
            m_banner->showMessage(MessageBanner::Kind::Information,
                                  tr("No line is ready to write with these options."));
    }
    updateState();
    emit planned();
}

void CsvReviewPage::updateState()
{
    const ImportPlanModel* model = m_wizard.reviewModel();
    const bool idle = !m_watcher.isRunning();
    m_tickAll->setEnabled(idle && model->rowCount() > 0);
    m_untickAll->setEnabled(idle && model->rowCount() > 0);
    const int count = model->checkedCount();
    setButtonText(QWizard::CommitButton,
                  count > 0 ? tr("&Apply to %n user(s)", nullptr, count) : tr("&Apply"));
    if (!idle) {
        m_summary->setText(tr("Planning…"));
    } else if (model->rowCount() > 0) {
        QStringList parts;
        parts << tr("%n line(s)", nullptr, model->rowCount());
        parts << tr("%n to write", nullptr, count);
        if (const int n = model->needsChoiceCount())
            parts << tr("%n to choose", nullptr, n);
        if (const int n = model->countStatus(PlanStatus::Skipped))
            parts << tr("%n skipped", nullptr, n);
        if (const int n = model->countStatus(PlanStatus::Error) + model->countStatus(PlanStatus::Conflict))
            parts << tr("%n with problems", nullptr, n);
        m_summary->setText(parts.join(QStringLiteral(" · ")));
    } else {
        m_summary->clear();
    }
    emit completeChanged();
}

} // namespace adphoto::gui
