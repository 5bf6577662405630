#pragma once

#include <QString>

namespace adphoto::cli {

class CliApp;

/// Writes bash completion for adphoto-cli from the CLI's own command table: command and
/// subcommand words, each command's options, --format values, the fixed choices of --bind,
/// --tls, --mode ..., and file or folder names where an option or argument takes one. The build
/// runs `adphoto-cli help --bash-completion`, so completion never drifts from the CLI. Any thread.
class CompletionScript
{
public:
    [[nodiscard]] static QString bash(const CliApp& cli);
};

} // namespace adphoto::cli
