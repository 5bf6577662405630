#include "imaging/CropPlanner.h"

#include <algorithm>
#include <cmath>

namespace adphoto::imaging {

namespace {

double distanceToCentre(QRect face, QSize image)
{
    const double dx = face.x() + face.width() / 2.0 - image.width() / 2.0;
    const double dy = face.y() + face.height() / 2.0 - image.height() / 2.0;
    return std::hypot(dx, dy);
}

} // namespace

QRect CropPlanner::pickFace(const QList<QRect>& faces, QSize image)
{
    Q_ASSERT(!faces.isEmpty());
    qint64 biggest = 0;
    for (const QRect& face : faces)
        biggest = std::max(biggest, qint64(face.width()) * face.height());
    QRect best;
    double bestDistance = 0;
    for (const QRect& face : faces) {
        if (qint64(face.width()) * face.height() * 10 < biggest * 7)
            continue; // clearly smaller: someone in the background
        const double distance = distanceToCentre(face, image);
        if (best.isNull() || distance < bestDistance) {
            best = face;
            bestDistance = distance;
        }
    }
    return best;
}

QRect CropPlanner::faceCrop(QRect face, QSize image)
{
    const int width = image.width();
    const int height = image.height();
    const int limit = std::min(width, height);
    const double centreX = face.x() + face.width() / 2.0;
    const double eyesY = face.y() + face.height() * kEyesInFace;

    // The ideal edge, shrunk where the image ends so the face stays centred ...
    double side = std::min<double>(face.height() * kCropPerFace, limit);
    side = std::min(side, 2.0 * std::min(centreX, width - centreX));
    side = std::min(side, eyesY / kEyesInCrop);
    side = std::min(side, (height - eyesY) / (1.0 - kEyesInCrop));
    // ... but never so far that the face no longer fits with a small margin: then shift instead.
    const double minimum = std::min<double>(1.25 * std::max(face.width(), face.height()), limit);
    side = std::max(side, minimum);

    const int edge = std::clamp(int(std::lround(side)), 1, limit);
    const int x = std::clamp(int(std::lround(centreX - edge / 2.0)), 0, width - edge);
    const int y = std::clamp(int(std::lround(eyesY - edge * kEyesInCrop)), 0, height - edge);
    return QRect(x, y, edge, edge);
}

QRect CropPlanner::defaultCrop(QSize image)
{
    const int edge = std::min(image.width(), image.height());
    const int x = (image.width() - edge) / 2;
    // Portraits have the head in the upper part: keep a quarter of the spare height below it.
    const int y = (image.height() - edge) / 4;
    return QRect(x, y, edge, edge);
}

Result<QRect> CropPlanner::validateCrop(QRect crop, QSize image)
{
    const QString given =
        QStringLiteral("%1,%2,%3,%4").arg(crop.x()).arg(crop.y()).arg(crop.width()).arg(crop.height());
    if (crop.width() <= 0 || crop.height() <= 0)
        return fail(ErrorKind::InvalidInput, tr("The crop %1 is empty.").arg(given));
    if (crop.width() != crop.height())
        return fail(ErrorKind::InvalidInput, tr("The crop %1 is not square.").arg(given));
    if (!QRect(QPoint(0, 0), image).contains(crop))
        return fail(ErrorKind::InvalidInput,
                    tr("The crop %1 lies outside the %2 × %3 image (after EXIF rotation).")
                        .arg(given)
                        .arg(image.width())
                        .arg(image.height()));
    return crop;
}

} // namespace adphoto::imaging
