#pragma once

#include "core/apply/ImportRunner.h"
#include "core/matching/PlanBuilder.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace adphoto::gui {

class CsvImportWizard;

/// The CSV import wizard's photo options: only users without a photo, skip disabled
/// accounts, output size, byte budget and face centring (`--only-missing --skip-disabled
/// --size --max-bytes --no-face`), starting from the settings' defaults. GUI thread only.
class CsvOptionsPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit CsvOptionsPage(CsvImportWizard& wizard);

    [[nodiscard]] PlanOptions planOptions() const;
    [[nodiscard]] ImportOptions importOptions() const;

private:
    CsvImportWizard& m_wizard;
    QCheckBox* m_onlyMissing = nullptr;
    QCheckBox* m_skipDisabled = nullptr;
    QComboBox* m_size = nullptr;
    QSpinBox* m_budget = nullptr;
    QCheckBox* m_face = nullptr;
};

} // namespace adphoto::gui
