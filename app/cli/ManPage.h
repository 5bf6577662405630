#pragma once

#include <QString>

namespace adphoto::cli {

class CliApp;

/// Renders adphoto-cli(1) in man(7) roff from the CLI's own help: the command table, each
/// command's summary, options, details and examples, the exit codes and the environment. The
/// build runs `adphoto-cli help --man`, so the page never drifts from `--help`. Any thread.
class ManPage
{
public:
    [[nodiscard]] static QString render(const CliApp& cli);

    /// `text` made safe for roff: backslashes, minus signs, leading dots and quotes escaped.
    [[nodiscard]] static QString escape(const QString& text);
};

} // namespace adphoto::cli
