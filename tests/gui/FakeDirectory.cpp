#include "FakeDirectory.h"

#include "core/PhotoHash.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPromise>
#include <QThread>
#include <QtConcurrent>

namespace adphoto::test {

namespace {
template <class T> QFuture<Result<T>> async(std::function<Result<T>()> work)
{
    return QtConcurrent::run([work = std::move(work)] {
        QThread::msleep(2); // never ready at once: callers must really wait
        return work();
    });
}

Error notFound(const QString& dn)
{
    return Error{ErrorKind::NotFound, QStringLiteral("No such user."), dn, {}};
}
} // namespace

void FakeData::addUser(const QString& cn, const QString& sam, const QString& ou, const QByteArray& photo,
                       bool disabled, const QString& mail)
{
    QMutexLocker lock(&mutex);
    UserRecord u;
    u.dn = QStringLiteral("CN=%1,%2").arg(cn, ou);
    u.objectGuid = QUuid::createUuid();
    u.sAMAccountName = sam;
    u.userPrincipalName = sam + QStringLiteral("@example.test");
    u.displayName = cn;
    const qsizetype space = cn.indexOf(QLatin1Char(' '));
    u.givenName = space > 0 ? cn.left(space) : cn;
    u.sn = space > 0 ? cn.mid(space + 1) : QString();
    u.mail = mail.isEmpty() ? sam + QStringLiteral("@example.test") : mail;
    u.disabled = disabled;
    users << u;
    if (!photo.isEmpty())
        photos.insert(u.dn.toLower(), photo);
}

QByteArray FakeData::photo(const QString& dn) const
{
    QMutexLocker lock(&mutex);
    return photos.value(dn.toLower());
}

UserRecord FakeData::user(const QString& sam) const
{
    QMutexLocker lock(&mutex);
    for (const UserRecord& u : users) {
        if (u.sAMAccountName == sam)
            return u;
    }
    return {};
}

FakeDirectory::FakeDirectory(std::shared_ptr<FakeData> data, ConnectionSettings settings)
    : m_data(std::move(data))
    , m_settings(std::move(settings))
{}

QFuture<Result<ConnectionInfo>> FakeDirectory::open()
{
    return async<ConnectionInfo>([data = m_data, s = m_settings]() -> Result<ConnectionInfo> {
        ++data->opens;
        if (s.effectiveBind() == BindMethod::Simple && s.password != data->password)
            return fail(ErrorKind::Authentication, QStringLiteral("Wrong user name or password."),
                        QStringLiteral("80090308: LdapErr: DSID-0C09041C, data 52e"));
        ConnectionInfo info;
        info.uri = s.server.isEmpty() ? QStringLiteral("ldap://") + s.domain : s.server;
        info.dcHost = QStringLiteral("dc1.example.test");
        info.tls = QStringLiteral("ldaps");
        info.bindMethod = bindMethodName(s.effectiveBind());
        info.bindIdentity = s.user.isEmpty() ? QStringLiteral("me@EXAMPLE.TEST") : s.user;
        info.baseDn = s.baseDn.isEmpty() ? data->baseDn : s.baseDn;
        info.defaultNamingContext = data->baseDn;
        return info;
    });
}

QFuture<Result<UserBatch>> FakeDirectory::listUsers(const UserQuery& query)
{
    return QtConcurrent::run([data = m_data, query](QPromise<Result<UserBatch>>& promise) {
        // Page by page, like a server: the first page does not wait for the last.
        std::shared_ptr<QSemaphore> gate;
        {
            QMutexLocker lock(&data->mutex);
            gate = data->listingGate;
        }
        if (gate)
            gate->acquire();
        int next = 0;
        int done = 0;
        int pages = 0;
        promise.setProgressRange(0, 0);
        for (;;) {
            if (promise.isCanceled())
                return;
            UserBatch page;
            int delay = 0;
            bool failing = false;
            {
                QMutexLocker lock(&data->mutex);
                delay = data->pageDelayMs;
                failing = data->failingPage == pages;
                const int pageSize = done == 0 && query.firstPageSize > 0
                                         ? std::min(query.firstPageSize, data->pageSize)
                                         : data->pageSize;
                while (next < data->users.size() && page.size() < pageSize) {
                    UserRecord u = data->users.at(next++);
                    if (!query.baseDn.isEmpty() && !u.dn.endsWith(query.baseDn, Qt::CaseInsensitive))
                        continue;
                    const QByteArray photo = data->photos.value(u.dn.toLower());
                    u.hasPhoto = !photo.isEmpty();
                    u.photoBytes = query.photoSizes ? photo.size() : (u.hasPhoto ? -1 : 0);
                    u.photoSha256 = query.photoSizes ? photoSha256(photo) : QString();
                    if (query.missingOnly && u.hasPhoto)
                        continue;
                    page << u;
                }
            }
            if (page.isEmpty())
                return;
            if (delay > 0)
                QThread::msleep(ulong(delay));
            done += int(page.size());
            if (failing)
                promise.addResult(Result<UserBatch>(std::unexpected(Error{
                    ErrorKind::Directory, QStringLiteral("Page %1 could not be read.").arg(pages), {}, {}})));
            else
                promise.addResult(Result<UserBatch>(page));
            ++pages;
            promise.setProgressValue(done);
        }
    });
}

QFuture<Result<UserBatch>> FakeDirectory::previewUsers(const UserQuery& query, int rows)
{
    return QtConcurrent::run([data = m_data, query, rows](QPromise<Result<UserBatch>>& promise) {
        UserBatch batch;
        {
            QMutexLocker lock(&data->mutex);
            for (UserRecord u : std::as_const(data->preview)) {
                u.hasPhoto = data->photos.contains(u.dn.toLower());
                u.photoBytes = u.hasPhoto ? -1 : 0;
                if (batch.size() < rows && !(query.missingOnly && u.hasPhoto))
                    batch << u;
            }
        }
        if (!batch.isEmpty())
            promise.addResult(Result<UserBatch>(std::move(batch)));
    });
}

QFuture<Result<void>> FakeDirectory::visitPhotos(const UserQuery& query, PhotoVisitor visitor)
{
    return QtConcurrent::run(
        [data = m_data, query, visitor = std::move(visitor)](QPromise<Result<void>>& promise) {
            // One user at a time, like LdapDirectory: the photo is handed over and dropped.
            promise.setProgressRange(0, 0);
            int next = 0;
            int done = 0;
            for (;;) {
                if (promise.isCanceled())
                    return;
                UserRecord u;
                QByteArray photo;
                int delay = 0;
                {
                    QMutexLocker lock(&data->mutex);
                    if (next >= data->users.size())
                        break;
                    u = data->users.at(next++);
                    if (!query.baseDn.isEmpty() && !u.dn.endsWith(query.baseDn, Qt::CaseInsensitive))
                        continue;
                    photo = data->photos.value(u.dn.toLower());
                    delay = done % data->pageSize == 0 ? data->pageDelayMs : 0;
                }
                if (delay > 0)
                    QThread::msleep(ulong(delay));
                u.hasPhoto = !photo.isEmpty();
                u.photoBytes = photo.size();
                if (!visitor(u, photo)) {
                    promise.addResult(Result<void>(fail(ErrorKind::Cancelled, QStringLiteral("Stopped."))));
                    return;
                }
                promise.setProgressValue(++done);
            }
            promise.addResult(Result<void>());
        });
}

QFuture<Result<UserRecord>> FakeDirectory::findUser(const QString& spec)
{
    return async<UserRecord>([data = m_data, spec]() -> Result<UserRecord> {
        QMutexLocker lock(&data->mutex);
        const bool byGuid =
            spec.startsWith(QLatin1String("<GUID="), Qt::CaseInsensitive) && spec.endsWith(QLatin1Char('>'));
        const QUuid guid = byGuid ? QUuid(spec.mid(6, spec.size() - 7)) : QUuid();
        for (UserRecord u : data->users) {
            if ((byGuid && u.objectGuid == guid) ||
                u.sAMAccountName.compare(spec, Qt::CaseInsensitive) == 0 ||
                u.dn.compare(spec, Qt::CaseInsensitive) == 0 ||
                u.mail.compare(spec, Qt::CaseInsensitive) == 0) {
                const QByteArray photo = data->photos.value(u.dn.toLower());
                u.hasPhoto = !photo.isEmpty();
                u.photoBytes = photo.size();
                return u;
            }
        }
        return std::unexpected(notFound(spec));
    });
}

QFuture<Result<PhotoValue>> FakeDirectory::readPhoto(const QString& dn)
{
    return async<PhotoValue>([data = m_data, dn]() -> Result<PhotoValue> {
        ++data->photoReads;
        QMutexLocker lock(&data->mutex);
        for (const UserRecord& listed : std::as_const(data->users)) {
            if (listed.dn.compare(dn, Qt::CaseInsensitive) == 0) {
                UserRecord u = listed;
                PhotoValue value;
                value.bytes = data->photos.value(u.dn.toLower());
                u.hasPhoto = !value.bytes.isEmpty();
                u.photoBytes = value.bytes.size();
                u.photoSha256 = photoSha256(value.bytes);
                value.user = u;
                return value;
            }
        }
        return std::unexpected(notFound(dn));
    });
}

QFuture<Result<void>> FakeDirectory::writePhoto(const QString& dn, const QByteArray& expected,
                                                const QByteArray& photo)
{
    return async<void>([data = m_data, dn, expected, photo]() -> Result<void> {
        QMutexLocker lock(&data->mutex);
        if (data->photos.value(dn.toLower()) != expected)
            return fail(ErrorKind::Conflict, QStringLiteral("Someone else changed the photo."), dn);
        if (photo.size() > 102'400)
            return fail(ErrorKind::ValueTooLarge, QStringLiteral("Too large."), dn);
        data->photos.insert(dn.toLower(), photo);
        ++data->writes;
        return {};
    });
}

QFuture<Result<void>> FakeDirectory::removePhoto(const QString& dn, const QByteArray& expected)
{
    return async<void>([data = m_data, dn, expected]() -> Result<void> {
        QMutexLocker lock(&data->mutex);
        if (data->photos.value(dn.toLower()) != expected)
            return fail(ErrorKind::Conflict, QStringLiteral("Someone else changed the photo."), dn);
        data->photos.remove(dn.toLower());
        ++data->writes;
        return {};
    });
}

QFuture<Result<bool>> FakeDirectory::canWritePhoto(const QString&)
{
    return async<bool>([]() -> Result<bool> { return true; });
}

QFuture<Result<QStringList>> FakeDirectory::childContainers(const QString& dn)
{
    return async<QStringList>([data = m_data, dn]() -> Result<QStringList> {
        QMutexLocker lock(&data->mutex);
        QStringList children;
        const QString suffix = QLatin1Char(',') + dn;
        for (const QString& c : data->containers) {
            if (c.endsWith(suffix, Qt::CaseInsensitive) &&
                !c.left(c.size() - suffix.size()).contains(QLatin1Char(',')))
                children << c;
        }
        return children;
    });
}

QByteArray makeJpeg(int edge, QRgb colour, int quality)
{
    QImage image(edge, edge, QImage::Format_RGB32);
    image.fill(colour);
    QPainter p(&image);
    p.setPen(Qt::white);
    for (int i = 0; i < edge; i += 8)
        p.drawLine(0, i, i, 0);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return bytes;
}

QByteArray makePng(int w, int h, QRgb colour)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(colour);
    QPainter p(&image);
    p.setBrush(Qt::black);
    p.drawEllipse(QPoint(w / 2, h / 3), w / 6, w / 6);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace adphoto::test
