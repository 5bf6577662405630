#pragma once

#include <QByteArray>
#include <QList>
#include <QSize>

#include <optional>

namespace adphoto::imaging {

/// What a JPEG's marker segments say before any pixel is decoded: frame size, components,
/// coding, EXIF orientation, and where each segment lies (for stripping metadata without
/// re-encoding). Parsing never reads past the buffer and never allocates per pixel.
/// A value type; parse() is reentrant and may run on any thread.
class JpegHeader
{
public:
    /// One marker segment before the first scan: `offset` is where its 0xFF marker byte is,
    /// `length` counts the marker and its payload.
    struct Segment
    {
        quint8 marker = 0;
        qsizetype offset = 0;
        qsizetype length = 0;
    };

    /// Parses up to the first scan; nullopt when the bytes are no JPEG or its header is cut
    /// short or malformed.
    [[nodiscard]] static std::optional<JpegHeader> parse(const QByteArray& data);

    /// Reads the orientation tag (1..8) from a TIFF structure as found in an EXIF block;
    /// 1 when absent or invalid.
    [[nodiscard]] static int exifOrientation(const QByteArray& tiff);

    [[nodiscard]] QSize size() const { return m_size; }
    [[nodiscard]] int components() const { return m_components; }
    [[nodiscard]] bool isProgressive() const { return m_progressive; }
    /// Baseline or extended Huffman-coded DCT (what every decoder reads).
    [[nodiscard]] bool isHuffmanDct() const { return m_huffmanDct; }
    /// EXIF orientation 1..8 (1 when there is no EXIF tag).
    [[nodiscard]] int orientation() const { return m_orientation; }
    /// Whether an end-of-image marker follows the scan data (false: the file is truncated).
    [[nodiscard]] bool isComplete() const { return m_complete; }
    /// Offset of the first start-of-scan marker.
    [[nodiscard]] qsizetype scanOffset() const { return m_scanOffset; }
    /// Offset in `data` (the bytes parse() read) just past the first end-of-image marker, 0
    /// when incomplete; phones may append more. Scans the image data, so it is not kept.
    [[nodiscard]] qsizetype endOffset(const QByteArray& data) const;
    [[nodiscard]] const QList<Segment>& segments() const { return m_segments; }

private:
    QSize m_size;
    int m_components = 0;
    bool m_progressive = false;
    bool m_huffmanDct = false;
    int m_orientation = 1;
    bool m_complete = false;
    qsizetype m_scanOffset = 0;
    qsizetype m_scanDataOffset = 0; ///< just past the first scan's header
    QList<Segment> m_segments;
};

} // namespace adphoto::imaging
