#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QRect>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace adphoto {

/// What the photo AD should hold looks like.
struct PhotoSpec
{
    int size = 96;                  ///< output edge in pixels, a multiple of 96 (96..648)
    qint64 maxBytes = 102'400;      ///< byte budget (AD's rangeUpper)
    bool detectFace = true;         ///< centre the crop on a face (else centred, upper-biased)
    std::optional<QRect> crop;      ///< explicit square crop in EXIF-rotated source pixels
    bool keepConforming = false;    ///< keep a conforming JPEG's image data byte for byte
    qint64 pixelLimit = 50'000'000; ///< refuse larger images before decoding
    QString cascadePath;            ///< Haar cascade file; empty = find opencv-data's at run time
};

/// What was done to one photo, for people and for `--format json`.
struct PhotoReport
{
    QSize sourceSize;     ///< after EXIF rotation
    QString sourceFormat; ///< "jpeg", "png", ... by content
    QRect crop;           ///< in EXIF-rotated source pixels
    bool faceFound = false;
    int size = 0;         ///< output width == height
    int quality = 0;      ///< JPEG quality used (0 when the source was kept)
    qint64 bytes = 0;
    bool upscaled = false;
    bool keptOriginal = false;
    QStringList warnings; ///< translated, one sentence each
};

struct PreparedPhoto
{
    QByteArray jpeg;
    PhotoReport report;
};

/// Turns any supported image into the square JPEG AD should hold. Implemented in imaging/.
/// prepare() is reentrant: call it from many worker threads at once.
class PhotoProcessor
{
public:
    virtual ~PhotoProcessor() = default;
    [[nodiscard]] virtual Result<PreparedPhoto> prepare(const QByteArray& source, const PhotoSpec& spec) const = 0;
};

} // namespace adphoto
