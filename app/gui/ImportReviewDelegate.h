#pragma once

#include <QStyledItemDelegate>

namespace adphoto::gui {

class FileThumbnails;
class ThumbnailCache;

/// Draws the import review: the user's current photo and the file's picture as thumbnails,
/// the status with its colour and icon, and offers a user chooser (combo box of candidates and
/// suggestions) for rows that need a person to pick. GUI thread only.
class ImportReviewDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ImportReviewDelegate(FileThumbnails& files, ThumbnailCache& photos, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    /// Colour for a plan status (ready green, to-choose amber, problems red, skipped grey).
    [[nodiscard]] static QColor statusColour(int status);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    FileThumbnails& m_files;
    ThumbnailCache& m_photos;
};

} // namespace adphoto::gui
