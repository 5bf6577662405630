#pragma once

#include "core/Directory.h"
#include "core/PhotoProcessor.h"
#include "core/PhotoWriter.h"
#include "core/apply/Reverter.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

namespace adphoto {
class Settings;
}

namespace adphoto::gui {

class Connection;

/// One photo change as it ended: the user as re-read before the write (with hasPhoto and
/// photoBytes brought up to date), the value AD now holds, and the journal entry it is under.
struct PhotoChange
{
    UserRecord user;
    QByteArray photo; ///< empty after a removal
    WriteOutcome outcome = WriteOutcome::Written;
    QString importId;
    PhotoReport report; ///< when the imaging pipeline ran
};

/// The GUI's photo operations on one user, on the same code path as `adphoto-cli photo set`
/// and `photo remove`: read the current value, open an ApplySession (journal + apply lock),
/// PhotoWriter (backup, compare-and-swap, outcome), finish. PhotoWriter blocks, so each change
/// runs on a private one-thread pool (changes run one after another, which also keeps them
/// from fighting over the journal's apply lock); imaging runs on the global pool. Results come
/// back as futures and as signals on the GUI thread. GUI thread only.
class PhotoActions final : public QObject
{
    Q_OBJECT
public:
    PhotoActions(Connection& connection, const PhotoProcessor* processor, QString journalDirectory,
                 QObject* parent = nullptr);
    ~PhotoActions() override;

    /// Writes a prepared JPEG (from the editor).
    QFuture<Result<PhotoChange>> setPhoto(const UserRecord& user, const QByteArray& jpeg,
                                          const QString& file = {});
    /// Runs the imaging pipeline on any supported image, then writes the result.
    QFuture<Result<PhotoChange>> setPhotoFromImage(const UserRecord& user, const QByteArray& source,
                                                   const QString& file, const PhotoSpec& spec);
    QFuture<Result<PhotoChange>> removePhoto(const UserRecord& user);
    /// Reads a user's current photo.
    QFuture<Result<PhotoValue>> readPhoto(const QString& dn);
    /// Reads a user's photo and writes it to `path`.
    QFuture<Result<QString>> exportPhoto(const UserRecord& user, const QString& path);

    /// Puts `target` back as the photo of the user with `objectGuid` (found by GUID, so a moved
    /// or renamed user is still found; `dn` is the fallback), as `adphoto-cli restore` does.
    QFuture<Result<PhotoChange>> restorePhoto(const QUuid& objectGuid, const QString& dn,
                                              const QByteArray& target);
    /// Reverts every change of an import, as `adphoto-cli undo` does. Progress and cancel
    /// through the future; each user is reported by changed() or failed() as it is done.
    QFuture<Result<QList<RevertResult>>> undoImport(const QString& importId);

    /// The photo options of the settings file (size, byte budget, face detection, cascade).
    [[nodiscard]] static PhotoSpec defaultSpec(const Settings& settings);
    [[nodiscard]] const PhotoProcessor* processor() const { return m_processor; }
    /// The one thread that changes the directory and writes the journal. Journal readers run
    /// here too: Journal::open() of two connections at once can fail with "database is locked".
    [[nodiscard]] QThreadPool* journalThread() { return &m_writers; }
    /// Changes queued or running.
    [[nodiscard]] int pendingCount() const { return m_pending; }

signals:
    /// Users whose photo changed without a PhotoChange (undo): the pages re-read them.
    void usersChanged(const QStringList& dns);
    void started(const adphoto::UserRecord& user, const QString& what);
    void changed(const adphoto::gui::PhotoChange& change);
    void failed(const adphoto::UserRecord& user, const adphoto::Error& error);

private:
    QFuture<Result<PhotoChange>> track(const UserRecord& user, QFuture<Result<PhotoChange>> future);
    [[nodiscard]] Result<void> ready() const;

    Connection& m_connection;
    const PhotoProcessor* m_processor;
    QString m_journalDirectory;
    QThreadPool m_writers;
    int m_pending = 0;
};

} // namespace adphoto::gui

Q_DECLARE_METATYPE(adphoto::gui::PhotoChange)
