#include "app/gui/CropView.h"

#include "app/gui/UserTableView.h"

#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace adphoto::gui {

namespace {
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 8.0;
constexpr double kZoomStep = 1.25;
} // namespace

CropView::CropView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cropView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAcceptDrops(true);
    setAccessibleName(tr("Crop frame"));
    setAccessibleDescription(tr("Arrow keys move the frame, Shift moves it further, + and - resize it."));
}

void CropView::setImage(const QImage& display, QSize fullSize)
{
    m_display = display;
    m_fullSize = fullSize;
    m_crop = CropGeometry::centredSquare(fullSize);
    m_fit = true;
    updateGeometry();
    update();
    emit zoomChanged(zoom(), m_fit);
    emit cropChanged(m_crop);
}

void CropView::clear()
{
    m_display = QImage();
    m_fullSize = {};
    m_crop = {};
    update();
}

void CropView::setCrop(const QRect& crop)
{
    applyCrop(CropGeometry::clamp(crop, m_fullSize));
}

void CropView::applyCrop(const QRect& crop)
{
    if (crop == m_crop)
        return;
    m_crop = crop;
    update();
    emit cropChanged(m_crop);
}

double CropView::zoom() const
{
    if (!m_fit || m_fullSize.isEmpty())
        return m_zoom;
    const QSize room = size() - QSize(16, 16);
    return std::max(kMinZoom, std::min(double(room.width()) / m_fullSize.width(),
                                       double(room.height()) / m_fullSize.height()));
}

void CropView::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    m_fit = false;
    updateGeometry();
    resize(sizeHint());
    update();
    emit zoomChanged(m_zoom, m_fit);
}

void CropView::zoomIn()
{
    setZoom(zoom() * kZoomStep);
}

void CropView::zoomOut()
{
    setZoom(zoom() / kZoomStep);
}

void CropView::zoomToFit()
{
    m_fit = true;
    updateGeometry();
    update();
    emit zoomChanged(zoom(), m_fit);
}

QSize CropView::sizeHint() const
{
    if (m_fit || m_fullSize.isEmpty())
        return {480, 400};
    return (QSizeF(m_fullSize) * m_zoom).toSize() + QSize(16, 16);
}

QSize CropView::minimumSizeHint() const
{
    return m_fit ? QSize(200, 160) : sizeHint();
}

QRectF CropView::imageOnScreen() const
{
    const double z = zoom();
    const QSizeF shown = QSizeF(m_fullSize) * z;
    return {(width() - shown.width()) / 2.0, (height() - shown.height()) / 2.0, shown.width(),
            shown.height()};
}

QPointF CropView::toWidget(QPointF imagePos) const
{
    const QRectF img = imageOnScreen();
    return img.topLeft() + imagePos * zoom();
}

QPointF CropView::toImage(QPointF widgetPos) const
{
    const QRectF img = imageOnScreen();
    return (widgetPos - img.topLeft()) / zoom();
}

QRectF CropView::frameOnScreen() const
{
    if (m_crop.isEmpty())
        return {};
    return {toWidget(QPointF(m_crop.topLeft())),
            toWidget(QPointF(m_crop.x() + m_crop.width(), m_crop.y() + m_crop.height()))};
}

void CropView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_display.isNull())
        return;
    p.setRenderHint(QPainter::SmoothPixmapTransform, zoom() < 2.0);
    const QRectF img = imageOnScreen();
    p.drawImage(img, m_display);
    if (m_crop.isEmpty())
        return;
    const QRectF frame = frameOnScreen();
    // Dim what will be cut away.
    QPainterPath outside;
    outside.addRect(img);
    QPainterPath inside;
    inside.addRect(frame);
    p.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 140));
    p.setRenderHint(QPainter::Antialiasing);
    // Thirds and the round mask Windows and Outlook apply to small pictures.
    p.setPen(QPen(QColor(255, 255, 255, 90), 1));
    for (int i = 1; i < 3; ++i) {
        const double dx = frame.width() * i / 3.0;
        p.drawLine(QPointF(frame.left() + dx, frame.top()), QPointF(frame.left() + dx, frame.bottom()));
        p.drawLine(QPointF(frame.left(), frame.top() + dx), QPointF(frame.right(), frame.top() + dx));
    }
    p.setPen(QPen(QColor(255, 255, 255, 120), 1, Qt::DashLine));
    p.drawEllipse(frame);
    p.setPen(QPen(Qt::white, 2));
    p.drawRect(frame);
    p.setPen(QPen(QColor(26, 115, 232), 2));
    p.setBrush(Qt::white);
    for (const QPointF c : {frame.topLeft(), frame.topRight(), frame.bottomLeft(), frame.bottomRight()})
        p.drawEllipse(c, 5.5, 5.5);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void CropView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_crop.isEmpty()) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_dragging = CropGeometry::hitTest(frameOnScreen(), event->position(), kHandleRadius);
    m_pressImage = toImage(event->position());
    m_pressCrop = m_crop;
    if (m_dragging == CropGeometry::Handle::None &&
        QRectF(QPointF(0, 0), QSizeF(m_fullSize)).contains(m_pressImage)) {
        // A drag outside the frame draws a new one from the press point.
        m_pressCrop = QRect(m_pressImage.toPoint(), QSize(1, 1));
        m_dragging = CropGeometry::Handle::BottomRight;
    }
    event->accept();
}

void CropView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF at = toImage(event->position());
    if (m_dragging == CropGeometry::Handle::None) {
        updateCursor(event->position());
        return;
    }
    if (m_dragging == CropGeometry::Handle::Move) {
        const QPointF delta = at - m_pressImage;
        applyCrop(CropGeometry::moved(m_pressCrop, QPoint(qRound(delta.x()), qRound(delta.y())), m_fullSize));
    } else {
        applyCrop(CropGeometry::resized(m_pressCrop, m_dragging, at.toPoint(), m_fullSize));
    }
    event->accept();
}

void CropView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragging != CropGeometry::Handle::None && event->button() == Qt::LeftButton) {
        m_dragging = CropGeometry::Handle::None;
        emit cropEditFinished(m_crop);
        updateCursor(event->position());
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void CropView::updateCursor(QPointF pos)
{
    switch (CropGeometry::hitTest(frameOnScreen(), pos, kHandleRadius)) {
    case CropGeometry::Handle::TopLeft:
    case CropGeometry::Handle::BottomRight:
        setCursor(Qt::SizeFDiagCursor);
        break;
    case CropGeometry::Handle::TopRight:
    case CropGeometry::Handle::BottomLeft:
        setCursor(Qt::SizeBDiagCursor);
        break;
    case CropGeometry::Handle::Move:
        setCursor(Qt::SizeAllCursor);
        break;
    default:
        setCursor(Qt::CrossCursor);
    }
}

void CropView::keyPressEvent(QKeyEvent* event)
{
    if (m_crop.isEmpty() || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        QWidget::keyPressEvent(event);
        return;
    }
    // One step is about one screen pixel, in image pixels; Shift: ten.
    const int step =
        std::max(1, int(std::lround(1.0 / zoom()))) * ((event->modifiers() & Qt::ShiftModifier) ? 10 : 1);
    QRect next = m_crop;
    switch (event->key()) {
    case Qt::Key_Left:
        next = CropGeometry::moved(m_crop, {-step, 0}, m_fullSize);
        break;
    case Qt::Key_Right:
        next = CropGeometry::moved(m_crop, {step, 0}, m_fullSize);
        break;
    case Qt::Key_Up:
        next = CropGeometry::moved(m_crop, {0, -step}, m_fullSize);
        break;
    case Qt::Key_Down:
        next = CropGeometry::moved(m_crop, {0, step}, m_fullSize);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        next = CropGeometry::grown(m_crop, step, m_fullSize);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        next = CropGeometry::grown(m_crop, -step, m_fullSize);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_keyEdit = true;
    applyCrop(next);
    event->accept();
}

void CropView::keyReleaseEvent(QKeyEvent* event)
{
    if (m_keyEdit && !event->isAutoRepeat()) {
        m_keyEdit = false;
        emit cropEditFinished(m_crop);
    }
    QWidget::keyReleaseEvent(event);
}

void CropView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QWidget::wheelEvent(event);
}

void CropView::dragEnterEvent(QDragEnterEvent* event)
{
    if (UserTableView::imageFiles(event->mimeData()).size() == 1)
        event->acceptProposedAction();
}

void CropView::dropEvent(QDropEvent* event)
{
    const QStringList files = UserTableView::imageFiles(event->mimeData());
    if (files.size() != 1)
        return;
    event->acceptProposedAction();
    emit fileDropped(files.first());
}

} // namespace adphoto::gui
