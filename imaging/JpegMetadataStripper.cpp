#include "imaging/JpegMetadataStripper.h"

#include "imaging/JpegHeader.h"

#include <algorithm>

namespace adphoto::imaging {

namespace {

constexpr quint8 kApp0 = 0xE0;
constexpr quint8 kApp14 = 0xEE;
constexpr quint8 kComment = 0xFE;

bool isMetadata(const QByteArray& jpeg, const JpegHeader::Segment& segment)
{
    if (segment.marker == kApp0) // JFIF stays; a JFXX thumbnail extension goes
        return jpeg.mid(segment.offset + 4, 5) != QByteArray("JFIF\0", 5);
    if (segment.marker == kApp14) // "Adobe": says whether the components are YCbCr or RGB/CMYK
        return false;
    return (segment.marker > kApp0 && segment.marker <= 0xEF) || segment.marker == kComment;
}

} // namespace

QByteArray JpegMetadataStripper::strip(const QByteArray& jpeg, const JpegHeader& header)
{
    Q_ASSERT(header.isComplete());
    // endOffset() is 0 for bytes other than those parsed: never a negative length below.
    const qsizetype end = std::max(header.endOffset(jpeg), header.scanOffset());
    QByteArray out;
    out.reserve(end);
    out.append(jpeg.constData(), 2); // SOI
    for (const JpegHeader::Segment& segment : header.segments()) {
        if (!isMetadata(jpeg, segment))
            out.append(jpeg.constData() + segment.offset, segment.length);
    }
    out.append(jpeg.constData() + header.scanOffset(), end - header.scanOffset());
    return out;
}

} // namespace adphoto::imaging
