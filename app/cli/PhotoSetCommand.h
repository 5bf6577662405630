#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace adphoto::cli {

/// `adphoto-cli photo set`.
class PhotoSetCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::cli::PhotoSetCommand)

public:
    [[nodiscard]] QStringList path() const override
    {
        return {QStringLiteral("photo"), QStringLiteral("set")};
    }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList examples() const override;
    [[nodiscard]] bool takesFiles() const override { return true; }
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser,
                          const QStringList& args) override;
};

} // namespace adphoto::cli
