#include "imaging/FaceLocator.h"

#include "imaging/MatBridge.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <cmath>

namespace adphoto::imaging {

struct FaceLocator::Classifiers
{
    cv::CascadeClassifier frontal;
    cv::CascadeClassifier profile; ///< loaded when first needed
    bool profileTried = false;
};

namespace {

std::string localPath(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

QList<QRect> toRects(const std::vector<cv::Rect>& found, double scale, int mirrorWidth = 0)
{
    QList<QRect> rects;
    for (const cv::Rect& r : found) {
        const int x = mirrorWidth > 0 ? mirrorWidth - r.x - r.width : r.x;
        rects.append(QRect(int(x * scale), int(r.y * scale), int(r.width * scale), int(r.height * scale)));
    }
    return rects;
}

struct Thumbnail
{
    cv::Mat grey;
    double scale = 1; ///< source pixels per thumbnail pixel
};

// The source in grey, converted once at its own size: every pass shrinks this one channel.
cv::Mat toGrey(const cv::Mat& source)
{
    if (source.channels() == 1)
        return source;
    cv::Mat grey;
    cv::cvtColor(source, grey, cv::COLOR_BGR2GRAY);
    return grey;
}

// The whole factor that shrinks `grey` to about `pixels` pixels (by area, so that a portrait
// costs what a landscape does).
int factorFor(const cv::Mat& grey, double pixels)
{
    return std::max(1, int(std::lround(std::sqrt(double(grey.cols) * grey.rows / pixels))));
}

// A contrast-equalised copy of `grey` shrunk by a whole `factor` (dropping at most factor - 1
// columns and rows at the edges): OpenCV's area resampling then takes its fast path, several
// times cheaper than a fractional factor.
Thumbnail thumbnail(const cv::Mat& grey, int factor)
{
    Thumbnail out;
    if (factor > 1 && grey.rows >= factor) {
        const cv::Size size(grey.cols / factor, grey.rows / factor);
        cv::resize(grey(cv::Rect(0, 0, size.width * factor, size.height * factor)), out.grey, size, 0, 0,
                   cv::INTER_AREA);
        out.scale = factor;
    } else {
        out.grey = grey.clone();
    }
    cv::equalizeHist(out.grey, out.grey);
    return out;
}

} // namespace

QString FaceLocator::findDefaultCascade()
{
    QStringList directories;
    const QString fromEnvironment = qEnvironmentVariable("ADPHOTO_CASCADE_DIR");
    if (!fromEnvironment.isEmpty())
        directories << fromEnvironment;
    directories << QStringLiteral(ADPHOTO_OPENCV_DATA_DIR)
                << QStringLiteral("/usr/share/opencv4/haarcascades")
                << QStringLiteral("/usr/local/share/opencv4/haarcascades")
                << QStringLiteral("/usr/share/opencv/haarcascades");
    for (const QString& directory : directories) {
        const QString path = QDir(directory).filePath(QLatin1String(kFrontalCascade));
        if (QFileInfo(path).isReadable())
            return path;
    }
    return {};
}

Result<std::shared_ptr<FaceLocator>> FaceLocator::create(const QString& frontalPath)
{
    if (!QFileInfo(frontalPath).isReadable())
        return fail(ErrorKind::NotFound, tr("The face detection cascade %1 does not exist or cannot be read.")
                                             .arg(QDir::toNativeSeparators(frontalPath)));
    QString profilePath = QFileInfo(frontalPath).dir().filePath(QLatin1String(kProfileCascade));
    if (!QFileInfo(profilePath).isReadable())
        profilePath.clear();
    std::shared_ptr<FaceLocator> locator(new FaceLocator(frontalPath, profilePath));
    // Load one pair now, so that a broken file is reported once and not per photo.
    std::unique_ptr<Classifiers> first = locator->load();
    if (!first)
        return fail(ErrorKind::InvalidInput, tr("The face detection cascade %1 could not be loaded.")
                                                 .arg(QDir::toNativeSeparators(frontalPath)));
    locator->release(std::move(first));
    return locator;
}

FaceLocator::FaceLocator(QString frontalPath, QString profilePath)
    : m_frontalPath(std::move(frontalPath))
    , m_profilePath(std::move(profilePath))
{}

FaceLocator::~FaceLocator() = default;

std::unique_ptr<FaceLocator::Classifiers> FaceLocator::load() const
{
    try {
        auto classifiers = std::make_unique<Classifiers>();
        if (!classifiers->frontal.load(localPath(m_frontalPath)))
            return nullptr;
        return classifiers;
    } catch (const cv::Exception&) {
        return nullptr;
    }
}

std::unique_ptr<FaceLocator::Classifiers> FaceLocator::acquire() const
{
    {
        const std::lock_guard lock(m_mutex);
        if (!m_pool.empty()) {
            std::unique_ptr<Classifiers> classifiers = std::move(m_pool.back());
            m_pool.pop_back();
            return classifiers;
        }
    }
    return load(); // outside the lock: parsing a cascade takes a while
}

void FaceLocator::release(std::unique_ptr<Classifiers> classifiers) const
{
    const std::lock_guard lock(m_mutex);
    m_pool.push_back(std::move(classifiers));
}

Result<QList<QRect>> FaceLocator::detect(const QImage& image) const
{
    if (image.isNull())
        return QList<QRect>{};
    std::unique_ptr<Classifiers> classifiers = acquire();
    if (!classifiers)
        return fail(ErrorKind::InvalidInput, tr("The face detection cascade %1 could not be loaded.")
                                                 .arg(QDir::toNativeSeparators(m_frontalPath)));
    QList<QRect> faces;
    try {
        const cv::Mat grey = toGrey(matFromImage(image));
        const int factor = factorFor(grey, double(kThumbnailWidth) * kThumbnailWidth * 3 / 4);
        const Thumbnail small = thumbnail(grey, factor);
        const double scale = small.scale;
        std::vector<cv::Rect> found;
        classifiers->frontal.detectMultiScale(small.grey, found, kScaleStep, kMinNeighbours, 0,
                                              cv::Size(kFirstPassMinFace, kFirstPassMinFace));
        faces = toRects(found, scale);
        if (faces.isEmpty() && factor > 1) {
            // Smaller faces fall below the cascade's window in the thumbnail: look again at
            // about kSmallFaceZoom times the width, for those faces only (the larger ones had
            // their chance). Many more windows are tried there, so more of them must agree.
            const Thumbnail large =
                thumbnail(grey, std::max(1, int(std::lround(double(factor) / kSmallFaceZoom))));
            const double zoom = scale / large.scale;
            const int largest = int(std::ceil(kFirstPassMinFace * zoom * 1.25));
            if (largest > kMinFace) {
                classifiers->frontal.detectMultiScale(large.grey, found, kScaleStep, kMinNeighbours + 1, 0,
                                                      cv::Size(kMinFace, kMinFace),
                                                      cv::Size(largest, largest));
                faces = toRects(found, large.scale);
            }
        }
        if (faces.isEmpty() && !m_profilePath.isEmpty()) {
            // Loaded on first need: most photos never get here, and parsing it takes a while.
            if (!classifiers->profileTried) {
                classifiers->profileTried = true;
                try {
                    classifiers->profile.load(localPath(m_profilePath)); // optional: stays empty()
                } catch (const cv::Exception&) {
                }
            }
        }
        if (faces.isEmpty() && !classifiers->profile.empty()) {
            // The profile cascade knows faces turned one way; mirror the image for the other.
            classifiers->profile.detectMultiScale(small.grey, found, kScaleStep, kMinNeighbours, 0,
                                                  cv::Size(kMinFace, kMinFace));
            faces = toRects(found, scale);
            cv::Mat mirrored;
            cv::flip(small.grey, mirrored, 1);
            classifiers->profile.detectMultiScale(mirrored, found, kScaleStep, kMinNeighbours, 0,
                                                  cv::Size(kMinFace, kMinFace));
            faces += toRects(found, scale, mirrored.cols);
        }
    } catch (const cv::Exception& e) {
        release(std::move(classifiers));
        return fail(ErrorKind::Image, tr("Face detection failed."), QString::fromStdString(e.msg));
    }
    release(std::move(classifiers));
    return faces;
}

} // namespace adphoto::imaging
