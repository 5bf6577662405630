#pragma once

#include "core/Directory.h"

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QStringList>

#include <memory>

namespace adphoto::gui {

/// Small photo thumbnails for the users table, loaded lazily: thumbnail() answers from the
/// cache or queues a read of that user's photo; the newest request is served first (the rows
/// just painted are the ones on screen), retainOnly() drops queued requests for rows that have
/// scrolled away, and only a few reads are in flight at once. Each read also reports the
/// photo's size and hash (photoMeasured). Photos are read through the
/// directory's session and decoded (scaled) on the thread pool; only the pixmap is made here.
/// GUI thread only.
class ThumbnailCache final : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailCache(QObject* parent = nullptr);

    /// Switches to another directory (or none); forgets everything.
    void setDirectory(std::shared_ptr<Directory> directory);
    /// Thumbnail edge in device-independent pixels and the screen's pixel ratio.
    void setEdge(int edge, qreal devicePixelRatio);

    /// The thumbnail of `dn`, or a null pixmap while it loads (or failed to).
    [[nodiscard]] QPixmap thumbnail(const QString& dn);
    /// Whether loading `dn` failed (the photo is not an image Qt can decode, or the read failed).
    [[nodiscard]] bool failed(const QString& dn) const;
    /// Forgets queued requests for DNs not in `dns`.
    void retainOnly(const QSet<QString>& dns);
    /// Replaces a user's thumbnail after a local change (empty `photo`: the user has none now).
    void put(const QString& dn, const QByteArray& photo);

    [[nodiscard]] int queuedCount() const { return int(m_queue.size()); }
    [[nodiscard]] int inFlightCount() const { return int(m_inFlight.size()); }
    [[nodiscard]] int requestCount() const { return m_requests; }

    /// Decodes a photo into a square-fitted image of `pixels` edge (any thread).
    [[nodiscard]] static QImage decode(const QByteArray& photo, int pixels);

signals:
    void thumbnailReady(const QString& dn);
    /// A photo was read for a thumbnail: its size and SHA-256 (empty without a photo), so a
    /// users list made with presence only can show what it did not fetch. `dn` is lower-case.
    void photoMeasured(const QString& dn, qint64 bytes, const QString& sha256);

private:
    void pump();
    void store(const QString& key, const QImage& image, quint64 generation);

    std::shared_ptr<Directory> m_directory;
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_failed;
    QStringList m_queue; ///< keys, newest last
    QSet<QString> m_inFlight;
    int m_edge = 32;
    qreal m_dpr = 1.0;
    int m_maxInFlight = 4;
    int m_requests = 0;
    quint64 m_generation = 0;
};

} // namespace adphoto::gui
