#include "core/journal/ApplySession.h"

#include <QCoreApplication>

namespace adphoto {

Result<ApplySession> ApplySession::begin(const QString& kind, const QString& source,
                                         const ConnectionInfo& connection, const QString& planJson,
                                         const QString& optionsJson, const QString& directory,
                                         const QString& importId)
{
    ApplySession session;
    auto journal = Journal::open(directory);
    if (!journal)
        return std::unexpected(journal.error());
    session.journal = std::move(*journal);
    auto lock = session.journal->lockForApply();
    if (!lock)
        return std::unexpected(lock.error());
    session.lock = *lock;
    ImportRecord record;
    record.id = importId;
    record.kind = kind;
    record.source = source;
    // The URI actually connected to (for discovery, the DC that was picked): a resume goes there.
    record.server = connection.uri;
    record.bindIdentity = connection.bindIdentity;
    record.planJson = planJson;
    record.optionsJson = optionsJson;
    auto id = session.journal->beginImport(record);
    if (!id)
        return std::unexpected(id.error());
    session.importId = *id;
    return session;
}

Result<ApplySession> ApplySession::resume(const QString& importId, const QString& directory)
{
    ApplySession session;
    auto journal = Journal::open(directory);
    if (!journal)
        return std::unexpected(journal.error());
    session.journal = std::move(*journal);
    auto lock = session.journal->lockForApply();
    if (!lock)
        return std::unexpected(lock.error());
    session.lock = *lock;
    QString id = importId;
    if (id.isEmpty()) {
        auto imports = session.journal->imports();
        if (!imports)
            return std::unexpected(imports.error());
        for (const ImportRecord& r : *imports) {
            if (r.kind == QLatin1String("import") && r.state != QLatin1String("finished")) {
                id = r.id;
                break;
            }
        }
        if (id.isEmpty())
            return fail(ErrorKind::NotFound,
                        QCoreApplication::translate("adphoto::ApplySession",
                                                    "There is no unfinished import to resume."));
    }
    auto record = session.journal->import(id);
    if (!record)
        return std::unexpected(record.error());
    if (record->kind != QLatin1String("import"))
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("adphoto::ApplySession", "%1 is a %2, not an import.")
                        .arg(id, record->kind));
    if (record->state == QLatin1String("finished"))
        return fail(
            ErrorKind::Usage,
            QCoreApplication::translate("adphoto::ApplySession", "Import %1 has already finished.").arg(id));
    if (auto running = session.journal->setImportState(id, QStringLiteral("running")); !running)
        return std::unexpected(running.error());
    session.importId = id;
    return session;
}

Result<void> ApplySession::finish(const QString& state)
{
    return journal->setImportState(importId, state);
}

} // namespace adphoto
