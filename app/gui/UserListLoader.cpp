#include "app/gui/UserListLoader.h"

#include "core/models/UserListModel.h"

namespace adphoto::gui {

UserListLoader::UserListLoader(UserListModel* model, QObject* parent)
    : QObject(parent)
    , m_model(model)
{
    connect(&m_listing, &QFutureWatcher<Result<UserBatch>>::resultsReadyAt, this,
            &UserListLoader::onPagesReady);
    connect(&m_listing, &QFutureWatcher<Result<UserBatch>>::finished, this,
            &UserListLoader::onListingFinished);
    connect(&m_preview, &QFutureWatcher<Result<UserBatch>>::resultsReadyAt, this,
            &UserListLoader::onPreviewReady);
}

UserListLoader::~UserListLoader()
{
    m_preview.cancel();
    m_listing.cancel();
}

void UserListLoader::start(Directory& directory, const UserQuery& query, int previewRows)
{
    m_preview.cancel();
    m_listing.cancel();
    m_model->clear();
    m_provisional.clear();
    m_listingDelivered = false;
    m_listErrors = 0;
    m_firstRowsMs = -1;
    m_clock.start();
    // Calls on a connection run in order: the preview's few one-level searches are answered
    // before the listing's subtree search, which Samba evaluates in full before its first entry.
    m_preview.setFuture(directory.previewUsers(query, previewRows));
    m_listing.setFuture(directory.listUsers(query));
}

void UserListLoader::stop()
{
    if (m_listing.isFinished())
        return;
    m_preview.cancel();
    m_listing.cancel();
}

void UserListLoader::abandon()
{
    m_preview.cancel();
    m_preview.setFuture({});
    m_listing.cancel();
    m_listing.setFuture({});
    m_provisional.clear();
}

void UserListLoader::onPagesReady(int begin, int end)
{
    for (int i = begin; i < end; ++i) {
        const Result<UserBatch> page = m_listing.resultAt(i);
        if (!page) {
            ++m_listErrors;
            emit pageFailed(page.error());
            continue;
        }
        m_listingDelivered = true;
        if (m_provisional.isEmpty()) {
            m_model->appendUsers(*page);
            continue;
        }
        for (const UserRecord& user : *page)
            m_provisional.remove(user.dn.toLower());
        m_model->mergeUsers(*page);
    }
    noteFirstRows();
}

void UserListLoader::onPreviewReady(int begin, int end)
{
    // A preview is only a head start: its errors are the listing's to report, and once the
    // listing has delivered, its pages are the better source.
    if (m_listingDelivered)
        return;
    for (int i = begin; i < end; ++i) {
        const Result<UserBatch> batch = m_preview.resultAt(i);
        if (!batch)
            continue;
        UserBatch added;
        for (const UserRecord& user : *batch) {
            if (m_model->rowOf(user.dn) < 0) { // preview rows are in the model at once
                m_provisional.insert(user.dn.toLower());
                added.append(user);
            }
        }
        m_model->appendUsers(added);
    }
    noteFirstRows();
    emit previewShown();
}

void UserListLoader::noteFirstRows()
{
    if (m_firstRowsMs < 0 && m_model->rowCount() > 0) {
        m_firstRowsMs = m_clock.elapsed();
        emit firstRowsShown(m_firstRowsMs);
    }
}

void UserListLoader::onListingFinished()
{
    // A complete listing is the truth: a previewed user it did not list is gone. After a
    // cancel or an error the preview's rows stay.
    const bool stopped = m_listing.isCanceled();
    if (!stopped && m_listErrors == 0)
        m_model->removeUsers(m_provisional);
    m_provisional.clear();
    emit finished(stopped);
}

} // namespace adphoto::gui
