#pragma once

#include "core/Error.h"
#include "imaging/ImageHeaderReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace adphoto::imaging {

/// Pixels ready for cropping: 8-bit BGR, EXIF orientation applied, transparency flattened
/// onto white, 16-bit, grey, palette and CMYK sources converted.
struct DecodedImage
{
    QImage image;   ///< Format_BGR888; may be reduced in size (see `scale`)
    QSize fullSize; ///< the source's size after orientation, at full scale
    int scale = 1;  ///< the image is fullSize divided by this (1, 2, 4 or 8), rounded up
};

/// Decodes any accepted format after ImageHeaderReader has passed it: JPEG through libjpeg-turbo
/// with DCT scaling (JpegCodec), PNG, BMP, GIF's first frame, TIFF and WebP through QImageReader
/// (each file only by the reader of the format its content was recognised as; TIFF and WebP need
/// qt6-image-formats-plugins). Exceptions from OpenCV never leave decode(). Stateless; any thread.
class ImageDecoder
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::imaging::ImageDecoder)

public:
    /// The largest DCT scale denominator (1, 2, 4, 8) that still leaves `neededEdge` pixels
    /// across a crop of `cropEdge` full-scale pixels, and at least `minWidth` pixels across the
    /// whole (oriented) picture. Only JPEG decodes at reduced scale.
    [[nodiscard]] static int scaleFor(const ImageHeader& header, int cropEdge, int neededEdge,
                                      int minWidth = 0);

    /// Decodes `data`, whose header is `header`, at 1/`scale` (JPEG only; else 1).
    [[nodiscard]] static Result<DecodedImage> decode(const QByteArray& data, const ImageHeader& header,
                                                     int scale = 1);
};

} // namespace adphoto::imaging
