#pragma once

#include "core/Directory.h"

#include <QHash>
#include <QMutex>
#include <QRgb>
#include <QSemaphore>
#include <QStringList>

#include <atomic>
#include <memory>

namespace adphoto::test {

/// What a FakeDirectory serves: users, their photos, containers, the password it accepts.
/// Shared between the fake and the test so the test can look at writes after the GUI made them.
/// Thread-safe.
struct FakeData
{
    mutable QMutex mutex;
    QList<UserRecord> users;
    QHash<QString, QByteArray> photos; ///< lower-case DN -> thumbnailPhoto
    QStringList containers;            ///< OU/container DNs below the base
    QString baseDn = QStringLiteral("DC=example,DC=test");
    QString password = QStringLiteral("secret"); ///< the one simple-bind password accepted
    int pageSize = 50;
    int pageDelayMs = 0; ///< sleep per page, to watch the table fill
    /// What previewUsers() serves, at once and as given (photo presence from `photos`): like a
    /// real preview it may hold users the listing no longer has. Empty: no preview.
    QList<UserRecord> preview;
    /// When set, a listing takes one permit before its first page: a test holds the listing
    /// back until it has looked at the preview.
    std::shared_ptr<QSemaphore> listingGate;
    /// A listing's page with this index (0-based) is an error in its place, as a server's
    /// answer can be; the pages after it still come. -1: none.
    int failingPage = -1;
    std::atomic<int> opens{0};
    std::atomic<int> photoReads{0};
    std::atomic<int> writes{0};

    /// Adds a user; `photo` non-empty gives it one.
    void addUser(const QString& cn, const QString& sam, const QString& ou, const QByteArray& photo = {},
                 bool disabled = false, const QString& mail = {});
    [[nodiscard]] QByteArray photo(const QString& dn) const;
    [[nodiscard]] UserRecord user(const QString& sam) const;
};

/// An in-memory Directory over FakeData for widget-logic tests: the same futures, pages,
/// compare-and-swap and errors as LdapDirectory, without a server. Work runs on the global
/// thread pool, so callers see real asynchrony.
class FakeDirectory final : public Directory
{
public:
    FakeDirectory(std::shared_ptr<FakeData> data, ConnectionSettings settings);

    [[nodiscard]] QFuture<Result<ConnectionInfo>> open() override;
    [[nodiscard]] QFuture<Result<UserBatch>> listUsers(const UserQuery& query) override;
    [[nodiscard]] QFuture<Result<UserBatch>> previewUsers(const UserQuery& query, int rows) override;
    [[nodiscard]] QFuture<Result<void>> visitPhotos(const UserQuery& query, PhotoVisitor visitor) override;
    [[nodiscard]] QFuture<Result<UserRecord>> findUser(const QString& spec) override;
    [[nodiscard]] QFuture<Result<PhotoValue>> readPhoto(const QString& dn) override;
    [[nodiscard]] QFuture<Result<void>> writePhoto(const QString& dn, const QByteArray& expected,
                                                   const QByteArray& photo) override;
    [[nodiscard]] QFuture<Result<void>> removePhoto(const QString& dn, const QByteArray& expected) override;
    [[nodiscard]] QFuture<Result<bool>> canWritePhoto(const QString& dn) override;
    [[nodiscard]] QFuture<Result<QStringList>> childContainers(const QString& dn) override;

private:
    std::shared_ptr<FakeData> m_data;
    ConnectionSettings m_settings;
};

/// A JPEG of `edge`×`edge` pixels in one colour with some detail.
QByteArray makeJpeg(int edge, QRgb colour, int quality = 90);
/// A PNG of w×h in one colour with a dark disc in the upper middle.
QByteArray makePng(int w, int h, QRgb colour);

} // namespace adphoto::test
