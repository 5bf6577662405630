#pragma once

#include "core/Error.h"
#include "core/matching/PlanRow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

namespace adphoto {

/// A reviewable import plan: one row per input file or CSV record (CONTRACT.md, "Plans"). It
/// lives in core/matching beside the matchers that build it (see PlanBuilder). Its JSON form is
/// one array of rows. A plain value; any thread.
struct ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::ImportPlan)

public:
    QList<PlanRow> rows;

    [[nodiscard]] QJsonArray toJson() const;
    /// Indented UTF-8 JSON, as `import --dry-run --format json` writes it.
    [[nodiscard]] QByteArray toJsonBytes() const;
    /// Reads a plan written by toJsonBytes() and perhaps edited by a person; every problem
    /// names the row (1-based) it is in.
    [[nodiscard]] static Result<ImportPlan> fromJson(const QByteArray& json);

    [[nodiscard]] qsizetype count(PlanStatus status) const;
};

} // namespace adphoto
