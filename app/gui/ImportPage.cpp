#include "app/gui/ImportPage.h"

#include "app/gui/Connection.h"
#include "app/gui/FileThumbnails.h"
#include "app/gui/Icons.h"
#include "app/gui/ImportApplyTask.h"
#include "app/gui/ImportReviewDelegate.h"
#include "app/gui/MessageBanner.h"
#include "app/gui/PhotoActions.h"
#include "app/gui/PlanTask.h"
#include "app/gui/ThumbnailCache.h"
#include "app/gui/UsersPage.h"
#include "core/Settings.h"
#include "core/apply/ImportPlanner.h"
#include "core/journal/ApplySession.h"
#include "core/models/ImportPlanModel.h"
#include "core/models/UserListModel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace adphoto::gui {

namespace {
constexpr int kThumb = 32;
// The user chooser opens on double-click, a click on the selected cell or F2, not on arrowing.
constexpr QAbstractItemView::EditTriggers kEditTriggers =
    QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked | QAbstractItemView::EditKeyPressed;

/// "ldaps://dc1.example.test:636" -> "dc1.example.test"
QString hostOf(const QString& server)
{
    QString host = server.trimmed().toLower();
    if (const qsizetype scheme = host.indexOf(QLatin1String("://")); scheme >= 0)
        host = host.mid(scheme + 3);
    if (const qsizetype port = host.lastIndexOf(QLatin1Char(':')); port >= 0)
        host = host.left(port);
    return host;
}

/// Whether the journal's server of an import (a URI or a DC host name) is the one connected to.
bool sameServer(const QString& recorded, const ConnectionInfo& info)
{
    const QString host = hostOf(recorded);
    return host == hostOf(info.uri) || host == info.dcHost.toLower();
}
} // namespace

ImportPage::ImportPage(Connection& connection, PhotoActions& actions, Settings& settings, UsersPage& users,
                       QString journalDirectory, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_actions(actions)
    , m_settings(settings)
    , m_users(users)
    , m_journalDirectory(std::move(journalDirectory))
    , m_model(new ImportPlanModel(this))
    , m_files(new FileThumbnails(kThumb, this))
{
    setObjectName(QStringLiteral("importPage"));
    m_banner = new MessageBanner(this);

    // Resume offer.
    m_resumeBar = new QFrame(this);
    m_resumeBar->setObjectName(QStringLiteral("resumeBar"));
    m_resumeBar->setStyleSheet(QStringLiteral("#resumeBar { background: #fef7e0; border: 1px solid #f9d776;"
                                              " border-radius: 4px; }"));
    m_resumeText = new QLabel(m_resumeBar);
    m_resumeText->setWordWrap(true);
    auto* resumeButton = new QPushButton(themedIcon("refresh"), tr("&Resume"), m_resumeBar);
    resumeButton->setObjectName(QStringLiteral("resumeButton"));
    auto* dismiss = new QPushButton(tr("Not now"), m_resumeBar);
    auto* resumeRow = new QHBoxLayout(m_resumeBar);
    resumeRow->addWidget(m_resumeText, 1);
    resumeRow->addWidget(resumeButton);
    resumeRow->addWidget(dismiss);
    m_resumeBar->hide();

    // The audit's "Import for these users" limit.
    m_scopeBar = new QFrame(this);
    m_scopeBar->setObjectName(QStringLiteral("scopeBar"));
    m_scopeBar->setStyleSheet(QStringLiteral("#scopeBar { background: #e8f0fe; border: 1px solid #aecbfa;"
                                             " border-radius: 4px; }"));
    m_scopeText = new QLabel(m_scopeBar);
    m_scopeText->setObjectName(QStringLiteral("scopeText"));
    m_scopeText->setWordWrap(true);
    auto* clearScope = new QPushButton(tr("Show &all users"), m_scopeBar);
    clearScope->setObjectName(QStringLiteral("clearScope"));
    auto* scopeRow = new QHBoxLayout(m_scopeBar);
    scopeRow->addWidget(m_scopeText, 1);
    scopeRow->addWidget(clearScope);
    m_scopeBar->hide();
    connect(clearScope, &QPushButton::clicked, this, &ImportPage::clearUserLimit);

    // Source and options.
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("importFolder"));
    m_folder->setPlaceholderText(tr("Folder with one photo per user, named after the user"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    m_recursive = new QCheckBox(tr("Include &subfolders"), this);
    m_match = new QPushButton(themedIcon("search"), tr("&Match"), this);
    m_match->setObjectName(QStringLiteral("matchButton"));
    m_onlyMissing = new QCheckBox(tr("Only users &without a photo"), this);
    m_onlyMissing->setObjectName(QStringLiteral("onlyMissing"));
    m_skipDisabled = new QCheckBox(tr("Skip &disabled accounts"), this);
    m_skipDisabled->setObjectName(QStringLiteral("skipDisabled"));
    m_size = new QComboBox(this);
    for (int edge = 96; edge <= 648; edge += 96)
        m_size->addItem(tr("%1 × %1 px").arg(edge), edge);
    m_budget = new QSpinBox(this);
    m_budget->setRange(2, 100);
    m_budget->setSuffix(tr(" KB"));
    const PhotoSpec defaults = PhotoActions::defaultSpec(m_settings);
    m_size->setCurrentIndex(std::max(0, m_size->findData(defaults.size)));
    m_budget->setValue(int(std::clamp<qint64>(defaults.maxBytes / 1024, 2, 100)));

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(new QLabel(tr("Folder:"), this));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    folderRow->addWidget(m_recursive);
    folderRow->addWidget(m_match);
    auto* optionRow = new QHBoxLayout;
    optionRow->addWidget(m_onlyMissing);
    optionRow->addWidget(m_skipDisabled);
    optionRow->addSpacing(16);
    optionRow->addWidget(new QLabel(tr("Size:"), this));
    optionRow->addWidget(m_size);
    optionRow->addWidget(new QLabel(tr("At most:"), this));
    optionRow->addWidget(m_budget);
    optionRow->addStretch(1);

    // Review table.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("importTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ImportReviewDelegate(*m_files, *m_users.thumbnails(), m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(kEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(kThumb + 6);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(ImportPlanModel::CheckColumn, 28);
    header->resizeSection(ImportPlanModel::CurrentColumn, kThumb + 12);
    header->resizeSection(ImportPlanModel::NewColumn, kThumb + 12);
    header->resizeSection(ImportPlanModel::FileColumn, 190);
    header->resizeSection(ImportPlanModel::UserColumn, 170);
    header->resizeSection(ImportPlanModel::StatusColumn, 130);
    header->resizeSection(ImportPlanModel::ReasonColumn, 220);
    m_table->setAccessibleName(tr("Import review"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_selectAll = new QPushButton(tr("Tick all ready"), this);
    m_selectNone = new QPushButton(tr("Untick all"), this);
    m_apply = new QPushButton(themedIcon("import"), tr("&Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setFormat(tr("%v of %m written"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->hide();
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_selectAll);
    bottom->addWidget(m_selectNone);
    bottom->addWidget(m_apply);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_banner);
    layout->addWidget(m_resumeBar);
    layout->addWidget(m_scopeBar);
    layout->addLayout(folderRow);
    layout->addLayout(optionRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(browse, &QPushButton::clicked, this, &ImportPage::chooseFolder);
    connect(m_match, &QPushButton::clicked, this, &ImportPage::plan);
    connect(m_folder, &QLineEdit::returnPressed, this, &ImportPage::plan);
    connect(m_apply, &QPushButton::clicked, this, &ImportPage::apply);
    connect(m_cancel, &QPushButton::clicked, this, &ImportPage::cancel);
    connect(m_selectAll, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    connect(resumeButton, &QPushButton::clicked, this, &ImportPage::resume);
    connect(dismiss, &QPushButton::clicked, m_resumeBar, &QWidget::hide);
    connect(m_model, &ImportPlanModel::countsChanged, this, &ImportPage::updateState);
    connect(m_files, &FileThumbnails::ready, m_table->viewport(), qOverload<>(&QWidget::update));
    connect(m_users.thumbnails(), &ThumbnailCache::thumbnailReady, m_table->viewport(),
            qOverload<>(&QWidget::update));
    connect(&m_planning, &QFutureWatcher<Result<ImportPlan>>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    // Esc stops what is running: the matching, or the apply (after its current user).
    auto* escape = new QShortcut(QKeySequence::Cancel, this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_planning.isRunning() || isApplying())
            cancel();
    });
    connect(&m_planning, &QFutureWatcher<Result<ImportPlan>>::finished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        m_cancel->setText(tr("Cancel"));
        updateState();
        if (m_planning.future().resultCount() == 0) {
            emit statusMessage(tr("Matching cancelled."));
            return;
        }
        const Result<ImportPlan> made = m_planning.result();
        if (!made) {
            m_banner->showMessage(MessageBanner::Kind::Error, made.error().text());
            return;
        }
        PlanOptions options;
        options.onlyMissing = m_onlyMissing->isChecked();
        options.skipDisabled = m_skipDisabled->isChecked();
        ImportPlan scoped = *made;
        m_scope.apply(scoped);
        m_model->setPlan(scoped, m_scope.filter(m_users.model()->users()), options);
        emit planned();
    });
    connect(&m_applying, &QFutureWatcher<ImportResult>::resultsReadyAt, this, [this](int begin, int end) {
        for (int i = begin; i < end; ++i)
            m_model->setResult(m_applying.resultAt(i));
    });
    connect(&m_applying, &QFutureWatcher<ImportResult>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_applying, &QFutureWatcher<ImportResult>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_applying, &QFutureWatcher<ImportResult>::finished, this, &ImportPage::onApplyFinished);
    connect(&m_connection, &Connection::opened, this, [this] {
        m_checkedJournal = false;
        if (isVisible())
            checkForUnfinished();
        updateState();
    });
    connect(m_users.model(), &QAbstractItemModel::modelReset, this, &ImportPage::updateState);
    connect(&m_users, &UsersPage::listingFinished, this, &ImportPage::updateState);
    updateState();
}

ImportPage::~ImportPage()
{
    // A running apply keeps going to the end of its current user; let it record that.
    m_planning.cancel();
    m_applying.cancel();
    m_applying.waitForFinished();
}

void ImportPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_checkedJournal && m_connection.isOpen())
        checkForUnfinished();
}

void ImportPage::setFolder(const QString& folder)
{
    m_folder->setText(folder);
}

void ImportPage::chooseFolder()
{
    auto* dialog = new QFileDialog(this, tr("Folder with photos"), m_folder->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_folder->setText(path);
        plan();
    });
    dialog->open();
}

void ImportPage::plan()
{
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty() || !QDir(folder).exists()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("Choose a folder that exists."));
        return;
    }
    if (m_users.isLoading() || m_users.model()->rowCount() == 0) {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Wait for the user list, then match again."));
        return;
    }
    m_banner->hide();
    PlanRequest request;
    request.folder = folder;
    request.recursive = m_recursive->isChecked();
    request.options.onlyMissing = m_onlyMissing->isChecked();
    request.options.skipDisabled = m_skipDisabled->isChecked();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Matching… %p%"));
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_planning.setFuture(PlanTask::start(request, m_users.model()->users(), m_connection.directory()));
    updateState();
}

ImportOptions ImportPage::options() const
{
    ImportOptions o;
    o.spec = PhotoActions::defaultSpec(m_settings);
    o.spec.size = m_size->currentData().toInt();
    o.spec.maxBytes = qint64(m_budget->value()) * 1024;
    return o;
}

void ImportPage::apply()
{
    const int count = m_model->checkedCount();
    if (count == 0 || isApplying())
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Apply import"),
                                tr("Write new photos for %1 users?").arg(QLocale().toString(count)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmImport"));
    box->setInformativeText(
        tr("Every replaced photo is kept in the history; the whole import can be undone."));
    box->button(QMessageBox::Yes)->setText(tr("Apply"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            start(m_model->plan(), options(), {});
    });
    box->open();
}

void ImportPage::start(const ImportPlan& plan, const ImportOptions& options, const QString& resumeId)
{
    m_banner->hide();
    m_resumeBar->hide();
    m_model->clearResults();
    m_outcome = std::make_shared<ImportApplyOutcome>();
    m_progress->setRange(0, int(plan.count(PlanStatus::Ready)));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m written"));
    const QString source = QDir(m_folder->text().trimmed()).absolutePath();
    m_applying.setFuture(
        ImportApplyTask::start(m_actions.journalThread(),
                               {m_connection.directory(), m_connection.info(), m_journalDirectory,
                                m_actions.processor(), plan, options, source, resumeId},
                               m_outcome));
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    updateState();
}

void ImportPage::cancel()
{
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Stopping…"));
    if (m_planning.isRunning())
        m_planning.cancel();
    else
        m_applying.cancel();
}

void ImportPage::onApplyFinished()
{
    m_progress->hide();
    m_cancel->hide();
    m_cancel->setText(tr("Cancel"));
    QStringList changed;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, 0).data(ImportPlanModel::ResultRole).toString() == QLatin1String("ok"))
            changed << m_model->row(r).dn;
    }
    const ImportApplyOutcome outcome = m_outcome ? *m_outcome : ImportApplyOutcome{};
    if (outcome.error) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The import did not run: %1").arg(outcome.error->text()));
    } else if (outcome.summary) {
        const ImportSummary& s = *outcome.summary;
        QString text = tr("Import %1: %2 written, %3 unchanged, %4 changed meanwhile, %5 failed.")
                           .arg(outcome.importId)
                           .arg(s.count(QStringLiteral("ok")))
                           .arg(s.count(QStringLiteral("unchanged")))
                           .arg(s.count(QStringLiteral("conflict")))
                           .arg(s.count(QStringLiteral("failed")));
        MessageBanner::Kind kind = MessageBanner::Kind::Information;
        if (s.stoppedBy) {
            text += QLatin1Char(' ') +
                    tr("Stopped: %1. Resume when the directory is back.").arg(s.stoppedBy->text());
            kind = MessageBanner::Kind::Warning;
        } else if (s.cancelled) {
            text += QLatin1Char(' ') + tr("Cancelled; it can be resumed.");
            kind = MessageBanner::Kind::Warning;
        } else if (s.count(QStringLiteral("failed")) + s.count(QStringLiteral("conflict")) > 0) {
            kind = MessageBanner::Kind::Warning;
        }
        m_banner->showMessage(kind, text);
    } else {
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("The import was stopped; it can be resumed."));
    }
    if (!changed.isEmpty())
        emit usersChanged(changed);
    m_checkedJournal = false;
    checkForUnfinished();
    updateState();
    emit applyFinished();
}

void ImportPage::checkForUnfinished()
{
    m_checkedJournal = true;
    QtConcurrent::run(m_actions.journalThread(), [dir = m_journalDirectory]() -> std::optional<ImportRecord> {
        auto journal = Journal::open(dir);
        if (!journal)
            return std::nullopt;
        auto imports = (*journal)->imports();
        if (!imports)
            return std::nullopt;
        for (const ImportRecord& r : *imports) {
            if (r.kind == QLatin1String("import") && r.state != QLatin1String("finished"))
                return r;
        }
        return std::nullopt;
    }).then(this, [this](const std::optional<ImportRecord>& found) {
        m_unfinished = found ? found->id : QString();
        if (!found || isApplying()) {
            m_resumeBar->hide();
            return;
        }
        m_resumeText->setText(tr("The import of %1 started %2 did not finish (%3). Resume it to write the "
                                 "remaining users; those already done are not written again.")
                                  .arg(found->source,
                                       QLocale().toString(found->created.toLocalTime(), QLocale::ShortFormat),
                                       found->state));
        m_resumeBar->show();
    });
}

void ImportPage::resume()
{
    if (m_unfinished.isEmpty() || isApplying())
        return;
    const QString id = m_unfinished;
    // Read the stored plan and options (on the journal thread), then run it under the same id.
    QtConcurrent::run(m_actions.journalThread(), [dir = m_journalDirectory, id]() -> Result<ImportRecord> {
        auto journal = Journal::open(dir);
        if (!journal)
            return std::unexpected(journal.error());
        return (*journal)->import(id);
    }).then(this, [this, id](const Result<ImportRecord>& record) {
        if (!record) {
            m_banner->showMessage(MessageBanner::Kind::Error, record.error().text());
            return;
        }
        // One import talks to one DC from start to end.
        if (!record->server.isEmpty() && !sameServer(record->server, m_connection.info())) {
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("This import was started on %1; connect to that server to resume it.")
                                      .arg(record->server));
            return;
        }
        auto stored = ImportPlan::fromJson(record->planJson.toUtf8());
        if (!stored) {
            m_banner->showMessage(MessageBanner::Kind::Error, stored.error().text());
            return;
        }
        m_folder->setText(record->source);
        m_model->setPlan(*stored, m_users.model()->users(), {});
        start(*stored,
              ImportOptions::fromJson(QJsonDocument::fromJson(record->optionsJson.toUtf8()).object()), id);
    });
}

void ImportPage::limitToUsers(const QStringList& dns, const QString& description)
{
    m_scope = PlanScope(dns, description);
    m_scopeText->setText(tr("Limited to the %1. Files for other users are skipped.").arg(description));
    m_scopeBar->setVisible(m_scope.isLimited());
    m_onlyMissing->setChecked(true);
    if (m_model->rowCount() > 0 && !isApplying())
        plan();
}

void ImportPage::clearUserLimit()
{
    m_scope = PlanScope();
    m_scopeBar->hide();
    if (m_model->rowCount() > 0 && !isApplying())
        plan();
}

QString ImportPage::summaryText() const
{
    if (m_model->rowCount() == 0)
        return {};
    QStringList parts;
    parts << tr("%1 files").arg(m_model->rowCount());
    parts << tr("%1 ready").arg(m_model->countStatus(PlanStatus::Ready));
    if (const int n = m_model->needsChoiceCount())
        parts << tr("%1 to choose").arg(n);
    if (const int n = m_model->countStatus(PlanStatus::Unmatched))
        parts << tr("%1 without a match").arg(n);
    if (const int n = m_model->countStatus(PlanStatus::Skipped))
        parts << tr("%1 skipped").arg(n);
    if (const int n = m_model->countStatus(PlanStatus::Conflict) + m_model->countStatus(PlanStatus::Error))
        parts << tr("%1 with problems").arg(n);
    return parts.join(QStringLiteral(" · "));
}

void ImportPage::updateState()
{
    const bool applying = isApplying();
    const bool idle = !applying && !m_planning.isRunning();
    const bool connected = m_connection.isOpen();
    m_match->setEnabled(idle && connected && !m_users.isLoading());
    m_folder->setEnabled(idle);
    m_recursive->setEnabled(idle);
    m_onlyMissing->setEnabled(idle);
    m_skipDisabled->setEnabled(idle);
    m_size->setEnabled(idle);
    m_budget->setEnabled(idle);
    m_selectAll->setEnabled(idle && m_model->rowCount() > 0);
    m_selectNone->setEnabled(idle && m_model->rowCount() > 0);
    const int count = m_model->checkedCount();
    m_apply->setEnabled(idle && connected && count > 0);
    m_apply->setText(count > 0 ? tr("&Apply to %1 users").arg(QLocale().toString(count)) : tr("&Apply"));
    m_table->setEditTriggers(applying ? QAbstractItemView::NoEditTriggers : kEditTriggers);
    m_summary->setText(m_planning.isRunning() ? tr("Matching…") : summaryText());
}

} // namespace adphoto::gui
