#include "imaging/ImageDecoder.h"

#include "imaging/MatBridge.h"

#include <QBuffer>
#include <QImageReader>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace adphoto::imaging {

namespace {

// Any depth to 8 bits per channel.
cv::Mat toEightBit(const cv::Mat& source)
{
    cv::Mat out;
    switch (source.depth()) {
    case CV_8U:
        return source;
    case CV_16U:
        source.convertTo(out, CV_8U, 1.0 / 257.0);
        return out;
    case CV_32F:
    case CV_64F: // floating-point TIFFs hold 0..1
        source.convertTo(out, CV_8U, 255.0);
        return out;
    default:
        source.convertTo(out, CV_8U);
        return out;
    }
}

// Composites BGRA onto white: what a transparent background looks like on a light page, and
// what AD's consumers (Outlook, Teams, Windows) expect from an opaque JPEG.
cv::Mat flattenOntoWhite(const cv::Mat& bgra)
{
    cv::Mat out(bgra.rows, bgra.cols, CV_8UC3);
    for (int y = 0; y < bgra.rows; ++y) {
        const auto* in = bgra.ptr<cv::Vec4b>(y);
        auto* row = out.ptr<cv::Vec3b>(y);
        for (int x = 0; x < bgra.cols; ++x) {
            const int alpha = in[x][3];
            for (int c = 0; c < 3; ++c)
                row[x][c] = uchar((in[x][c] * alpha + 255 * (255 - alpha) + 127) / 255);
        }
    }
    return out;
}

cv::Mat toBgr(const cv::Mat& decoded)
{
    const cv::Mat eight = toEightBit(decoded);
    cv::Mat out;
    switch (eight.channels()) {
    case 1:
        cv::cvtColor(eight, out, cv::COLOR_GRAY2BGR);
        return out;
    case 2: { // grey + alpha
        std::vector<cv::Mat> planes;
        cv::split(eight, planes);
        cv::Mat bgra;
        cv::merge(std::vector<cv::Mat>{planes[0], planes[0], planes[0], planes[1]}, bgra);
        return flattenOntoWhite(bgra);
    }
    case 3:
        return eight;
    case 4:
        return flattenOntoWhite(eight);
    default: {
        std::vector<cv::Mat> planes;
        cv::split(eight, planes);
        cv::merge(std::vector<cv::Mat>{planes[0], planes[1], planes[2]}, out);
        return out;
    }
    }
}

// EXIF orientation: how the stored pixels must be turned to show upright.
cv::Mat orient(const cv::Mat& image, int orientation)
{
    cv::Mat out;
    switch (orientation) {
    case 2:
        cv::flip(image, out, 1);
        return out;
    case 3:
        cv::rotate(image, out, cv::ROTATE_180);
        return out;
    case 4:
        cv::flip(image, out, 0);
        return out;
    case 5:
        cv::transpose(image, out);
        return out;
    case 6:
        cv::rotate(image, out, cv::ROTATE_90_CLOCKWISE);
        return out;
    case 7:
        cv::transpose(image, out);
        cv::flip(out, out, -1);
        return out;
    case 8:
        cv::rotate(image, out, cv::ROTATE_90_COUNTERCLOCKWISE);
        return out;
    default:
        return image;
    }
}

int reducedColorFlag(int scale)
{
    switch (scale) {
    case 2:
        return cv::IMREAD_REDUCED_COLOR_2;
    case 4:
        return cv::IMREAD_REDUCED_COLOR_4;
    case 8:
        return cv::IMREAD_REDUCED_COLOR_8;
    default:
        return cv::IMREAD_COLOR;
    }
}

} // namespace

int ImageDecoder::scaleFor(const ImageHeader& header, int cropEdge, int neededEdge, int minWidth)
{
    if (header.format != ImageFormat::Jpeg)
        return 1;
    const int width = header.orientedSize().width();
    for (const int scale : {8, 4, 2}) {
        if ((cropEdge + scale - 1) / scale >= neededEdge && (width + scale - 1) / scale >= minWidth)
            return scale;
    }
    return 1;
}

Result<DecodedImage> ImageDecoder::decode(const QByteArray& data, const ImageHeader& header, int scale)
{
    const QString damaged = tr("The %1 image data is damaged and could not be decoded.")
                                .arg(ImageSniffer::name(header.format).toUpper());
    try {
        cv::Mat pixels;
        int usedScale = 1;
        if (header.format == ImageFormat::Gif || header.format == ImageFormat::WebP) {
            // OpenCV 4.6 has no GIF decoder. WebP goes through Qt too: when libwebp rejects a
            // header that merely starts like WebP, cv::imdecode falls through to any other
            // decoder whose signature matches further in (GDCM, which aborts on bad DICOM);
            // QImageReader with a fixed format only ever runs that format's plugin.
            const QByteArray formatName = header.format == ImageFormat::Gif ? "gif" : "webp";
            if (!QImageReader::supportedImageFormats().contains(formatName))
                return fail(ErrorKind::Image, tr("This system cannot read %1 images (install the "
                                                 "qt6-image-formats-plugins package).")
                                                  .arg(QString::fromLatin1(formatName.toUpper())));
            QBuffer buffer;
            buffer.setData(data);
            QImageReader reader(&buffer, formatName);
            const qint64 bytes = qint64(header.size.width()) * header.size.height() * 4;
            reader.setAllocationLimit(int(std::min<qint64>(bytes / (1024 * 1024) + 16, 4096)));
            const QImage frame = reader.read().convertToFormat(QImage::Format_RGBA8888);
            if (frame.isNull())
                return fail(ErrorKind::Image, damaged, reader.errorString());
            const cv::Mat rgba(frame.height(), frame.width(), CV_8UC4, const_cast<uchar*>(frame.constBits()),
                               size_t(frame.bytesPerLine()));
            cv::Mat bgra;
            cv::cvtColor(rgba, bgra, cv::COLOR_RGBA2BGRA);
            pixels = flattenOntoWhite(bgra);
        } else {
            const cv::Mat buffer(1, int(data.size()), CV_8U, const_cast<char*>(data.constData()));
            if (header.format == ImageFormat::Jpeg) {
                usedScale = scale == 2 || scale == 4 || scale == 8 ? scale : 1;
                // Orientation is applied below from our own EXIF reading, the same for all formats.
                pixels = cv::imdecode(buffer, reducedColorFlag(usedScale) | cv::IMREAD_IGNORE_ORIENTATION);
            } else {
                // PNG, BMP and TIFF: OpenCV picks its decoder by signature, and no decoder
                // before theirs in its list accepts these signatures, so ours is the one used.
                // Unchanged keeps alpha (and 16 bits, converted below).
                const cv::Mat decoded = cv::imdecode(buffer, cv::IMREAD_UNCHANGED);
                if (!decoded.empty())
                    pixels = toBgr(decoded);
            }
            if (pixels.empty())
                return fail(ErrorKind::Image, damaged);
        }
        pixels = orient(pixels, header.orientation);
        DecodedImage result;
        result.scale = usedScale;
        result.fullSize = usedScale == 1 ? QSize(pixels.cols, pixels.rows) : header.orientedSize();
        result.image = imageFromMat(pixels.isContinuous() ? pixels : pixels.clone());
        return result;
    } catch (const cv::Exception& e) {
        return fail(ErrorKind::Image, damaged, QString::fromStdString(e.msg));
    } catch (const std::bad_alloc&) {
        return fail(ErrorKind::ImageTooLarge, tr("Not enough memory to decode the image."));
    } catch (const std::exception& e) {
        return fail(ErrorKind::Image, damaged, QString::fromLocal8Bit(e.what()));
    }
}

} // namespace adphoto::imaging
