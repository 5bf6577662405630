#pragma once

#include "app/cli/ProgressReporter.h"
#include "app/cli/RecordWriter.h"
#include "core/Directory.h"
#include "core/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFuture>
#include <QTextStream>
#include <QThread>

#include <atomic>
#include <memory>

namespace adphoto {
class Settings;
}

namespace adphoto::cli {

/// What every command shares: the output streams (stdout for data only, stderr for the rest),
/// the connection (opened on demand from flags, ADPHOTO_* variables and profiles), prompts,
/// and Ctrl+C. Main thread only.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::cli::CliContext)

public:
    CliContext(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
    ~CliContext();

    [[nodiscard]] QTextStream& out() { return m_out; }
    [[nodiscard]] QTextStream& err() { return m_err; }

    /// Prints "adphoto-cli: <message>" (and candidates for an ambiguous lookup) to stderr and
    /// returns the matching exit code.
    int report(const Error& error);
    void warn(const QString& message);
    void info(const QString& message);
    /// Prints `message` on stderr only with --verbose.
    void detail(const QString& message);

    /// --quiet: no progress, no reports; only errors and what scripts need (an import's id).
    [[nodiscard]] bool quiet() const;
    /// --verbose: connection details, per-item results, plain progress lines without a terminal.
    [[nodiscard]] bool verbose() const;
    /// How a long command shows progress (ProgressReporter::modeFor with this run's flags).
    [[nodiscard]] ProgressReporter::Mode progressMode() const;

    /// --format table|csv|json (default table).
    [[nodiscard]] Result<OutputFormat> format() const;

    /// Resolves the connection, reads the password where needed, connects and binds. With
    /// `requiredDc` (the DC URI an earlier run recorded), connects to that DC only.
    [[nodiscard]] Result<Directory*> directory(const QString& requiredDc = {});
    [[nodiscard]] const ConnectionInfo& connectionInfo() const { return m_info; }

    /// Waits for a single-result future, showing progress on a terminal and cancelling it on
    /// Ctrl+C (then the result is ErrorKind::Cancelled).
    template <class T> Result<T> await(QFuture<Result<T>> future, const QString& what = {})
    {
        waitFor(QFuture<void>(future), what);
        if (future.resultCount() == 0)
            return std::unexpected(Error{ErrorKind::Cancelled, cancelledMessage(), {}, {}});
        return future.result();
    }
    /// Waits for any future (multi-result ones too); cancels it on Ctrl+C.
    void waitFor(QFuture<void> future, const QString& what = {});

    /// Asks "question [y/N]" on the terminal. Without a terminal it answers no, so commands
    /// that change the directory refuse rather than guess (unless --yes was given).
    [[nodiscard]] bool confirm(const QString& question);
    /// For commands that change the directory: passes with --yes; asks on a terminal; without
    /// one refuses (ErrorKind::Usage) rather than guess; a "no" is ErrorKind::Cancelled.
    [[nodiscard]] Result<void> requireConfirmation(const QString& question);
    [[nodiscard]] bool stdinIsTerminal() const;
    [[nodiscard]] bool stderrIsTerminal() const;
    [[nodiscard]] bool stdoutIsTerminal() const;

    /// Set by SIGINT/SIGTERM.
    [[nodiscard]] static bool interrupted();
    static void installSignalHandlers();

    [[nodiscard]] static QString cancelledMessage();

private:
    [[nodiscard]] Result<QString> readPassword(const ConnectionSettings& settings);

    const QCommandLineParser& m_parser;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Directory> m_directory;
    ConnectionInfo m_info;
};

} // namespace adphoto::cli
