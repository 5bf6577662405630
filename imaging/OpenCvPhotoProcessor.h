#pragma once

#include "core/PhotoProcessor.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace adphoto::imaging {

class FaceLocator;
struct ImageHeader;

/// adphoto's photo pipeline: header check, (DCT-scaled) decode, EXIF orientation, face
/// detection, square crop, area resize, and the best JPEG under the byte budget, stepping down
/// by 96 px when even a low quality does not fit. prepare() is reentrant and thread-safe: run
/// many at once from a thread pool. The constructor limits OpenCV's own thread pool to one
/// thread, since parallelism comes from the callers (one photo per worker); otherwise two
/// workers would each fan out over both cores.
class OpenCvPhotoProcessor final : public PhotoProcessor
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::imaging::OpenCvPhotoProcessor)

public:
    /// Below this quality, a smaller photo looks better than a blockier big one.
    static constexpr int kFloorQuality = 40;
    static constexpr int kSizeStep = 96;
    /// Exchange's high-resolution photo size: allowed beside the multiples of 96 up to 576,
    /// though 648 is not one itself (6.75 x 96). One step down from it is 576.
    static constexpr int kMaxSize = 648;

    /// 96, 192, ..., 576 or 648.
    [[nodiscard]] static bool isAllowedSize(int size);

    OpenCvPhotoProcessor();
    ~OpenCvPhotoProcessor() override;

    [[nodiscard]] Result<PreparedPhoto> prepare(const QByteArray& source,
                                                const PhotoSpec& spec) const override;

    /// Checks a spec's numbers (an allowed size, a positive budget and pixel limit);
    /// ErrorKind::Usage with the reason.
    [[nodiscard]] static Result<void> validate(const PhotoSpec& spec);

private:
    [[nodiscard]] Result<PreparedPhoto> run(const QByteArray& source, const PhotoSpec& spec) const;
    [[nodiscard]] std::optional<PreparedPhoto> keepConforming(const QByteArray& source,
                                                              const ImageHeader& header,
                                                              const PhotoSpec& spec, QString* whyNot) const;
    /// The face locator for `cascadePath` (empty: opencv-data's), loaded once per process.
    [[nodiscard]] static Result<std::shared_ptr<FaceLocator>> locator(const QString& cascadePath);
};

} // namespace adphoto::imaging
