#pragma once

#include "app/cli/Command.h"

namespace adphoto::cli {

/// `adphoto-cli users`: lists users (paged) with their photo flag and size.
class UsersCommand final : public Command
{
public:
    [[nodiscard]] QStringList path() const override { return {QStringLiteral("users")}; }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser, const QStringList& args) override;
};

} // namespace adphoto::cli
