#include "app/gui/HistoryPage.h"

#include "app/gui/Connection.h"
#include "app/gui/Icons.h"
#include "app/gui/MessageBanner.h"
#include "app/gui/PhotoActions.h"
#include "app/gui/ThumbnailCache.h"
#include "core/WorkPool.h"
#include "core/models/HistoryModel.h"

#include <QAbstractButton>
#include <QCache>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace adphoto::gui {

/// Decoded before/after thumbnails of journal entries, decoded on the thread pool on first
/// paint. GUI thread only.
class PhotoPairCache final : public QObject
{
    Q_OBJECT
public:
    explicit PhotoPairCache(QObject* parent)
        : QObject(parent)
        , m_cache(2000)
    {}
    /// The thumbnail for (change, side), or null while it decodes.
    QPixmap get(qint64 change, bool after, const QByteArray& bytes, int pixels)
    {
        const QString key = QStringLiteral("%1/%2").arg(change).arg(after ? 1 : 0);
        if (QPixmap* p = m_cache.object(key))
            return *p;
        if (m_pending.contains(key) || bytes.isEmpty())
            return {};
        m_pending.insert(key);
        QtConcurrent::run(workPool(), [bytes, pixels] {
            return ThumbnailCache::decode(bytes, pixels);
        }).then(this, [this, key](const QImage& image) {
            m_pending.remove(key);
            m_cache.insert(key, new QPixmap(QPixmap::fromImage(image)));
            emit ready();
        });
        return {};
    }
    void clear() { m_cache.clear(); }

signals:
    void ready();

private:
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_pending;
};

namespace {
constexpr int kThumb = 32;

class HistoryDelegate final : public QStyledItemDelegate
{
public:
    HistoryDelegate(PhotoPairCache& photos, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_photos(photos)
    {}

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const bool before = index.column() == HistoryModel::BeforeColumn;
        const bool after = index.column() == HistoryModel::AfterColumn;
        if (!before && !after) {
            QStyleOptionViewItem opt = option;
            initStyleOption(&opt, index);
            if (index.column() == HistoryModel::ResultColumn) {
                const QString result = index.data(HistoryModel::ResultRole).toString();
                if (result != QLatin1String("ok"))
                    opt.palette.setColor(QPalette::Text, result == QLatin1String("skipped")
                                                             ? QColor(0x80, 0x80, 0x80)
                                                             : QColor(0xb3, 0x26, 0x1e));
            }
            QStyledItemDelegate::paint(painter, opt, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        if (const QWidget* w = opt.widget)
            w->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);
        const QByteArray bytes =
            index.data(before ? HistoryModel::OldPhotoRole : HistoryModel::NewPhotoRole).toByteArray();
        const QRect box(opt.rect.x() + 4, opt.rect.y() + (opt.rect.height() - kThumb) / 2, kThumb, kThumb);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (bytes.isEmpty()) {
            painter->setPen(QPen(opt.palette.color(QPalette::Disabled, QPalette::Text), 1, Qt::DashLine));
            painter->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            painter->drawText(box, Qt::AlignCenter, QStringLiteral("—"));
        } else {
            const qreal dpr = painter->device()->devicePixelRatioF();
            const QPixmap pixmap = m_photos.get(index.data(HistoryModel::ChangeIdRole).toLongLong(), after,
                                                bytes, qRound(kThumb * dpr));
            QPainterPath clip;
            clip.addRoundedRect(box, 4, 4);
            painter->setClipPath(clip);
            if (pixmap.isNull())
                painter->fillRect(box, opt.palette.color(QPalette::Mid));
            else
                painter->drawPixmap(box, pixmap);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.column() <= HistoryModel::AfterColumn)
            return {kThumb + 8, kThumb + 6};
        return QStyledItemDelegate::sizeHint(option, index);
    }

private:
    PhotoPairCache& m_photos;
};

class HistoryProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString& text)
    {
        m_text = text.trimmed().toLower();
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        return m_text.isEmpty() || sourceModel()
                                       ->index(row, 0, parent)
                                       .data(HistoryModel::SearchTextRole)
                                       .toString()
                                       .contains(m_text);
    }

private:
    QString m_text;
};
} // namespace

HistoryPage::HistoryPage(Connection& connection, PhotoActions& actions, QString journalDirectory,
                         QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_actions(actions)
    , m_journalDirectory(std::move(journalDirectory))
    , m_model(new HistoryModel(this))
    , m_photos(new PhotoPairCache(this))
{
    setObjectName(QStringLiteral("historyPage"));
    auto* proxy = new HistoryProxy(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryModel::SortRole);

    m_banner = new MessageBanner(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setPlaceholderText(tr("Filter by user, DN, file or import"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(themedIcon("search"), QLineEdit::LeadingPosition);
    m_restore = new QPushButton(themedIcon("restore"), tr("&Restore this user"), this);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Put back the photo this user had before the selected change"));
    m_undoButton = new QPushButton(themedIcon("undo"), tr("&Undo import"), this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setToolTip(tr("Revert every change of the selected change's import"));
    auto* refresh = new QPushButton(themedIcon("refresh"), tr("Reload"), this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new HistoryDelegate(*m_photos, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryModel::TimeColumn, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(kThumb + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(HistoryModel::BeforeColumn, kThumb + 12);
    m_table->horizontalHeader()->resizeSection(HistoryModel::AfterColumn, kThumb + 12);
    m_table->horizontalHeader()->resizeSection(HistoryModel::TimeColumn, 150);
    m_table->horizontalHeader()->resizeSection(HistoryModel::UserColumn, 140);
    m_table->horizontalHeader()->resizeSection(HistoryModel::ResultColumn, 170);
    m_table->horizontalHeader()->resizeSection(HistoryModel::ByColumn, 220);
    m_table->setAccessibleName(tr("Photo changes"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("undoProgress"));
    m_progress->setFormat(tr("Reverting %v of %m…"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("undoCancel"));
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_restore);
    top->addWidget(m_undoButton);
    top->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(progressRow);

    connect(m_filter, &QLineEdit::textChanged, this, [proxy](const QString& t) { proxy->setText(t); });
    connect(refresh, &QPushButton::clicked, this, &HistoryPage::reload);
    connect(m_restore, &QPushButton::clicked, this, &HistoryPage::restoreSelected);
    connect(m_undoButton, &QPushButton::clicked, this, &HistoryPage::undoSelectedImport);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::updateActions);
    connect(m_photos, &PhotoPairCache::ready, m_table->viewport(), qOverload<>(&QWidget::update));
    connect(&m_actions, &PhotoActions::changed, this, &HistoryPage::reload);
    connect(&m_connection, &Connection::opened, this, &HistoryPage::updateActions);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_undo.cancel(); });
    connect(&m_undo, &QFutureWatcher<Result<QList<RevertResult>>>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_undo, &QFutureWatcher<Result<QList<RevertResult>>>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_undo, &QFutureWatcher<Result<QList<RevertResult>>>::finished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        if (m_undo.isCanceled() || m_undo.future().resultCount() == 0) {
            m_banner->showMessage(
                MessageBanner::Kind::Warning,
                tr("Undo stopped. The users reverted so far stay reverted; undo again to go on."));
        } else if (const auto results = m_undo.result(); !results) {
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  tr("Undo failed: %1").arg(results.error().text()));
        } else {
            int ok = 0;
            QStringList problems;
            for (const RevertResult& r : *results) {
                if (r.result == QLatin1String("ok"))
                    ++ok;
                else
                    problems << tr("%1: %2").arg(
                        r.user, r.message.isEmpty() ? HistoryModel::resultText(r.result) : r.message);
            }
            m_banner->showMessage(
                problems.isEmpty() ? MessageBanner::Kind::Information : MessageBanner::Kind::Warning,
                tr("Users reverted: %1.").arg(ok) +
                    (problems.isEmpty() ? QString()
                                        : QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
        }
        updateActions();
        reload();
        emit undoFinished();
    });
    updateActions();
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void HistoryPage::reload()
{
    m_loaded = true;
    const quint64 generation = ++m_generation;
    QtConcurrent::run(m_actions.journalThread(), [dir = m_journalDirectory] {
        Loaded out;
        auto journal = Journal::open(dir);
        if (!journal) {
            // Another process (adphoto-cli) may be opening it at this very moment.
            QThread::msleep(300);
            journal = Journal::open(dir);
        }
        if (!journal) {
            out.error = journal.error();
            return out;
        }
        auto changes = (*journal)->changes();
        auto imports = (*journal)->imports();
        if (!changes || !imports) {
            out.error = changes ? imports.error() : changes.error();
            return out;
        }
        out.changes = *changes;
        out.imports = *imports;
        out.ok = true;
        return out;
    }).then(this, [this, generation](const Loaded& loaded) {
        if (generation != m_generation)
            return;
        if (!loaded.ok) {
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  tr("Cannot read the history: %1").arg(loaded.error.text()));
            return;
        }
        m_photos->clear();
        m_model->setHistory(loaded.changes, loaded.imports);
        updateActions();
        emit reloaded();
    });
}

int HistoryPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_proxy->mapToSource(rows.first()).row() : -1;
}

bool HistoryPage::selectUser(const QString& user)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, HistoryModel::UserColumn);
        if (index.data().toString() == user) {
            m_table->selectRow(r);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void HistoryPage::updateActions()
{
    const int row = selectedRow();
    const bool idle = !m_undo.isRunning() && m_connection.isOpen();
    const bool ok = row >= 0 && m_model->change(row).result == QLatin1String("ok");
    m_restore->setEnabled(idle && ok);
    m_undoButton->setEnabled(idle && row >= 0 && m_model->revertibleCount(m_model->change(row).importId) > 0);
}

void HistoryPage::restoreSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const ChangeRecord change = m_model->change(row);
    const QString question =
        change.oldPhoto.isEmpty()
            ? tr("%1 had no photo before this change. Remove the current photo?").arg(change.user)
            : tr("Put back the photo %1 had before this change?").arg(change.user);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Restore photo"), question,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRestore"));
    box->button(QMessageBox::Yes)->setText(tr("Restore"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, change](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_actions.restorePhoto(change.objectGuid, change.dn, change.oldPhoto)
            .then(this, [this, change](const Result<PhotoChange>& restored) {
                if (!restored)
                    m_banner->showMessage(
                        MessageBanner::Kind::Error,
                        tr("%1 was not restored: %2").arg(change.user, restored.error().text()));
                else
                    emit statusMessage(tr("%1: photo restored.").arg(change.user));
            });
    });
    box->open();
}

void HistoryPage::undoSelectedImport()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString importId = m_model->change(row).importId;
    const int count = m_model->revertibleCount(importId);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Undo import"),
                                tr("Revert the photo changes of this import (%1 in all)?").arg(count),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmUndo"));
    box->setInformativeText(tr("Users whose photo was changed again since are left alone and listed."));
    box->button(QMessageBox::Yes)->setText(tr("Undo"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, importId, count](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_banner->hide();
        m_progress->setRange(0, count);
        m_progress->setValue(0);
        m_progress->show();
        m_cancel->show();
        m_undo.setFuture(m_actions.undoImport(importId));
        updateActions();
    });
    box->open();
}

} // namespace adphoto::gui

#include "HistoryPage.moc"
