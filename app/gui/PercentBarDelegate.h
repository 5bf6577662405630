#pragma once

#include <QStyledItemDelegate>

namespace adphoto::gui {

/// Draws a cell as a horizontal bar filled to the share in `ratioRole` (a double from 0 to 1)
/// with the cell's text over it, e.g. the audit's "users without a photo" per OU. The text
/// stays the model's, so screen readers and copy see the number. GUI thread only.
class PercentBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    PercentBarDelegate(int ratioRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_ratioRole;
};

} // namespace adphoto::gui
