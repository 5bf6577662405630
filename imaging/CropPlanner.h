#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QRect>
#include <QSize>

namespace adphoto::imaging {

/// Where the square crop goes: around a face so that the whole face is inside, its centre
/// 40-60 % across and the eyes about 40 % from the top (CONTRACT.md "Imaging"); centred
/// (upper-biased for portrait sources) when there is no face. Pure geometry on rectangles in
/// the EXIF-rotated source's pixels. Stateless; any thread.
class CropPlanner
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::imaging::CropPlanner)

public:
    /// Crop edge as a multiple of the face box height: room for hair above, shoulders below.
    static constexpr double kCropPerFace = 2.2;
    /// Where the eyes sit inside a Haar face box, from its top, as a fraction of its height.
    static constexpr double kEyesInFace = 0.38;
    /// Where the eyes should sit in the crop, from its top.
    static constexpr double kEyesInCrop = 0.40;

    /// The face to frame: the biggest, or the most central of those nearly as big.
    /// `faces` must not be empty.
    [[nodiscard]] static QRect pickFace(const QList<QRect>& faces, QSize image);
    /// The square crop around `face`, inside `image`.
    [[nodiscard]] static QRect faceCrop(QRect face, QSize image);
    /// The largest square, centred across and a little above centre for portrait sources.
    [[nodiscard]] static QRect defaultCrop(QSize image);
    /// Checks a user's crop: square, not empty, inside the image.
    [[nodiscard]] static Result<QRect> validateCrop(QRect crop, QSize image);
};

} // namespace adphoto::imaging
