#pragma once

#include "core/apply/Reverter.h"
#include "core/journal/Journal.h"

#include <QFutureWatcher>
#include <QWidget>

class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace adphoto {
class HistoryModel;
}

namespace adphoto::gui {

class Connection;
class MessageBanner;
class PhotoActions;
class PhotoPairCache;

/// The history page: every photo change in the journal (who, when, which user, before and
/// after thumbnails, result), newest first; "Restore" puts the photo from before the selected
/// change back; "Undo import" reverts every change of the selected change's import, with
/// progress and cancel. Both run the CLI's code (Reverter) through PhotoActions. The journal is
/// read on the thread pool. GUI thread only.
class HistoryPage final : public QWidget
{
    Q_OBJECT
public:
    HistoryPage(Connection& connection, PhotoActions& actions, QString journalDirectory,
                QWidget* parent = nullptr);
    ~HistoryPage() override;

    /// Reads the journal again.
    void reload();
    /// Asks, then restores the user of the selected change to the photo before it.
    void restoreSelected();
    /// Asks, then undoes the import of the selected change.
    void undoSelectedImport();
    /// Selects the newest change of `user` (sAMAccountName); false if there is none.
    bool selectUser(const QString& user);

    [[nodiscard]] HistoryModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] MessageBanner* banner() const { return m_banner; }
    [[nodiscard]] bool isUndoing() const { return m_undo.isRunning(); }

signals:
    void reloaded();
    void undoFinished();
    void statusMessage(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Loaded
    {
        QList<ChangeRecord> changes;
        QList<ImportRecord> imports;
        Error error;
        bool ok = false;
    };
    void updateActions();
    [[nodiscard]] int selectedRow() const;

    Connection& m_connection;
    PhotoActions& m_actions;
    QString m_journalDirectory;
    HistoryModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    PhotoPairCache* m_photos = nullptr;
    MessageBanner* m_banner = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_undoButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QFutureWatcher<Result<QList<RevertResult>>> m_undo;
    quint64 m_generation = 0;
    bool m_loaded = false;
};

} // namespace adphoto::gui
