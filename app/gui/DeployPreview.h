#pragma once

#include "core/deploy/DeployFile.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace adphoto::gui {

/// The deploy page's preview of a package before it is written: the folder tree with each
/// file's size, and a read-only view of the selected file's text (decoded by its byte-order
/// mark: UTF-8, UTF-16 LE; binary files such as Registry.pol as a hex dump). GUI thread only.
class DeployPreview final : public QWidget
{
    Q_OBJECT
public:
    explicit DeployPreview(QWidget* parent = nullptr);

    /// Shows `contents`, keeping the selected file if it is still there (else `preferred`).
    void setContents(const DeployContents& contents, const QString& preferred);
    /// Empties the preview and says why.
    void clear(const QString& reason);
    /// Selects the file at `path` ('/'-separated, relative); false if there is none.
    bool selectFile(const QString& path);

    [[nodiscard]] QString selectedPath() const { return m_selected; }
    [[nodiscard]] QString shownText() const;
    /// Every file path in the tree, in tree order.
    [[nodiscard]] QStringList filePaths() const;
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }

    /// The text a person should see for a generated file, and the encoding it was read as.
    [[nodiscard]] static QString displayText(const QByteArray& bytes, QString* encoding = nullptr);

private:
    void showFile(QTreeWidgetItem* item);
    [[nodiscard]] QTreeWidgetItem* folderItem(const QString& path);

    QTreeWidget* m_tree = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_info = nullptr;
    DeployContents m_contents;
    QString m_selected;
};

} // namespace adphoto::gui
