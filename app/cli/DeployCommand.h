#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace adphoto::cli {

/// `adphoto-cli deploy`: writes the GPO package that puts AD photos on Windows account
/// pictures (core/deploy/DeployPackage), and optionally a zip of it. Works offline: it does not
/// talk to the directory.
class DeployCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::cli::DeployCommand)

public:
    [[nodiscard]] QStringList path() const override { return {QStringLiteral("deploy")}; }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList examples() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] bool needsDirectory() const override { return false; }
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser,
                          const QStringList& args) override;
};

} // namespace adphoto::cli
