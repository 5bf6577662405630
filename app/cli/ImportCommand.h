#pragma once

#include "app/cli/Command.h"
#include "core/Error.h"

#include <QCoreApplication>

namespace adphoto {
struct ImportPlan;
struct ImportSummary;
} // namespace adphoto

namespace adphoto::cli {

/// `adphoto-cli import`: plans an import from a folder or a CSV (--dry-run prints the plan),
/// applies a plan (reviewed JSON with --plan, or planned and applied in one go), and resumes an
/// interrupted import (--resume).
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::cli::ImportCommand)

public:
    [[nodiscard]] QStringList path() const override { return {QStringLiteral("import")}; }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList examples() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser,
                          const QStringList& args) override;

private:
    [[nodiscard]] Result<ImportPlan> makePlan(CliContext& context, const QCommandLineParser& parser) const;
    static void printPlan(CliContext& context, const ImportPlan& plan);
    static int printSummary(CliContext& context, const QString& importId, const ImportSummary& summary);
};

} // namespace adphoto::cli
