#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace adphoto::cli {

/// `adphoto-cli users`: lists users (paged) with their photo flag and size.
class UsersCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::cli::UsersCommand)

public:
    [[nodiscard]] QStringList path() const override { return {QStringLiteral("users")}; }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList examples() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser,
                          const QStringList& args) override;
};

} // namespace adphoto::cli
