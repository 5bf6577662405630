#pragma once

#include "core/Error.h"
#include "core/csv/CsvImport.h"
#include "core/csv/CsvImportOptions.h"
#include "core/csv/CsvParser.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace adphoto::gui {

class CsvImportWizard;
class MessageBanner;

/// The CSV import wizard's mapping page: encoding, delimiter and header line (each "detect" by
/// default), which column holds the user and which the photo file, and Windows path prefixes
/// mapped to local folders — the `--encoding --delimiter --no-header --user-column
/// --file-column --path-map` of `adphoto-cli import --csv`. Every change re-reads the file
/// with CsvImportReader off the GUI thread and shows a preview of the first records with the
/// chosen columns marked and malformed lines highlighted. GUI thread only.
class CsvMappingPage final : public QWizardPage
{
    Q_OBJECT
public:
    /// One reading of the file, made on a worker thread.
    struct Preview
    {
        int generation = 0;
        Result<CsvImport> import;
        QList<CsvRecord> records; ///< the first records as split (header included)
        int recordCount = 0;      ///< all records, header included
    };

    explicit CsvMappingPage(CsvImportWizard& wizard);
    ~CsvMappingPage() override;

    /// The options the widgets show; path maps that do not parse are left out (and shown).
    [[nodiscard]] CsvImportOptions options() const;
    /// The file as last read with options() (empty until the first preview is done).
    [[nodiscard]] const CsvImport& current() const { return m_current; }
    [[nodiscard]] QStandardItemModel* previewModel() const { return m_preview; }
    [[nodiscard]] MessageBanner* banner() const { return m_banner; }
    [[nodiscard]] bool isPreviewing() const;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

signals:
    /// A preview for the current options is shown (or its error is).
    void previewed();

private:
    void schedulePreview();
    void startPreview();
    void showPreview();
    /// Returns false when the column chosen before is not in `names` any more.
    bool fillColumnChoices(QComboBox* combo, const QStringList& names, int chosen);
    [[nodiscard]] QStringList pathMapErrors() const;

    CsvImportWizard& m_wizard;
    MessageBanner* m_banner = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_header = nullptr;
    QComboBox* m_userColumn = nullptr;
    QComboBox* m_fileColumn = nullptr;
    QPlainTextEdit* m_pathMaps = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_preview = nullptr;
    QTimer* m_debounce = nullptr;
    QFutureWatcher<Preview> m_watcher;
    CsvImport m_current;
    int m_generation = 0;
    bool m_ok = false;
    bool m_filling = false;
};

} // namespace adphoto::gui
