#include "app/gui/PercentBarDelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace adphoto::gui {

PercentBarDelegate::PercentBarDelegate(int ratioRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_ratioRole(ratioRole)
{}

void PercentBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const double ratio = std::clamp(index.data(m_ratioRole).toDouble(), 0.0, 1.0);
    const QRect track = opt.rect.adjusted(4, 5, -4, -5);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(opt.palette.color(QPalette::Midlight));
    painter->drawRoundedRect(track, 3, 3);
    if (ratio > 0) {
        QRect fill = track;
        fill.setWidth(std::max(2, int(track.width() * ratio)));
        // Amber up to a quarter without photos, red above: the OUs to chase first stand out.
        painter->setBrush(ratio > 0.25 ? QColor(0xea, 0x86, 0x7e) : QColor(0xf9, 0xd7, 0x76));
        painter->drawRoundedRect(fill, 3, 3);
    }
    painter->setPen(opt.palette.color(QPalette::Text)); // on the light track, also when selected
    painter->drawText(track.adjusted(4, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize PercentBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 110));
    return size;
}

} // namespace adphoto::gui
