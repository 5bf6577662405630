#include "imaging/ImageDecoder.h"

#include "imaging/JpegCodec.h"
#include "imaging/MatBridge.h"

#include <QBuffer>
#include <QImageReader>

#include <opencv2/core.hpp>

namespace adphoto::imaging {

namespace {

// Composites onto white: what a transparent background looks like on a light page, and
// what AD's consumers (Outlook, Teams, Windows) expect from an opaque JPEG.
QImage flattenOntoWhite(const QImage& image)
{
    const QImage rgba = image.convertToFormat(QImage::Format_RGBA8888); // not premultiplied
    QImage out(rgba.size(), QImage::Format_BGR888);
    if (rgba.isNull() || out.isNull())
        return {};
    for (int y = 0; y < rgba.height(); ++y) {
        const uchar* in = rgba.constScanLine(y);
        uchar* row = out.scanLine(y);
        for (int x = 0; x < rgba.width(); ++x, in += 4, row += 3) {
            const int alpha = in[3];
            for (int c = 0; c < 3; ++c)
                row[2 - c] = uchar((in[c] * alpha + 255 * (255 - alpha) + 127) / 255);
        }
    }
    return out;
}

// Any depth, palette, grey or alpha to opaque 8-bit BGR.
QImage toBgr(const QImage& image)
{
    return image.hasAlphaChannel() ? flattenOntoWhite(image) : image.convertToFormat(QImage::Format_BGR888);
}

QByteArray qtFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return "png";
    case ImageFormat::Bmp:
        return "bmp";
    case ImageFormat::Gif:
        return "gif";
    case ImageFormat::Tiff:
        return "tiff";
    case ImageFormat::WebP:
        return "webp";
    case ImageFormat::Jpeg:
    case ImageFormat::Unknown:
        break;
    }
    return {};
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
        QImage pixels;
        int usedScale = 1;
        if (header.format == ImageFormat::Jpeg) {
            usedScale = scale == 2 || scale == 4 || scale == 8 ? scale : 1;
            Result<QImage> decoded = JpegCodec::decode(data, usedScale);
            if (!decoded)
                return std::unexpected(decoded.error());
            pixels = std::move(*decoded);
        } else {
            // Everything else through Qt's readers, each asked for by name: a file is only
            // ever read by the decoder of the format its content was recognised as (the
            // plugins for TIFF and WebP come from qt6-image-formats-plugins).
            const QByteArray formatName = qtFormatName(header.format);
            if (!QImageReader::supportedImageFormats().contains(formatName))
                return fail(ErrorKind::Image, tr("This system cannot read %1 images (install the "
                                                 "qt6-image-formats-plugins package).")
                                                  .arg(QString::fromLatin1(formatName.toUpper())));
            QBuffer buffer;
            buffer.setData(data);
            QImageReader reader(&buffer, formatName);
            reader.setAutoTransform(false); // orientation is applied below, the same for all formats
            // Allow what the header promised at 16 bits per channel with alpha, and no more:
            // a decoder that finds a bigger image further in is stopped by Qt.
            const qint64 bytes = qint64(header.size.width()) * header.size.height() * 8;
            reader.setAllocationLimit(int(std::min<qint64>(bytes / (1024 * 1024) + 16, 8192)));
            const QImage frame = reader.read();
            if (frame.isNull())
                return fail(ErrorKind::Image, damaged, reader.errorString());
            pixels = toBgr(frame);
            if (pixels.isNull())
                return fail(ErrorKind::ImageTooLarge, tr("Not enough memory to decode the image."));
        }
        if (header.orientation != 1) {
            const cv::Mat stored = matFromImage(pixels);
            pixels = imageFromMat(orient(stored, header.orientation));
        }
        DecodedImage result;
        result.scale = usedScale;
        result.fullSize = usedScale == 1 ? pixels.size() : header.orientedSize();
        result.image = std::move(pixels);
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
