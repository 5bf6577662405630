#pragma once

#include "core/apply/ImportRunner.h"
#include "core/matching/ImportPlan.h"
#include "core/matching/PlanScope.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace adphoto {
class ImportPlanModel;
class Settings;
} // namespace adphoto

namespace adphoto::gui {

class Connection;
class FileThumbnails;
struct ImportApplyOutcome;
class MessageBanner;
class PhotoActions;
class UsersPage;

/// Bulk import from a folder: choose a folder, review the match (thumbnail of the file and of
/// the current photo, proposed user, rule, status with colour and icon), pick users for
/// ambiguous rows, tick and untick rows, set the options (only missing, skip disabled, size,
/// byte budget), then Apply with a progress bar, Cancel and a result per user. An import that
/// did not finish (crash, lost DC, cancel) is offered for Resume. Planning is ImportPlanner and
/// applying is ImportRunner, exactly as `adphoto-cli import --folder` does; both run off the GUI
/// thread (the apply on PhotoActions' journal thread). GUI thread only.
class ImportPage final : public QWidget
{
    Q_OBJECT
public:
    ImportPage(Connection& connection, PhotoActions& actions, Settings& settings, UsersPage& users,
               QString journalDirectory, QWidget* parent = nullptr);
    ~ImportPage() override;

    void setFolder(const QString& folder);
    /// Matches the folder's files against the listed users.
    void plan();
    /// Asks, then applies the ticked ready rows.
    void apply();
    /// Looks in the journal for an import that did not finish and offers it.
    void checkForUnfinished();
    /// Resumes the unfinished import found by checkForUnfinished().
    void resume();
    /// Stops the matching, or the apply after its current user (also Esc).
    void cancel();
    /// Limits the import to these users (the audit's "Import for these users"): files are still
    /// matched against every user, then ready rows for anyone else are skipped (PlanScope).
    /// Also ticks "only users without a photo", and matches again if a folder was matched.
    void limitToUsers(const QStringList& dns, const QString& description);
    /// Lifts the limit (and matches again if a folder was matched).
    void clearUserLimit();
    [[nodiscard]] const PlanScope& userLimit() const { return m_scope; }

    [[nodiscard]] ImportPlanModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] MessageBanner* banner() const { return m_banner; }
    [[nodiscard]] bool isApplying() const { return m_applying.isRunning(); }
    [[nodiscard]] bool isPlanning() const { return m_planning.isRunning(); }
    [[nodiscard]] QString unfinishedImport() const { return m_unfinished; }
    [[nodiscard]] QString summaryText() const;

signals:
    void planned();
    void applyFinished();
    /// Users whose photo the import changed (the users page re-reads them).
    void usersChanged(const QStringList& dns);
    void statusMessage(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void chooseFolder();
    void start(const ImportPlan& plan, const ImportOptions& options, const QString& resumeId);
    void onApplyFinished();
    void updateState();
    [[nodiscard]] ImportOptions options() const;

    Connection& m_connection;
    PhotoActions& m_actions;
    Settings& m_settings;
    UsersPage& m_users;
    QString m_journalDirectory;
    ImportPlanModel* m_model = nullptr;
    FileThumbnails* m_files = nullptr;
    MessageBanner* m_banner = nullptr;
    QLineEdit* m_folder = nullptr;
    QCheckBox* m_recursive = nullptr;
    QCheckBox* m_onlyMissing = nullptr;
    QCheckBox* m_skipDisabled = nullptr;
    QComboBox* m_size = nullptr;
    QSpinBox* m_budget = nullptr;
    QPushButton* m_match = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_selectAll = nullptr;
    QPushButton* m_selectNone = nullptr;
    QPushButton* m_apply = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QWidget* m_resumeBar = nullptr;
    QLabel* m_resumeText = nullptr;
    QFutureWatcher<Result<ImportPlan>> m_planning;
    QFutureWatcher<ImportResult> m_applying;
    std::shared_ptr<ImportApplyOutcome> m_outcome;
    QString m_unfinished;
    bool m_checkedJournal = false;
    PlanScope m_scope;
    QWidget* m_scopeBar = nullptr;
    QLabel* m_scopeText = nullptr;
};

} // namespace adphoto::gui
