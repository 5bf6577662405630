#include "app/gui/CropGeometry.h"

#include <algorithm>
#include <cmath>

namespace adphoto::gui {

namespace {
int minEdgeFor(QSize image)
{
    return std::min({CropGeometry::kMinEdge, image.width(), image.height()});
}
} // namespace

QRect CropGeometry::centredSquare(QSize image)
{
    if (image.isEmpty())
        return {};
    const int edge = std::min(image.width(), image.height());
    const int x = (image.width() - edge) / 2;
    // Portraits: keep a fifth of the spare height below rather than half, since heads are high.
    const int y = image.height() > image.width() ? (image.height() - edge) / 5 : (image.height() - edge) / 2;
    return {x, y, edge, edge};
}

QRect CropGeometry::clamp(QRect crop, QSize image)
{
    if (image.isEmpty())
        return {};
    const int maxEdge = std::min(image.width(), image.height());
    const int edge = std::clamp(std::min(crop.width(), crop.height()), minEdgeFor(image), maxEdge);
    const int x = std::clamp(crop.x(), 0, image.width() - edge);
    const int y = std::clamp(crop.y(), 0, image.height() - edge);
    return {x, y, edge, edge};
}

QRect CropGeometry::moved(QRect crop, QPoint delta, QSize image)
{
    return clamp(crop.translated(delta), image);
}

QRect CropGeometry::resized(QRect crop, Handle handle, QPoint to, QSize image)
{
    if (image.isEmpty())
        return {};
    // The fixed corner, and which way the frame grows from it.
    QPoint anchor;
    int sx = 1;
    int sy = 1;
    switch (handle) {
    case Handle::TopLeft:
        anchor = {crop.x() + crop.width(), crop.y() + crop.height()};
        sx = sy = -1;
        break;
    case Handle::TopRight:
        anchor = {crop.x(), crop.y() + crop.height()};
        sy = -1;
        break;
    case Handle::BottomLeft:
        anchor = {crop.x() + crop.width(), crop.y()};
        sx = -1;
        break;
    case Handle::BottomRight:
        anchor = {crop.x(), crop.y()};
        break;
    default:
        return clamp(crop, image);
    }
    // The edge follows the pointer's larger displacement, limited by the room towards the
    // dragged corner so that the anchor never moves.
    const int wanted = std::max(sx * (to.x() - anchor.x()), sy * (to.y() - anchor.y()));
    const int roomX = sx > 0 ? image.width() - anchor.x() : anchor.x();
    const int roomY = sy > 0 ? image.height() - anchor.y() : anchor.y();
    const int edge =
        std::clamp(wanted, minEdgeFor(image), std::max(minEdgeFor(image), std::min(roomX, roomY)));
    const int x = sx > 0 ? anchor.x() : anchor.x() - edge;
    const int y = sy > 0 ? anchor.y() : anchor.y() - edge;
    return clamp(QRect(x, y, edge, edge), image);
}

QRect CropGeometry::grown(QRect crop, int delta, QSize image)
{
    if (image.isEmpty())
        return {};
    const int maxEdge = std::min(image.width(), image.height());
    const int edge = std::clamp(crop.width() + 2 * delta, minEdgeFor(image), maxEdge);
    const QPoint centre(crop.x() + crop.width() / 2, crop.y() + crop.height() / 2);
    return clamp(QRect(centre.x() - edge / 2, centre.y() - edge / 2, edge, edge), image);
}

QRect CropGeometry::rotated(QRect crop, QSize image, int quarterTurns)
{
    const int turns = ((quarterTurns % 4) + 4) % 4;
    QRect r = crop;
    QSize size = image;
    for (int i = 0; i < turns; ++i) {
        // Clockwise: (x, y) -> (H - y - h, x); the image becomes H×W.
        r = QRect(size.height() - r.y() - r.height(), r.x(), r.height(), r.width());
        size.transpose();
    }
    return clamp(r, size);
}

CropGeometry::Handle CropGeometry::hitTest(const QRectF& frame, QPointF pos, qreal radius)
{
    auto near = [&](QPointF corner) {
        return std::hypot(pos.x() - corner.x(), pos.y() - corner.y()) <= radius;
    };
    if (near(frame.topLeft()))
        return Handle::TopLeft;
    if (near(frame.topRight()))
        return Handle::TopRight;
    if (near(frame.bottomLeft()))
        return Handle::BottomLeft;
    if (near(frame.bottomRight()))
        return Handle::BottomRight;
    return frame.contains(pos) ? Handle::Move : Handle::None;
}

} // namespace adphoto::gui
