#pragma once

#include "core/ImageInspector.h"

namespace adphoto::imaging {

/// core's ImageInspector on imaging's header reader: format by content, stored size and
/// whether the data is whole, without decoding a pixel (for the audit and the export).
/// Stateless; inspect() may run on any thread, several at once.
class QtImageInspector final : public ImageInspector
{
public:
    [[nodiscard]] ImageFacts inspect(const QByteArray& data) const override;
};

} // namespace adphoto::imaging

namespace adphoto {
using imaging::QtImageInspector; // core's callers know it by this name
} // namespace adphoto
