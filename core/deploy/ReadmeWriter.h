#pragma once

#include "core/deploy/DeployOptions.h"

#include <QList>
#include <QString>

namespace adphoto::deploy {

/// The package's README.txt and README.html: installation steps, checks, the security
/// trade-off of the chosen mode and troubleshooting. Both are rendered from one document
/// model, so they always say the same thing. English, like the scripts, so the output does
/// not depend on the generating computer's language. Any thread.
class ReadmeWriter
{
public:
    /// `options` must be resolved() and valid.
    explicit ReadmeWriter(DeployOptions options);

    /// Plain text, wrapped at 78 columns.
    [[nodiscard]] QString text() const;
    /// A standalone HTML page, written as well-formed XML (XHTML syntax).
    [[nodiscard]] QString html() const;

    struct Item
    {
        QString text;
        QString code; ///< a command shown verbatim below the text, if any
    };
    enum class Kind
    {
        Title,
        Heading,
        Paragraph,
        Steps,
        Bullets
    };
    struct Block
    {
        Kind kind;
        QList<Item> items;
    };
    /// The document model both renderings use.
    [[nodiscard]] QList<Block> blocks() const;

private:
    DeployOptions m_options;
};

} // namespace adphoto::deploy
