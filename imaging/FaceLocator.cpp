#include "imaging/FaceLocator.h"

#include "imaging/MatBridge.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

namespace adphoto::imaging {

struct FaceLocator::Classifiers
{
    cv::CascadeClassifier frontal;
    cv::CascadeClassifier profile;
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

// A grey, contrast-equalised copy about `width` pixels wide. It is shrunk by a whole factor
// (dropping at most factor - 1 columns and rows at the edges): OpenCV's area resampling then
// takes its fast path, several times cheaper than a fractional factor.
Thumbnail greyThumbnail(const cv::Mat& source, int width)
{
    const int factor = std::max(1, int(std::lround(double(source.cols) / width)));
    cv::Mat small;
    Thumbnail thumbnail;
    if (factor > 1 && source.rows >= factor) {
        const cv::Size size(source.cols / factor, source.rows / factor);
        cv::resize(source(cv::Rect(0, 0, size.width * factor, size.height * factor)), small, size, 0, 0,
                   cv::INTER_AREA);
        thumbnail.scale = factor;
    } else {
        small = source;
    }
    if (small.channels() == 3)
        cv::cvtColor(small, thumbnail.grey, cv::COLOR_BGR2GRAY);
    else
        thumbnail.grey = small.clone();
    cv::equalizeHist(thumbnail.grey, thumbnail.grey);
    return thumbnail;
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
        if (!m_profilePath.isEmpty())
            classifiers->profile.load(localPath(m_profilePath)); // optional: empty() when not loaded
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
        const cv::Mat source = matFromImage(image);
        const Thumbnail thumbnail = greyThumbnail(source, kThumbnailWidth);
        const cv::Mat& grey = thumbnail.grey;
        const double scale = thumbnail.scale;
        std::vector<cv::Rect> found;
        classifiers->frontal.detectMultiScale(grey, found, kScaleStep, kMinNeighbours, 0,
                                              cv::Size(kMinFace, kMinFace));
        faces = toRects(found, scale);
        if (faces.isEmpty() && source.cols > grey.cols) {
            // Faces under ~15 % of the width fall below the cascade's window in the small
            // thumbnail: look again at up to twice the width, for small faces only.
            const Thumbnail larger = greyThumbnail(source, std::min(source.cols, 2 * grey.cols));
            const double largerScale = scale / larger.scale;
            const int largest = int(std::ceil(kMinFace * largerScale * 1.5));
            classifiers->frontal.detectMultiScale(larger.grey, found, kScaleStep, kMinNeighbours, 0,
                                                  cv::Size(kMinFace, kMinFace), cv::Size(largest, largest));
            faces = toRects(found, larger.scale);
        }
        if (faces.isEmpty() && !classifiers->profile.empty()) {
            // The profile cascade knows faces turned one way; mirror the image for the other.
            classifiers->profile.detectMultiScale(grey, found, kScaleStep, kMinNeighbours, 0,
                                                  cv::Size(kMinFace, kMinFace));
            faces = toRects(found, scale);
            cv::Mat mirrored;
            cv::flip(grey, mirrored, 1);
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
