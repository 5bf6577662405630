#include "app/gui/PreviewTile.h"

#include <QPainter>
#include <QPainterPath>

namespace adphoto::gui {

PreviewTile::PreviewTile(int edge, bool round, const QString& caption, QWidget* parent)
    : QWidget(parent)
    , m_edge(edge)
    , m_round(round)
    , m_caption(caption)
{
    setAccessibleName(caption);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void PreviewTile::setImage(const QImage& image)
{
    // Scale once to device pixels, the way the client would scale the stored photo.
    const qreal dpr = devicePixelRatioF();
    const int pixels = qRound(m_edge * dpr);
    m_image = image.isNull() ? QImage()
                             : image.scaled(pixels, pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    m_image.setDevicePixelRatio(dpr);
    update();
}

QSize PreviewTile::sizeHint() const
{
    const int text = fontMetrics().height();
    const int width = std::max(m_edge, fontMetrics().horizontalAdvance(m_caption)) + 8;
    return {width, m_edge + text + 10};
}

void PreviewTile::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box((width() - m_edge) / 2.0, 2, m_edge, m_edge);
    QPainterPath shape;
    if (m_round)
        shape.addEllipse(box);
    else
        shape.addRect(box);
    if (m_image.isNull()) {
        p.fillPath(shape, palette().color(QPalette::Midlight));
    } else {
        p.setClipPath(shape);
        p.drawImage(box, m_image);
        p.setClipping(false);
    }
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawPath(shape);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(0, box.bottom() + 4, width(), fontMetrics().height() + 2),
               Qt::AlignHCenter | Qt::AlignTop, m_caption);
}

} // namespace adphoto::gui
