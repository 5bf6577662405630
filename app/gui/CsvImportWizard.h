#pragma once

#include "core/UserRecord.h"
#include "core/apply/ImportRunner.h"
#include "core/csv/CsvImportOptions.h"
#include "core/matching/PlanBuilder.h"

#include <QWizard>

namespace adphoto {
class ImportPlanModel;
class Settings;
struct PlanRequest;
} // namespace adphoto

namespace adphoto::gui {

class Connection;
class CsvApplyPage;
class CsvFilePage;
class CsvMappingPage;
class CsvOptionsPage;
class CsvReviewPage;
class CsvSummaryPage;
class CsvValidationPage;
class FileThumbnails;
class PhotoActions;
class UsersPage;

/// The CSV import wizard: file → encoding, delimiter, header and column mapping with a live
/// preview → per-line validation (bad lines highlighted with line number and reason) → photo
/// options → review of the plan (tick, untick, pick users) → apply with progress and Cancel →
/// summary with an export of the results as CSV. Every step is the core code path of
/// `adphoto-cli import --csv FILE [--encoding --delimiter --no-header --user-column
/// --file-column --path-map --only-missing --skip-disabled --size --max-bytes] --yes`:
/// CsvImportReader, ImportPlanner, ImportRunner in an ApplySession (ImportApplyTask).
///
/// Pages (object names): csvFilePage, csvMappingPage, csvValidationPage, csvOptionsPage,
/// csvReviewPage, csvApplyPage, csvSummaryPage; setCsvFile() fills the first one. Cancel (or
/// Escape) while an apply runs stops the apply between users instead of closing; the import
/// stays resumable from the bulk import page. GUI thread only.
class CsvImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        FilePageId,
        MappingPageId,
        ValidationPageId,
        OptionsPageId,
        ReviewPageId,
        ApplyPageId,
        SummaryPageId,
    };

    CsvImportWizard(Connection& connection, PhotoActions& actions, Settings& settings, UsersPage& users,
                    QString journalDirectory, QWidget* parent = nullptr);
    ~CsvImportWizard() override;

    /// Puts `path` into the file page (as if chosen there).
    void setCsvFile(const QString& path);
    [[nodiscard]] QString csvFile() const;

    /// The reading options the mapping page shows (`--encoding --delimiter --no-header
    /// --user-column --file-column --path-map`).
    [[nodiscard]] CsvImportOptions csvOptions() const;
    /// `--only-missing --skip-disabled` from the options page.
    [[nodiscard]] PlanOptions planOptions() const;
    /// Size, byte budget and the settings' imaging options from the options page.
    [[nodiscard]] ImportOptions importOptions() const;
    /// What ImportPlanner needs for this CSV; `withOptions` adds planOptions().
    [[nodiscard]] PlanRequest planRequest(bool withOptions) const;

    /// Whether the users are listed, so a plan can be made; otherwise why not.
    [[nodiscard]] QString whyNoUsers() const;
    [[nodiscard]] const QList<UserRecord>& users() const;

    [[nodiscard]] ImportPlanModel* reviewModel() const { return m_model; }
    [[nodiscard]] FileThumbnails* fileThumbnails() const { return m_files; }
    [[nodiscard]] bool isApplying() const;

    [[nodiscard]] CsvFilePage* filePage() const { return m_filePage; }
    [[nodiscard]] CsvMappingPage* mappingPage() const { return m_mappingPage; }
    [[nodiscard]] CsvValidationPage* validationPage() const { return m_validationPage; }
    [[nodiscard]] CsvOptionsPage* optionsPage() const { return m_optionsPage; }
    [[nodiscard]] CsvReviewPage* reviewPage() const { return m_reviewPage; }
    [[nodiscard]] CsvApplyPage* applyPage() const { return m_applyPage; }
    [[nodiscard]] CsvSummaryPage* summaryPage() const { return m_summaryPage; }

    [[nodiscard]] Connection& connection() { return m_connection; }
    [[nodiscard]] PhotoActions& photoActions() { return m_actions; }
    [[nodiscard]] Settings& settings() { return m_settings; }
    [[nodiscard]] UsersPage& usersPage() { return m_users; }
    [[nodiscard]] const QString& journalDirectory() const { return m_journalDirectory; }

public slots:
    void reject() override;

signals:
    /// Users whose photo the import changed (the users page re-reads them).
    void usersChanged(const QStringList& dns);
    /// An apply ended (the history page reloads).
    void applyFinished();

private:
    Connection& m_connection;
    PhotoActions& m_actions;
    Settings& m_settings;
    UsersPage& m_users;
    QString m_journalDirectory;
    ImportPlanModel* m_model = nullptr;
    FileThumbnails* m_files = nullptr;
    CsvFilePage* m_filePage = nullptr;
    CsvMappingPage* m_mappingPage = nullptr;
    CsvValidationPage* m_validationPage = nullptr;
    CsvOptionsPage* m_optionsPage = nullptr;
    CsvReviewPage* m_reviewPage = nullptr;
    CsvApplyPage* m_applyPage = nullptr;
    CsvSummaryPage* m_summaryPage = nullptr;
};

} // namespace adphoto::gui
