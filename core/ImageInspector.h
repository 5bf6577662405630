#pragma once

#include <QByteArray>
#include <QString>

namespace adphoto {

/// What an image's header says, learnt without decoding a pixel.
struct ImageFacts
{
    /// By content, never by name: "jpeg", "png", "gif", "bmp", "webp", "tiff" or "unknown".
    /// English and never translated (it appears in JSON).
    QString format = QStringLiteral("unknown");
    int width = 0;  ///< as stored; 0 when the header could not be read
    int height = 0; ///< as stored; 0 when the header could not be read
    /// False when the data stops before the image does (a JPEG without its end marker, a PNG
    /// without IEND) or the header cannot be read at all.
    bool complete = false;

    [[nodiscard]] bool hasSize() const { return width > 0 && height > 0; }
};

/// Header-only facts about an image, for the audit and the export (which only need the
/// format, the size and whether the data is whole). Core may not use QtGui, so the
/// implementation lives in imaging/ (QtImageInspector). inspect() is reentrant: any thread,
/// several at once.
class ImageInspector
{
public:
    virtual ~ImageInspector() = default;
    [[nodiscard]] virtual ImageFacts inspect(const QByteArray& data) const = 0;
};

} // namespace adphoto
