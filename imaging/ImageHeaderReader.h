#pragma once

#include "core/Error.h"
#include "imaging/ImageSniffer.h"
#include "imaging/JpegHeader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>

#include <optional>

namespace adphoto::imaging {

/// What an image's header says, read without decoding any pixel.
struct ImageHeader
{
    ImageFormat format = ImageFormat::Unknown;
    QSize size;            ///< as stored, before EXIF orientation
    int orientation = 1;   ///< EXIF/TIFF orientation 1..8
    bool complete = false; ///< the data does not stop before the image does (JPEG, PNG, BMP)
    std::optional<JpegHeader> jpeg;

    /// The size as displayed, after the orientation is applied.
    [[nodiscard]] QSize orientedSize() const { return orientation >= 5 ? size.transposed() : size; }
};

/// The first gate every file passes: recognises the format by content, reads the dimensions
/// and orientation from the header alone, and refuses empty, text, unknown, truncated and
/// oversized files with a clear message before a decoder allocates anything. Parses every
/// format itself (no plugin needed), never reading past the buffer. Stateless; any thread.
class ImageHeaderReader
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::imaging::ImageHeaderReader)

public:
    /// ErrorKind::Image for unusable files, ErrorKind::ImageTooLarge above `pixelLimit`.
    [[nodiscard]] static Result<ImageHeader> read(const QByteArray& data, qint64 pixelLimit);

    /// The facts without judging them: format Unknown for unrecognised data, an empty size
    /// when the header cannot be read.
    [[nodiscard]] static ImageHeader parse(const QByteArray& data);

    /// The same message read() gives for too many pixels.
    [[nodiscard]] static Error tooManyPixels(QSize size, qint64 pixelLimit);
};

} // namespace adphoto::imaging
