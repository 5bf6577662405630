#pragma once

#include "app/cli/Command.h"

namespace adphoto::cli {

/// `adphoto-cli undo`.
class UndoCommand final : public Command
{
public:
    [[nodiscard]] QStringList path() const override { return {QStringLiteral("undo")}; }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser, const QStringList& args) override;
};

} // namespace adphoto::cli
