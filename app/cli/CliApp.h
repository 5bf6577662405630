#pragma once

#include "app/cli/Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

#include <memory>
#include <utility>
#include <vector>

namespace adphoto::cli {

/// adphoto-cli's dispatcher: finds the command named by the leading words, parses the
/// connection options and the command's own options, and runs it. Main thread only.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::cli::CliApp)

public:
    CliApp();
    ~CliApp();

    /// Runs with `arguments` (argv, program name first) and returns the exit code.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

    /// Options every directory command takes.
    [[nodiscard]] static QList<QCommandLineOption> connectionOptions();
    /// Options every command takes (--format, --help, --quiet, --verbose).
    [[nodiscard]] static QList<QCommandLineOption> commonOptions();

    /// Adds every option `command` accepts (its own, the common and, where it talks to the
    /// directory, the connection options) to `parser`.
    static void addOptions(QCommandLineParser& parser, const Command& command);
    /// The leading non-option words of `arguments` (argv, program name first), skipping the
    /// values of the common and connection options.
    [[nodiscard]] static QStringList commandWords(const QStringList& arguments);
    /// Exit codes and what they mean, as the overview and the man page list them.
    [[nodiscard]] static QList<std::pair<int, QString>> exitCodes();
    /// Environment variables that are not a connection option's (those name theirs in brackets).
    [[nodiscard]] static QList<std::pair<QString, QString>> environment();

    [[nodiscard]] const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }
    /// The command the longest prefix of `words` names (nullptr if none); `used` gets its length.
    [[nodiscard]] Command* find(const QStringList& words, qsizetype* used) const;
    /// The help text of one command (also the man page's source).
    [[nodiscard]] QString commandHelp(const Command& command) const;
    [[nodiscard]] QString overview() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

/// Every command adphoto-cli knows (Commands.cpp: one line per command).
[[nodiscard]] std::vector<std::unique_ptr<Command>> makeCommands();

} // namespace adphoto::cli
