#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace adphoto::cli {

class CliContext;

/// One `adphoto-cli` command ("users", "photo set", ...). Commands are stateless objects made
/// by the CommandTable; run() is called once on the main thread.
class Command
{
public:
    virtual ~Command() = default;

    /// The words that name the command, e.g. {"photo", "set"}.
    [[nodiscard]] virtual QStringList path() const = 0;
    /// One line for the command list.
    [[nodiscard]] virtual QString summary() const = 0;
    /// Usage line after the command words, e.g. "USER FILE".
    [[nodiscard]] virtual QString synopsis() const { return {}; }
    /// Extra help text shown by `adphoto-cli help COMMAND` and in the man page.
    [[nodiscard]] virtual QString details() const { return {}; }
    /// Complete example command lines (not translated: they are what users type). Shown under
    /// "Examples:" in the help and the man page; a test parses each one.
    [[nodiscard]] virtual QStringList examples() const { return {}; }
    /// Values --format accepts.
    [[nodiscard]] virtual QStringList formats() const
    {
        return {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")};
    }
    /// Whether the positional arguments name files or folders (for shell completion).
    [[nodiscard]] virtual bool takesFiles() const { return false; }
    /// The command's own options (the connection options are added by the CLI).
    [[nodiscard]] virtual QList<QCommandLineOption> options() const { return {}; }
    /// Whether the command talks to the directory (adds the connection options).
    [[nodiscard]] virtual bool needsDirectory() const { return true; }

    /// Runs the command; `args` are the positional arguments after the command words.
    /// Returns the process exit code (CONTRACT.md).
    [[nodiscard]] virtual int run(CliContext& context, const QCommandLineParser& parser,
                                  const QStringList& args) = 0;
};

} // namespace adphoto::cli
