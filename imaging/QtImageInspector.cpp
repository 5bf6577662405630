#include "imaging/QtImageInspector.h"

#include "imaging/ImageHeaderReader.h"

namespace adphoto::imaging {

ImageFacts QtImageInspector::inspect(const QByteArray& data) const
{
    const ImageHeader header = ImageHeaderReader::parse(data);
    ImageFacts facts;
    facts.format = ImageSniffer::name(header.format);
    facts.width = header.size.width() > 0 ? header.size.width() : 0;
    facts.height = header.size.height() > 0 ? header.size.height() : 0;
    facts.complete = facts.hasSize() && header.complete;
    return facts;
}

} // namespace adphoto::imaging
