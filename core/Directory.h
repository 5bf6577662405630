#pragma once

#include "core/ConnectionSettings.h"
#include "core/Error.h"
#include "core/UserRecord.h"

#include <QByteArray>
#include <QFuture>
#include <QPromise>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace adphoto {

/// What the connection ended up as, for `adphoto-cli check` and the GUI's status bar.
struct ConnectionInfo
{
    QString uri;          ///< the URI actually connected to
    QString dcHost;       ///< the DC's host name (dnsHostName of the RootDSE)
    QString tls;          ///< "ldaps", "starttls" or "none"
    int ssf = 0;          ///< SASL security strength factor (0 without a SASL layer)
    QString bindMethod;   ///< "simple" or "gssapi"
    QString bindIdentity; ///< who we are bound as (the DN or principal)
    QString baseDn;       ///< where searches start
    QString defaultNamingContext;
};

/// Which users to list.
struct UserQuery
{
    QString baseDn;           ///< subtree to search; empty = the connection's base DN
    bool missingOnly = false; ///< only users without thumbnailPhoto
    bool photoSizes = true;   ///< fetch thumbnailPhoto to measure photoBytes (false: presence only)
    /// Users in the first page (0: the connection's page size). A small first page puts the
    /// first rows on screen sooner; the pages after it have the connection's size.
    int firstPageSize = 0;
};

/// A user's current photo: `bytes` is empty when the user has none.
struct PhotoValue
{
    UserRecord user;
    QByteArray bytes;
};

/// Receives one listed user and their thumbnailPhoto bytes (empty without a photo) from
/// Directory::visitPhotos(), on the directory's session thread. Return false to stop the listing.
using PhotoVisitor = std::function<bool(const UserRecord& user, const QByteArray& photo)>;

/// The directory as the rest of adphoto sees it. Implemented in ldap/ (LdapDirectory).
///
/// Every call returns at once with a future; the work runs on the directory's own session
/// thread, one call after another. Futures can be cancelled: long searches stop between pages
/// and between entries. Any thread may call these methods; the object itself must be destroyed
/// on the thread that created it.
class Directory
{
public:
    virtual ~Directory() = default;

    /// Connects and binds (TLS, SASL), reads the RootDSE. Must succeed before other calls.
    [[nodiscard]] virtual QFuture<Result<ConnectionInfo>> open() = 0;

    /// Paged search of users. Delivers one Result<UserBatch> per page as it arrives (progress
    /// value = users so far); an error, if any, is the last result.
    [[nodiscard]] virtual QFuture<Result<UserBatch>> listUsers(const UserQuery& query) = 0;

    /// A quick first look at up to `rows` of the users listUsers(query) would give, for a screen
    /// to fill while that listing runs (queue the preview first: calls run in order). Users come
    /// in batches with photo presence only; a preview is not complete, and a user in it may be
    /// gone by the time the listing reads the directory. The default (a directory without a
    /// cheaper way in than its listing) previews nothing.
    [[nodiscard]] virtual QFuture<Result<UserBatch>> previewUsers(const UserQuery& query, int rows)
    {
        Q_UNUSED(query);
        Q_UNUSED(rows);
        QPromise<Result<UserBatch>> none;
        none.start();
        none.finish();
        return none.future();
    }

    /// Lists users like listUsers() (query.photoSizes is implied) but hands each user and their
    /// photo bytes to `visitor` as the entry arrives and frees it before the next, so a
    /// directory's worth of photos is never in memory at once (audit, export). `visitor` runs on
    /// the session thread: it must not wait for this directory. Progress value = users so far.
    /// One result: success, an error, or Cancelled when `visitor` returned false; a cancelled
    /// future has no result. The default is for directories that cannot do this.
    [[nodiscard]] virtual QFuture<Result<void>> visitPhotos(const UserQuery& query, PhotoVisitor visitor)
    {
        Q_UNUSED(query);
        Q_UNUSED(visitor);
        return QtFuture::makeReadyFuture(Result<void>(
            fail(ErrorKind::Internal,
                 QCoreApplication::translate("adphoto::Directory", "This directory cannot list photos."))));
    }

    /// Finds exactly one user by sAMAccountName, UPN, mail, DN or <GUID=...>. More than one
    /// match is ErrorKind::Ambiguous with the candidates listed.
    [[nodiscard]] virtual QFuture<Result<UserRecord>> findUser(const QString& spec) = 0;

    /// Reads one user's thumbnailPhoto.
    [[nodiscard]] virtual QFuture<Result<PhotoValue>> readPhoto(const QString& dn) = 0;

    /// Replaces thumbnailPhoto only if it still holds `expected` (empty: only if
    /// the user has no photo). A change by someone else is ErrorKind::Conflict; nothing is written.
    [[nodiscard]] virtual QFuture<Result<void>> writePhoto(const QString& dn, const QByteArray& expected,
                                                           const QByteArray& photo) = 0;

    /// Removes thumbnailPhoto only if it still holds `expected`.
    [[nodiscard]] virtual QFuture<Result<void>> removePhoto(const QString& dn,
                                                            const QByteArray& expected) = 0;

    /// Whether the bound identity may write thumbnailPhoto on `dn` (allowedAttributesEffective).
    [[nodiscard]] virtual QFuture<Result<bool>> canWritePhoto(const QString& dn) = 0;

    /// Child OUs and containers of `dn` (for the GUI's lazy OU tree).
    [[nodiscard]] virtual QFuture<Result<QStringList>> childContainers(const QString& dn) = 0;
};

} // namespace adphoto
