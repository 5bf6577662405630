#pragma once

#include "app/cli/Command.h"

#include <QCommandLineOption>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace adphoto::cli {

/// adphoto-cli's dispatcher: finds the command named by the leading words, parses the
/// connection options and the command's own options, and runs it. Main thread only.
class CliApp
{
public:
    CliApp();
    ~CliApp();

    /// Runs with `arguments` (argv, program name first) and returns the exit code.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

    /// Options every directory command takes.
    [[nodiscard]] static QList<QCommandLineOption> connectionOptions();
    /// Options every command takes (--format, --help, --quiet, --verbose).
    [[nodiscard]] static QList<QCommandLineOption> commonOptions();

    [[nodiscard]] const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }
    /// The help text of one command (also the man page's source).
    [[nodiscard]] QString commandHelp(const Command& command) const;
    [[nodiscard]] QString overview() const;

private:
    [[nodiscard]] Command* find(const QStringList& words, qsizetype* used) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

/// Every command adphoto-cli knows (Commands.cpp: one line per command).
[[nodiscard]] std::vector<std::unique_ptr<Command>> makeCommands();

} // namespace adphoto::cli
