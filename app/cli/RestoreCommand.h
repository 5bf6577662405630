#pragma once

#include "app/cli/Command.h"

namespace adphoto::cli {

/// `adphoto-cli restore`.
class RestoreCommand final : public Command
{
public:
    [[nodiscard]] QStringList path() const override { return {QStringLiteral("restore")}; }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser, const QStringList& args) override;
};

} // namespace adphoto::cli
