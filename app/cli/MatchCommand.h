#pragma once

#include "app/cli/Command.h"
#include "core/UserRecord.h"

#include <QCoreApplication>
#include <QList>

namespace adphoto::cli {

/// `adphoto-cli match --folder DIR [--recursive] [--pattern P ...] [--ou DN]`: proposes a user
/// for every photo file by its name and prints one row per file (matched, ambiguous, unmatched,
/// conflict, skipped) without changing anything. Exit code 5 when any file is ambiguous or in
/// conflict (a person must decide), else 0. Main thread only.
class MatchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::cli::MatchCommand)

public:
    [[nodiscard]] QStringList path() const override { return {QStringLiteral("match")}; }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList examples() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser,
                          const QStringList& args) override;

    /// Everything after listing the users: index, match, print, exit code. Tests call this
    /// with their own users.
    [[nodiscard]] static int matchAndPrint(CliContext& context, const QCommandLineParser& parser,
                                           const QList<UserRecord>& users);
};

} // namespace adphoto::cli
