#include "app/gui/CsvSummaryPage.h"

#include "app/gui/CsvApplyPage.h"
#include "app/gui/CsvImportWizard.h"
#include "app/gui/ImportApplyTask.h"
#include "app/gui/MessageBanner.h"
#include "core/apply/ImportResultTable.h"
#include "core/models/ImportPlanModel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace adphoto::gui {

namespace {
QString resultText(const QString& result)
{
    if (result == QLatin1String("ok"))
        return CsvSummaryPage::tr("Written");
    if (result == QLatin1String("unchanged"))
        return CsvSummaryPage::tr("Unchanged");
    if (result == QLatin1String("conflict"))
        return CsvSummaryPage::tr("Changed meanwhile");
    if (result == QLatin1String("failed"))
        return CsvSummaryPage::tr("Failed");
    return result;
}
} // namespace

CsvSummaryPage::CsvSummaryPage(CsvImportWizard& wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("csvSummaryPage"));
    setTitle(tr("Summary"));
    setFinalPage(true);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("csvSummaryBanner"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("csvSummaryText"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export = new QPushButton(tr("&Export results…"), this);
    m_export->setObjectName(QStringLiteral("csvExportResults"));
    m_export->setShortcut(QKeySequence::Save);
    m_export->setToolTip(tr("Save each user's result as a CSV file (Ctrl+S)"));
    m_model = new QStandardItemModel(0, 5, this);
    m_model->setHorizontalHeaderLabels({tr("User"), tr("Result"), tr("Size"), tr("Bytes"), tr("Message")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("csvSummaryTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Result per user"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_export, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    m_banner->hide();

    connect(m_export, &QPushButton::clicked, this, &CsvSummaryPage::chooseExportFile);
}

QString CsvSummaryPage::summaryText() const
{
    return m_summary->text();
}

void CsvSummaryPage::initializePage()
{
    const CsvApplyPage* apply = m_wizard.applyPage();
    m_summary->setText(apply->outcomeText());
    m_model->removeRows(0, m_model->rowCount());
    for (const ImportResult& r : apply->results()) {
        auto* result = new QStandardItem(resultText(r.result));
        result->setData(r.result, Qt::UserRole);
        m_model->appendRow(
            {new QStandardItem(r.user), result,
             new QStandardItem(r.report ? tr("%1 px").arg(r.report->size) : QString()),
             new QStandardItem(r.report ? QLocale().formattedDataSize(r.report->bytes) : QString()),
             new QStandardItem(r.message)});
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_export->setEnabled(!apply->results().isEmpty());
}

Result<void> CsvSummaryPage::exportResults(const QString& path)
{
    const CsvApplyPage* apply = m_wizard.applyPage();
    const QString importId = apply->outcome() ? apply->outcome()->importId : QString();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    file.write(ImportResultTable::toCsv(importId, apply->results()));
    if (!file.commit())
        return fail(ErrorKind::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    return {};
}

void CsvSummaryPage::chooseExportFile()
{
    const CsvApplyPage* apply = m_wizard.applyPage();
    const QString id = apply->outcome() ? apply->outcome()->importId : QStringLiteral("import");
    const QString suggested =
        QFileInfo(m_wizard.csvFile()).absoluteDir().filePath(tr("results-%1.csv").arg(id));
    auto* dialog = new QFileDialog(this, tr("Export results"), suggested, tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (auto written = exportResults(path); !written)
            m_banner->showMessage(MessageBanner::Kind::Error, written.error().text());
        else
            m_banner->showMessage(MessageBanner::Kind::Information,
                                  tr("Results saved to %1.").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

} // namespace adphoto::gui
