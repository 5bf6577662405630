#include "app/gui/CsvApplyPage.h"

#include "app/gui/Connection.h"
#include "app/gui/CsvImportWizard.h"
#include "app/gui/ImportApplyTask.h"
#include "app/gui/ImportReviewDelegate.h"
#include "app/gui/MessageBanner.h"
#include "app/gui/PhotoActions.h"
#include "app/gui/ThumbnailCache.h"
#include "app/gui/UsersPage.h"
#include "core/models/ImportPlanModel.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace adphoto::gui {

CsvApplyPage::CsvApplyPage(CsvImportWizard& wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("csvApplyPage"));
    setTitle(tr("Writing photos"));
    setSubTitle(tr("Every replaced photo is kept in the history first; the whole import can be undone."));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("csvApplyBanner"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("csvApplyState"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("csvApplyProgress"));
    m_progress->setFormat(tr("%v of %m written"));
    m_cancel = new QPushButton(tr("&Stop"), this);
    m_cancel->setObjectName(QStringLiteral("csvApplyCancel"));
    m_cancel->setToolTip(tr("Stop after the current user; the rest can be resumed later (Esc)"));

    ImportPlanModel* model = m_wizard.reviewModel();
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("csvApplyTable"));
    m_table->setModel(model);
    m_table->setItemDelegate(
        new ImportReviewDelegate(*m_wizard.fileThumbnails(), *m_wizard.usersPage().thumbnails(), m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(38);
    for (int c : {int(ImportPlanModel::CheckColumn), int(ImportPlanModel::ReasonColumn)})
        m_table->setColumnHidden(c, true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(ImportPlanModel::FileColumn, 200);
    m_table->horizontalHeader()->resizeSection(ImportPlanModel::UserColumn, 160);
    m_table->setAccessibleName(tr("Results per user"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_state);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);

    connect(m_cancel, &QPushButton::clicked, this, &CsvApplyPage::cancel);
    connect(&m_applying, &QFutureWatcher<ImportResult>::resultsReadyAt, this, [this](int begin, int end) {
        for (int i = begin; i < end; ++i) {
            const ImportResult r = m_applying.resultAt(i);
            m_results << r;
            m_wizard.reviewModel()->setResult(r);
        }
    });
    connect(&m_applying, &QFutureWatcher<ImportResult>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_applying, &QFutureWatcher<ImportResult>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_applying, &QFutureWatcher<ImportResult>::finished, this, &CsvApplyPage::onFinished);
}

CsvApplyPage::~CsvApplyPage()
{
    // A running apply finishes its current user and records that before the page goes.
    m_applying.cancel();
    m_applying.waitForFinished();
}

void CsvApplyPage::initializePage()
{
    if (isApplying())
        return;
    m_done = false;
    m_results.clear();
    m_banner->hide();
    ImportPlanModel* model = m_wizard.reviewModel();
    model->clearResults();
    const ImportPlan plan = model->plan();
    m_outcome = std::make_shared<ImportApplyOutcome>();
    m_progress->setRange(0, int(plan.count(PlanStatus::Ready)));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("&Stop"));
    m_state->setText(tr("Writing…"));
    Connection& connection = m_wizard.connection();
    if (!connection.isOpen()) {
        m_done = true;
        m_outcome->error = Error{ErrorKind::Connection, tr("Not connected to a directory."), {}, {}};
        onFinished();
        return;
    }
    m_applying.setFuture(
        ImportApplyTask::start(m_wizard.photoActions().journalThread(),
                               {connection.directory(), connection.info(), m_wizard.journalDirectory(),
                                m_wizard.photoActions().processor(), plan, m_wizard.importOptions(),
                                QFileInfo(m_wizard.csvFile()).absoluteFilePath(), QString()},
                               m_outcome));
    m_cancel->setFocus();
    emit completeChanged();
}

bool CsvApplyPage::isComplete() const
{
    return m_done;
}

void CsvApplyPage::cancel()
{
    if (!isApplying())
        return;
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Stopping…"));
    m_state->setText(tr("Stopping after the current user…"));
    m_applying.cancel();
}

QString CsvApplyPage::outcomeText() const
{
    const ImportApplyOutcome* o = outcome();
    if (!o)
        return {};
    if (o->error)
        return tr("The import did not run: %1").arg(o->error->text());
    if (!o->summary) {
        // Cancelled before the apply began: nothing was written and there is nothing to resume.
        return o->importId.isEmpty()
                   ? tr("Stopped before anything was written.")
                   : tr("The import was stopped; it can be resumed from the bulk import page.");
    }
    const ImportSummary& s = *o->summary;
    QString text = tr("Import %1: %2 written, %3 unchanged, %4 changed meanwhile, %5 failed.")
                       .arg(o->importId)
                       .arg(s.count(QStringLiteral("ok")))
                       .arg(s.count(QStringLiteral("unchanged")))
                       .arg(s.count(QStringLiteral("conflict")))
                       .arg(s.count(QStringLiteral("failed")));
    if (s.stoppedBy)
        text += QLatin1Char(' ') +
                tr("Stopped: %1. Resume it from the bulk import page when the directory is back.")
                    .arg(s.stoppedBy->text());
    else if (s.cancelled)
        text += QLatin1Char(' ') + tr("Stopped by you; resume it from the bulk import page.");
    return text;
}

void CsvApplyPage::onFinished()
{
    m_done = true;
    m_cancel->setEnabled(false);
    const ImportApplyOutcome& o = *m_outcome;
    MessageBanner::Kind kind = MessageBanner::Kind::Information;
    if (o.error)
        kind = MessageBanner::Kind::Error;
    else if (!o.summary || o.summary->stoppedBy || o.summary->cancelled ||
             o.summary->count(QStringLiteral("failed")) + o.summary->count(QStringLiteral("conflict")) > 0)
        kind = MessageBanner::Kind::Warning;
    m_banner->showMessage(kind, outcomeText());
    m_state->setText(tr("Done. Next shows the summary and exports the results."));
    QStringList changed;
    for (const ImportResult& r : std::as_const(m_results)) {
        if (r.result == QLatin1String("ok"))
            changed << r.dn;
    }
    emit completeChanged();
    emit finished(changed);
}

} // namespace adphoto::gui
