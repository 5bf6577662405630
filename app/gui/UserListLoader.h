#pragma once

#include "core/Directory.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QSet>

namespace adphoto {
class UserListModel;
} // namespace adphoto

namespace adphoto::gui {

/// Fills a UserListModel from a directory: a quick preview of a few containers first (shown
/// while Samba evaluates the whole subtree), then the full listing page by page, whose rows take
/// the preview's over. A listing that completes without errors removes the previewed users it
/// did not list (deleted or moved away since); after a stop or an error the preview's rows stay.
/// GUI thread only.
class UserListLoader final : public QObject
{
    Q_OBJECT
public:
    explicit UserListLoader(UserListModel* model, QObject* parent = nullptr);
    ~UserListLoader() override;

    /// Clears the model and lists `query` from `directory`, with a preview of `previewRows`.
    void start(Directory& directory, const UserQuery& query, int previewRows);
    /// Stops the listing where it is: the rows so far stay. A listing that has ended but whose
    /// last pages are still on their way is not stopped (those pages would be dropped).
    void stop();
    /// Cancels everything and forgets it, without a finished() (the connection goes away).
    void abandon();

    [[nodiscard]] bool isRunning() const { return m_listing.isRunning(); }
    /// Milliseconds from start() to the first rows in the model (-1 before).
    [[nodiscard]] qint64 firstRowsMs() const { return m_firstRowsMs; }

signals:
    /// A page of the listing could not be read; the listing goes on.
    void pageFailed(const Error& error);
    /// Preview rows were added to the model.
    void previewShown();
    void firstRowsShown(qint64 ms);
    /// The listing ended: complete, or stopped by stop() (`stopped`).
    void finished(bool stopped);

private:
    void onPagesReady(int begin, int end);
    void onPreviewReady(int begin, int end);
    void onListingFinished();
    void noteFirstRows();

    UserListModel* m_model;
    QFutureWatcher<Result<UserBatch>> m_listing;
    QFutureWatcher<Result<UserBatch>> m_preview;
    QSet<QString> m_provisional; ///< lower-case DNs of preview rows the listing has not confirmed
    bool m_listingDelivered = false;
    int m_listErrors = 0;
    QElapsedTimer m_clock;
    qint64 m_firstRowsMs = -1;
};

} // namespace adphoto::gui
