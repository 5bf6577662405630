#pragma once

#include "core/Error.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace adphoto::gui {

class CsvImportWizard;
class MessageBanner;

/// The CSV import wizard's last page: how the import ended (its id, counts, whether it can be
/// resumed), each user's result, and "Export results…" writing them as CSV with the columns
/// `adphoto-cli import` reports (ImportResultTable). GUI thread only.
class CsvSummaryPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit CsvSummaryPage(CsvImportWizard& wizard);

    void initializePage() override;

    /// Writes the results to `path` as CSV.
    [[nodiscard]] Result<void> exportResults(const QString& path);

    [[nodiscard]] QStandardItemModel* model() const { return m_model; }
    [[nodiscard]] MessageBanner* banner() const { return m_banner; }
    [[nodiscard]] QString summaryText() const;

private:
    void chooseExportFile();

    CsvImportWizard& m_wizard;
    MessageBanner* m_banner = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_export = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
};

} // namespace adphoto::gui
