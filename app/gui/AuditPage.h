#pragma once

#include "core/Error.h"
#include "core/audit/AuditReport.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace adphoto {
class AuditFindingsModel;
class Directory;
class AuditOuModel;
} // namespace adphoto

namespace adphoto::gui {

class Connection;
class MessageBanner;

/// The photo audit: runs the audit of `adphoto-cli audit` (Directory::visitPhotos feeding an
/// AuditEngine on the directory's session thread; the report is built on the thread pool) for
/// the whole base or one OU, with progress and Cancel; shows the users and users without a
/// photo per OU (subtree and direct, with a bar), one tab per finding kind with its users,
/// exports CSV and HTML with the CLI's writers (AuditCsv, AuditHtml), and hands the users
/// without a photo to the bulk import page (importRequested). GUI thread only.
class AuditPage final : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(Connection& connection, QWidget* parent = nullptr);
    ~AuditPage() override;

    /// Audits the OU in the OU field (empty: the connection's base DN).
    void run();
    void cancel();
    void setOu(const QString& dn);
    /// Photos over this many bytes are reported (the CLI's --max-bytes; whole KiB here).
    void setMaxBytes(qint64 bytes);
    /// Writes the report as CSV / HTML, off the GUI thread; ends with exported() or a message.
    void exportCsv(const QString& path);
    void exportHtml(const QString& path);
    /// Emits importRequested() with the users without a photo of the last report.
    void importMissing();

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] const std::optional<AuditReport>& report() const { return m_report; }
    [[nodiscard]] AuditOuModel* ouModel() const { return m_ous; }
    [[nodiscard]] AuditFindingsModel* findingsModel(FindingKind kind) const { return m_findings.value(kind); }
    [[nodiscard]] QTabWidget* findingTabs() const { return m_tabs; }
    [[nodiscard]] MessageBanner* banner() const { return m_banner; }
    [[nodiscard]] QString summaryText() const;

signals:
    /// An audit ended with a report (not after a cancel or an error).
    void finished();
    void exported(const QString& path);
    /// "Import for these users": the DNs of the users without a photo and, for people, what
    /// they are ("12 users without a photo in OU=Sales,...").
    void importRequested(const QStringList& dns, const QString& description);
    void statusMessage(const QString& text);

private:
    void onVisitFinished();
    void showReport(const AuditReport& report);
    void updateState();
    void chooseExport(bool html);
    void writeExport(const QString& path, std::function<QByteArray()> render);
    [[nodiscard]] QString source() const;

    Connection& m_connection;
    AuditOuModel* m_ous = nullptr;
    QHash<FindingKind, AuditFindingsModel*> m_findings;
    QHash<FindingKind, int> m_tabIndex;
    MessageBanner* m_banner = nullptr;
    QLineEdit* m_ou = nullptr;
    QSpinBox* m_maxKb = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_ouTable = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportHtml = nullptr;
    QPushButton* m_import = nullptr;
    QFutureWatcher<Result<void>> m_visit;
    QFutureWatcher<AuditReport> m_building;
    struct Job;
    std::shared_ptr<Job> m_job;
    /// Kept until the listing has stopped, so the visitor never outlives its directory.
    std::shared_ptr<Directory> m_directory;
    std::optional<AuditReport> m_report;
    quint64 m_generation = 0;
    bool m_exporting = false;
    bool m_running = false; ///< from run() until the report is shown or the listing has ended
};

} // namespace adphoto::gui
