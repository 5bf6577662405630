#include "app/cli/PhotoSpecOptions.h"

#include "imaging/OpenCvPhotoProcessor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace adphoto::cli {

namespace {
const QString kSize = QStringLiteral("size");
const QString kMaxBytes = QStringLiteral("max-bytes");
const QString kNoFace = QStringLiteral("no-face");
const QString kCrop = QStringLiteral("crop");
const QString kKeepConforming = QStringLiteral("keep-conforming");
} // namespace

QList<QCommandLineOption> PhotoSpecOptions::options()
{
    return {
        QCommandLineOption(QStringList{kSize},
                           tr("Photo edge in pixels: 96 (default), 192, 288, 384, 480, 576 or 648."),
                           QStringLiteral("N")),
        QCommandLineOption(
            QStringList{kMaxBytes},
            tr("Byte budget of the JPEG (default 102400, AD's limit; e.g. 10240 for old Exchange)."),
            QStringLiteral("BYTES")),
        QCommandLineOption(QStringList{kNoFace},
                           tr("Do not look for a face: crop the centre (a little above it "
                              "for portrait photos).")),
        QCommandLineOption(
            QStringList{kCrop},
            tr("Crop this square instead: left, top, edge, edge in pixels of the upright photo."),
            QStringLiteral("X,Y,S,S")),
        QCommandLineOption(QStringList{kKeepConforming},
                           tr("Keep a JPEG that already conforms (square, an allowed size, under the budget) "
                              "byte for byte, dropping only its metadata.")),
    };
}

Result<QRect> PhotoSpecOptions::parseCrop(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    QList<int> numbers;
    for (const QString& part : parts) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok || value < 0)
            break;
        numbers << value;
    }
    if (parts.size() != 4 || numbers.size() != 4)
        return fail(ErrorKind::Usage,
                    tr("--crop wants four non-negative integers X,Y,S,S, not \"%1\".").arg(text));
    if (numbers[2] != numbers[3] || numbers[2] == 0)
        return fail(ErrorKind::Usage,
                    tr("--crop must be a square (X,Y,S,S with S > 0), not \"%1\".").arg(text));
    return QRect(numbers[0], numbers[1], numbers[2], numbers[3]);
}

Result<PhotoSpec> PhotoSpecOptions::read(const QCommandLineParser& parser, PhotoSpec defaults)
{
    PhotoSpec spec = std::move(defaults);
    if (parser.isSet(kSize)) {
        bool ok = false;
        spec.size = parser.value(kSize).toInt(&ok);
        if (!ok || !imaging::OpenCvPhotoProcessor::isAllowedSize(spec.size))
            return fail(ErrorKind::Usage, tr("--size must be 96, 192, 288, 384, 480, 576 or 648, not \"%1\".")
                                              .arg(parser.value(kSize)));
    }
    if (parser.isSet(kMaxBytes)) {
        bool ok = false;
        spec.maxBytes = parser.value(kMaxBytes).toLongLong(&ok);
        if (!ok || spec.maxBytes < 1)
            return fail(ErrorKind::Usage, tr("--max-bytes must be a positive number of bytes, not \"%1\".")
                                              .arg(parser.value(kMaxBytes)));
    }
    if (parser.isSet(kNoFace))
        spec.detectFace = false;
    if (parser.isSet(kKeepConforming))
        spec.keepConforming = true;
    if (parser.isSet(kCrop)) {
        Result<QRect> crop = parseCrop(parser.value(kCrop));
        if (!crop)
            return std::unexpected(crop.error());
        spec.crop = *crop;
    }
    return spec;
}

QJsonObject PhotoSpecOptions::reportJson(const PhotoReport& report)
{
    const QRect& crop = report.crop;
    return {
        {QStringLiteral("width"), report.size},
        {QStringLiteral("height"), report.size},
        {QStringLiteral("quality"), report.quality},
        {QStringLiteral("bytes"), double(report.bytes)},
        {QStringLiteral("faceFound"), report.faceFound},
        {QStringLiteral("crop"), QJsonObject{{QStringLiteral("x"), crop.x()},
                                             {QStringLiteral("y"), crop.y()},
                                             {QStringLiteral("width"), crop.width()},
                                             {QStringLiteral("height"), crop.height()}}},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
        {QStringLiteral("upscaled"), report.upscaled},
        {QStringLiteral("kept"), report.keptOriginal},
        {QStringLiteral("sourceWidth"), report.sourceSize.width()},
        {QStringLiteral("sourceHeight"), report.sourceSize.height()},
        {QStringLiteral("sourceFormat"), report.sourceFormat},
    };
}

QString PhotoSpecOptions::reportSummary(const PhotoReport& report)
{
    const QLocale locale;
    const QString crop = QStringLiteral("%1,%2,%3,%4")
                             .arg(report.crop.x())
                             .arg(report.crop.y())
                             .arg(report.crop.width())
                             .arg(report.crop.height());
    QString line =
        report.keptOriginal
            ? tr("%1×%1, kept as it was, %2 bytes").arg(report.size).arg(locale.toString(report.bytes))
            : tr("%1×%1, quality %2, %3 bytes")
                  .arg(report.size)
                  .arg(report.quality)
                  .arg(locale.toString(report.bytes));
    line += QStringLiteral(", ") + (report.faceFound ? tr("face found") : tr("no face")) +
            QStringLiteral(", ") + tr("crop %1").arg(crop);
    return line;
}

} // namespace adphoto::cli
