#pragma once

#include "core/Error.h"
#include "core/journal/ChangeRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace adphoto {

/// An import (or a single `photo set/remove`, `restore`, `undo`) as a unit of history.
struct ImportRecord
{
    QString id;
    QDateTime created;
    QString kind;   ///< import | photo-set | photo-remove | restore | undo
    QString source; ///< folder, CSV file or plan
    QString server;
    QString bindIdentity;
    QString state; ///< running | finished | cancelled | failed
    QString planJson;
    QString optionsJson;
};

/// The durable record of every photo change and the backup of every replaced photo, in SQLite
/// (WAL mode, transactions, busy timeout) under ADPHOTO_DATA_DIR or the app's data location.
/// An intent (with the old photo) is committed before each LDAP write and its outcome after,
/// so a `kill -9` at any instant leaves at most one pending change per import to re-check.
/// One Journal per thread: it owns its own QSqlDatabase connection.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::Journal)

public:
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    /// ADPHOTO_DATA_DIR, else QStandardPaths::AppDataLocation.
    [[nodiscard]] static QString defaultDirectory();
    /// Opens (creating if needed) `directory`/journal.sqlite.
    [[nodiscard]] static Result<std::unique_ptr<Journal>> open(const QString& directory = defaultDirectory());

    /// Only one apply per journal at a time: a lock file beside the database. The lock is
    /// held while the returned object lives; a second apply gets ErrorKind::Busy.
    [[nodiscard]] Result<std::shared_ptr<QLockFile>> lockForApply() const;

    /// A new import id: sortable and readable, the UTC time first, then a random tail against
    /// collisions ("20261202-174407-8ae6").
    [[nodiscard]] static QString newImportId();
    /// Records `import` (under a new id when its id is empty) and returns its id.
    [[nodiscard]] Result<QString> beginImport(ImportRecord import);
    [[nodiscard]] Result<void> setImportState(const QString& importId, const QString& state);
    [[nodiscard]] Result<ImportRecord> import(const QString& importId) const;
    /// Imports, newest first.
    [[nodiscard]] Result<QList<ImportRecord>> imports() const;

    /// Commits the intent (and the backup of the old photo) before the write; returns its id.
    [[nodiscard]] Result<qint64> recordIntent(const ChangeRecord& change);
    /// Commits how the write ended.
    [[nodiscard]] Result<void> recordOutcome(qint64 changeId, const QString& result,
                                             const QString& message = {});

    /// Changes, oldest first; filtered by objectGUID and/or import id when given.
    [[nodiscard]] Result<QList<ChangeRecord>> changes(const QString& importId = {},
                                                      const QUuid& objectGuid = {}) const;

    [[nodiscard]] QString path() const { return m_path; }

private:
    Journal(QString connectionName, QString path);
    [[nodiscard]] Result<void> createSchema();

    QString m_connectionName;
    QString m_path;
};

} // namespace adphoto
