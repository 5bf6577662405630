#pragma once

#include "core/PhotoProcessor.h"
#include "core/UserRecord.h"

#include <QDialog>
#include <QImage>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QToolBar;

namespace adphoto {
class Settings;
}

namespace adphoto::gui {

class CropView;
class MessageBanner;
class PhotoActions;
struct PhotoChange;
class PreviewTile;

/// The photo editor for one user: the source picture with a square crop frame (CropView),
/// auto-face, rotate by 90°, zoom; live previews at 96/48/32 px; output size (a multiple of 96)
/// and byte budget, with the resulting JPEG quality and size shown as they change; Save writes
/// to AD through PhotoActions (journal backup, compare-and-swap). The JPEG comes from the same
/// PhotoProcessor as `adphoto-cli photo prepare --crop`: decoding, face detection and encoding
/// run on the thread pool, never on the GUI thread. GUI thread only.
class PhotoEditor final : public QDialog
{
    Q_OBJECT
public:
    /// Sources larger than this (long side) are painted from a reduced copy.
    static constexpr int kDisplayEdge = 2400;
    /// A decoded source, handed from the thread pool to the editor.
    struct Loaded;

    PhotoEditor(PhotoActions& actions, Settings& settings, const UserRecord& user, QWidget* parent = nullptr);
    ~PhotoEditor() override;

    /// Loads a picture file as the source (then finds the face when face detection is on).
    void loadFile(const QString& path);
    /// Loads the user's current photo from the directory as the source.
    void loadCurrentPhoto();
    /// Loads image bytes as the source; `file` is recorded in the journal when saved.
    void loadBytes(const QByteArray& bytes, const QString& label, const QString& file = {});

    /// Runs face detection and moves the frame onto the face.
    void autoFace();
    /// Turns the picture by quarter turns (positive: clockwise); the frame turns with it.
    void rotate(int quarterTurns);
    void setOutputSize(int edge);
    void setMaxBytes(qint64 bytes);
    /// Prepares the photo with the current frame and options and writes it to AD.
    void save();

    [[nodiscard]] const UserRecord& user() const { return m_user; }
    [[nodiscard]] CropView* cropView() const { return m_view; }
    [[nodiscard]] QImage sourceImage() const { return m_image; }
    [[nodiscard]] int rotation() const { return m_rotation; }
    [[nodiscard]] PhotoSpec spec() const;
    /// The JPEG for the current frame and options, once prepared.
    [[nodiscard]] const std::optional<PreparedPhoto>& result() const { return m_result; }
    [[nodiscard]] bool resultIsCurrent() const;
    [[nodiscard]] PreviewTile* preview(int edge) const;
    [[nodiscard]] QString resultText() const;
    [[nodiscard]] MessageBanner* banner() const { return m_banner; }
    [[nodiscard]] bool isBusy() const { return m_busy > 0; }

signals:
    void sourceLoaded();
    void faceSearchFinished(bool found);
    /// A prepared JPEG for the current frame and options is ready (result()).
    void resultReady();
    void saved(const adphoto::gui::PhotoChange& change);

private:
    struct Key
    {
        QRect crop;
        int rotation = 0;
        int size = 0;
        qint64 maxBytes = 0;
        bool operator==(const Key&) const = default;
    };
    void buildUi();
    void applyLoaded(const Loaded& loaded, quint64 generation);
    void onCropChanged();
    void schedulePrepare();
    void prepareNow();
    void updateQuickPreviews();
    void updateResultLabel();
    void setBusy(int delta);
    void chooseFile();
    void updateEnabled();
    [[nodiscard]] Key currentKey() const;

    PhotoActions& m_actions;
    Settings& m_settings;
    UserRecord m_user;

    QByteArray m_sourceBytes;
    QString m_file;
    QImage m_image;   ///< full resolution, EXIF orientation and m_rotation applied
    QImage m_display; ///< at most kDisplayEdge on the long side, what the view paints
    int m_rotation = 0;
    int m_pendingTurns = 0; ///< quarter turns asked for, not yet applied to m_image
    std::optional<PreparedPhoto> m_result;
    Key m_resultKey;
    bool m_saveWhenReady = false;
    bool m_saving = false;
    int m_busy = 0;
    quint64 m_loadGeneration = 0;
    quint64 m_prepareGeneration = 0;
    class QTimer* m_prepareTimer = nullptr;

    QLabel* m_title = nullptr;
    QLabel* m_sourceLabel = nullptr;
    MessageBanner* m_banner = nullptr;
    QToolBar* m_toolbar = nullptr;
    QScrollArea* m_scroll = nullptr;
    CropView* m_view = nullptr;
    PreviewTile* m_preview96 = nullptr;
    PreviewTile* m_preview48 = nullptr;
    PreviewTile* m_preview32 = nullptr;
    QComboBox* m_size = nullptr;
    QSpinBox* m_budget = nullptr;
    QLabel* m_resultLabel = nullptr;
    QLabel* m_cropLabel = nullptr;
    QPushButton* m_save = nullptr;
    QAction* m_faceAction = nullptr;
    QAction* m_rotateLeft = nullptr;
    QAction* m_rotateRight = nullptr;
};

} // namespace adphoto::gui
