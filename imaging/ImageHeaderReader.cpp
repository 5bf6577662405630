#include "imaging/ImageHeaderReader.h"

#include <QLocale>

#include <cstdlib>

namespace adphoto::imaging {

namespace {

quint32 readLe(const QByteArray& data, qsizetype offset, int bytes)
{
    quint32 value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = value << 8 | quint32(quint8(data.at(offset + i)));
    return value;
}

quint32 readBe(const QByteArray& data, qsizetype offset, int bytes)
{
    quint32 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = value << 8 | quint32(quint8(data.at(offset + i)));
    return value;
}

struct Parsed
{
    QSize size;
    int orientation = 1;
};

std::optional<Parsed> parsePng(const QByteArray& data)
{
    // IHDR must be the first chunk: length 13 at offset 8.
    if (data.size() < 33 || readBe(data, 8, 4) != 13 || data.mid(12, 4) != "IHDR")
        return std::nullopt;
    Parsed parsed;
    parsed.size = QSize(int(std::min<quint32>(readBe(data, 16, 4), INT32_MAX)),
                        int(std::min<quint32>(readBe(data, 20, 4), INT32_MAX)));
    // An eXIf chunk (before the image data) may carry an orientation, as in JPEG.
    qsizetype pos = 33;
    while (pos + 8 <= data.size()) {
        const qsizetype length = readBe(data, pos, 4);
        const QByteArray type = data.mid(pos + 4, 4);
        if (type == "IDAT" || type == "IEND" || length > data.size() - pos - 12)
            break;
        if (type == "eXIf")
            parsed.orientation = JpegHeader::exifOrientation(data.mid(pos + 8, length));
        pos += 12 + length;
    }
    return parsed;
}

std::optional<Parsed> parseGif(const QByteArray& data)
{
    if (data.size() < 10)
        return std::nullopt;
    return Parsed{QSize(int(readLe(data, 6, 2)), int(readLe(data, 8, 2))), 1};
}

std::optional<Parsed> parseBmp(const QByteArray& data)
{
    if (data.size() < 26)
        return std::nullopt;
    const quint32 dibSize = readLe(data, 14, 4);
    if (dibSize == 12)
        return Parsed{QSize(int(readLe(data, 18, 2)), int(readLe(data, 20, 2))), 1};
    const auto width = qint64(qint32(readLe(data, 18, 4)));
    const auto height = qint64(qint32(readLe(data, 22, 4))); // negative: stored top-down
    return Parsed{QSize(int(std::min<qint64>(std::abs(width), INT32_MAX)),
                        int(std::min<qint64>(std::abs(height), INT32_MAX))),
                  1};
}

// Whether the pixel data a BMP header describes is all there. Qt's reader fills a short file
// up with black instead of failing, so the length is checked here.
bool bmpComplete(const QByteArray& data)
{
    const qint64 pixelOffset = readLe(data, 10, 4);
    const quint32 dibSize = readLe(data, 14, 4);
    qint64 width = 0;
    qint64 height = 0;
    quint32 bitsPerPixel = 0;
    quint32 compression = 0;
    if (dibSize == 12) {
        width = readLe(data, 18, 2);
        height = readLe(data, 20, 2);
        bitsPerPixel = readLe(data, 24, 2);
    } else if (data.size() >= 34) {
        width = std::abs(qint64(qint32(readLe(data, 18, 4))));
        height = std::abs(qint64(qint32(readLe(data, 22, 4))));
        bitsPerPixel = readLe(data, 28, 2);
        compression = readLe(data, 30, 4);
    } else {
        return false;
    }
    constexpr quint32 kRgb = 0;
    constexpr quint32 kBitFields = 3;
    constexpr quint32 kAlphaBitFields = 6;
    if (compression == kRgb || compression == kBitFields || compression == kAlphaBitFields) {
        // Rows are padded to 4 bytes. Width (< 2^31) times depth (< 2^16) fits; the product
        // with the height might not, hence the division (found by the fuzzer).
        const qint64 rowBytes = (width * bitsPerPixel + 31) / 32 * 4;
        const qint64 available = qint64(data.size()) - pixelOffset;
        return available >= 0 && (rowBytes == 0 || height <= available / rowBytes);
    }
    // Run-length and embedded encodings: only the file size the header states can be checked.
    const qint64 fileSize = readLe(data, 2, 4);
    return qint64(data.size()) >= fileSize;
}

std::optional<Parsed> parseTiff(const QByteArray& data)
{
    if (data.size() < 8)
        return std::nullopt;
    const bool big = data.startsWith("MM");
    const auto read = [&](qsizetype offset, int bytes) {
        return big ? readBe(data, offset, bytes) : readLe(data, offset, bytes);
    };
    const quint32 ifd = read(4, 4);
    if (ifd < 8 || qsizetype(ifd) + 2 > data.size())
        return std::nullopt;
    const quint32 count = read(ifd, 2);
    quint32 width = 0;
    quint32 height = 0;
    for (quint32 i = 0; i < count; ++i) {
        const qsizetype entry = qsizetype(ifd) + 2 + qsizetype(i) * 12;
        if (entry + 12 > data.size())
            return std::nullopt;
        const quint32 tag = read(entry, 2);
        const quint32 type = read(entry + 2, 2);
        const quint32 value = type == 3 ? read(entry + 8, 2) : type == 4 ? read(entry + 8, 4) : 0;
        if (tag == 256)
            width = value;
        else if (tag == 257)
            height = value;
    }
    return Parsed{QSize(int(std::min<quint32>(width, INT32_MAX)), int(std::min<quint32>(height, INT32_MAX))),
                  JpegHeader::exifOrientation(data)};
}

std::optional<Parsed> parseWebP(const QByteArray& data)
{
    if (data.size() < 30)
        return std::nullopt;
    const QByteArray chunk = data.mid(12, 4);
    Parsed parsed;
    if (chunk == "VP8X") {
        parsed.size = QSize(int(readLe(data, 24, 3)) + 1, int(readLe(data, 27, 3)) + 1);
        // Look for an EXIF chunk among the following ones.
        qsizetype pos = 12;
        while (pos + 8 <= data.size()) {
            const qsizetype length = readLe(data, pos + 4, 4);
            if (length > data.size() - pos - 8)
                break;
            if (data.mid(pos, 4) == "EXIF") {
                QByteArray exif = data.mid(pos + 8, length);
                if (exif.startsWith(QByteArray("Exif\0\0", 6)))
                    exif.remove(0, 6);
                parsed.orientation = JpegHeader::exifOrientation(exif);
            }
            pos += 8 + length + (length & 1);
        }
    } else if (chunk == "VP8 ") {
        if (data.mid(23, 3) != QByteArray("\x9D\x01\x2A", 3))
            return std::nullopt;
        parsed.size = QSize(int(readLe(data, 26, 2) & 0x3FFF), int(readLe(data, 28, 2) & 0x3FFF));
    } else if (chunk == "VP8L") {
        if (quint8(data.at(20)) != 0x2F)
            return std::nullopt;
        const quint32 bits = readLe(data, 21, 4);
        parsed.size = QSize(int(bits & 0x3FFF) + 1, int(bits >> 14 & 0x3FFF) + 1);
    } else {
        return std::nullopt;
    }
    return parsed;
}

QString formatTitle(ImageFormat format)
{
    return ImageSniffer::name(format).toUpper();
}

} // namespace

Error ImageHeaderReader::tooManyPixels(QSize size, qint64 pixelLimit)
{
    const QLocale locale;
    const qint64 pixels = qint64(size.width()) * size.height();
    return Error{ErrorKind::ImageTooLarge,
                 tr("The image is %1 × %2 pixels (%3 megapixels); the limit is %4 megapixels.")
                     .arg(size.width())
                     .arg(size.height())
                     .arg(locale.toString(double(pixels) / 1e6, 'f', 1),
                          locale.toString(double(pixelLimit) / 1e6, 'f', 1)),
                 {},
                 {}};
}

ImageHeader ImageHeaderReader::parse(const QByteArray& data)
{
    ImageHeader header;
    header.format = ImageSniffer::sniff(data);
    std::optional<Parsed> parsed;
    switch (header.format) {
    case ImageFormat::Jpeg:
        header.jpeg = JpegHeader::parse(data);
        if (header.jpeg)
            parsed = Parsed{header.jpeg->size(), header.jpeg->orientation()};
        break;
    case ImageFormat::Png:
        parsed = parsePng(data);
        break;
    case ImageFormat::Gif:
        parsed = parseGif(data);
        break;
    case ImageFormat::Bmp:
        parsed = parseBmp(data);
        break;
    case ImageFormat::Tiff:
        parsed = parseTiff(data);
        break;
    case ImageFormat::WebP:
        parsed = parseWebP(data);
        break;
    case ImageFormat::Unknown:
        break;
    }
    if (!parsed || parsed->size.isEmpty())
        return header;
    header.size = parsed->size;
    header.orientation = parsed->orientation;
    // A truncated JPEG decodes to a half-grey picture with only a warning from libjpeg, so the
    // end markers are checked here, where the reason is still known.
    if (header.format == ImageFormat::Jpeg)
        header.complete = header.jpeg->isComplete();
    else if (header.format == ImageFormat::Png)
        header.complete = data.lastIndexOf("IEND") >= 0;
    else if (header.format == ImageFormat::Bmp)
        header.complete = bmpComplete(data);
    else
        header.complete = true; // their decoders report a short file as an error
    return header;
}

Result<ImageHeader> ImageHeaderReader::read(const QByteArray& data, qint64 pixelLimit)
{
    if (data.isEmpty())
        return fail(ErrorKind::Image, tr("The file is empty."));
    ImageHeader header = parse(data);
    if (header.format == ImageFormat::Unknown) {
        if (ImageSniffer::looksLikeText(data))
            return fail(ErrorKind::Image, tr("The file is text, not an image."));
        return fail(ErrorKind::Image,
                    tr("Unknown or unsupported image format (supported: JPEG, PNG, BMP, GIF, TIFF, WebP)."));
    }
    if (header.size.isEmpty())
        return fail(ErrorKind::Image,
                    tr("The %1 header is damaged or cut short; the file is not a readable image.")
                        .arg(formatTitle(header.format)));
    if (qint64(header.size.width()) * header.size.height() > pixelLimit)
        return std::unexpected(tooManyPixels(header.size, pixelLimit));
    if (!header.complete)
        return fail(ErrorKind::Image, tr("The %1 file is truncated: its image data stops before the end.")
                                          .arg(formatTitle(header.format)));
    return header;
}

} // namespace adphoto::imaging
