#pragma once

#include "core/Error.h"
#include "core/PhotoProcessor.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QRect>
#include <QString>

class QCommandLineParser;

namespace adphoto::cli {

/// The imaging flags `photo prepare`, `photo set` and `import` share (CONTRACT.md): --size N,
/// --max-bytes B, --no-face, --crop X,Y,S,S; turned into a checked PhotoSpec. Also the one
/// way a PhotoReport is shown, as JSON fields and as a line for people. Main thread only
/// (stateless functions; the parser is the caller's).
class PhotoSpecOptions
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::cli::PhotoSpecOptions)

public:
    /// The four options, to append to a command's options().
    [[nodiscard]] static QList<QCommandLineOption> options();

    /// The spec the flags ask for, starting from `defaults`; ErrorKind::Usage naming the bad
    /// flag (size not 96..576 in steps of 96 or 648, budget not a positive integer, crop not
    /// four integers forming a square).
    [[nodiscard]] static Result<PhotoSpec> read(const QCommandLineParser& parser, PhotoSpec defaults = {});

    /// "X,Y,S,S" -> a square QRect; ErrorKind::Usage otherwise.
    [[nodiscard]] static Result<QRect> parseCrop(const QString& text);

    /// The report's JSON fields: width, height, quality, bytes, faceFound, crop {x, y, width,
    /// height} (in EXIF-rotated source pixels), warnings [..], upscaled, kept, sourceWidth,
    /// sourceHeight, sourceFormat. Keys are English and never translated.
    [[nodiscard]] static QJsonObject reportJson(const PhotoReport& report);

    /// "96×96, quality 92, 14,201 bytes, face found, crop 120,40,300,300" (translated).
    [[nodiscard]] static QString reportSummary(const PhotoReport& report);
};

} // namespace adphoto::cli
