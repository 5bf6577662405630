#pragma once

#include "core/Error.h"
#include "core/matching/ImportPlan.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace adphoto::gui {

class CsvImportWizard;
class PlanningIndicator;
class MessageBanner;

/// The CSV import wizard's review page, the last before anything is written: the plan made
/// with the photo options (ImportPlanner, off the GUI thread) in the bulk import page's review
/// table (ImportPlanModel, ImportReviewDelegate) — current photo and file thumbnails, status,
/// reason, ticks, a user chooser (F2) for lines that fit several users. Its commit button
/// ("Apply to N users") starts the apply. GUI thread only.
class CsvReviewPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit CsvReviewPage(CsvImportWizard& wizard);
    ~CsvReviewPage() override;

    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] MessageBanner* banner() const { return m_banner; }
    [[nodiscard]] bool isPlanning() const { return m_watcher.isRunning(); }

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

signals:
    /// The plan is shown (or why it could not be made is).
    void planned();

private:
    void showPlan();
    void updateState();

    CsvImportWizard& m_wizard;
    MessageBanner* m_banner = nullptr;
    QLabel* m_summary = nullptr;
    PlanningIndicator* m_busy = nullptr;
    QPushButton* m_tickAll = nullptr;
    QPushButton* m_untickAll = nullptr;
    QTableView* m_table = nullptr;
    QFutureWatcher<Result<ImportPlan>> m_watcher;
};

} // namespace adphoto::gui
