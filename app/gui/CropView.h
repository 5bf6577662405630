#pragma once

#include "app/gui/CropGeometry.h"

#include <QImage>
#include <QWidget>

namespace adphoto::gui {

/// Shows the source picture with the square crop frame over it. The frame is moved by dragging
/// inside it or with the arrow keys (Shift: ten times as far), resized from its corners or with
/// + and - (around its centre), and a drag outside it draws a new frame. Zoom: fit to the
/// window, or a fixed scale (then the view sits in a scroll area at image size × zoom). Crop
/// coordinates are full-resolution image pixels even when a reduced copy is shown. Image files
/// dropped on it are reported. GUI thread only.
class CropView final : public QWidget
{
    Q_OBJECT
public:
    explicit CropView(QWidget* parent = nullptr);

    /// `display` is what is painted (possibly scaled down); `fullSize` the image's real size.
    void setImage(const QImage& display, QSize fullSize);
    void clear();
    [[nodiscard]] bool hasImage() const { return !m_display.isNull(); }
    [[nodiscard]] QSize imageSize() const { return m_fullSize; }

    [[nodiscard]] QRect crop() const { return m_crop; }
    /// Sets the frame (made square and inside the image); emits cropChanged when it moved.
    void setCrop(const QRect& crop);

    /// Screen pixels per image pixel now (in fit mode: what fitting gives).
    [[nodiscard]] double zoom() const;
    [[nodiscard]] bool fitMode() const { return m_fit; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void zoomToFit();

    /// The frame in widget coordinates, and the mapping both ways (tests and hit testing).
    [[nodiscard]] QRectF frameOnScreen() const;
    [[nodiscard]] QPointF toWidget(QPointF imagePos) const;
    [[nodiscard]] QPointF toImage(QPointF widgetPos) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

    static constexpr qreal kHandleRadius = 9.0;

signals:
    void cropChanged(const QRect& crop);
    /// A drag or a key press that changed the frame has ended.
    void cropEditFinished(const QRect& crop);
    void zoomChanged(double zoom, bool fit);
    void fileDropped(const QString& path);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    [[nodiscard]] QRectF imageOnScreen() const;
    void updateCursor(QPointF pos);
    void applyCrop(const QRect& crop);

    QImage m_display;
    QSize m_fullSize;
    QRect m_crop;
    bool m_fit = true;
    double m_zoom = 1.0;
    CropGeometry::Handle m_dragging = CropGeometry::Handle::None;
    QPointF m_pressImage;
    QRect m_pressCrop;
    bool m_keyEdit = false;
};

} // namespace adphoto::gui
