#include "app/gui/CsvMappingPage.h"

#include "app/gui/CsvImportWizard.h"
#include "app/gui/ImportReviewDelegate.h"
#include "app/gui/MessageBanner.h"
#include "core/WorkPool.h"
#include "core/csv/CsvImportReader.h"
#include "core/csv/CsvTextDecoder.h"
#include "core/csv/PathMapping.h"
#include "core/matching/PlanRow.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace adphoto::gui {

namespace {
constexpr int kPreviewRecords = 200;
constexpr int kDebounceMs = 150;

QString delimiterName(QChar c)
{
    if (c == QLatin1Char('\t'))
        return CsvMappingPage::tr("tab");
    if (c == QLatin1Char(' '))
        return CsvMappingPage::tr("space");
    return QStringLiteral("“%1”").arg(c);
}

bool blank(const CsvRecord& r)
{
    if (!r.problem.isEmpty())
        return false;
    for (const QString& f : r.fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

CsvMappingPage::Preview readPreview(int generation, const QString& path, const CsvImportOptions& options)
{
    CsvMappingPage::Preview p;
    p.generation = generation;
    // The very reading `adphoto-cli import --csv` does; the grid below is only for the eye.
    p.import = CsvImportReader::readFile(path, options);
    if (!p.import)
        return p;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return p;
    auto decoded = CsvTextDecoder::decode(file.readAll(), options.encoding);
    if (!decoded)
        return p;
    QList<CsvRecord> records = CsvParser::parse(decoded->text, p.import->delimiter);
    records.removeIf(blank);
    p.recordCount = int(records.size());
    p.records = records.mid(0, kPreviewRecords);
    return p;
}
} // namespace

CsvMappingPage::CsvMappingPage(CsvImportWizard& wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("csvMappingPage"));
    setTitle(tr("Reading the file"));
    setSubTitle(tr("Check that names and paths look right below. Everything is detected; change what is "
                   "not."));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("csvMappingBanner"));

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("csvEncoding"));
    m_encoding->addItem(tr("Detect"), QStringLiteral("auto"));
    for (const char* name : {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "windows-1250", "windows-1251",
                             "ISO-8859-1", "ISO-8859-2", "ISO-8859-15", "IBM850"})
        m_encoding->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("csvDelimiter"));
    m_delimiter->addItem(tr("Detect"), QStringLiteral("auto"));
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("tab"));
    m_delimiter->addItem(tr("Vertical bar |"), QStringLiteral("|"));
    m_header = new QComboBox(this);
    m_header->setObjectName(QStringLiteral("csvHeader"));
    m_header->addItem(tr("Detect"), int(CsvHeaderMode::Auto));
    m_header->addItem(tr("The first line names the columns"), int(CsvHeaderMode::Present));
    m_header->addItem(tr("No header line: every line is a user"), int(CsvHeaderMode::Absent));
    m_userColumn = new QComboBox(this);
    m_userColumn->setObjectName(QStringLiteral("csvUserColumn"));
    m_fileColumn = new QComboBox(this);
    m_fileColumn->setObjectName(QStringLiteral("csvFileColumn"));
    fillColumnChoices(m_userColumn, {}, -1);
    fillColumnChoices(m_fileColumn, {}, -1);
    m_pathMaps = new QPlainTextEdit(this);
    m_pathMaps->setObjectName(QStringLiteral("csvPathMaps"));
    m_pathMaps->setPlaceholderText(tr("One per line, e.g. C:\\Photos=/mnt/photos"));
    m_pathMaps->setTabChangesFocus(true);
    m_pathMaps->setFixedHeight(m_pathMaps->fontMetrics().lineSpacing() * 3 + 12);

    auto* reading = new QFormLayout;
    reading->addRow(tr("&Encoding:"), m_encoding);
    reading->addRow(tr("&Delimiter:"), m_delimiter);
    reading->addRow(tr("&Header:"), m_header);
    auto* mapping = new QFormLayout;
    mapping->addRow(tr("&User column:"), m_userColumn);
    mapping->addRow(tr("&Photo column:"), m_fileColumn);
    mapping->addRow(tr("&Windows paths:"), m_pathMaps);
    auto* top = new QHBoxLayout;
    top->addLayout(reading, 1);
    top->addSpacing(16);
    top->addLayout(mapping, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("csvPreviewStatus"));
    m_status->setWordWrap(true);
    m_preview = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("csvPreview"));
    m_table->setModel(m_preview);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAccessibleName(tr("Preview of the CSV file"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &CsvMappingPage::startPreview);
    for (QComboBox* combo : {m_encoding, m_delimiter, m_header, m_userColumn, m_fileColumn}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                schedulePreview();
        });
    }
    connect(m_pathMaps, &QPlainTextEdit::textChanged, this, &CsvMappingPage::schedulePreview);
    connect(&m_watcher, &QFutureWatcher<Preview>::finished, this, &CsvMappingPage::showPreview);
}

CsvMappingPage::~CsvMappingPage() = default;

CsvImportOptions CsvMappingPage::options() const
{
    CsvImportOptions o;
    o.encoding = m_encoding->currentData().toString();
    if (auto d = CsvImportOptions::parseDelimiter(m_delimiter->currentData().toString()))
        o.delimiter = *d;
    o.header = CsvHeaderMode(m_header->currentData().toInt());
    o.userColumn = m_userColumn->currentData().toString();
    o.fileColumn = m_fileColumn->currentData().toString();
    const QStringList lines = m_pathMaps->toPlainText().split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (auto mapping = PathMapping::parse(line.trimmed()))
            o.pathMaps << *mapping;
    }
    return o;
}

QStringList CsvMappingPage::pathMapErrors() const
{
    QStringList errors;
    const QStringList lines = m_pathMaps->toPlainText().split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (auto mapping = PathMapping::parse(line.trimmed()); !mapping)
            errors << mapping.error().text();
    }
    return errors;
}

bool CsvMappingPage::isPreviewing() const
{
    return m_watcher.isRunning() || m_debounce->isActive();
}

void CsvMappingPage::initializePage()
{
    // A different file: forget the columns chosen for the last one.
    if (m_current.source != QFileInfo(m_wizard.csvFile()).absoluteFilePath()) {
        m_filling = true;
        fillColumnChoices(m_userColumn, {}, -1);
        fillColumnChoices(m_fileColumn, {}, -1);
        m_filling = false;
    }
    startPreview();
}

bool CsvMappingPage::isComplete() const
{
    return m_ok && !isPreviewing() && pathMapErrors().isEmpty();
}

void CsvMappingPage::schedulePreview()
{
    m_ok = false;
    emit completeChanged();
    m_debounce->start();
}

void CsvMappingPage::startPreview()
{
    m_debounce->stop();
    m_ok = false;
    ++m_generation;
    m_status->setText(tr("Reading…"));
    // A preview still running is not waited for: its result is dropped by its generation.
    m_watcher.setFuture(
        QtConcurrent::run(workPool(), readPreview, m_generation, m_wizard.csvFile(), options()));
    emit completeChanged();
}

bool CsvMappingPage::fillColumnChoices(QComboBox* combo, const QStringList& names, int chosen)
{
    const QString keep = combo->currentData().toString();
    combo->clear();
    combo->addItem(chosen >= 0 && chosen < names.size() ? tr("Detect (%1)").arg(names.at(chosen))
                                                        : tr("Detect"),
                   QString());
    for (int i = 0; i < names.size(); ++i)
        combo->addItem(names.at(i), QString::number(i + 1));
    const int found = combo->findData(keep);
    combo->setCurrentIndex(std::max(0, found));
    return found >= 0;
}

void CsvMappingPage::showPreview()
{
    if (m_watcher.future().resultCount() == 0)
        return;
    const Preview p = m_watcher.result();
    if (p.generation != m_generation || m_debounce->isActive())
        return; // options changed meanwhile; the newer preview follows
    m_preview->clear();
    const QStringList mapErrors = pathMapErrors();
    if (!p.import) {
        m_current = {};
        m_ok = false;
        m_banner->showMessage(MessageBanner::Kind::Error, p.import.error().text());
        m_status->setText(tr("The file cannot be read with these settings."));
        emit completeChanged();
        emit previewed();
        return;
    }
    m_current = *p.import;
    const CsvImport& csv = m_current;

    int width = int(csv.header.size());
    for (const CsvRecord& r : p.records)
        width = std::max(width, int(r.fields.size()));
    QStringList names;
    for (int c = 0; c < width; ++c) {
        const QString name = csv.hasHeader ? csv.header.value(c).trimmed() : QString();
        names << (name.isEmpty() ? tr("Column %1").arg(c + 1) : tr("%1 (column %2)").arg(name).arg(c + 1));
    }
    m_filling = true;
    const bool keptUser = fillColumnChoices(m_userColumn, names, csv.userColumn);
    const bool keptFile = fillColumnChoices(m_fileColumn, names, csv.fileColumn);
    m_filling = false;
    if (!keptUser || !keptFile) {
        // The file has fewer columns now (another delimiter): read again with "detect".
        startPreview();
        return;
    }

    QStringList headers;
    for (int c = 0; c < width; ++c) {
        QString h = csv.hasHeader ? csv.header.value(c) : tr("Column %1").arg(c + 1);
        if (c == csv.userColumn)
            h = tr("User: %1").arg(h);
        else if (c == csv.fileColumn)
            h = tr("Photo: %1").arg(h);
        headers << h;
    }
    m_preview->setColumnCount(width);
    m_preview->setHorizontalHeaderLabels(headers);
    const QColor marked = QColor(0xd3, 0xe3, 0xfd);
    const QColor bad = ImportReviewDelegate::statusColour(int(PlanStatus::Error)).lighter(185);
    QStringList lineLabels;
    int badLines = 0;
    for (qsizetype i = csv.hasHeader ? 1 : 0; i < p.records.size(); ++i) {
        const CsvRecord& r = p.records.at(i);
        QList<QStandardItem*> items;
        for (int c = 0; c < width; ++c) {
            auto* item = new QStandardItem(r.fields.value(c));
            if (!r.problem.isEmpty()) {
                item->setBackground(bad);
                item->setToolTip(r.problem);
            } else if (c == csv.userColumn || c == csv.fileColumn) {
                item->setBackground(marked);
            }
            items << item;
        }
        if (!r.problem.isEmpty())
            ++badLines;
        m_preview->appendRow(items);
        lineLabels << QLocale().toString(r.line);
    }
    m_preview->setVerticalHeaderLabels(lineLabels);
    m_table->resizeColumnsToContents();

    const int dataRecords = p.recordCount - (csv.hasHeader ? 1 : 0);
    QString status = tr("Read as %1, delimiter %2, %3; %n record(s).", nullptr, dataRecords)
                         .arg(csv.encoding, delimiterName(csv.delimiter),
                              csv.hasHeader ? tr("names on line 1") : tr("no header line"));
    if (badLines > 0)
        status += QLatin1Char(' ') + tr("%n line(s) cannot be split (shown in red).", nullptr, badLines);
    if (dataRecords > int(p.records.size()) - (csv.hasHeader ? 1 : 0))
        status += QLatin1Char(' ') + tr("The first %1 are shown.").arg(kPreviewRecords);
    m_status->setText(status);
    if (!mapErrors.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Error, mapErrors.join(QLatin1Char('\n')));
    else if (csv.entries.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("The file has a header line but no users."));
    else
        m_banner->hide();
    m_ok = !csv.entries.isEmpty();
    emit completeChanged();
    emit previewed();
}

} // namespace adphoto::gui
