#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace adphoto::cli {

/// `adphoto-cli audit`: reads every user's photo (page by page, one at a time) and reports
/// missing photos per OU and photos that are too large, not JPEG, damaged, not square, too
/// small, shared by several users, or kept on disabled accounts.
class AuditCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::cli::AuditCommand)

public:
    [[nodiscard]] QStringList path() const override { return {QStringLiteral("audit")}; }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList examples() const override;
    [[nodiscard]] QStringList formats() const override
    {
        return {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json"),
                QStringLiteral("html")};
    }
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser,
                          const QStringList& args) override;
};

} // namespace adphoto::cli
