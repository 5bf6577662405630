#include "imaging/JpegBudgetEncoder.h"

#include "imaging/JpegCodec.h"

namespace adphoto::imaging {

Result<QByteArray> JpegBudgetEncoder::encode(const QImage& image, int quality)
{
    return JpegCodec::encode(image, quality);
}

Result<std::optional<EncodedJpeg>> JpegBudgetEncoder::encodeWithin(const QImage& image, qint64 maxBytes,
                                                                   int floorQuality)
{
    floorQuality = std::clamp(floorQuality, 1, 100);
    // Small outputs usually fit at the top quality: one encode.
    Result<QByteArray> top = encode(image, 100);
    if (!top)
        return std::unexpected(top.error());
    if (top->size() <= maxBytes)
        return EncodedJpeg{*top, 100};

    Result<QByteArray> floor = encode(image, floorQuality);
    if (!floor)
        return std::unexpected(floor.error());
    if (floor->size() > maxBytes)
        return std::optional<EncodedJpeg>{};

    // Invariant: `low` fits, `high` does not. Ends with high == low + 1, so the quality returned
    // is one whose next step up is over budget even where size is not monotonic in quality.
    EncodedJpeg best{*floor, floorQuality};
    int high = 100;
    while (high - best.quality > 1) {
        const int middle = (best.quality + high) / 2;
        Result<QByteArray> attempt = encode(image, middle);
        if (!attempt)
            return std::unexpected(attempt.error());
        if (attempt->size() <= maxBytes)
            best = EncodedJpeg{*attempt, middle};
        else
            high = middle;
    }
    return best;
}

} // namespace adphoto::imaging
