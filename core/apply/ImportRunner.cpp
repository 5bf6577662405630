#include "core/apply/ImportRunner.h"

#include "core/FutureResult.h"
#include "core/PhotoHash.h"
#include "core/PhotoWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <exception>

namespace adphoto {

namespace {
// Larger sources are refused before they are read: no photo HR hands over is this big.
constexpr qint64 maxSourceBytes = 256LL * 1024 * 1024;
// Photos prepared ahead of the writes: enough to keep the DC busy, bounded in memory.
constexpr int chunkSize = 16;

bool transient(const Error& error)
{
    return error.kind == ErrorKind::Connection || error.kind == ErrorKind::Timeout;
}

struct Work
{
    int index = 0;
    PlanRow row;
};
} // namespace

QJsonObject ImportOptions::toJson() const
{
    QJsonObject o{{QStringLiteral("size"), spec.size},
                  {QStringLiteral("maxBytes"), double(spec.maxBytes)},
                  {QStringLiteral("detectFace"), spec.detectFace},
                  {QStringLiteral("keepConforming"), spec.keepConforming},
                  {QStringLiteral("pixelLimit"), double(spec.pixelLimit)},
                  {QStringLiteral("jobs"), jobs},
                  {QStringLiteral("rate"), rate}};
    if (spec.crop)
        o.insert(QStringLiteral("crop"),
                 QJsonArray{spec.crop->x(), spec.crop->y(), spec.crop->width(), spec.crop->height()});
    if (!spec.cascadePath.isEmpty())
        o.insert(QStringLiteral("cascadePath"), spec.cascadePath);
    return o;
}

ImportOptions ImportOptions::fromJson(const QJsonObject& o)
{
    ImportOptions options;
    options.spec.size = o.value(QStringLiteral("size")).toInt(options.spec.size);
    options.spec.maxBytes =
        qint64(o.value(QStringLiteral("maxBytes")).toDouble(double(options.spec.maxBytes)));
    options.spec.detectFace = o.value(QStringLiteral("detectFace")).toBool(options.spec.detectFace);
    options.spec.keepConforming = o.value(QStringLiteral("keepConforming")).toBool(false);
    options.spec.pixelLimit =
        qint64(o.value(QStringLiteral("pixelLimit")).toDouble(double(options.spec.pixelLimit)));
    options.spec.cascadePath = o.value(QStringLiteral("cascadePath")).toString();
    const QJsonArray crop = o.value(QStringLiteral("crop")).toArray();
    if (crop.size() == 4)
        options.spec.crop =
            QRect(crop.at(0).toInt(), crop.at(1).toInt(), crop.at(2).toInt(), crop.at(3).toInt());
    options.jobs = o.value(QStringLiteral("jobs")).toInt(0);
    options.rate = o.value(QStringLiteral("rate")).toDouble(0);
    return options;
}

int ImportSummary::count(const QString& result) const
{
    int n = 0;
    for (const ImportResult& r : results)
        n += r.result == result ? 1 : 0;
    return n;
}

ImportRunner::ImportRunner(Directory& directory, Journal& journal, const PhotoProcessor& processor,
                           ConnectionInfo connection)
    : m_directory(directory)
    , m_journal(journal)
    , m_processor(processor)
    , m_connection(std::move(connection))
{}

Result<ImportRunner::Settled> ImportRunner::settleEarlierAttempt(const ChangeRecord& last, ImportResult& out)
{
    if (last.result == QLatin1String("ok") || last.result == QLatin1String("skipped") ||
        last.result == QLatin1String("conflict"))
        return Settled::Yes;
    // Failed or pending: the DC tells whether the write landed after all (a crash between the
    // journal's intent and the DC's answer, or an answer lost with the connection).
    auto user =
        waitForResult(m_directory.findUser(QStringLiteral("<GUID=%1>").arg(guidText(last.objectGuid))));
    if (!user)
        return std::unexpected(user.error());
    auto current = waitForResult(m_directory.readPhoto(user->dn));
    if (!current)
        return std::unexpected(current.error());
    out.dn = user->dn;
    const bool pending = last.result == QLatin1String("pending");
    if (!last.newPhoto.isEmpty() && current->bytes == last.newPhoto) {
        // The DC took the write; only its answer was lost. The record is corrected to what happened.
        if (auto r = m_journal.recordOutcome(last.id, QStringLiteral("ok"),
                                             tr("the DC had taken the write (confirmed on resume)"));
            !r)
            return std::unexpected(r.error());
        return Settled::Yes;
    }
    if (!pending)
        return Settled::No; // failed and not written: try again
    if (current->bytes == last.oldPhoto) {
        if (auto r = m_journal.recordOutcome(last.id, QStringLiteral("failed"),
                                             tr("interrupted before the write; written again on resume"));
            !r)
            return std::unexpected(r.error());
        return Settled::No;
    }
    if (auto r = m_journal.recordOutcome(last.id, QStringLiteral("conflict"),
                                         tr("changed by someone else while the import was interrupted"));
        !r)
        return std::unexpected(r.error());
    return Settled::Yes;
}

Result<ImportSummary> ImportRunner::run(const QString& importId, const ImportPlan& plan,
                                        const ImportOptions& options, const Hooks& hooks)
{
    auto earlier = m_journal.changes(importId);
    if (!earlier)
        return std::unexpected(earlier.error());
    QHash<QUuid, ChangeRecord> lastAttempt;
    for (const ChangeRecord& c : *earlier)
        lastAttempt.insert(c.objectGuid, c); // oldest first: the last one wins

    ImportSummary summary;
    QList<Work> todo;
    for (qsizetype i = 0; i < plan.rows.size(); ++i) {
        const PlanRow& row = plan.rows.at(i);
        if (row.status != PlanStatus::Ready)
            continue;
        if (const auto it = lastAttempt.constFind(row.objectGuid); it != lastAttempt.cend()) {
            ImportResult ignored;
            auto settled = settleEarlierAttempt(*it, ignored);
            if (!settled)
                return std::unexpected(settled.error());
            if (*settled == Settled::Yes) {
                ++summary.alreadyDone;
                continue;
            }
        }
        todo.append({int(i + 1), row});
    }

    QThreadPool pool;
    pool.setMaxThreadCount(options.jobs > 0 ? options.jobs : QThread::idealThreadCount());
    const PhotoSpec spec = options.spec;
    const PhotoProcessor& processor = m_processor;
    std::function<Result<PreparedPhoto>(const Work&)> prepare =
        [&processor, spec](const Work& w) -> Result<PreparedPhoto> {
        QFile file(w.row.file);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorKind::Io, tr("Cannot read %1: %2").arg(w.row.file, file.errorString()));
        if (file.size() > maxSourceBytes)
            return fail(ErrorKind::ImageTooLarge, tr("%1 is larger than 256 MiB.").arg(w.row.file));
        const QByteArray bytes = file.readAll();
        if (!w.row.fileSha256.isEmpty() && photoSha256(bytes) != w.row.fileSha256)
            return fail(ErrorKind::Conflict, tr("%1 changed since the plan was made.").arg(w.row.file));
        try {
            return processor.prepare(bytes, spec);
        } catch (const std::exception& e) {
            return fail(ErrorKind::Internal, tr("Preparing %1 failed.").arg(w.row.file),
                        QString::fromUtf8(e.what()));
        }
    };
    auto launch = [&](qsizetype from) {
        return QtConcurrent::mapped(&pool, todo.mid(from, chunkSize), prepare);
    };
    auto stopAll = [](QFuture<Result<PreparedPhoto>>& a, QFuture<Result<PreparedPhoto>>& b) {
        a.cancel();
        b.cancel();
        a.waitForFinished();
        b.waitForFinished();
    };

    QFuture<Result<PreparedPhoto>> current;
    QFuture<Result<PreparedPhoto>> next;
    if (!todo.isEmpty())
        current = launch(0);
    QElapsedTimer clock;
    clock.start();
    qint64 lastWriteMs = -1'000'000;
    int done = 0;
    for (qsizetype from = 0; from < todo.size(); from += chunkSize) {
        if (from + chunkSize < todo.size())
            next = launch(from + chunkSize); // prepared while this chunk is written
        const qsizetype count = std::min<qsizetype>(chunkSize, todo.size() - from);
        for (qsizetype k = 0; k < count; ++k) {
            if (hooks.cancelled && hooks.cancelled()) {
                stopAll(current, next);
                summary.cancelled = true;
                return summary;
            }
            const Work& work = todo.at(from + k);
            const Result<PreparedPhoto> prepared = current.resultAt(int(k));
            if (options.rate > 0) {
                const qint64 gap = qint64(1000.0 / options.rate) - (clock.elapsed() - lastWriteMs);
                if (gap > 0)
                    QThread::msleep(gap);
                lastWriteMs = clock.elapsed();
            }
            std::optional<Error> stop;
            auto result = applyOne(importId, work.row, work.index, prepared, options, &stop);
            if (!result) {
                stopAll(current, next);
                return std::unexpected(result.error());
            }
            summary.results << *result;
            if (hooks.result)
                hooks.result(*result);
            if (hooks.progress)
                hooks.progress(++done, int(todo.size()));
            if (stop) {
                stopAll(current, next);
                summary.stoppedBy = stop;
                return summary;
            }
        }
        current = next;
        next = {};
    }
    return summary;
}

Result<ImportResult> ImportRunner::applyOne(const QString& importId, const PlanRow& row, int index,
                                            const Result<PreparedPhoto>& prepared,
                                            const ImportOptions& options, std::optional<Error>* stop)
{
    ImportResult r{index, row.user, row.objectGuid, row.dn, row.file, QStringLiteral("failed"), {}, {}};
    if (!prepared) {
        r.result = prepared.error().kind == ErrorKind::Conflict ? QStringLiteral("conflict")
                                                                : QStringLiteral("failed");
        r.message = prepared.error().text();
        return r;
    }
    r.report = prepared->report;

    // Directory calls are retried with back-off while the DC is unreachable; past the bound the
    // whole import stops, resumable, rather than failing every remaining user.
    auto retrying = [&](auto call) {
        auto result = call();
        int delay = options.backoffMs;
        for (int attempt = 1; !result && transient(result.error()) && attempt < options.retries; ++attempt) {
            QThread::msleep(delay);
            delay *= 2;
            result = call();
        }
        if (!result && transient(result.error()))
            *stop = result.error();
        return result;
    };

    auto user = retrying([&] {
        return waitForResult(m_directory.findUser(QStringLiteral("<GUID=%1>").arg(guidText(row.objectGuid))));
    });
    if (!user) {
        r.message =
            user.error().kind == ErrorKind::NotFound ? tr("The user no longer exists.") : user.error().text();
        return r;
    }
    r.dn = user->dn;
    r.user = user->sAMAccountName;
    auto current = retrying([&] { return waitForResult(m_directory.readPhoto(user->dn)); });
    if (!current) {
        r.message = current.error().text();
        return r;
    }

    auto record = [&](const QString& result, const QString& message) -> Result<void> {
        ChangeRecord c;
        c.importId = importId;
        c.objectGuid = user->objectGuid;
        c.dn = user->dn;
        c.user = user->sAMAccountName;
        c.action = QStringLiteral("set");
        c.oldPhoto = current->bytes;
        c.result = result;
        c.message = message;
        c.bindIdentity = m_connection.bindIdentity;
        c.server = m_connection.dcHost;
        c.file = row.file;
        auto id = m_journal.recordIntent(c);
        if (!id)
            return std::unexpected(id.error());
        return {};
    };

    // The plan was reviewed against the photo the user had then; anything else is a conflict.
    if (photoSha256(current->bytes) != row.currentPhotoSha256) {
        r.result = QStringLiteral("conflict");
        r.message = tr("The user's photo changed since the plan was made; not written.");
        if (auto rec = record(r.result, r.message); !rec)
            return std::unexpected(rec.error());
        return r;
    }
    if (current->bytes == prepared->jpeg) {
        r.result = QStringLiteral("unchanged");
        r.message = tr("The user already has this photo.");
        if (auto rec = record(QStringLiteral("skipped"), r.message); !rec)
            return std::unexpected(rec.error());
        return r;
    }

    PhotoWriter writer(m_directory, m_journal, m_connection);
    QByteArray expected = current->bytes;
    int delay = options.backoffMs;
    for (int attempt = 1;; ++attempt) {
        auto written = writer.set(importId, *user, expected, prepared->jpeg, row.file);
        if (written) {
            r.result = QStringLiteral("ok");
            r.message.clear();
            return r;
        }
        const Error& error = written.error();
        if (error.kind == ErrorKind::Journal)
            return std::unexpected(error); // never write on without a backup
        if (!transient(error) || attempt >= options.retries) {
            r.result =
                error.kind == ErrorKind::Conflict ? QStringLiteral("conflict") : QStringLiteral("failed");
            r.message = error.text();
            if (transient(error))
                *stop = error;
            return r;
        }
        QThread::msleep(delay);
        delay *= 2;
        // The write may have reached the DC before the connection broke: look before writing again.
        auto now = waitForResult(m_directory.readPhoto(user->dn));
        if (!now)
            continue;
        if (now->bytes == prepared->jpeg) {
            r.result = QStringLiteral("ok");
            r.message = tr("written before the connection was lost (confirmed)");
            if (auto rec = record(QStringLiteral("ok"), r.message); !rec)
                return std::unexpected(rec.error());
            return r;
        }
        if (now->bytes != expected) {
            r.result = QStringLiteral("conflict");
            r.message = tr("The photo was changed by someone else; not written.");
            return r;
        }
    }
}

} // namespace adphoto
