#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace adphoto::cli {

/// `adphoto-cli photo get`.
class PhotoGetCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::cli::PhotoGetCommand)

public:
    [[nodiscard]] QStringList path() const override
    {
        return {QStringLiteral("photo"), QStringLiteral("get")};
    }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList examples() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser,
                          const QStringList& args) override;
};

} // namespace adphoto::cli
