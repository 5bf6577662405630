#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace adphoto::imaging {

/// Finds faces with OpenCV's Haar cascades (Debian's opencv-data, located at run time). Works
/// on a small grey thumbnail (as many pixels as kThumbnailWidth x 3/4 kThumbnailWidth, so 168 px
/// wide for a 12 MP landscape decoded at 1/8, 126 px for a portrait) for speed; only when the frontal
/// cascade finds nothing there does it look for small faces at up to kSmallFaceZoom times that
/// width, then try the profile cascade (both ways, loaded on first need). detect() is thread-safe:
/// cv::CascadeClassifier is not, so each call borrows a classifier pair from a pool that grows
/// to the number of concurrent callers.
class FaceLocator
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::imaging::FaceLocator)

public:
    static constexpr int kThumbnailWidth = 160;
    /// The smallest face the first pass looks for in the thumbnail: about 17 % of its width, as
    /// in any portrait. The cascade's windows there are 29, 35, 41 ... px; the 24 px one cost a
    /// fifth of the detection time and, at a step of two pixels, rarely gathered enough hits.
    static constexpr int kFirstPassMinFace = 28;
    /// The smallest face in any pass (the cascade's window is 20 px); smaller faces than the
    /// first pass sees are looked for at up to kSmallFaceZoom times the thumbnail's width, down
    /// to about 5 % of the picture's width (a player on a football pitch, a group photo).
    static constexpr int kMinFace = 24;
    static constexpr int kSmallFaceZoom = 3;
    /// Scale step and neighbour count: coarse steps keep detection a fraction of the decode
    /// time; alt2 (more accurate than "default") still finds faces reliably with them.
    static constexpr double kScaleStep = 1.2;
    static constexpr int kMinNeighbours = 3;
    static constexpr auto kFrontalCascade = "haarcascade_frontalface_alt2.xml";
    static constexpr auto kProfileCascade = "haarcascade_profileface.xml";

    /// Where opencv-data's frontal cascade is on this system (ADPHOTO_CASCADE_DIR, then the
    /// usual Debian and /usr/local paths), or an empty string.
    [[nodiscard]] static QString findDefaultCascade();

    /// Loads the frontal cascade `frontalPath` (and the profile one beside it, if present).
    [[nodiscard]] static Result<std::shared_ptr<FaceLocator>> create(const QString& frontalPath);

    ~FaceLocator();
    FaceLocator(const FaceLocator&) = delete;
    FaceLocator& operator=(const FaceLocator&) = delete;

    /// Faces in `image` (Format_BGR888 or Format_Grayscale8), in its pixel coordinates.
    [[nodiscard]] Result<QList<QRect>> detect(const QImage& image) const;

    [[nodiscard]] QString frontalPath() const { return m_frontalPath; }
    [[nodiscard]] bool hasProfile() const { return !m_profilePath.isEmpty(); }

private:
    struct Classifiers;
    FaceLocator(QString frontalPath, QString profilePath);
    [[nodiscard]] std::unique_ptr<Classifiers> load() const;
    [[nodiscard]] std::unique_ptr<Classifiers> acquire() const;
    void release(std::unique_ptr<Classifiers> classifiers) const;

    QString m_frontalPath;
    QString m_profilePath;
    mutable std::mutex m_mutex;
    mutable std::vector<std::unique_ptr<Classifiers>> m_pool;
};

} // namespace adphoto::imaging
