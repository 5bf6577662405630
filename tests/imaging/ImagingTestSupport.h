#pragma once

// Helpers for the imaging tests: real photographs from Debian packages (fetched into a cache on
// first use), and encoders that produce every format and oddity the pipeline must read.
#include "core/PhotoProcessor.h"

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QRect>
#include <QString>

namespace adphoto::imaging::test {

/// The path of a cached fixture (grace_hopper.jpg, astronaut.png, messi5.jpg), fetched by
/// scripts/fetch-fixtures.sh when missing; fails the test when it cannot be had.
[[nodiscard]] QString fixturePath(const QString& name);
[[nodiscard]] QByteArray readFile(const QString& path);

/// A picture whose four quadrants have distinct colours (see kTopLeft ...), for checking
/// orientation and colour conversion by pixels.
[[nodiscard]] QImage quadrants(QSize size);
inline const QColor kTopLeft{220, 30, 30};
inline const QColor kTopRight{30, 200, 30};
inline const QColor kBottomLeft{30, 30, 220};
inline const QColor kBottomRight{240, 230, 40};

/// A photo-like busy picture (gradients and noise) that does not compress well.
[[nodiscard]] QImage busy(QSize size, quint32 seed = 1);

/// Encoders. `image` is any QImage; OpenCV writes what Qt cannot.
[[nodiscard]] QByteArray jpeg(const QImage& image, int quality = 92, bool progressive = false);
[[nodiscard]] QByteArray greyJpeg(const QImage& image, int quality = 92);
[[nodiscard]] QByteArray cmykJpeg(const QImage& image, bool ycck); ///< Adobe-style inverted CMYK via libjpeg
[[nodiscard]] QByteArray png16(const QImage& image);               ///< 16 bits per channel
/// A valid grey progressive JPEG of 1 + 63 × (approximationBits + 1) scans: each AC
/// coefficient in its own scans, refined one bit at a time.
[[nodiscard]] QByteArray manyScanJpeg(const QImage& image, int approximationBits);
[[nodiscard]] QByteArray openCvEncode(const QImage& image, const char* extension);
[[nodiscard]] QByteArray qtEncode(const QImage& image, const char* format);
/// A GIF89a with a palette built from the image's colours (at most 255) and, optionally, one
/// colour marked transparent.
[[nodiscard]] QByteArray gif(const QImage& image, std::optional<QColor> transparent = std::nullopt);
/// Inserts an EXIF APP1 segment with the orientation tag right after SOI.
[[nodiscard]] QByteArray withExifOrientation(const QByteArray& jpeg, int orientation, bool bigEndian = false);
/// Inserts an arbitrary segment (marker 0xE0..0xFE) after SOI.
[[nodiscard]] QByteArray withSegment(const QByteArray& jpeg, quint8 marker, const QByteArray& payload);

[[nodiscard]] QImage decode(const QByteArray& bytes); ///< Qt's decoder, as RGB888
[[nodiscard]] bool near(QColor actual, QColor expected, int tolerance = 45);
[[nodiscard]] QString describe(QColor colour);

/// The spec the synthetic tests use: no face detection (there are no faces in them).
[[nodiscard]] PhotoSpec plainSpec(int size = 96);

/// Hand-measured on the real photographs (source pixels): the face box (brow to chin, ear to
/// ear) and the eye line, independent of the detector under test.
struct KnownFace
{
    QString file;
    QRect face;
    int eyesY;
};
[[nodiscard]] QList<KnownFace> knownFaces();

} // namespace adphoto::imaging::test
