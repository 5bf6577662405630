#pragma once

#include "core/apply/ImportRunner.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace adphoto::gui {

class CsvImportWizard;
class MessageBanner;
struct ImportApplyOutcome;

/// The CSV import wizard's apply page: writes the reviewed plan's ticked lines with
/// ImportApplyTask (journal backup first, compare-and-swap, one DC) on PhotoActions' journal
/// thread, with a progress bar, a Cancel button (stops between users; the import can be
/// resumed from the bulk import page) and each user's result as it comes. Next (to the summary)
/// is enabled once the apply has ended. GUI thread only.
class CsvApplyPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit CsvApplyPage(CsvImportWizard& wizard);
    ~CsvApplyPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] bool isApplying() const { return m_applying.isRunning(); }
    void cancel();

    /// How the apply ended; null before.
    [[nodiscard]] const ImportApplyOutcome* outcome() const { return m_done ? m_outcome.get() : nullptr; }
    /// This run's results, in the order they came.
    [[nodiscard]] const QList<ImportResult>& results() const { return m_results; }
    /// One sentence on how the apply ended.
    [[nodiscard]] QString outcomeText() const;
    [[nodiscard]] MessageBanner* banner() const { return m_banner; }
    [[nodiscard]] QTableView* table() const { return m_table; }

signals:
    /// The apply ended; `changed` are the DNs whose photo was written.
    void finished(const QStringList& changed);

private:
    void onFinished();

    CsvImportWizard& m_wizard;
    MessageBanner* m_banner = nullptr;
    QLabel* m_state = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QTableView* m_table = nullptr;
    QFutureWatcher<ImportResult> m_applying;
    std::shared_ptr<ImportApplyOutcome> m_outcome;
    QList<ImportResult> m_results;
    bool m_done = false;
};

} // namespace adphoto::gui
