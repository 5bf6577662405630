#pragma once

#include "core/Error.h"
#include "core/deploy/DeployFile.h"
#include "core/deploy/DeployOptions.h"

#include <QFutureWatcher>
#include <QHash>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace adphoto::gui {

class DeployPreview;
class MessageBanner;

/// The deploy page: the generator of `adphoto-cli deploy` with a form. Mode (system-task,
/// recommended, or logoff with its residual risk), picture folder (Windows' own, ProgramData or
/// custom), sizes, JPEG quality, GPO name, users' domain, the logoff mode's group, optional fixed
/// GPO GUID / backup ID / time, output folder and zip. Every field is checked as it is typed by
/// DeployOptions' own parsing and validation (the CLI's), and its problem is shown under it; a
/// preview lists the files of the package and shows the selected one. Generate writes the folder
/// (and zip) with DeployPackage on the thread pool. GUI thread only.
class DeployPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DeployPage(QWidget* parent = nullptr);
    ~DeployPage() override;

    /// The options the form describes now (unparseable fields keep their defaults; see problems()).
    /// Empty GUID fields are filled with the random GUIDs shown as placeholders, so the preview
    /// and the written package agree.
    [[nodiscard]] DeployOptions options() const;
    /// What is wrong with the form, per field (parsing and DeployOptions::problems()).
    [[nodiscard]] QList<DeployProblem> problems() const;
    /// The output folder's problem, or empty.
    [[nodiscard]] QString outputProblem() const;
    /// The message shown under a field, or empty.
    [[nodiscard]] QString fieldMessage(DeployField field) const;

    void setOutputFolder(const QString& path);
    /// Writes the package (off the GUI thread); ends with generated() or a message.
    void generate();
    [[nodiscard]] bool isGenerating() const { return m_generating.isRunning(); }
    [[nodiscard]] bool isPreviewing() const { return m_previewing.isRunning() || m_previewTimer.isActive(); }

    [[nodiscard]] DeployPreview* preview() const { return m_preview; }
    [[nodiscard]] MessageBanner* banner() const { return m_banner; }

signals:
    /// The preview shows the package of the current options (or why there is none).
    void previewUpdated();
    /// The package was written: the files' absolute paths, the zip last.
    void generated(const QStringList& files);
    void statusMessage(const QString& text);

private:
    struct Parsed
    {
        DeployOptions options;
        QList<DeployProblem> problems;
    };
    [[nodiscard]] Parsed parse() const;
    QWidget* buildForm();
    void validate();
    void startPreview();
    void onGenerated();
    void updateModeText();
    void chooseOutputFolder();
    [[nodiscard]] QLabel* errorLabel(const QString& name);
    /// Adds `field` to `form` under a buddy `label`, with its error label (`errorName`) beneath;
    /// returns the buddy label.
    QLabel* addField(QFormLayout* form, const QString& label, QWidget* field, DeployField which,
                     const QString& errorName);

    MessageBanner* m_banner = nullptr;
    QRadioButton* m_systemTask = nullptr;
    QRadioButton* m_logoff = nullptr;
    QLabel* m_modeText = nullptr;
    QComboBox* m_imageDir = nullptr;
    QLineEdit* m_sizes = nullptr;
    QSpinBox* m_quality = nullptr;
    QLineEdit* m_gpoName = nullptr;
    QLineEdit* m_domain = nullptr;
    QComboBox* m_aclPrincipal = nullptr;
    QLabel* m_aclLabel = nullptr;
    QLineEdit* m_gpoGuid = nullptr;
    QLineEdit* m_backupId = nullptr;
    QLineEdit* m_timestamp = nullptr;
    QLineEdit* m_out = nullptr;
    QCheckBox* m_zip = nullptr;
    QPushButton* m_generate = nullptr;
    QLabel* m_result = nullptr;
    QHash<DeployField, QLabel*> m_errors;
    QHash<DeployField, QWidget*> m_fields;
    QLabel* m_outError = nullptr;
    DeployPreview* m_preview = nullptr;
    QTimer m_previewTimer;
    QFutureWatcher<Result<DeployContents>> m_previewing;
    QFutureWatcher<Result<QStringList>> m_generating;
    QString m_generatingInto;
    QUuid m_autoGpoGuid;
    QUuid m_autoBackupId;
};

} // namespace adphoto::gui
