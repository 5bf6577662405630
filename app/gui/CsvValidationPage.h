#pragma once

#include "core/Error.h"
#include "core/matching/ImportPlan.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QStandardItemModel;
class QTableView;

namespace adphoto::gui {

class CsvImportWizard;
class PlanningIndicator;
class MessageBanner;

/// The CSV import wizard's validation page: every data line as ImportPlanner sees it against
/// the listed users — the line number, the user and file as written, the account found, and
/// for bad lines the reason (unknown user, duplicate, file missing or not an image, unmapped
/// Windows path, malformed line), highlighted in red; lines that need a pick in amber.
/// Planning runs off the GUI thread. Next needs at least one usable line. GUI thread only.
class CsvValidationPage final : public QWizardPage
{
    Q_OBJECT
public:
    enum Column
    {
        LineColumn,
        UserColumn,
        AccountColumn,
        FileColumn,
        StatusColumn,
        ProblemColumn,
        ColumnCount
    };
    /// Item data role of the LineColumn: int(PlanStatus) of the line.
    static constexpr int StatusRole = Qt::UserRole + 1;

    explicit CsvValidationPage(CsvImportWizard& wizard);
    ~CsvValidationPage() override;

    [[nodiscard]] QStandardItemModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] MessageBanner* banner() const { return m_banner; }
    [[nodiscard]] bool isValidating() const { return m_watcher.isRunning(); }
    [[nodiscard]] int problemCount() const { return m_problems; }

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

signals:
    /// The lines are checked (or why they could not be is shown).
    void validated();

private:
    void validate();
    void showResult();
    void applyFilter();

    CsvImportWizard& m_wizard;
    MessageBanner* m_banner = nullptr;
    QLabel* m_summary = nullptr;
    PlanningIndicator* m_busy = nullptr;
    QCheckBox* m_problemsOnly = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QFutureWatcher<Result<ImportPlan>> m_watcher;
    QMetaObject::Connection m_waitForUsers;
    int m_usable = 0;
    int m_problems = 0;
};

} // namespace adphoto::gui
