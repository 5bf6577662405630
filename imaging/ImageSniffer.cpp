#include "imaging/ImageSniffer.h"

namespace adphoto::imaging {

namespace {

bool startsWith(const QByteArray& data, const char* magic, qsizetype length, qsizetype offset = 0)
{
    return data.size() >= offset + length && data.mid(offset, length) == QByteArray(magic, length);
}

} // namespace

ImageFormat ImageSniffer::sniff(const QByteArray& data)
{
    if (startsWith(data, "\xFF\xD8\xFF", 3))
        return ImageFormat::Jpeg;
    if (startsWith(data, "\x89PNG\r\n\x1A\n", 8))
        return ImageFormat::Png;
    if (startsWith(data, "GIF87a", 6) || startsWith(data, "GIF89a", 6))
        return ImageFormat::Gif;
    if (startsWith(data, "II*\0", 4) || startsWith(data, "MM\0*", 4))
        return ImageFormat::Tiff;
    if (startsWith(data, "RIFF", 4) && startsWith(data, "WEBP", 4, 8))
        return ImageFormat::WebP;
    // "BM" alone is too weak (any text may start so): also require a plausible DIB header size.
    if (startsWith(data, "BM", 2) && data.size() >= 18) {
        const auto byteAt = [&](int i) { return quint32(quint8(data.at(i))); };
        const quint32 dibSize = byteAt(14) | byteAt(15) << 8 | byteAt(16) << 16 | byteAt(17) << 24;
        if (dibSize == 12 || dibSize == 40 || dibSize == 52 || dibSize == 56 || dibSize == 64 ||
            dibSize == 108 || dibSize == 124)
            return ImageFormat::Bmp;
    }
    return ImageFormat::Unknown;
}

QString ImageSniffer::name(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg:
        return QStringLiteral("jpeg");
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::Bmp:
        return QStringLiteral("bmp");
    case ImageFormat::Gif:
        return QStringLiteral("gif");
    case ImageFormat::Tiff:
        return QStringLiteral("tiff");
    case ImageFormat::WebP:
        return QStringLiteral("webp");
    case ImageFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool ImageSniffer::looksLikeText(const QByteArray& data)
{
    const qsizetype n = std::min<qsizetype>(data.size(), 512);
    if (n == 0)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = quint8(data.at(i));
        if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B))
            return false;
    }
    return true;
}

} // namespace adphoto::imaging
