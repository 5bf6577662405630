#include "ImagingTestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>

#include <gtest/gtest.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <jpeglib.h>

namespace adphoto::imaging::test {

namespace {

cv::Mat toBgrMat(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_BGR888);
    return cv::Mat(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()),
                   size_t(rgb.bytesPerLine()))
        .clone();
}

QByteArray fromVector(const std::vector<uchar>& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

QByteArray bigEndian16(int value)
{
    QByteArray out;
    out.append(char(value >> 8 & 0xFF));
    out.append(char(value & 0xFF));
    return out;
}

} // namespace

QString fixturePath(const QString& name)
{
    QString directory = qEnvironmentVariable("ADPHOTO_FIXTURES_DIR");
    if (directory.isEmpty())
        directory = QStringLiteral(ADPHOTO_FIXTURES_DIR);
    const QString path = QDir(directory).filePath(name);
    if (!QFileInfo(path).isFile()) {
        QProcess fetch;
        fetch.setProcessChannelMode(QProcess::ForwardedChannels);
        fetch.start(QStringLiteral(ADPHOTO_SOURCE_DIR "/scripts/fetch-fixtures.sh"), {directory});
        EXPECT_TRUE(fetch.waitForFinished(600'000)) << "fetch-fixtures.sh did not finish";
        EXPECT_EQ(fetch.exitCode(), 0) << "fetch-fixtures.sh failed";
    }
    EXPECT_TRUE(QFileInfo(path).isFile()) << "missing fixture " << path.toStdString();
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

QImage quadrants(QSize size)
{
    QImage image(size, QImage::Format_RGB888);
    const int halfW = size.width() / 2;
    const int halfH = size.height() / 2;
    QPainter painter(&image);
    painter.fillRect(QRect(0, 0, halfW, halfH), kTopLeft);
    painter.fillRect(QRect(halfW, 0, size.width() - halfW, halfH), kTopRight);
    painter.fillRect(QRect(0, halfH, halfW, size.height() - halfH), kBottomLeft);
    painter.fillRect(QRect(halfW, halfH, size.width() - halfW, size.height() - halfH), kBottomRight);
    return image;
}

QImage busy(QSize size, quint32 seed)
{
    QImage image(size, QImage::Format_RGB888);
    QRandomGenerator random(seed);
    for (int y = 0; y < size.height(); ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < size.width(); ++x) {
            const int noise = int(random.bounded(64u));
            line[3 * x] = uchar((x * 255 / std::max(1, size.width()) + noise) & 0xFF);
            line[3 * x + 1] = uchar((y * 255 / std::max(1, size.height()) + noise * 2) & 0xFF);
            line[3 * x + 2] = uchar(((x ^ y) + noise * 3) & 0xFF);
        }
    }
    return image;
}

QByteArray jpeg(const QImage& image, int quality, bool progressive)
{
    std::vector<uchar> bytes;
    cv::imencode(".jpg", toBgrMat(image), bytes,
                 {cv::IMWRITE_JPEG_QUALITY, quality, cv::IMWRITE_JPEG_PROGRESSIVE, progressive ? 1 : 0});
    return fromVector(bytes);
}

QByteArray greyJpeg(const QImage& image, int quality)
{
    cv::Mat grey;
    cv::cvtColor(toBgrMat(image), grey, cv::COLOR_BGR2GRAY);
    std::vector<uchar> bytes;
    cv::imencode(".jpg", grey, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
    return fromVector(bytes);
}

QByteArray cmykJpeg(const QImage& image, bool ycck)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    jpeg_compress_struct info{};
    jpeg_error_mgr errors{};
    info.err = jpeg_std_error(&errors);
    jpeg_create_compress(&info);
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&info, &buffer, &size);
    info.image_width = JDIMENSION(rgb.width());
    info.image_height = JDIMENSION(rgb.height());
    info.input_components = 4;
    info.in_color_space = JCS_CMYK;
    jpeg_set_defaults(&info);
    jpeg_set_colorspace(&info, ycck ? JCS_YCCK : JCS_CMYK); // writes the Adobe marker
    jpeg_set_quality(&info, 95, TRUE);
    jpeg_start_compress(&info, TRUE);
    std::vector<JSAMPLE> row(size_t(rgb.width()) * 4);
    while (info.next_scanline < info.image_height) {
        const uchar* in = rgb.constScanLine(int(info.next_scanline));
        for (int x = 0; x < rgb.width(); ++x) {
            // Adobe's inverted CMYK, as Photoshop writes it: no ink is 255.
            row[size_t(x) * 4] = in[3 * x];
            row[size_t(x) * 4 + 1] = in[3 * x + 1];
            row[size_t(x) * 4 + 2] = in[3 * x + 2];
            row[size_t(x) * 4 + 3] = 255;
        }
        JSAMPROW pointer = row.data();
        jpeg_write_scanlines(&info, &pointer, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    QByteArray out(reinterpret_cast<const char*>(buffer), qsizetype(size));
    free(buffer);
    return out;
}

QByteArray manyScanJpeg(const QImage& image, int approximationBits)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    jpeg_compress_struct info{};
    jpeg_error_mgr errors{};
    info.err = jpeg_std_error(&errors);
    jpeg_create_compress(&info);
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&info, &buffer, &size);
    info.image_width = JDIMENSION(grey.width());
    info.image_height = JDIMENSION(grey.height());
    info.input_components = 1;
    info.in_color_space = JCS_GRAYSCALE;
    jpeg_set_defaults(&info);
    // A valid progressive script: the DC, then each of the 63 AC coefficients on its own,
    // first at `approximationBits` of precision and then refined one bit per scan.
    std::vector<jpeg_scan_info> scans;
    scans.push_back({1, {0, 0, 0, 0}, 0, 0, 0, 0});
    for (int k = 1; k < 64; ++k) {
        scans.push_back({1, {0, 0, 0, 0}, k, k, 0, approximationBits});
        for (int bit = approximationBits; bit > 0; --bit)
            scans.push_back({1, {0, 0, 0, 0}, k, k, bit, bit - 1});
    }
    info.scan_info = scans.data();
    info.num_scans = int(scans.size());
    jpeg_start_compress(&info, TRUE);
    while (info.next_scanline < info.image_height) {
        JSAMPROW row = const_cast<uchar*>(grey.constScanLine(int(info.next_scanline)));
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    QByteArray out(reinterpret_cast<const char*>(buffer), qsizetype(size));
    free(buffer);
    return out;
}

QByteArray png16(const QImage& image)
{
    cv::Mat wide;
    toBgrMat(image).convertTo(wide, CV_16UC3, 257.0);
    std::vector<uchar> bytes;
    cv::imencode(".png", wide, bytes);
    return fromVector(bytes);
}

QByteArray openCvEncode(const QImage& image, const char* extension)
{
    std::vector<uchar> bytes;
    cv::imencode(extension, toBgrMat(image), bytes);
    return fromVector(bytes);
}

QByteArray qtEncode(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(image.save(&buffer, format)) << format;
    return bytes;
}

QByteArray gif(const QImage& image, std::optional<QColor> transparent)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    QList<QRgb> palette;
    std::vector<uchar> indices;
    indices.reserve(size_t(rgb.width()) * size_t(rgb.height()));
    for (int y = 0; y < rgb.height(); ++y) {
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb colour = rgb.pixel(x, y) | 0xFF000000u;
            qsizetype index = palette.indexOf(colour);
            if (index < 0) {
                palette.append(colour);
                index = palette.size() - 1;
            }
            indices.push_back(uchar(index));
        }
    }
    EXPECT_LE(palette.size(), 255);
    const auto le16 = [](QByteArray& out, int value) {
        out.append(char(value & 0xFF));
        out.append(char(value >> 8 & 0xFF));
    };
    QByteArray out("GIF89a");
    le16(out, rgb.width());
    le16(out, rgb.height());
    out.append(char(0xF7)); // global colour table of 256 entries
    out.append(char(0));
    out.append(char(0));
    for (int i = 0; i < 256; ++i) {
        const QRgb colour = i < palette.size() ? palette.at(i) : 0;
        out.append(char(qRed(colour)));
        out.append(char(qGreen(colour)));
        out.append(char(qBlue(colour)));
    }
    if (transparent) {
        const qsizetype index = palette.indexOf(transparent->rgb() | 0xFF000000u);
        out.append(QByteArray("\x21\xF9\x04\x01\x00\x00", 6));
        out.append(char(index < 0 ? 0 : index));
        out.append(char(0));
    }
    out.append(char(0x2C));
    le16(out, 0);
    le16(out, 0);
    le16(out, rgb.width());
    le16(out, rgb.height());
    out.append(char(0));
    // LZW with literal codes only: a clear code every 250 pixels keeps the code width at 9 bits.
    out.append(char(8));
    QByteArray stream;
    quint32 bits = 0;
    int bitCount = 0;
    const auto putCode = [&](int code) {
        bits |= quint32(code) << bitCount;
        bitCount += 9;
        while (bitCount >= 8) {
            stream.append(char(bits & 0xFF));
            bits >>= 8;
            bitCount -= 8;
        }
    };
    for (size_t i = 0; i < indices.size(); ++i) {
        if (i % 250 == 0)
            putCode(256);
        putCode(indices[i]);
    }
    putCode(257);
    if (bitCount > 0)
        stream.append(char(bits & 0xFF));
    for (qsizetype i = 0; i < stream.size(); i += 255) {
        const QByteArray block = stream.mid(i, 255);
        out.append(char(block.size()));
        out.append(block);
    }
    out.append(char(0));
    out.append(char(0x3B));
    return out;
}

QByteArray withSegment(const QByteArray& jpeg, quint8 marker, const QByteArray& payload)
{
    QByteArray segment;
    segment.append(char(0xFF));
    segment.append(char(marker));
    segment.append(bigEndian16(int(payload.size()) + 2));
    segment.append(payload);
    QByteArray out = jpeg;
    out.insert(2, segment);
    return out;
}

QByteArray withExifOrientation(const QByteArray& jpeg, int orientation, bool bigEndian)
{
    const auto u16 = [&](int value) {
        QByteArray out;
        if (bigEndian) {
            out.append(char(value >> 8 & 0xFF));
            out.append(char(value & 0xFF));
        } else {
            out.append(char(value & 0xFF));
            out.append(char(value >> 8 & 0xFF));
        }
        return out;
    };
    const auto u32 = [&](quint32 value) {
        return bigEndian ? u16(int(value >> 16)) + u16(int(value & 0xFFFF))
                         : u16(int(value & 0xFFFF)) + u16(int(value >> 16));
    };
    QByteArray exif("Exif\0\0", 6);
    exif += bigEndian ? QByteArray("MM") : QByteArray("II");
    exif += u16(42) + u32(8);
    exif += u16(2); // two entries: something else first, then the orientation
    exif += u16(0x010F) + u16(2) + u32(4) + QByteArray("ACME", 4); // Make
    exif += u16(0x0112) + u16(3) + u32(1) + u16(orientation) + u16(0);
    exif += u32(0);
    return withSegment(jpeg, 0xE1, exif);
}

QImage decode(const QByteArray& bytes)
{
    return QImage::fromData(bytes).convertToFormat(QImage::Format_RGB888);
}

bool near(QColor actual, QColor expected, int tolerance)
{
    return std::abs(actual.red() - expected.red()) <= tolerance &&
           std::abs(actual.green() - expected.green()) <= tolerance &&
           std::abs(actual.blue() - expected.blue()) <= tolerance;
}

QString describe(QColor colour)
{
    return QStringLiteral("rgb(%1,%2,%3)").arg(colour.red()).arg(colour.green()).arg(colour.blue());
}

PhotoSpec plainSpec(int size)
{
    PhotoSpec spec;
    spec.size = size;
    spec.detectFace = false;
    return spec;
}

QList<KnownFace> knownFaces()
{
    return {
        {QStringLiteral("grace_hopper.jpg"), QRect(160, 140, 210, 190), 189},
        {QStringLiteral("astronaut.png"), QRect(180, 75, 85, 90), 102},
    };
}

} // namespace adphoto::imaging::test
