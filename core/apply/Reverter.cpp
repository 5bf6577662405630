#include "core/apply/Reverter.h"

#include "core/FutureResult.h"

#include <QCoreApplication>

namespace adphoto {

namespace {
bool succeeded(const ChangeRecord& c)
{
    return c.result == QLatin1String("ok");
}
} // namespace

Reverter::Reverter(Directory& directory, Journal& journal, ConnectionInfo connection)
    : m_directory(directory)
    , m_journal(journal)
    , m_connection(std::move(connection))
{}

Result<QByteArray> Reverter::photoAt(const QUuid& objectGuid, const QDateTime& at) const
{
    auto changes = m_journal.changes({}, objectGuid);
    if (!changes)
        return std::unexpected(changes.error());
    QList<ChangeRecord> done;
    for (const ChangeRecord& c : *changes) {
        if (succeeded(c))
            done << c;
    }
    if (done.isEmpty())
        return fail(ErrorKind::NotFound,
                    tr("The journal holds no change of this user, so there is nothing to restore."));
    if (!at.isValid())
        return done.last().oldPhoto;
    // The state at `at`: what the last change up to then wrote, or, before the first change,
    // what that change replaced.
    const ChangeRecord* last = nullptr;
    for (const ChangeRecord& c : done) {
        if (c.time <= at)
            last = &c;
    }
    return last ? last->newPhoto : done.first().oldPhoto;
}

Result<WriteOutcome> Reverter::restore(const QString& importId, const UserRecord& user,
                                       const QByteArray& target)
{
    auto current = waitForResult(m_directory.readPhoto(user.dn));
    if (!current)
        return std::unexpected(current.error());
    PhotoWriter writer(m_directory, m_journal, m_connection);
    if (target.isEmpty()) {
        if (current->bytes.isEmpty())
            return WriteOutcome::Unchanged;
        return writer.remove(importId, user, current->bytes);
    }
    return writer.set(importId, user, current->bytes, target, {}, QStringLiteral("restore"));
}

Result<QList<RevertResult>> Reverter::undo(const QString& importId, const QString& undoImportId,
                                           const std::function<bool()>& cancelled,
                                           const std::function<void(int, int)>& progress)
{
    auto changes = m_journal.changes(importId);
    if (!changes)
        return std::unexpected(changes.error());
    QList<ChangeRecord> done;
    for (const ChangeRecord& c : *changes) {
        if (succeeded(c))
            done.prepend(c); // newest first
    }
    QList<RevertResult> results;
    PhotoWriter writer(m_directory, m_journal, m_connection);
    int index = 0;
    for (const ChangeRecord& c : done) {
        if (cancelled && cancelled())
            return fail(ErrorKind::Cancelled, tr("Cancelled after %n user(s).", nullptr, index));
        RevertResult r{c.user, c.dn, QStringLiteral("ok"), {}};
        auto user =
            waitForResult(m_directory.findUser(QStringLiteral("<GUID=%1>").arg(guidText(c.objectGuid))));
        if (!user) {
            r.result = QStringLiteral("failed");
            r.message = user.error().text();
        } else {
            r.dn = user->dn;
            auto current = waitForResult(m_directory.readPhoto(user->dn));
            if (!current) {
                r.result = QStringLiteral("failed");
                r.message = current.error().text();
            } else if (current->bytes != c.newPhoto) {
                r.result = QStringLiteral("conflict");
                r.message = tr("The photo was changed after this import; left as it is.");
            } else {
                auto reverted = c.oldPhoto.isEmpty() ? writer.remove(undoImportId, *user, current->bytes)
                                                     : writer.set(undoImportId, *user, current->bytes,
                                                                  c.oldPhoto, {}, QStringLiteral("restore"));
                if (!reverted) {
                    if (reverted.error().kind == ErrorKind::Journal)
                        return std::unexpected(reverted.error());
                    r.result = reverted.error().kind == ErrorKind::Conflict ? QStringLiteral("conflict")
                                                                            : QStringLiteral("failed");
                    r.message = reverted.error().text();
                }
            }
        }
        results << r;
        ++index;
        if (progress)
            progress(index, int(done.size()));
    }
    return results;
}

} // namespace adphoto
