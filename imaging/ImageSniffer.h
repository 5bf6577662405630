#pragma once

#include <QByteArray>
#include <QString>

namespace adphoto::imaging {

/// The image formats the pipeline accepts, recognised by their leading bytes.
enum class ImageFormat
{
    Unknown,
    Jpeg,
    Png,
    Bmp,
    Gif,
    Tiff,
    WebP
};

/// Recognises an image format by content, never by file name. Stateless; any thread.
class ImageSniffer
{
public:
    /// The format the bytes start with, or Unknown.
    [[nodiscard]] static ImageFormat sniff(const QByteArray& data);
    /// The lower-case English name ("jpeg", "png", ...), used in reports and JSON.
    [[nodiscard]] static QString name(ImageFormat format);
    /// Whether the bytes look like text (for a clearer "this is a text file" error).
    [[nodiscard]] static bool looksLikeText(const QByteArray& data);
};

} // namespace adphoto::imaging
