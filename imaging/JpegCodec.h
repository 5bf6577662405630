#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

namespace adphoto::imaging {

/// JPEG in and out on libjpeg-turbo directly, without OpenCV's imgcodecs (which loads some
/// 140 shared libraries, GDAL and HDF5 among them, into every process that links it).
/// Decoding uses libjpeg's DCT scaling and writes straight into a QImage; encoding writes a
/// baseline JFIF with optimised Huffman tables, as cv::imencode does, byte for byte.
/// Bounded on hostile input: a scan-count limit (progressive CPU bombs) and a memory limit
/// for libjpeg's own buffers; libjpeg's warnings on damaged data are ignored, as every viewer
/// does. Stateless; any thread, several at once.
class JpegCodec
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::imaging::JpegCodec)

public:
    /// More scans than any real progressive JPEG has (libjpeg-turbo's own tools use 500 too).
    static constexpr int kMaxScans = 500;

    /// Decodes at 1/`scale` (1, 2, 4 or 8; anything else is 1) into Format_BGR888, rows as
    /// stored (EXIF orientation is the caller's). Greyscale, YCbCr, RGB, CMYK and YCCK
    /// sources (Adobe's inverted CMYK, as Photoshop writes it) all come out as BGR. libjpeg's
    /// default (accurate) settings: at 1/8 scale it already IDCT-scales 4:2:0 chroma to full
    /// size, so turning fancy upsampling off saves nothing measurable there.
    [[nodiscard]] static Result<QImage> decode(const QByteArray& data, int scale = 1);

    /// Encodes a Format_BGR888 or Format_Grayscale8 image at `quality` (1..100).
    [[nodiscard]] static Result<QByteArray> encode(const QImage& image, int quality);
};

} // namespace adphoto::imaging
