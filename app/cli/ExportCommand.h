#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace adphoto::cli {

/// `adphoto-cli export`: saves every user's photo into a folder, with a CSV index that
/// `import --csv` takes back as is.
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::cli::ExportCommand)

public:
    [[nodiscard]] QStringList path() const override { return {QStringLiteral("export")}; }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList examples() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser,
                          const QStringList& args) override;
};

} // namespace adphoto::cli
