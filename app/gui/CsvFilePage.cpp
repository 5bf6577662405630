#include "app/gui/CsvFilePage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace adphoto::gui {

CsvFilePage::CsvFilePage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("csvFilePage"));
    setTitle(tr("CSV file"));
    setSubTitle(tr("A CSV file with one line per user: the user (account name, e-mail, UPN or DN) and "
                   "the photo file. Excel and script exports work as they are."));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("csvFile"));
    m_path->setPlaceholderText(tr("e.g. /srv/photos/photos.csv"));
    m_path->setClearButtonEnabled(true);
    auto* label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("csvBrowse"));
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("csvFileInfo"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QGridLayout(this);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_path, 0, 1);
    layout->addWidget(browseButton, 0, 2);
    layout->addWidget(m_info, 1, 1, 1, 2);
    layout->setRowStretch(2, 1);

    connect(browseButton, &QPushButton::clicked, this, &CsvFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &CsvFilePage::updateInfo);
    updateInfo();
}

void CsvFilePage::setPath(const QString& path)
{
    m_path->setText(path);
}

QString CsvFilePage::path() const
{
    return m_path->text().trimmed();
}

bool CsvFilePage::isComplete() const
{
    const QFileInfo info(path());
    return !path().isEmpty() && info.isFile() && info.isReadable();
}

void CsvFilePage::browse()
{
    auto* dialog = new QFileDialog(this, tr("CSV file with users and photos"), QFileInfo(path()).path());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("CSV and text files (*.csv *.txt *.tsv)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &CsvFilePage::setPath);
    dialog->open();
}

void CsvFilePage::updateInfo()
{
    const QString p = path();
    const QFileInfo info(p);
    if (p.isEmpty())
        m_info->setText(tr("Choose the file with Browse, or type its path."));
    else if (!info.exists())
        m_info->setText(tr("There is no file %1.").arg(p));
    else if (!info.isFile())
        m_info->setText(tr("%1 is a folder; choose a CSV file.").arg(p));
    else if (!info.isReadable())
        m_info->setText(tr("%1 cannot be read (permissions).").arg(p));
    else
        m_info->setText(tr("%1, changed %2.")
                            .arg(QLocale().formattedDataSize(info.size()),
                                 QLocale().toString(info.lastModified(), QLocale::ShortFormat)));
    emit completeChanged();
}

} // namespace adphoto::gui
