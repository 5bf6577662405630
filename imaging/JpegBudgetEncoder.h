#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

#include <optional>

namespace adphoto::imaging {

/// A JPEG and the quality it was written at.
struct EncodedJpeg
{
    QByteArray data;
    int quality = 0;
};

/// Writes the highest-quality baseline JPEG (optimised Huffman tables, no metadata) that fits
/// a byte budget, by binary search over the quality setting: the result fits, and one step
/// higher does not. Stateless; any thread.
class JpegBudgetEncoder
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::imaging::JpegBudgetEncoder)

public:
    /// Encodes `image` (Format_BGR888) at one quality 1..100.
    [[nodiscard]] static Result<QByteArray> encode(const QImage& image, int quality);

    /// The best JPEG of at most `maxBytes` with a quality of at least `floorQuality`, or nullopt
    /// when even the floor is too big (the caller then tries a smaller image).
    [[nodiscard]] static Result<std::optional<EncodedJpeg>> encodeWithin(const QImage& image, qint64 maxBytes,
                                                                         int floorQuality);
};

} // namespace adphoto::imaging
