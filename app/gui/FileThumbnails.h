#pragma once

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>

namespace adphoto::gui {

/// Small thumbnails of image files for the import review, read and scaled on the thread pool
/// the first time a row is painted (so only visible rows cost anything). GUI thread only.
class FileThumbnails final : public QObject
{
    Q_OBJECT
public:
    explicit FileThumbnails(int edge, QObject* parent = nullptr);

    /// The thumbnail of `path`, or null while it loads (or when the file is not an image).
    [[nodiscard]] QPixmap thumbnail(const QString& path, qreal devicePixelRatio);
    void clear();

signals:
    void ready(const QString& path);

private:
    int m_edge;
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_pending;
    QSet<QString> m_failed;
};

} // namespace adphoto::gui
