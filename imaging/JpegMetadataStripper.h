#pragma once

#include <QByteArray>

namespace adphoto::imaging {

class JpegHeader;

/// Removes metadata (EXIF with GPS positions, XMP, ICC, comments, maker notes, appended
/// trailers) from a JPEG without touching its entropy-coded image data, so the picture stays
/// bit-identical. Keeps the JFIF and Adobe segments, which tell decoders how to read colour.
/// Stateless; any thread.
class JpegMetadataStripper
{
public:
    /// The stripped file; `header` must come from JpegHeader::parse(jpeg) and be complete.
    [[nodiscard]] static QByteArray strip(const QByteArray& jpeg, const JpegHeader& header);
};

} // namespace adphoto::imaging
