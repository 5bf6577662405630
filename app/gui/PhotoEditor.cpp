#include "app/gui/PhotoEditor.h"

#include "app/gui/CropView.h"
#include "app/gui/Icons.h"
#include "app/gui/MessageBanner.h"
#include "app/gui/PhotoActions.h"
#include "app/gui/PreviewTile.h"
#include "core/Settings.h"
#include "core/WorkPool.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace adphoto::gui {

struct PhotoEditor::Loaded
{
    QImage image;
    QImage display;
    QString error;
};

namespace {
constexpr int kPrepareDelayMs = 150;

/// Decodes with EXIF orientation applied (the pixels `--crop` refers to), within a pixel limit.
PhotoEditor::Loaded decode(const QByteArray& bytes, qint64 pixelLimit, int rotation)
{
    PhotoEditor::Loaded out;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > pixelLimit) {
        out.error = QCoreApplication::translate("adphoto::gui::PhotoEditor",
                                                "The picture has %1 × %2 pixels, more than the limit.")
                        .arg(size.width())
                        .arg(size.height());
        return out;
    }
    reader.setAllocationLimit(int(std::min<qint64>(pixelLimit * 4 / (1024 * 1024) + 1, 2047)));
    QImage image = reader.read();
    if (image.isNull()) {
        out.error = QCoreApplication::translate("adphoto::gui::PhotoEditor",
                                                "This is not a picture adphoto can read: %1")
                        .arg(reader.errorString());
        return out;
    }
    image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    if (rotation != 0)
        image = image.transformed(QTransform().rotate(90.0 * rotation));
    out.image = image;
    out.display = std::max(image.width(), image.height()) > PhotoEditor::kDisplayEdge
                      ? image.scaled(PhotoEditor::kDisplayEdge, PhotoEditor::kDisplayEdge,
                                     Qt::KeepAspectRatio, Qt::SmoothTransformation)
                      : image;
    return out;
}

QByteArray bmp(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_RGB32).save(&buffer, "BMP");
    return bytes;
}
} // namespace

PhotoEditor::PhotoEditor(PhotoActions& actions, Settings& settings, const UserRecord& user, QWidget* parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_settings(settings)
    , m_user(user)
    , m_prepareTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("photoEditor"));
    setWindowTitle(
        tr("Photo of %1").arg(user.displayName.isEmpty() ? user.sAMAccountName : user.displayName));
    m_prepareTimer->setSingleShot(true);
    m_prepareTimer->setInterval(kPrepareDelayMs);
    connect(m_prepareTimer, &QTimer::timeout, this, &PhotoEditor::prepareNow);
    buildUi();
    resize(980, 640);
    updateEnabled();
}

PhotoEditor::~PhotoEditor() = default;

void PhotoEditor::buildUi()
{
    m_title = new QLabel(this);
    m_title->setText(QStringLiteral("<b>%1</b>  <span style='color:gray'>%2</span>")
                         .arg(m_user.displayName.toHtmlEscaped(), m_user.sAMAccountName.toHtmlEscaped()));
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner = new MessageBanner(this);

    m_toolbar = new QToolBar(this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(18, 18));
    QAction* open =
        m_toolbar->addAction(themedIcon("photo-open"), tr("&Open picture…"), this, &PhotoEditor::chooseFile);
    open->setShortcut(QKeySequence::Open);
    m_toolbar->addSeparator();
    m_faceAction = m_toolbar->addAction(themedIcon("face"), tr("&Find face"), this, &PhotoEditor::autoFace);
    m_faceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_faceAction->setToolTip(tr("Put the frame around the face (Ctrl+F)"));
    m_rotateLeft =
        m_toolbar->addAction(themedIcon("rotate-left"), tr("Rotate left"), this, [this] { rotate(-1); });
    m_rotateLeft->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_rotateRight =
        m_toolbar->addAction(themedIcon("rotate"), tr("Rotate right"), this, [this] { rotate(1); });
    m_rotateRight->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_toolbar->addSeparator();
    m_view = new CropView(this);
    QAction* zoomIn = m_toolbar->addAction(themedIcon("zoom-in"), tr("Zoom in"), m_view, &CropView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut =
        m_toolbar->addAction(themedIcon("zoom-out"), tr("Zoom out"), m_view, &CropView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* fit = m_toolbar->addAction(themedIcon("zoom-fit"), tr("Fit"), m_view, &CropView::zoomToFit);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction* a : {zoomIn, zoomOut, fit}) {
        a->setToolTip(
            QStringLiteral("%1 (%2)").arg(a->text(), a->shortcut().toString(QKeySequence::NativeText)));
        // Icons only: the zoom buttons explain themselves and the toolbar must fit.
        if (auto* button = qobject_cast<QToolButton*>(m_toolbar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    for (QAction* a : m_toolbar->actions())
        a->setShortcutContext(Qt::WindowShortcut);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setFrameShape(QFrame::NoFrame);

    // Previews and output options.
    auto* previews = new QGroupBox(tr("Preview"), this);
    m_preview96 = new PreviewTile(96, false, tr("96 px · Outlook"), previews);
    m_preview48 = new PreviewTile(48, true, tr("48 px · Windows"), previews);
    m_preview32 = new PreviewTile(32, true, tr("32 px · lists"), previews);
    auto* previewRow = new QHBoxLayout(previews);
    previewRow->addWidget(m_preview96, 0, Qt::AlignBottom);
    previewRow->addWidget(m_preview48, 0, Qt::AlignBottom);
    previewRow->addWidget(m_preview32, 0, Qt::AlignBottom);

    auto* output = new QGroupBox(tr("Photo in Active Directory"), this);
    m_size = new QComboBox(output);
    m_size->setObjectName(QStringLiteral("outputSize"));
    for (int edge = 96; edge <= 648; edge += 96)
        m_size->addItem(tr("%1 × %1 px").arg(edge), edge);
    m_budget = new QSpinBox(output);
    m_budget->setObjectName(QStringLiteral("byteBudget"));
    m_budget->setRange(2, 100);
    m_budget->setSuffix(tr(" KB"));
    m_budget->setToolTip(tr("Active Directory holds at most 100 KB (102,400 bytes) in thumbnailPhoto."));
    m_resultLabel = new QLabel(output);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setMinimumHeight(m_resultLabel->fontMetrics().height() * 3);
    m_resultLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_cropLabel = new QLabel(output);
    m_cropLabel->setObjectName(QStringLiteral("cropLabel"));
    auto* outputForm = new QFormLayout(output);
    outputForm->addRow(tr("&Size:"), m_size);
    outputForm->addRow(tr("&At most:"), m_budget);
    outputForm->addRow(tr("Frame:"), m_cropLabel);
    outputForm->addRow(tr("Result:"), m_resultLabel);

    auto* help =
        new QLabel(tr("Drag the frame or its corners, or use the arrow keys (Shift: faster) and + / −. "
                      "Drop a picture file here to use it instead."),
                   this);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);

    auto* side = new QVBoxLayout;
    side->addWidget(previews);
    side->addWidget(output);
    side->addWidget(help);
    side->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save to directory"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setIcon(themedIcon("save"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, &PhotoEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* centre = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(m_toolbar);
    left->addWidget(m_scroll, 1);
    centre->addLayout(left, 1);
    centre->addLayout(side);

    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_sourceLabel);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addLayout(centre, 1);
    layout->addWidget(buttons);

    // Options start from the settings file, like the CLI's defaults.
    const PhotoSpec defaults = PhotoActions::defaultSpec(m_settings);
    m_size->setCurrentIndex(std::max(0, m_size->findData(defaults.size)));
    m_budget->setValue(int(std::clamp<qint64>(defaults.maxBytes / 1024, 2, 100)));

    connect(m_view, &CropView::cropChanged, this, &PhotoEditor::onCropChanged);
    connect(m_view, &CropView::fileDropped, this, &PhotoEditor::loadFile);
    connect(m_view, &CropView::zoomChanged, this, [this](double, bool fitting) {
        m_scroll->setWidgetResizable(fitting);
        if (!fitting)
            m_view->resize(m_view->sizeHint());
    });
    connect(m_size, &QComboBox::currentIndexChanged, this, &PhotoEditor::schedulePrepare);
    connect(m_budget, &QSpinBox::valueChanged, this, &PhotoEditor::schedulePrepare);
}

PhotoSpec PhotoEditor::spec() const
{
    PhotoSpec spec = PhotoActions::defaultSpec(m_settings);
    spec.size = m_size->currentData().toInt();
    spec.maxBytes = qint64(m_budget->value()) * 1024;
    spec.detectFace = false;
    spec.crop = m_view->crop();
    return spec;
}

void PhotoEditor::setOutputSize(int edge)
{
    const int index = m_size->findData(edge);
    if (index >= 0)
        m_size->setCurrentIndex(index);
}

void PhotoEditor::setMaxBytes(qint64 bytes)
{
    m_budget->setValue(int(std::clamp<qint64>(bytes / 1024, m_budget->minimum(), m_budget->maximum())));
}

void PhotoEditor::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QFileInfo info(path);
    loadBytes(file.readAll(), info.fileName(), info.absoluteFilePath());
}

void PhotoEditor::loadCurrentPhoto()
{
    if (!m_user.hasPhoto) {
        m_sourceLabel->setText(tr("No photo yet: open or drop a picture file."));
        return;
    }
    setBusy(+1);
    m_sourceLabel->setText(tr("Reading the current photo…"));
    m_actions.readPhoto(m_user.dn).then(this, [this](const Result<PhotoValue>& value) {
        setBusy(-1);
        if (!value) {
            m_banner->showMessage(MessageBanner::Kind::Error, value.error().text());
            m_sourceLabel->clear();
            return;
        }
        if (value->bytes.isEmpty()) {
            m_sourceLabel->setText(tr("No photo yet: open or drop a picture file."));
            return;
        }
        loadBytes(value->bytes, tr("current photo"));
    });
}

void PhotoEditor::loadBytes(const QByteArray& bytes, const QString& label, const QString& file)
{
    const quint64 generation = ++m_loadGeneration;
    m_sourceBytes = bytes;
    m_file = file;
    m_rotation = 0;
    m_pendingTurns = 0;
    m_result.reset();
    m_banner->hide();
    m_sourceLabel->setText(tr("Loading %1…").arg(label));
    setBusy(+1);
    const qint64 limit = PhotoActions::defaultSpec(m_settings).pixelLimit;
    QtConcurrent::run(workPool(), [bytes, limit] {
        return decode(bytes, limit, 0);
    }).then(this, [this, generation, label](const Loaded& loaded) {
        setBusy(-1);
        if (generation != m_loadGeneration)
            return;
        m_sourceLabel->setText(
            loaded.error.isEmpty()
                ? tr("%1 · %2 × %3 px").arg(label).arg(loaded.image.width()).arg(loaded.image.height())
                : QString());
        applyLoaded(loaded, generation);
        if (!loaded.error.isEmpty())
            return;
        emit sourceLoaded();
        if (PhotoActions::defaultSpec(m_settings).detectFace)
            autoFace();
    });
}

void PhotoEditor::applyLoaded(const Loaded& loaded, quint64)
{
    if (!loaded.error.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, loaded.error);
        updateEnabled();
        return;
    }
    m_image = loaded.image;
    m_display = loaded.display;
    m_view->setImage(m_display, m_image.size());
    m_view->setFocus(Qt::OtherFocusReason);
    updateEnabled();
}

void PhotoEditor::rotate(int quarterTurns)
{
    if (m_image.isNull() || quarterTurns % 4 == 0)
        return;
    // Turns asked for while one is computed pile up: each job turns the last applied image by
    // all of them, so quick presses are never lost, and m_rotation stays that image's turn.
    m_pendingTurns = (((m_pendingTurns + quarterTurns) % 4) + 4) % 4;
    const int turns = m_pendingTurns;
    const quint64 generation = ++m_loadGeneration; // a job still running is out of date
    if (turns == 0)
        return; // turned back to the applied image
    const QRect crop = CropGeometry::rotated(m_view->crop(), m_image.size(), turns);
    const QTransform turn = QTransform().rotate(90.0 * turns);
    const QImage image = m_image;
    const QImage display = m_display;
    setBusy(+1);
    QtConcurrent::run(workPool(), [image, display, turn] {
        Loaded out;
        out.image = image.transformed(turn);
        out.display = display.transformed(turn);
        return out;
    }).then(this, [this, generation, crop, turns](const Loaded& loaded) {
        setBusy(-1);
        if (generation != m_loadGeneration)
            return;
        m_rotation = (m_rotation + turns) % 4;
        m_pendingTurns = 0;
        applyLoaded(loaded, generation);
        m_view->setCrop(crop);
    });
}

void PhotoEditor::autoFace()
{
    const PhotoProcessor* processor = m_actions.processor();
    if (m_image.isNull() || !processor)
        return;
    // Unturned, the original bytes (as the CLI sees them); turned, the turned pixels, found on
    // the reduced copy and scaled back.
    const bool original = m_rotation == 0;
    const QByteArray source = original ? m_sourceBytes : bmp(m_display);
    const double scale = original ? 1.0 : double(m_image.width()) / m_display.width();
    PhotoSpec spec = PhotoActions::defaultSpec(m_settings);
    spec.detectFace = true;
    spec.crop.reset();
    spec.size = 96;
    const quint64 generation = m_loadGeneration;
    setBusy(+1);
    m_faceAction->setEnabled(false);
    QtConcurrent::run(workPool(), [processor, source, spec] {
        return processor->prepare(source, spec);
    }).then(this, [this, generation, scale](const Result<PreparedPhoto>& prepared) {
        setBusy(-1);
        updateEnabled();
        if (generation != m_loadGeneration)
            return;
        if (!prepared) {
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("Face detection failed: %1").arg(prepared.error().text()));
            emit faceSearchFinished(false);
            return;
        }
        const QRect found = prepared->report.crop;
        const QRect crop(qRound(found.x() * scale), qRound(found.y() * scale), qRound(found.width() * scale),
                         qRound(found.height() * scale));
        if (prepared->report.faceFound) {
            m_view->setCrop(crop);
            m_banner->hide();
        } else {
            m_banner->showMessage(MessageBanner::Kind::Information,
                                  tr("No face found: place the frame yourself."));
        }
        emit faceSearchFinished(prepared->report.faceFound);
    });
}

PhotoEditor::Key PhotoEditor::currentKey() const
{
    return {m_view->crop(), m_rotation, m_size->currentData().toInt(), qint64(m_budget->value()) * 1024};
}

bool PhotoEditor::resultIsCurrent() const
{
    return m_result.has_value() && m_resultKey == currentKey();
}

void PhotoEditor::onCropChanged()
{
    const QRect crop = m_view->crop();
    m_cropLabel->setText(crop.isEmpty()
                             ? QString()
                             : tr("%1 × %1 px at %2, %3").arg(crop.width()).arg(crop.x()).arg(crop.y()));
    updateQuickPreviews();
    schedulePrepare();
}

void PhotoEditor::updateQuickPreviews()
{
    // Instant feedback while dragging, from the painted copy; the encoded JPEG replaces it.
    if (m_display.isNull() || m_view->crop().isEmpty())
        return;
    const double scale = double(m_display.width()) / m_image.width();
    const QRect crop = m_view->crop();
    const QRect shown(qRound(crop.x() * scale), qRound(crop.y() * scale), qRound(crop.width() * scale),
                      qRound(crop.height() * scale));
    QImage part = m_display.copy(shown);
    if (part.width() > 384)
        part = part.scaled(384, 384, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    for (PreviewTile* tile : {m_preview96, m_preview48, m_preview32})
        tile->setImage(part);
}

void PhotoEditor::schedulePrepare()
{
    if (m_image.isNull())
        return;
    updateResultLabel();
    m_prepareTimer->start();
}

void PhotoEditor::prepareNow()
{
    const PhotoProcessor* processor = m_actions.processor();
    if (m_image.isNull() || m_view->crop().isEmpty() || !processor)
        return;
    const Key key = currentKey();
    PhotoSpec spec = this->spec();
    QByteArray source;
    if (m_rotation == 0) {
        source = m_sourceBytes; // exactly what `photo prepare --crop` would get
    } else {
        source = bmp(m_image.copy(key.crop));
        spec.crop = QRect(0, 0, key.crop.width(), key.crop.height());
    }
    const quint64 generation = ++m_prepareGeneration;
    setBusy(+1);
    QtConcurrent::run(workPool(), [processor, source, spec] {
        return processor->prepare(source, spec);
    }).then(this, [this, generation, key](const Result<PreparedPhoto>& prepared) {
        setBusy(-1);
        if (generation != m_prepareGeneration)
            return;
        if (!prepared) {
            m_result.reset();
            m_saveWhenReady = false;
            m_banner->showMessage(MessageBanner::Kind::Error, prepared.error().text());
            updateResultLabel();
            updateEnabled();
            return;
        }
        m_result = *prepared;
        m_resultKey = key;
        const QImage encoded = QImage::fromData(prepared->jpeg);
        for (PreviewTile* tile : {m_preview96, m_preview48, m_preview32})
            tile->setImage(encoded);
        updateResultLabel();
        updateEnabled();
        emit resultReady();
        if (m_saveWhenReady && resultIsCurrent()) {
            m_saveWhenReady = false;
            save();
        }
    });
}

PreviewTile* PhotoEditor::preview(int edge) const
{
    for (PreviewTile* tile : {m_preview96, m_preview48, m_preview32}) {
        if (tile->edge() == edge)
            return tile;
    }
    return nullptr;
}

QString PhotoEditor::resultText() const
{
    return m_resultLabel->text();
}

void PhotoEditor::updateResultLabel()
{
    if (!resultIsCurrent()) {
        m_resultLabel->setText(m_image.isNull() ? QString() : tr("Preparing…"));
        return;
    }
    const PhotoReport& r = m_result->report;
    const QLocale locale;
    QString text =
        tr("%1 × %1 px · quality %2 · %3 bytes").arg(r.size).arg(r.quality).arg(locale.toString(r.bytes));
    QStringList notes = r.warnings;
    if (r.size < m_size->currentData().toInt())
        notes << tr("Reduced to %1 px to fit the byte budget.").arg(r.size);
    if (r.upscaled)
        notes << tr("The frame is smaller than the output: the photo is enlarged.");
    if (!notes.isEmpty())
        text += QStringLiteral("<br><span style='color:#b06000'>") +
                notes.join(QStringLiteral("<br>")).toHtmlEscaped() + QStringLiteral("</span>");
    m_resultLabel->setText(text);
}

void PhotoEditor::save()
{
    if (m_image.isNull() || m_saving)
        return;
    if (!resultIsCurrent()) {
        // Prepare first; save() runs again when the JPEG for this frame is ready.
        m_saveWhenReady = true;
        m_prepareTimer->stop();
        prepareNow();
        return;
    }
    m_saving = true;
    updateEnabled();
    setBusy(+1);
    m_actions.setPhoto(m_user, m_result->jpeg, m_file).then(this, [this](const Result<PhotoChange>& change) {
        setBusy(-1);
        m_saving = false;
        updateEnabled();
        if (!change) {
            m_banner->showMessage(MessageBanner::Kind::Error, tr("Not saved: %1").arg(change.error().text()));
            return;
        }
        m_user = change->user;
        emit saved(*change);
        accept();
    });
}

void PhotoEditor::chooseFile()
{
    auto* dialog =
        new QFileDialog(this, tr("Picture for %1").arg(m_user.displayName),
                        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                        tr("Images (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &PhotoEditor::loadFile);
    dialog->open();
}

void PhotoEditor::setBusy(int delta)
{
    m_busy += delta;
    setCursor(m_busy > 0 ? Qt::BusyCursor : Qt::ArrowCursor);
}

void PhotoEditor::updateEnabled()
{
    const bool haveImage = !m_image.isNull();
    m_save->setEnabled(haveImage && !m_saving);
    m_faceAction->setEnabled(haveImage && m_actions.processor());
    m_rotateLeft->setEnabled(haveImage);
    m_rotateRight->setEnabled(haveImage);
    m_size->setEnabled(haveImage);
    m_budget->setEnabled(haveImage);
}

} // namespace adphoto::gui
