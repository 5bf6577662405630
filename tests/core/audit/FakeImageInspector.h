#pragma once

#include "core/ImageInspector.h"

#include <QHash>

namespace adphoto::test {

/// An ImageInspector that knows the facts of the byte strings a test registered, so the audit
/// engine's rules can be tested on exact, synthetic cases without QtGui. Unregistered bytes are
/// "unknown" and unreadable, as garbage would be.
class FakeImageInspector final : public ImageInspector
{
public:
    /// Registers `bytes` as an image of `format`, `width` × `height`, complete or not.
    QByteArray photo(const QByteArray& bytes, const QString& format, int width, int height,
                     bool complete = true)
    {
        m_facts.insert(bytes, ImageFacts{format, width, height, complete});
        return bytes;
    }
    /// A distinct, complete, square JPEG of `edge` px whose bytes are `tag` padded to `size`.
    QByteArray jpeg(const QByteArray& tag, int edge = 96, qsizetype size = 0)
    {
        QByteArray bytes = tag;
        if (size > bytes.size())
            bytes.append(size - bytes.size(), '.');
        return photo(bytes, QStringLiteral("jpeg"), edge, edge);
    }

    [[nodiscard]] ImageFacts inspect(const QByteArray& data) const override { return m_facts.value(data); }

private:
    QHash<QByteArray, ImageFacts> m_facts;
};

} // namespace adphoto::test
