#include "core/journal/Journal.h"

#include "core/PhotoHash.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

namespace adphoto {

namespace {
constexpr int schemaVersion = 1;
constexpr int busyTimeoutMs = 10000;
constexpr const char* sqliteBusy = "5"; // SQLITE_BUSY, as QSqlError::nativeErrorCode() gives it

std::unexpected<Error> sqlFailure(const QString& what, const QSqlError& error)
{
    return fail(ErrorKind::Journal, Journal::tr("The journal could not %1.").arg(what), error.text());
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

ChangeRecord changeFrom(const QSqlQuery& q)
{
    ChangeRecord c;
    c.id = q.value(0).toLongLong();
    c.importId = q.value(1).toString();
    c.time = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    c.objectGuid = QUuid::fromString(q.value(3).toString());
    c.dn = q.value(4).toString();
    c.user = q.value(5).toString();
    c.action = q.value(6).toString();
    c.oldPhoto = q.value(7).toByteArray();
    c.newPhoto = q.value(8).toByteArray();
    c.result = q.value(9).toString();
    c.message = q.value(10).toString();
    c.bindIdentity = q.value(11).toString();
    c.server = q.value(12).toString();
    c.file = q.value(13).toString();
    return c;
}

ImportRecord importFrom(const QSqlQuery& q)
{
    ImportRecord r;
    r.id = q.value(0).toString();
    r.created = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    r.kind = q.value(2).toString();
    r.source = q.value(3).toString();
    r.server = q.value(4).toString();
    r.bindIdentity = q.value(5).toString();
    r.state = q.value(6).toString();
    r.planJson = q.value(7).toString();
    r.optionsJson = q.value(8).toString();
    return r;
}

const char* changeColumns =
    "id, import_id, time, object_guid, dn, user, action, old_photo, new_photo, result, "
    "message, bind_identity, server, file";
const char* importColumns =
    "id, created, kind, source, server, bind_identity, state, plan_json, options_json";
} // namespace

Journal::Journal(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{}

Journal::~Journal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Journal::defaultDirectory()
{
    const QString overridden = qEnvironmentVariable("ADPHOTO_DATA_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/adphoto");
}

Result<std::unique_ptr<Journal>> Journal::open(const QString& directory)
{
    if (!QDir().mkpath(directory))
        return fail(ErrorKind::Journal, tr("The data directory %1 cannot be created.").arg(directory));
    static QAtomicInt counter;
    const QString connection = QStringLiteral("adphoto-journal-%1").arg(counter.fetchAndAddRelaxed(1));
    const QString path = QDir(directory).filePath(QStringLiteral("journal.sqlite"));
    std::unique_ptr<Journal> journal(new Journal(connection, path));
    {
        // Scoped: the handle must be gone before ~Journal removes the connection.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (!db.isValid())
            return fail(ErrorKind::Journal,
                        tr("SQLite support for Qt is missing (install libqt6sql6-sqlite)."));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open())
            return sqlFailure(tr("open %1").arg(path), db.lastError());
    }
    if (auto schema = journal->createSchema(); !schema)
        return std::unexpected(schema.error());
    return journal;
}

Result<void> Journal::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery q(db);
    // WAL + synchronous=FULL: a committed intent survives kill -9 and power loss.
    // Switching a new file to WAL needs an exclusive lock, and when another connection is doing
    // the same SQLite answers SQLITE_BUSY at once, without waiting out the busy timeout (its
    // deadlock avoidance), so the switch is retried here for as long as that timeout.
    QDeadlineTimer deadline(busyTimeoutMs);
    while (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        if (q.lastError().nativeErrorCode() != QLatin1String(sqliteBusy) || deadline.hasExpired())
            return sqlFailure(tr("be configured"), q.lastError());
        QThread::msleep(5 + QRandomGenerator::global()->bounded(10));
    }
    for (const char* pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return sqlFailure(tr("be configured"), q.lastError());
    }
    // IMMEDIATE takes the write lock up front (waiting out the busy timeout): a deferred
    // transaction that reads the schema first cannot upgrade to a write while another process
    // creates the same tables, and SQLite then fails at once with "database is locked".
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlFailure(tr("start a transaction"), q.lastError());
    const char* statements[] = {
        "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)",
        "CREATE TABLE IF NOT EXISTS imports("
        " id TEXT PRIMARY KEY, created TEXT NOT NULL, kind TEXT NOT NULL, source TEXT, server TEXT,"
        " bind_identity TEXT, state TEXT NOT NULL, plan_json TEXT, options_json TEXT, finished TEXT)",
        "CREATE TABLE IF NOT EXISTS changes("
        " id INTEGER PRIMARY KEY AUTOINCREMENT, import_id TEXT NOT NULL REFERENCES imports(id), time TEXT "
        "NOT NULL,"
        " object_guid TEXT, dn TEXT NOT NULL, user TEXT, action TEXT NOT NULL, old_photo BLOB, old_sha256 "
        "TEXT,"
        " new_photo BLOB, new_sha256 TEXT, result TEXT NOT NULL, message TEXT, bind_identity TEXT, server "
        "TEXT,"
        " file TEXT, finished TEXT)",
        "CREATE INDEX IF NOT EXISTS changes_by_import ON changes(import_id)",
        "CREATE INDEX IF NOT EXISTS changes_by_guid ON changes(object_guid)",
    };
    for (const char* sql : statements) {
        if (!q.exec(QString::fromLatin1(sql))) {
            const QSqlError error = q.lastError();
            q.exec(QStringLiteral("ROLLBACK"));
            return sqlFailure(tr("create its tables"), error);
        }
    }
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES('schema', ?)"));
    q.addBindValue(schemaVersion);
    if (!q.exec() || !q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = q.lastError();
        q.exec(QStringLiteral("ROLLBACK"));
        return sqlFailure(tr("record its schema"), error);
    }
    return {};
}

Result<std::shared_ptr<QLockFile>> Journal::lockForApply() const
{
    auto lock = std::make_shared<QLockFile>(m_path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // a crashed apply's lock is stale once its process is gone
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return fail(
            ErrorKind::Busy,
            tr("Another apply is running on this journal (process %1); wait for it to finish.").arg(pid),
            m_path);
    }
    return lock;
}

QString Journal::newImportId()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
           QString::number(QRandomGenerator::global()->bounded(0x10000), 16)
               .rightJustified(4, QLatin1Char('0'));
}

Result<QString> Journal::beginImport(ImportRecord import)
{
    if (import.id.isEmpty())
        import.id = newImportId();
    if (!import.created.isValid())
        import.created = QDateTime::currentDateTimeUtc();
    if (import.state.isEmpty())
        import.state = QStringLiteral("running");
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("INSERT INTO imports(%1) VALUES(?,?,?,?,?,?,?,?,?)")
                  .arg(QLatin1String(importColumns)));
    q.addBindValue(import.id);
    q.addBindValue(import.created.toString(Qt::ISODateWithMs));
    q.addBindValue(import.kind);
    q.addBindValue(import.source);
    q.addBindValue(import.server);
    q.addBindValue(import.bindIdentity);
    q.addBindValue(import.state);
    q.addBindValue(import.planJson);
    q.addBindValue(import.optionsJson);
    if (!q.exec())
        return sqlFailure(tr("record the import"), q.lastError());
    return import.id;
}

Result<void> Journal::setImportState(const QString& importId, const QString& state)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("UPDATE imports SET state = ?, finished = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(state == QLatin1String("running") ? QVariant() : QVariant(isoNow()));
    q.addBindValue(importId);
    if (!q.exec())
        return sqlFailure(tr("update the import"), q.lastError());
    return {};
}

Result<ImportRecord> Journal::import(const QString& importId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT %1 FROM imports WHERE id = ?").arg(QLatin1String(importColumns)));
    q.addBindValue(importId);
    if (!q.exec())
        return sqlFailure(tr("read the import"), q.lastError());
    if (!q.next())
        return fail(ErrorKind::NotFound, tr("No import with id %1 in the journal.").arg(importId));
    return importFrom(q);
}

Result<QList<ImportRecord>> Journal::imports() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("SELECT %1 FROM imports ORDER BY created DESC, id DESC")
                    .arg(QLatin1String(importColumns))))
        return sqlFailure(tr("list imports"), q.lastError());
    QList<ImportRecord> list;
    while (q.next())
        list << importFrom(q);
    return list;
}

Result<qint64> Journal::recordIntent(const ChangeRecord& c)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction())
        return sqlFailure(tr("start a transaction"), db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO changes(import_id, time, object_guid, dn, user, action, old_photo, old_sha256,"
        " new_photo, new_sha256, result, message, bind_identity, server, file)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(c.importId);
    q.addBindValue(c.time.isValid() ? c.time.toUTC().toString(Qt::ISODateWithMs) : isoNow());
    q.addBindValue(c.objectGuid.isNull() ? QString() : c.objectGuid.toString(QUuid::WithoutBraces));
    q.addBindValue(c.dn);
    q.addBindValue(c.user);
    q.addBindValue(c.action);
    // An empty QByteArray would bind as NULL-or-empty ambiguously; store NULL for "no photo".
    q.addBindValue(c.oldPhoto.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(c.oldPhoto));
    q.addBindValue(photoSha256(c.oldPhoto));
    q.addBindValue(c.newPhoto.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(c.newPhoto));
    q.addBindValue(photoSha256(c.newPhoto));
    q.addBindValue(c.result.isEmpty() ? QStringLiteral("pending") : c.result);
    q.addBindValue(c.message);
    q.addBindValue(c.bindIdentity);
    q.addBindValue(c.server);
    q.addBindValue(c.file);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        db.rollback();
        return sqlFailure(tr("record the change"), error);
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!db.commit())
        return sqlFailure(tr("commit the change"), db.lastError());
    return id;
}

Result<void> Journal::recordOutcome(qint64 changeId, const QString& result, const QString& message)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("UPDATE changes SET result = ?, message = ?, finished = ? WHERE id = ?"));
    q.addBindValue(result);
    q.addBindValue(message);
    q.addBindValue(isoNow());
    q.addBindValue(changeId);
    if (!q.exec())
        return sqlFailure(tr("record the outcome"), q.lastError());
    if (q.numRowsAffected() != 1)
        return fail(ErrorKind::Journal, tr("The journal has no change %1.").arg(changeId));
    return {};
}

Result<QList<ChangeRecord>> Journal::changes(const QString& importId, const QUuid& objectGuid) const
{
    QString sql = QStringLiteral("SELECT %1 FROM changes WHERE 1=1").arg(QLatin1String(changeColumns));
    if (!importId.isEmpty())
        sql += QStringLiteral(" AND import_id = :import");
    if (!objectGuid.isNull())
        sql += QStringLiteral(" AND object_guid = :guid");
    sql += QStringLiteral(" ORDER BY time, id");
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(sql);
    if (!importId.isEmpty())
        q.bindValue(QStringLiteral(":import"), importId);
    if (!objectGuid.isNull())
        q.bindValue(QStringLiteral(":guid"), objectGuid.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return sqlFailure(tr("read the history"), q.lastError());
    QList<ChangeRecord> list;
    while (q.next())
        list << changeFrom(q);
    return list;
}

} // namespace adphoto
