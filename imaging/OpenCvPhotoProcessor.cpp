#include "imaging/OpenCvPhotoProcessor.h"

#include "imaging/CropPlanner.h"
#include "imaging/FaceLocator.h"
#include "imaging/ImageDecoder.h"
#include "imaging/ImageHeaderReader.h"
#include "imaging/JpegBudgetEncoder.h"
#include "imaging/JpegCodec.h"
#include "imaging/JpegMetadataStripper.h"
#include "imaging/MatBridge.h"

#include <QHash>
#include <QLocale>

#include <opencv2/core.hpp>
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/imgproc.hpp>

#include <mutex>

namespace adphoto::imaging {

namespace {

// Maps a rectangle between the full-scale source and a (reduced) decoded image.
QRect scaled(QRect rect, double sx, double sy)
{
    return QRect(int(std::floor(rect.x() * sx)), int(std::floor(rect.y() * sy)),
                 std::max(1, int(std::lround(rect.width() * sx))),
                 std::max(1, int(std::lround(rect.height() * sy))));
}

// The crop as a square region of `image` (reduced by `scale` from fullSize).
cv::Mat cropRegion(const cv::Mat& image, QRect crop, QSize fullSize)
{
    const double sx = double(image.cols) / fullSize.width();
    const double sy = double(image.rows) / fullSize.height();
    QRect region = scaled(crop, sx, sy);
    const int edge = std::min({region.width(), region.height(), image.cols, image.rows});
    region.setSize(QSize(edge, edge));
    region.moveLeft(std::clamp(region.x(), 0, image.cols - edge));
    region.moveTop(std::clamp(region.y(), 0, image.rows - edge));
    return image(cv::Rect(region.x(), region.y(), edge, edge));
}

// `region` (square) resampled to size x size: area averaging when shrinking, bicubic when
// enlarging. A region at least twice the size is first shrunk by a whole factor, which OpenCV's
// area resampling does on its fast path (dropping at most factor - 1 edge pixels, under half an
// output pixel); the fractional rest then works on a few thousand pixels.
cv::Mat resizeSquare(const cv::Mat& region, int size)
{
    cv::Mat out;
    const int factor = region.cols / size;
    if (factor >= 2) {
        const int edge = region.cols / factor * factor;
        cv::Mat reduced;
        cv::resize(region(cv::Rect(0, 0, edge, edge)), reduced, cv::Size(edge / factor, edge / factor), 0, 0,
                   cv::INTER_AREA);
        if (reduced.cols == size)
            return reduced;
        cv::resize(reduced, out, cv::Size(size, size), 0, 0, cv::INTER_AREA);
        return out;
    }
    cv::resize(region, out, cv::Size(size, size), 0, 0,
               region.cols > size ? cv::INTER_AREA : cv::INTER_CUBIC);
    return out;
}

// The next allowed size down: 648 -> 576, else 96 less.
int smaller(int size)
{
    return size == OpenCvPhotoProcessor::kMaxSize ? size - size % OpenCvPhotoProcessor::kSizeStep
                                                  : size - OpenCvPhotoProcessor::kSizeStep;
}

} // namespace

OpenCvPhotoProcessor::OpenCvPhotoProcessor()
{
    cv::setNumThreads(1);
    // Decoders report damaged files through our errors; OpenCV's own warnings on stderr would
    // only clutter the CLI's output.
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_ERROR);
}

OpenCvPhotoProcessor::~OpenCvPhotoProcessor() = default;

bool OpenCvPhotoProcessor::isAllowedSize(int size)
{
    return size == kMaxSize || (size >= kSizeStep && size < kMaxSize && size % kSizeStep == 0);
}

Result<void> OpenCvPhotoProcessor::validate(const PhotoSpec& spec)
{
    if (!isAllowedSize(spec.size))
        return fail(
            ErrorKind::Usage,
            tr("The photo size must be 96, 192, 288, 384, 480, 576 or 648 pixels, not %1.").arg(spec.size));
    if (spec.maxBytes < 1)
        return fail(ErrorKind::Usage, tr("The byte budget must be positive, not %1.").arg(spec.maxBytes));
    if (spec.pixelLimit < 1)
        return fail(ErrorKind::Usage, tr("The pixel limit must be positive, not %1.").arg(spec.pixelLimit));
    return {};
}

Result<PreparedPhoto> OpenCvPhotoProcessor::prepare(const QByteArray& source, const PhotoSpec& spec) const
{
    // The layer's edge: nothing thrown by OpenCV or the standard library gets past here.
    try {
        return run(source, spec);
    } catch (const cv::Exception& e) {
        return fail(ErrorKind::Image, tr("The image could not be processed."), QString::fromStdString(e.msg));
    } catch (const std::bad_alloc&) {
        return fail(ErrorKind::ImageTooLarge, tr("Not enough memory to process the image."));
    } catch (const std::exception& e) {
        return fail(ErrorKind::Image, tr("The image could not be processed."),
                    QString::fromLocal8Bit(e.what()));
    }
}

Result<std::shared_ptr<FaceLocator>> OpenCvPhotoProcessor::locator(const QString& cascadePath)
{
    // Process-wide: cascades are immutable data that take a while to parse, so every
    // processor (one per CLI run, GUI dialog or batch) shares the loaded ones.
    static std::mutex mutex;
    static QHash<QString, std::shared_ptr<FaceLocator>> locators;
    const std::lock_guard lock(mutex);
    if (const auto it = locators.constFind(cascadePath); it != locators.constEnd())
        return *it;
    QString path = cascadePath;
    if (path.isEmpty()) {
        path = FaceLocator::findDefaultCascade();
        if (path.isEmpty())
            return fail(ErrorKind::NotFound, tr("Face detection is unavailable: no Haar cascade was found "
                                                "(install the opencv-data package)."));
    }
    Result<std::shared_ptr<FaceLocator>> created = FaceLocator::create(path);
    if (created)
        locators.insert(cascadePath, *created);
    return created;
}

std::optional<PreparedPhoto> OpenCvPhotoProcessor::keepConforming(const QByteArray& source,
                                                                  const ImageHeader& header,
                                                                  const PhotoSpec& spec,
                                                                  QString* whyNot) const
{
    const QSize size = header.size;
    const bool square = size.width() == size.height();
    const int edge = size.width();
    if (header.format != ImageFormat::Jpeg || !square || !isAllowedSize(edge)) {
        *whyNot =
            tr("The source was re-encoded: only a square JPEG of 96, 192, 288, 384, 480, 576 or 648 pixels "
               "can be kept.");
        return std::nullopt;
    }
    if (header.orientation != 1 || (header.jpeg->components() != 1 && header.jpeg->components() != 3) ||
        !header.jpeg->isHuffmanDct()) {
        *whyNot = tr("The source was re-encoded: its EXIF rotation, CMYK colours or coding would not survive "
                     "keeping it as it is.");
        return std::nullopt;
    }
    if (spec.crop && *spec.crop != QRect(QPoint(0, 0), size)) {
        *whyNot = tr("The source was re-encoded to apply the crop.");
        return std::nullopt;
    }
    QByteArray stripped = JpegMetadataStripper::strip(source, *header.jpeg);
    if (stripped.size() > spec.maxBytes) {
        *whyNot = tr("The source was re-encoded: it is over the budget of %1 bytes.")
                      .arg(QLocale().toString(spec.maxBytes));
        return std::nullopt;
    }
    // Decoding proves the image data is whole (at 1/8 libjpeg still reads every coefficient).
    if (!JpegCodec::decode(stripped, 8)) {
        *whyNot = tr("The source was re-encoded: its image data could not be read.");
        return std::nullopt;
    }
    PreparedPhoto photo;
    photo.report.sourceSize = size;
    photo.report.sourceFormat = ImageSniffer::name(header.format);
    photo.report.crop = QRect(QPoint(0, 0), size);
    photo.report.size = edge;
    photo.report.bytes = stripped.size();
    photo.report.keptOriginal = true;
    photo.jpeg = std::move(stripped);
    return photo;
}

Result<PreparedPhoto> OpenCvPhotoProcessor::run(const QByteArray& source, const PhotoSpec& spec) const
{
    if (Result<void> valid = validate(spec); !valid)
        return std::unexpected(valid.error());
    Result<ImageHeader> header = ImageHeaderReader::read(source, spec.pixelLimit);
    if (!header)
        return std::unexpected(header.error());
    const QSize oriented = header->orientedSize();

    PhotoReport report;
    report.sourceSize = oriented;
    report.sourceFormat = ImageSniffer::name(header->format);
    std::optional<QRect> crop;
    if (spec.crop) {
        Result<QRect> valid = CropPlanner::validateCrop(*spec.crop, oriented);
        if (!valid)
            return std::unexpected(valid.error());
        crop = *valid;
    }
    if (spec.keepConforming) {
        QString whyNot;
        if (std::optional<PreparedPhoto> kept = keepConforming(source, *header, spec, &whyNot))
            return std::move(*kept);
        report.warnings << whyNot;
    }

    int size = spec.size;
    const int likelyEdge = crop ? crop->width() : std::min(oriented.width(), oriented.height());
    // Face detection looks for small faces at twice its thumbnail width: decode at least that.
    const int detectionWidth = !crop && spec.detectFace ? 2 * FaceLocator::kThumbnailWidth : 0;
    Result<DecodedImage> decoded = ImageDecoder::decode(
        source, *header, ImageDecoder::scaleFor(*header, likelyEdge, size, detectionWidth));
    if (!decoded)
        return std::unexpected(decoded.error());
    const QSize fullSize = decoded->fullSize;
    report.sourceSize = fullSize;

    if (!crop) {
        crop = CropPlanner::defaultCrop(fullSize);
        if (spec.detectFace) {
            Result<std::shared_ptr<FaceLocator>> faces = locator(spec.cascadePath);
            if (!faces && !spec.cascadePath.isEmpty())
                return std::unexpected(faces.error()); // the user named a cascade that does not work
            if (!faces) {
                report.warnings << faces.error().message + QLatin1Char(' ') +
                                       tr("The photo uses a centred crop.");
            } else {
                Result<QList<QRect>> found = (*faces)->detect(decoded->image);
                if (!found)
                    return std::unexpected(found.error());
                if (found->isEmpty()) {
                    report.warnings << tr("No face found; the photo uses a centred crop.");
                } else {
                    const double sx = double(fullSize.width()) / decoded->image.width();
                    const double sy = double(fullSize.height()) / decoded->image.height();
                    QList<QRect> full;
                    for (const QRect& face : *found)
                        full << scaled(face, sx, sy).intersected(QRect(QPoint(0, 0), fullSize));
                    crop = CropPlanner::faceCrop(CropPlanner::pickFace(full, fullSize), fullSize);
                    report.faceFound = true;
                }
            }
        }
    }
    report.crop = *crop;

    // Never upscale silently: a small crop gives the largest multiple of 96 it supports.
    const int edge = crop->width();
    if (edge < size) {
        const int supported =
            std::max(kSizeStep, std::min(edge / kSizeStep * kSizeStep, kMaxSize - kMaxSize % kSizeStep));
        if (edge < kSizeStep) {
            report.upscaled = true;
            report.warnings
                << tr("The crop is only %1 pixels wide; it was upscaled to %2 pixels and will look soft.")
                       .arg(edge)
                       .arg(supported);
        } else {
            report.warnings
                << tr("The crop is only %1 pixels wide, less than the %2 pixels asked for; the photo is "
                      "%3 pixels.")
                       .arg(edge)
                       .arg(size)
                       .arg(supported);
        }
        size = supported;
    }
    // A face far smaller than the whole picture may need more pixels than the reduced decode has.
    if (decoded->scale > 1 && (edge + decoded->scale - 1) / decoded->scale < size) {
        decoded = ImageDecoder::decode(source, *header, ImageDecoder::scaleFor(*header, edge, size));
        if (!decoded)
            return std::unexpected(decoded.error());
    }

    const cv::Mat region = cropRegion(matFromImage(decoded->image), *crop, fullSize);
    while (true) {
        const QImage image = imageFromMat(resizeSquare(region, size));
        const int floorQuality = size > kSizeStep ? kFloorQuality : 1;
        Result<std::optional<EncodedJpeg>> encoded =
            JpegBudgetEncoder::encodeWithin(image, spec.maxBytes, floorQuality);
        if (!encoded)
            return std::unexpected(encoded.error());
        if (encoded->has_value()) {
            PreparedPhoto photo;
            report.size = size;
            report.quality = (*encoded)->quality;
            report.bytes = (*encoded)->data.size();
            photo.jpeg = std::move((*encoded)->data);
            photo.report = std::move(report);
            return photo;
        }
        if (size == kSizeStep)
            return fail(ErrorKind::ImageTooLarge,
                        tr("Even a %1-pixel photo at the lowest JPEG quality is over the budget of %2 bytes.")
                            .arg(kSizeStep)
                            .arg(QLocale().toString(spec.maxBytes)));
        report.warnings
            << tr("A %1-pixel photo does not fit in %2 bytes even at JPEG quality %3; the photo is %4 "
                  "pixels.")
                   .arg(size)
                   .arg(QLocale().toString(spec.maxBytes))
                   .arg(floorQuality)
                   .arg(smaller(size));
        size = smaller(size);
    }
}

} // namespace adphoto::imaging
