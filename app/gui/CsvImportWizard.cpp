#include "app/gui/CsvImportWizard.h"

#include "app/gui/Connection.h"
#include "app/gui/CsvApplyPage.h"
#include "app/gui/CsvFilePage.h"
#include "app/gui/CsvMappingPage.h"
#include "app/gui/CsvOptionsPage.h"
#include "app/gui/CsvReviewPage.h"
#include "app/gui/CsvSummaryPage.h"
#include "app/gui/CsvValidationPage.h"
#include "app/gui/FileThumbnails.h"
#include "app/gui/Icons.h"
#include "app/gui/PhotoActions.h"
#include "app/gui/UsersPage.h"
#include "core/apply/ImportPlanner.h"
#include "core/models/ImportPlanModel.h"
#include "core/models/UserListModel.h"

#include <QFileInfo>

namespace adphoto::gui {

CsvImportWizard::CsvImportWizard(Connection& connection, PhotoActions& actions, Settings& settings,
                                 UsersPage& users, QString journalDirectory, QWidget* parent)
    : QWizard(parent)
    , m_connection(connection)
    , m_actions(actions)
    , m_settings(settings)
    , m_users(users)
    , m_journalDirectory(std::move(journalDirectory))
    , m_model(new ImportPlanModel(this))
    , m_files(new FileThumbnails(32, this))
{
    setObjectName(QStringLiteral("csvImportWizard"));
    setWindowTitle(tr("Import photos from a CSV file"));
    setWindowIcon(themedIcon("csv"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnStartPage);

    m_filePage = new CsvFilePage(this);
    m_mappingPage = new CsvMappingPage(*this);
    m_validationPage = new CsvValidationPage(*this);
    m_optionsPage = new CsvOptionsPage(*this);
    m_reviewPage = new CsvReviewPage(*this);
    m_applyPage = new CsvApplyPage(*this);
    m_summaryPage = new CsvSummaryPage(*this);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(ValidationPageId, m_validationPage);
    setPage(OptionsPageId, m_optionsPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(ApplyPageId, m_applyPage);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(FilePageId);

    connect(m_applyPage, &CsvApplyPage::finished, this, [this](const QStringList& changed) {
        if (!changed.isEmpty())
            emit usersChanged(changed);
        emit applyFinished();
    });
    resize(940, 640);
}

CsvImportWizard::~CsvImportWizard() = default;

void CsvImportWizard::setCsvFile(const QString& path)
{
    m_filePage->setPath(path);
}

QString CsvImportWizard::csvFile() const
{
    return m_filePage->path();
}

CsvImportOptions CsvImportWizard::csvOptions() const
{
    return m_mappingPage->options();
}

PlanOptions CsvImportWizard::planOptions() const
{
    return m_optionsPage->planOptions();
}

ImportOptions CsvImportWizard::importOptions() const
{
    return m_optionsPage->importOptions();
}

PlanRequest CsvImportWizard::planRequest(bool withOptions) const
{
    PlanRequest request;
    request.csvPath = QFileInfo(csvFile()).absoluteFilePath();
    request.csv = csvOptions();
    if (withOptions)
        request.options = planOptions();
    return request;
}

QString CsvImportWizard::whyNoUsers() const
{
    if (!m_connection.isOpen())
        return tr("Connect to a directory first: the CSV's users are looked up there.");
    if (m_users.isLoading())
        return tr("The user list is still loading; this page continues when it is complete.");
    if (m_users.model()->rowCount() == 0)
        return tr("The directory listed no users.");
    return {};
}

const QList<UserRecord>& CsvImportWizard::users() const
{
    return m_users.model()->users();
}

bool CsvImportWizard::isApplying() const
{
    return m_applyPage->isApplying();
}

void CsvImportWizard::reject()
{
    // Closing must not abandon a running apply: stop it between users (it stays resumable) and
    // let the admin read the outcome.
    if (isApplying()) {
        m_applyPage->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace adphoto::gui
