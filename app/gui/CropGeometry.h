#pragma once

#include <QPoint>
#include <QRect>
#include <QRectF>
#include <QSize>

namespace adphoto::gui {

/// The arithmetic of the editor's square crop frame, in image pixels: moving, resizing from a
/// corner, growing around the centre, keeping it square and inside the image, and following
/// the image through a quarter turn. Pure functions; any thread.
class CropGeometry
{
public:
    enum class Handle
    {
        None,
        Move,
        TopLeft,
        TopRight,
        BottomLeft,
        BottomRight
    };

    /// The smallest frame edge the editor allows (or the image's short side if smaller).
    static constexpr int kMinEdge = 24;

    /// The largest centred square (a little above centre for portraits, where faces are).
    [[nodiscard]] static QRect centredSquare(QSize image);
    /// Makes `crop` square (its shorter side), at least kMinEdge, and moves it inside `image`.
    [[nodiscard]] static QRect clamp(QRect crop, QSize image);
    /// `crop` shifted by `delta`, stopped at the image's edges.
    [[nodiscard]] static QRect moved(QRect crop, QPoint delta, QSize image);
    /// `crop` with the corner `handle` dragged to `to`; the opposite corner stays put and the
    /// frame stays square and inside the image.
    [[nodiscard]] static QRect resized(QRect crop, Handle handle, QPoint to, QSize image);
    /// `crop` grown (negative: shrunk) by `delta` pixels per side around its centre.
    [[nodiscard]] static QRect grown(QRect crop, int delta, QSize image);
    /// Where `crop` lands after turning the image (of size `image` before the turn) by
    /// `quarterTurns` × 90° clockwise (negative: anticlockwise).
    [[nodiscard]] static QRect rotated(QRect crop, QSize image, int quarterTurns);
    /// Which part of the frame `frame` (on screen) is at `pos`, with handles `radius` wide.
    [[nodiscard]] static Handle hitTest(const QRectF& frame, QPointF pos, qreal radius);
};

} // namespace adphoto::gui
