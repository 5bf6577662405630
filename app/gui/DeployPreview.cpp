#include "app/gui/DeployPreview.h"

#include <QFontDatabase>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStringDecoder>
#include <QStyle>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace adphoto::gui {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
constexpr qsizetype kHexDumpLimit = 64 * 1024;

QString hexDump(const QByteArray& bytes)
{
    QString out;
    const qsizetype n = std::min(bytes.size(), kHexDumpLimit);
    for (qsizetype offset = 0; offset < n; offset += 16) {
        QString hex;
        QString ascii;
        for (qsizetype i = offset; i < offset + 16; ++i) {
            if (i < n) {
                const auto c = static_cast<unsigned char>(bytes.at(i));
                hex += QStringLiteral("%1 ").arg(c, 2, 16, QLatin1Char('0'));
                ascii += (c >= 0x20 && c < 0x7f) ? QLatin1Char(char(c)) : QLatin1Char('.');
            } else {
                hex += QStringLiteral("   ");
            }
        }
        out += QStringLiteral("%1  %2 %3\n").arg(offset, 8, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    return out;
}
} // namespace

DeployPreview::DeployPreview(QWidget* parent)
    : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("deployTree"));
    m_tree->setAccessibleName(tr("Files of the package"));
    m_tree->setHeaderLabels({tr("File"), tr("Size")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("deployText"));
    m_text->setAccessibleName(tr("Content of the selected file"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("deployFileInfo"));
    m_info->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    auto* textBox = new QWidget(splitter);
    auto* textLayout = new QVBoxLayout(textBox);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_info);
    textLayout->addWidget(m_text, 1);
    splitter->addWidget(textBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { showFile(current); });
}

QString DeployPreview::displayText(const QByteArray& bytes, QString* encoding)
{
    auto setEncoding = [encoding](const QString& name) {
        if (encoding)
            *encoding = name;
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        setEncoding(tr("UTF-8 with BOM"));
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE")) {
        setEncoding(tr("UTF-16 LE with BOM"));
        QStringDecoder decoder(QStringDecoder::Utf16LE);
        return decoder(bytes.mid(2));
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (!utf8.hasError() && !bytes.contains('\0')) {
        setEncoding(tr("UTF-8"));
        return text;
    }
    setEncoding(tr("binary"));
    return hexDump(bytes);
}

QTreeWidgetItem* DeployPreview::folderItem(const QString& path)
{
    if (path.isEmpty())
        return m_tree->invisibleRootItem();
    QTreeWidgetItem* parent = m_tree->invisibleRootItem();
    QString sofar;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        sofar = sofar.isEmpty() ? part : sofar + QLatin1Char('/') + part;
        QTreeWidgetItem* found = nullptr;
        for (int i = 0; i < parent->childCount(); ++i) {
            QTreeWidgetItem* c = parent->child(i);
            if (c->data(0, kPathRole).toString() == sofar + QLatin1Char('/')) {
                found = c;
                break;
            }
        }
        if (!found) {
            found = new QTreeWidgetItem(parent, {part});
            found->setData(0, kPathRole, sofar + QLatin1Char('/'));
            found->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
        }
        parent = found;
    }
    return parent;
}

void DeployPreview::setContents(const DeployContents& contents, const QString& preferred)
{
    const QString keep = m_selected;
    m_contents = contents;
    m_tree->clear();
    for (QString dir : contents.directories) {
        while (dir.endsWith(QLatin1Char('/')))
            dir.chop(1);
        (void)folderItem(dir); // empty folders GPMC expects are shown too
    }
    for (const DeployFile& file : contents.files) {
        const qsizetype slash = file.path.lastIndexOf(QLatin1Char('/'));
        QTreeWidgetItem* parent = folderItem(slash < 0 ? QString() : file.path.left(slash));
        auto* item = new QTreeWidgetItem(
            parent, {file.path.mid(slash + 1), QLocale().formattedDataSize(file.contents.size(), 1)});
        item->setData(0, kPathRole, file.path);
        item->setIcon(0, style()->standardIcon(QStyle::SP_FileIcon));
        item->setToolTip(0, file.path);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_tree->expandAll();
    m_selected.clear();
    if (!selectFile(keep) && !selectFile(preferred) && !contents.files.isEmpty())
        selectFile(contents.files.first().path);
}

void DeployPreview::clear(const QString& reason)
{
    m_contents = {};
    m_tree->clear();
    m_selected.clear();
    m_text->clear();
    m_info->setText(reason);
}

bool DeployPreview::selectFile(const QString& path)
{
    if (path.isEmpty())
        return false;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kPathRole).toString() == path) {
            m_tree->setCurrentItem(*it);
            showFile(*it);
            return true;
        }
    }
    return false;
}

void DeployPreview::showFile(QTreeWidgetItem* item)
{
    const QString path = item ? item->data(0, kPathRole).toString() : QString();
    const DeployFile* file = path.endsWith(QLatin1Char('/')) ? nullptr : m_contents.find(path);
    if (!file) {
        if (item) { // a folder
            m_text->clear();
            m_info->setText(tr("Folder %1").arg(path));
        }
        return;
    }
    m_selected = path;
    QString encoding;
    // Windows line ends are shown as line breaks; the encoding line says what the file uses.
    m_text->setPlainText(
        displayText(file->contents, &encoding).replace(QLatin1String("\r\n"), QLatin1String("\n")));
    m_info->setText(tr("%1 · %2 · %n byte(s)", nullptr, int(file->contents.size())).arg(path, encoding));
}

QString DeployPreview::shownText() const
{
    return m_text->toPlainText();
}

QStringList DeployPreview::filePaths() const
{
    QStringList out;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QString path = (*it)->data(0, kPathRole).toString();
        if (!path.endsWith(QLatin1Char('/')))
            out << path;
    }
    return out;
}

} // namespace adphoto::gui
