// libFuzzer target: any bytes through the header reader, the inspector and the whole photo
// pipeline (as `photo prepare --no-face` runs it). It must never crash, hang or leak, and must
// always return either a valid JPEG or an error.
#include "imaging/ImageHeaderReader.h"
#include "imaging/OpenCvPhotoProcessor.h"
#include "imaging/QtImageInspector.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

namespace {

const adphoto::imaging::OpenCvPhotoProcessor& processor()
{
    static const adphoto::imaging::OpenCvPhotoProcessor instance;
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Qt's image plugins (GIF) are found through the application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)adphoto::imaging::QtImageInspector().inspect(bytes);

    adphoto::PhotoSpec spec;
    spec.detectFace = false;
    spec.keepConforming = true;
    spec.pixelLimit = 4'000'000; // keeps each run fast; the limit logic is the same at 50 MP
    const adphoto::Result<adphoto::PreparedPhoto> photo = processor().prepare(bytes, spec);
    if (photo) {
        // What comes out must be a JPEG within the budget, of the size reported.
        if (photo->jpeg.size() > spec.maxBytes || !photo->jpeg.startsWith("\xFF\xD8") ||
            photo->report.bytes != photo->jpeg.size() || photo->report.size < 96)
            std::abort();
    } else if (photo.error().message.isEmpty()) {
        std::abort(); // every error explains itself
    }
    return 0;
}
