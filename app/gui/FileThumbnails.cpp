#include "app/gui/FileThumbnails.h"

#include "core/WorkPool.h"

#include <QImageReader>
#include <QtConcurrent>

namespace adphoto::gui {

FileThumbnails::FileThumbnails(int edge, QObject* parent)
    : QObject(parent)
    , m_edge(edge)
    , m_cache(2000)
{}

QPixmap FileThumbnails::thumbnail(const QString& path, qreal devicePixelRatio)
{
    if (QPixmap* cached = m_cache.object(path))
        return *cached;
    if (m_pending.contains(path) || m_failed.contains(path) || path.isEmpty())
        return {};
    m_pending.insert(path);
    const int pixels = qRound(m_edge * devicePixelRatio);
    QtConcurrent::run(workPool(), [path, pixels] {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        reader.setAllocationLimit(512);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(pixels, pixels, Qt::KeepAspectRatio));
        return reader.read();
    }).then(this, [this, path, devicePixelRatio](const QImage& image) {
        m_pending.remove(path);
        if (image.isNull()) {
            m_failed.insert(path);
        } else {
            auto* pixmap = new QPixmap(QPixmap::fromImage(image));
            pixmap->setDevicePixelRatio(devicePixelRatio);
            m_cache.insert(path, pixmap);
        }
        emit ready(path);
    });
    return {};
}

void FileThumbnails::clear()
{
    m_cache.clear();
    m_failed.clear();
}

} // namespace adphoto::gui
