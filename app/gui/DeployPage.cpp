#include "app/gui/DeployPage.h"

#include "app/gui/DeployPreview.h"
#include "app/gui/Icons.h"
#include "app/gui/MessageBanner.h"
#include "core/WorkPool.h"
#include "core/deploy/DeployPackage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace adphoto::gui {

namespace {
constexpr int kPreviewDelayMs = 150;
const QString kClientScript = QStringLiteral("Set-ADPhotoAccountPicture.ps1");

QString sizesText(const QList<int>& sizes)
{
    QStringList parts;
    for (int size : sizes)
        parts << QString::number(size);
    return parts.join(QStringLiteral(", "));
}

// Marks a field whose value is refused, for sighted users; the message under it says why.
void markInvalid(QWidget* field, const QString& message)
{
    field->setProperty("invalid", !message.isEmpty());
    field->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("border: 1px solid #c5221f;"));
    field->setAccessibleDescription(message);
    field->setToolTip(message);
}
} // namespace

DeployPage::DeployPage(QWidget* parent)
    : QWidget(parent)
    , m_autoGpoGuid(QUuid::createUuid())
    , m_autoBackupId(QUuid::createUuid())
{
    setObjectName(QStringLiteral("deployPage"));
    m_banner = new MessageBanner(this);
    m_preview = new DeployPreview(this);
    m_preview->setObjectName(QStringLiteral("deployPreview"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("deploySplitter"));
    splitter->setChildrenCollapsible(false);
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildForm());
    splitter->addWidget(scroll);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &DeployPage::startPreview);
    connect(&m_previewing, &QFutureWatcher<Result<DeployContents>>::finished, this, [this] {
        if (m_previewing.future().resultCount() == 0)
            return;
        const Result<DeployContents> contents = m_previewing.result();
        if (contents)
            m_preview->setContents(*contents, kClientScript);
        else
            m_preview->clear(contents.error().text());
        emit previewUpdated();
    });
    connect(&m_generating, &QFutureWatcher<Result<QStringList>>::finished, this, &DeployPage::onGenerated);
    validate();
}

DeployPage::~DeployPage()
{
    m_previewing.waitForFinished();
    m_generating.waitForFinished();
}

QLabel* DeployPage::errorLabel(const QString& name)
{
    auto* label = new QLabel(this);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c5221f;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QLabel* DeployPage::addField(QFormLayout* form, const QString& label, QWidget* field, DeployField which,
                             const QString& errorName)
{
    // The field with its error text right under it, so a problem is shown where it is.
    QWidget* parent = form->parentWidget();
    auto* box = new QWidget(parent);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    QLabel* error = errorLabel(errorName);
    v->addWidget(error);
    m_errors.insert(which, error);
    m_fields.insert(which, field);
    auto* buddy = new QLabel(label, parent);
    buddy->setBuddy(field);
    form->addRow(buddy, box);
    return buddy;
}

QWidget* DeployPage::buildForm()
{
    const DeployOptions defaults;
    auto* form = new QWidget(this);
    auto* layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 8, 0);

    auto* intro =
        new QLabel(tr("Generates a GPO backup that puts each user's Active Directory photo on their "
                      "Windows account picture, the client PowerShell script and a README with the "
                      "steps. Import it with GPMC's \"Import Settings\" or Import-GPO."),
                   form);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // Mode.
    auto* modeBox = new QGroupBox(tr("How the pictures get onto the computers"), form);
    m_systemTask = new QRadioButton(tr("&Scheduled task as SYSTEM at each sign-in (recommended)"), modeBox);
    m_systemTask->setObjectName(QStringLiteral("deployModeSystemTask"));
    m_logoff = new QRadioButton(tr("User &logoff script"), modeBox);
    m_logoff->setObjectName(QStringLiteral("deployModeLogoff"));
    auto* modes = new QButtonGroup(modeBox);
    modes->addButton(m_systemTask);
    modes->addButton(m_logoff);
    m_systemTask->setChecked(defaults.mode == DeployMode::SystemTask);
    m_logoff->setChecked(defaults.mode == DeployMode::Logoff);
    m_modeText = new QLabel(modeBox);
    m_modeText->setObjectName(QStringLiteral("deployModeText"));
    m_modeText->setWordWrap(true);
    auto* modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_systemTask);
    modeLayout->addWidget(m_logoff);
    modeLayout->addWidget(m_modeText);
    layout->addWidget(modeBox);

    // Package settings.
    auto* settingsBox = new QGroupBox(tr("Package"), form);
    auto* grid = new QFormLayout(settingsBox);
    grid->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_imageDir = new QComboBox(settingsBox);
    m_imageDir->setObjectName(QStringLiteral("deployImageDir"));
    m_imageDir->setEditable(true);
    m_imageDir->setInsertPolicy(QComboBox::NoInsert);
    m_imageDir->addItems(DeployOptions::suggestedImageDirs());
    m_imageDir->setItemData(0, tr("The folder Windows itself uses for account pictures"), Qt::ToolTipRole);
    m_imageDir->setCurrentText(defaults.imageDir);
    addField(grid, tr("Picture &folder:"), m_imageDir, DeployField::ImageDir,
             QStringLiteral("deployImageDirError"));

    m_sizes = new QLineEdit(sizesText(defaults.sizes), settingsBox);
    m_sizes->setObjectName(QStringLiteral("deploySizes"));
    m_sizes->setToolTip(tr("Square sizes in pixels that Windows 10 and 11 ask for, separated by commas"));
    addField(grid, tr("Si&zes (px):"), m_sizes, DeployField::Sizes, QStringLiteral("deploySizesError"));

    m_quality = new QSpinBox(settingsBox);
    m_quality->setObjectName(QStringLiteral("deployQuality"));
    m_quality->setRange(1, 100);
    m_quality->setValue(defaults.jpegQuality);
    addField(grid, tr("JPEG &quality:"), m_quality, DeployField::JpegQuality,
             QStringLiteral("deployQualityError"));

    m_gpoName = new QLineEdit(defaults.gpoName, settingsBox);
    m_gpoName->setObjectName(QStringLiteral("deployGpoName"));
    addField(grid, tr("GPO &name:"), m_gpoName, DeployField::GpoName, QStringLiteral("deployGpoNameError"));

    m_domain = new QLineEdit(defaults.domain, settingsBox);
    m_domain->setObjectName(QStringLiteral("deployDomain"));
    m_domain->setPlaceholderText(tr("Each computer's own domain"));
    addField(grid, tr("Users' &domain:"), m_domain, DeployField::Domain, QStringLiteral("deployDomainError"));

    m_aclPrincipal = new QComboBox(settingsBox);
    m_aclPrincipal->setObjectName(QStringLiteral("deployAclGroup"));
    m_aclPrincipal->setEditable(true);
    m_aclPrincipal->setInsertPolicy(QComboBox::NoInsert);
    m_aclPrincipal->addItems(
        {QStringLiteral("Users"), QStringLiteral("Authenticated Users"), QStringLiteral("INTERACTIVE")});
    m_aclPrincipal->setCurrentText(defaults.aclPrincipal);
    m_aclPrincipal->setToolTip(
        tr("Who may create their own picture key and folder: a SID or a well-known group"));
    m_aclLabel = addField(grid, tr("Logoff mode &group:"), m_aclPrincipal, DeployField::AclPrincipal,
                          QStringLiteral("deployAclGroupError"));
    layout->addWidget(settingsBox);

    // Fixed identifiers, for reproducible packages.
    auto* fixedBox =
        new QGroupBox(tr("Fixed identifiers (optional, for packages that can be compared)"), form);
    auto* fixedGrid = new QFormLayout(fixedBox);
    fixedGrid->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_gpoGuid = new QLineEdit(fixedBox);
    m_gpoGuid->setObjectName(QStringLiteral("deployGpoGuid"));
    m_gpoGuid->setPlaceholderText(tr("Random: %1").arg(DeployOptions::guidText(m_autoGpoGuid)));
    addField(fixedGrid, tr("GPO &GUID:"), m_gpoGuid, DeployField::GpoGuid,
             QStringLiteral("deployGpoGuidError"));
    m_backupId = new QLineEdit(fixedBox);
    m_backupId->setObjectName(QStringLiteral("deployBackupId"));
    m_backupId->setPlaceholderText(tr("Random: %1").arg(DeployOptions::guidText(m_autoBackupId)));
    addField(fixedGrid, tr("&Backup ID:"), m_backupId, DeployField::BackupId,
             QStringLiteral("deployBackupIdError"));
    m_timestamp = new QLineEdit(fixedBox);
    m_timestamp->setObjectName(QStringLiteral("deployTimestamp"));
    m_timestamp->setPlaceholderText(
        DeployOptions::sourceDateEpoch()
            ? tr("SOURCE_DATE_EPOCH (%1)").arg(DeployOptions::sourceDateEpoch()->toString(Qt::ISODate))
            : tr("The time of Generate, e.g. 2024-05-01T12:00:00Z"));
    addField(fixedGrid, tr("Backup &time:"), m_timestamp, DeployField::Timestamp,
             QStringLiteral("deployTimestampError"));
    layout->addWidget(fixedBox);

    // Output.
    auto* outBox = new QGroupBox(tr("Output"), form);
    auto* outGrid = new QFormLayout(outBox);
    outGrid->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_out = new QLineEdit(outBox);
    m_out->setObjectName(QStringLiteral("deployOut"));
    m_out->setPlaceholderText(tr("A new or empty folder"));
    auto* browse = new QPushButton(tr("Bro&wse…"), outBox);
    auto* outRow = new QWidget(outBox);
    auto* outRowLayout = new QHBoxLayout(outRow);
    outRowLayout->setContentsMargins(0, 0, 0, 0);
    outRowLayout->addWidget(m_out, 1);
    outRowLayout->addWidget(browse);
    auto* outBoxInner = new QWidget(outBox);
    auto* outV = new QVBoxLayout(outBoxInner);
    outV->setContentsMargins(0, 0, 0, 0);
    outV->setSpacing(2);
    outV->addWidget(outRow);
    m_outError = errorLabel(QStringLiteral("deployOutError"));
    outV->addWidget(m_outError);
    auto* outLabel = new QLabel(tr("&Output folder:"), outBox);
    outLabel->setBuddy(m_out);
    outGrid->addRow(outLabel, outBoxInner);
    m_zip = new QCheckBox(tr("Also write a .&zip of the folder"), outBox);
    m_zip->setObjectName(QStringLiteral("deployZip"));
    outGrid->addRow(QString(), m_zip);
    layout->addWidget(outBox);

    m_generate = new QPushButton(themedIcon("deploy"), tr("&Generate package"), form);
    m_generate->setObjectName(QStringLiteral("deployGenerate"));
    m_generate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_generate->setToolTip(tr("Write the package into the output folder (Ctrl+Enter)"));
    m_result = new QLabel(form);
    m_result->setObjectName(QStringLiteral("deployResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result->setOpenExternalLinks(false);
    auto* generateRow = new QHBoxLayout;
    generateRow->addWidget(m_generate);
    generateRow->addWidget(m_result, 1);
    layout->addLayout(generateRow);
    layout->addStretch(1);

    auto changed = [this] { validate(); };
    connect(m_systemTask, &QRadioButton::toggled, this, changed);
    connect(m_imageDir, &QComboBox::currentTextChanged, this, changed);
    connect(m_sizes, &QLineEdit::textChanged, this, changed);
    connect(m_quality, &QSpinBox::valueChanged, this, changed);
    connect(m_gpoName, &QLineEdit::textChanged, this, changed);
    connect(m_domain, &QLineEdit::textChanged, this, changed);
    connect(m_aclPrincipal, &QComboBox::currentTextChanged, this, changed);
    connect(m_gpoGuid, &QLineEdit::textChanged, this, changed);
    connect(m_backupId, &QLineEdit::textChanged, this, changed);
    connect(m_timestamp, &QLineEdit::textChanged, this, changed);
    connect(m_out, &QLineEdit::textChanged, this, changed);
    connect(m_zip, &QCheckBox::toggled, this, changed);
    connect(browse, &QPushButton::clicked, this, &DeployPage::chooseOutputFolder);
    connect(m_generate, &QPushButton::clicked, this, &DeployPage::generate);
    connect(m_result, &QLabel::linkActivated, this,
            [](const QString& link) { QDesktopServices::openUrl(QUrl(link)); });
    updateModeText();
    return form;
}

DeployPage::Parsed DeployPage::parse() const
{
    // The same parsing and validation as `adphoto-cli deploy` (DeployCommand), field by field.
    Parsed p;
    DeployOptions& o = p.options;
    o.mode = m_logoff->isChecked() ? DeployMode::Logoff : DeployMode::SystemTask;
    o.imageDir = m_imageDir->currentText();
    if (const auto sizes = DeployOptions::parseSizes(m_sizes->text()); sizes)
        o.sizes = *sizes;
    else
        p.problems.append({DeployField::Sizes, sizes.error().message});
    o.jpegQuality = m_quality->value();
    o.gpoName = m_gpoName->text();
    o.domain = m_domain->text();
    o.aclPrincipal = m_aclPrincipal->currentText();
    o.gpoGuid = m_autoGpoGuid;
    o.backupId = m_autoBackupId;
    const std::pair<QLineEdit*, std::pair<QUuid*, DeployField>> guids[] = {
        {m_gpoGuid, {&o.gpoGuid, DeployField::GpoGuid}}, {m_backupId, {&o.backupId, DeployField::BackupId}}};
    for (const auto& [field, target] : guids) {
        if (field->text().isEmpty())
            continue;
        if (const auto guid = DeployOptions::parseGuid(field->text()); guid)
            *target.first = *guid;
        else
            p.problems.append({target.second, guid.error().message});
    }
    if (!m_timestamp->text().isEmpty()) {
        if (const auto time = DeployOptions::parseTimestamp(m_timestamp->text()); time)
            o.timestamp = *time;
        else
            p.problems.append({DeployField::Timestamp, time.error().message});
    }
    o.zip = m_zip->isChecked();
    p.problems.append(o.problems());
    return p;
}

DeployOptions DeployPage::options() const
{
    return parse().options;
}

QList<DeployProblem> DeployPage::problems() const
{
    return parse().problems;
}

QString DeployPage::fieldMessage(DeployField field) const
{
    const QLabel* label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString DeployPage::outputProblem() const
{
    const QString out = m_out->text().trimmed();
    if (out.isEmpty())
        return tr("Choose the folder to write the package into.");
    const QFileInfo info(out);
    if (info.exists() && !info.isDir())
        return tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(out));
    if (info.isDir() &&
        !QDir(out).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return tr("%1 is not empty: choose a new or empty folder.").arg(QDir::toNativeSeparators(out));
    if (m_zip->isChecked() && QFileInfo::exists(DeployPackage::zipPathFor(out)))
        return tr("%1 already exists.").arg(QDir::toNativeSeparators(DeployPackage::zipPathFor(out)));
    return {};
}

void DeployPage::validate()
{
    updateModeText();
    const Parsed parsed = parse();
    QHash<DeployField, QStringList> messages;
    for (const DeployProblem& problem : parsed.problems)
        messages[problem.field].append(problem.message);
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString text = messages.value(it.key()).join(QLatin1Char('\n'));
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
        markInvalid(m_fields.value(it.key()), text);
    }
    // An empty output folder is not an error yet: nothing was asked of it.
    const QString outProblem = m_out->text().trimmed().isEmpty() ? QString() : outputProblem();
    m_outError->setText(outProblem);
    m_outError->setVisible(!outProblem.isEmpty());
    markInvalid(m_out, outProblem);
    m_generate->setEnabled(parsed.problems.isEmpty() && outputProblem().isEmpty() && !isGenerating());
    m_previewTimer.start();
}

void DeployPage::updateModeText()
{
    const bool logoff = m_logoff->isChecked();
    if (logoff) {
        m_modeText->setText(tr(
            "A user logoff script writes the picture when the user signs out. The GPO grants the group below "
            "only Set Value and Create Subkey on the account-picture key (CREATOR OWNER gets rights on its "
            "own subkey) and turns on loopback processing, so link it to the OU with the computers.\n"
            "Residual risk: members of the group can create the key of a user who has none yet and so set "
            "the picture that user sees until their own script replaces it. The scheduled-task mode has no "
            "such risk."));
        m_modeText->setStyleSheet(QStringLiteral("color: #8a5300;"));
    } else {
        m_modeText->setText(tr("Recommended. A computer startup script installs the client and a scheduled "
                               "task that runs it as SYSTEM at every sign-in. No registry or folder "
                               "permission is loosened."));
        m_modeText->setStyleSheet(QString());
    }
    // The group is checked in both modes, as the CLI checks --acl-group: it stays editable.
    m_aclLabel->setText(logoff ? tr("Logoff mode &group:") : tr("Logoff mode &group (unused):"));
}

void DeployPage::startPreview()
{
    const Parsed parsed = parse();
    if (!parsed.problems.isEmpty()) {
        m_previewing.cancel();
        m_preview->clear(tr("Correct the marked fields to see the files of the package."));
        emit previewUpdated();
        return;
    }
    // Generation in memory takes milliseconds, but the GUI thread stays out of it all the same.
    m_previewing.setFuture(QtConcurrent::run(
        workPool(), [options = parsed.options] { return DeployPackage(options).contents(); }));
}

void DeployPage::setOutputFolder(const QString& path)
{
    m_out->setText(path);
}

void DeployPage::chooseOutputFolder()
{
    auto* dialog = new QFileDialog(this, tr("Folder for the package"), m_out->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { m_out->setText(path); });
    dialog->open();
}

void DeployPage::generate()
{
    if (isGenerating())
        return;
    const Parsed parsed = parse();
    if (!parsed.problems.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("Correct the marked fields first."));
        if (QWidget* field = m_fields.value(parsed.problems.first().field))
            field->setFocus();
        return;
    }
    if (const QString problem = outputProblem(); !problem.isEmpty()) {
        m_outError->setText(problem);
        m_outError->show();
        markInvalid(m_out, problem);
        m_out->setFocus();
        return;
    }
    m_banner->hide();
    m_result->setText(tr("Writing…"));
    m_generatingInto = QDir(m_out->text().trimmed()).absolutePath();
    m_generating.setFuture(QtConcurrent::run(workPool(), [options = parsed.options, out = m_generatingInto] {
        return DeployPackage(options).generate(out);
    }));
    m_generate->setEnabled(false);
}

void DeployPage::onGenerated()
{
    if (m_generating.future().resultCount() == 0) {
        validate();
        return;
    }
    const Result<QStringList> written = m_generating.result();
    if (!written) {
        m_result->clear();
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The package was not written: %1").arg(written.error().text()));
        validate();
        return;
    }
    const QString folder = QDir::toNativeSeparators(m_generatingInto);
    QString text =
        tr("%n file(s) written to <a href=\"%1\">%2</a>.", nullptr, int(written->size()))
            .arg(QUrl::fromLocalFile(m_generatingInto).toString().toHtmlEscaped(), folder.toHtmlEscaped());
    if (m_zip->isChecked()) {
        const QString zip = DeployPackage::zipPathFor(m_generatingInto);
        text += QLatin1Char(' ') + tr("Zip: %1").arg(QDir::toNativeSeparators(zip).toHtmlEscaped());
    }
    m_result->setText(text);
    m_banner->showMessage(
        MessageBanner::Kind::Information,
        tr("Package written to %1. Import the GPO from its GPO folder; README.txt has the steps.")
            .arg(folder));
    emit statusMessage(tr("Deploy package written to %1").arg(folder));
    // A random GPO GUID and backup ID are used once: the next package gets new ones.
    m_autoGpoGuid = QUuid::createUuid();
    m_autoBackupId = QUuid::createUuid();
    m_gpoGuid->setPlaceholderText(tr("Random: %1").arg(DeployOptions::guidText(m_autoGpoGuid)));
    m_backupId->setPlaceholderText(tr("Random: %1").arg(DeployOptions::guidText(m_autoBackupId)));
    emit generated(*written);
    validate();
}

} // namespace adphoto::gui
