#include "app/gui/ImportReviewDelegate.h"

#include "app/gui/FileThumbnails.h"
#include "app/gui/ThumbnailCache.h"
#include "core/models/ImportPlanModel.h"

#include <QComboBox>
#include <QPainter>
#include <QPainterPath>

namespace adphoto::gui {

namespace {
constexpr int kThumb = 32;

void drawThumb(QPainter* painter, const QRect& box, const QPixmap& pixmap, const QStyleOptionViewItem& opt,
               bool none)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (none) {
        painter->setPen(QPen(opt.palette.color(QPalette::Disabled, QPalette::Text), 1, Qt::DashLine));
        painter->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    } else {
        QPainterPath clip;
        clip.addRoundedRect(box, 4, 4);
        painter->setClipPath(clip);
        if (pixmap.isNull()) {
            painter->fillRect(box, opt.palette.color(QPalette::Mid));
        } else {
            const QSizeF size = pixmap.deviceIndependentSize();
            painter->drawPixmap(QRectF(box.x() + (box.width() - size.width()) / 2,
                                       box.y() + (box.height() - size.height()) / 2, size.width(),
                                       size.height()),
                                pixmap, pixmap.rect());
        }
    }
    painter->restore();
}

/// A round mark in the status colour: a tick, a question mark or a cross.
void drawStatusMark(QPainter* painter, const QRect& box, int status)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ImportReviewDelegate::statusColour(status));
    painter->drawEllipse(box);
    painter->setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const QRectF r = QRectF(box).adjusted(4, 4, -4, -4);
    switch (PlanStatus(status)) {
    case PlanStatus::Ready:
    case PlanStatus::Unchanged:
        painter->drawPolyline(
            QPolygonF({QPointF(r.left(), r.center().y()), QPointF(r.center().x() - 1, r.bottom() - 1),
                       QPointF(r.right(), r.top() + 1)}));
        break;
    case PlanStatus::Ambiguous:
    case PlanStatus::Unmatched: {
        QFont f = painter->font();
        f.setBold(true);
        f.setPixelSize(box.height() - 4);
        painter->setFont(f);
        painter->drawText(box, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    case PlanStatus::Skipped:
        painter->drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        break;
    default:
        painter->drawLine(r.topLeft(), r.bottomRight());
        painter->drawLine(r.topRight(), r.bottomLeft());
    }
    painter->restore();
}
} // namespace

ImportReviewDelegate::ImportReviewDelegate(FileThumbnails& files, ThumbnailCache& photos, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_files(files)
    , m_photos(photos)
{}

QColor ImportReviewDelegate::statusColour(int status)
{
    switch (PlanStatus(status)) {
    case PlanStatus::Ready:
        return {0x18, 0x80, 0x38};
    case PlanStatus::Unchanged:
    case PlanStatus::Skipped:
        return {0x80, 0x86, 0x8b};
    case PlanStatus::Ambiguous:
    case PlanStatus::Unmatched:
        return {0xe3, 0x74, 0x00};
    default:
        return {0xc5, 0x22, 0x1f};
    }
}

void ImportReviewDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == ImportPlanModel::StatusColumn)
        option->palette.setColor(QPalette::Text,
                                 statusColour(index.data(ImportPlanModel::StatusRole).toInt()));
    if (index.column() == ImportPlanModel::UserColumn &&
        index.data(ImportPlanModel::NeedsChoiceRole).toBool())
        option->font.setItalic(true);
    if (index.column() == ImportPlanModel::ResultColumn) {
        const QString result = index.data(ImportPlanModel::ResultRole).toString();
        if (result == QLatin1String("failed") || result == QLatin1String("conflict"))
            option->palette.setColor(QPalette::Text, statusColour(int(PlanStatus::Error)));
        else if (result == QLatin1String("ok"))
            option->palette.setColor(QPalette::Text, statusColour(int(PlanStatus::Ready)));
    }
}

void ImportReviewDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    const int column = index.column();
    if (column != ImportPlanModel::CurrentColumn && column != ImportPlanModel::NewColumn &&
        column != ImportPlanModel::StatusColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (column == ImportPlanModel::StatusColumn) {
        const int edge = 16;
        const QRect mark(opt.rect.x() + 4, opt.rect.y() + (opt.rect.height() - edge) / 2, edge, edge);
        opt.rect.adjust(edge + 8, 0, 0, 0);
        QStyledItemDelegate::paint(painter, opt, index);
        drawStatusMark(painter, mark, index.data(ImportPlanModel::StatusRole).toInt());
        return;
    }
    opt.text.clear();
    if (const QWidget* w = opt.widget)
        w->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);
    const QRect box(opt.rect.x() + 4, opt.rect.y() + (opt.rect.height() - kThumb) / 2, kThumb, kThumb);
    const qreal dpr = painter->device()->devicePixelRatioF();
    if (column == ImportPlanModel::NewColumn) {
        drawThumb(painter, box, m_files.thumbnail(index.data(ImportPlanModel::FileRole).toString(), dpr), opt,
                  false);
    } else {
        const QString dn = index.data(ImportPlanModel::DnRole).toString();
        const bool has = !dn.isEmpty() && index.data(ImportPlanModel::HasPhotoRole).toBool();
        drawThumb(painter, box, has ? m_photos.thumbnail(dn) : QPixmap(), opt, !has);
    }
}

QSize ImportReviewDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() == ImportPlanModel::CurrentColumn || index.column() == ImportPlanModel::NewColumn)
        return {kThumb + 8, kThumb + 6};
    return QStyledItemDelegate::sizeHint(option, index);
}

QWidget* ImportReviewDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const
{
    if (index.column() != ImportPlanModel::UserColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("userChooser"));
    combo->addItems(index.data(ImportPlanModel::ChoicesRole).toStringList());
    return combo;
}

void ImportReviewDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int at = combo->findText(index.data(Qt::EditRole).toString());
        combo->setCurrentIndex(at >= 0 ? at : 0);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ImportReviewDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                        const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (!combo->currentText().isEmpty())
            (void)model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace adphoto::gui
