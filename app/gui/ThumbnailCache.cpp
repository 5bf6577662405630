#include "app/gui/ThumbnailCache.h"

#include "core/PhotoHash.h"
#include "core/WorkPool.h"

#include <QBuffer>
#include <QImageReader>
#include <QThreadPool>

#include <optional>

namespace adphoto::gui {

ThumbnailCache::ThumbnailCache(QObject* parent)
    : QObject(parent)
    , m_cache(4000)
{}

void ThumbnailCache::setDirectory(std::shared_ptr<Directory> directory)
{
    ++m_generation;
    m_directory = std::move(directory);
    m_cache.clear();
    m_failed.clear();
    m_queue.clear();
    m_inFlight.clear();
}

void ThumbnailCache::setEdge(int edge, qreal devicePixelRatio)
{
    if (edge == m_edge && qFuzzyCompare(devicePixelRatio, m_dpr))
        return;
    m_edge = edge;
    m_dpr = devicePixelRatio;
    m_cache.clear();
}

QPixmap ThumbnailCache::thumbnail(const QString& dn)
{
    const QString key = dn.toLower();
    if (QPixmap* cached = m_cache.object(key))
        return *cached;
    if (!m_directory || m_failed.contains(key) || m_inFlight.contains(key))
        return {};
    // Move to the back: served next.
    m_queue.removeOne(key);
    m_queue.append(key);
    pump();
    return {};
}

bool ThumbnailCache::failed(const QString& dn) const
{
    return m_failed.contains(dn.toLower());
}

void ThumbnailCache::retainOnly(const QSet<QString>& dns)
{
    QSet<QString> keep;
    for (const QString& dn : dns)
        keep.insert(dn.toLower());
    m_queue.removeIf([&](const QString& key) { return !keep.contains(key); });
}

void ThumbnailCache::put(const QString& dn, const QByteArray& photo)
{
    const QString key = dn.toLower();
    m_queue.removeOne(key);
    m_failed.remove(key);
    m_cache.remove(key);
    if (photo.isEmpty()) {
        emit thumbnailReady(dn);
        return;
    }
    const int pixels = qRound(m_edge * m_dpr);
    const quint64 generation = m_generation;
    m_inFlight.insert(key);
    QtFuture::makeReadyFuture(photo)
        .then(workPool(), [pixels](const QByteArray& bytes) { return decode(bytes, pixels); })
        .then(this, [this, key, generation](const QImage& image) { store(key, image, generation); });
}

void ThumbnailCache::pump()
{
    while (m_directory && !m_queue.isEmpty() && m_inFlight.size() < m_maxInFlight) {
        const QString key = m_queue.takeLast();
        m_inFlight.insert(key);
        ++m_requests;
        const int pixels = qRound(m_edge * m_dpr);
        const quint64 generation = m_generation;
        struct Read
        {
            QImage image;
            std::optional<qint64> bytes; ///< set when the read succeeded
            QString sha256;
        };
        m_directory->readPhoto(key)
            .then(
                workPool(),
                [pixels](const Result<PhotoValue>& value) {
                    if (!value)
                        return Read{};
                    return Read{decode(value->bytes, pixels), value->bytes.size(), photoSha256(value->bytes)};
                })
            .then(this,
                  [this, key, generation](const Read& read) {
                      if (read.bytes && generation == m_generation)
                          emit photoMeasured(key, *read.bytes, read.sha256);
                      store(key, read.image, generation);
                  })
            .onCanceled(this, [this, key, generation] { store(key, {}, generation); });
    }
}

void ThumbnailCache::store(const QString& key, const QImage& image, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_inFlight.remove(key);
    if (image.isNull()) {
        m_failed.insert(key);
    } else {
        auto* pixmap = new QPixmap(QPixmap::fromImage(image));
        pixmap->setDevicePixelRatio(m_dpr);
        m_cache.insert(key, pixmap);
    }
    emit thumbnailReady(key);
    pump();
}

QImage ThumbnailCache::decode(const QByteArray& photo, int pixels)
{
    if (photo.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(photo);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid()) {
        // Let the decoder scale (JPEG decodes at 1/2, 1/4, 1/8 for free).
        reader.setScaledSize(size.scaled(pixels, pixels, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() != pixels && image.height() != pixels)
        image = image.scaled(pixels, pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace adphoto::gui
