#include "app/gui/CsvOptionsPage.h"

#include "app/gui/CsvImportWizard.h"
#include "app/gui/PhotoActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace adphoto::gui {

CsvOptionsPage::CsvOptionsPage(CsvImportWizard& wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("csvOptionsPage"));
    setTitle(tr("Photo options"));
    setSubTitle(tr("Which users to leave alone, and how each photo is cropped and sized before it is "
                   "written."));
    const PhotoSpec defaults = PhotoActions::defaultSpec(m_wizard.settings());
    m_onlyMissing = new QCheckBox(tr("Only users &without a photo (keep existing photos)"), this);
    m_onlyMissing->setObjectName(QStringLiteral("csvOnlyMissing"));
    m_skipDisabled = new QCheckBox(tr("Skip &disabled accounts"), this);
    m_skipDisabled->setObjectName(QStringLiteral("csvSkipDisabled"));
    m_size = new QComboBox(this);
    m_size->setObjectName(QStringLiteral("csvSize"));
    for (int edge = 96; edge <= 648; edge += 96)
        m_size->addItem(tr("%1 × %1 px").arg(edge), edge);
    m_size->setCurrentIndex(std::max(0, m_size->findData(defaults.size)));
    m_budget = new QSpinBox(this);
    m_budget->setObjectName(QStringLiteral("csvBudget"));
    m_budget->setRange(2, 100);
    m_budget->setSuffix(tr(" KB"));
    m_budget->setValue(int(std::clamp<qint64>(defaults.maxBytes / 1024, 2, 100)));
    m_face = new QCheckBox(tr("Centre the crop on the &face"), this);
    m_face->setObjectName(QStringLiteral("csvFace"));
    m_face->setChecked(defaults.detectFace);
    auto* note = new QLabel(tr("Outlook shows 96 px; Teams and Windows look better with larger photos. "
                               "Active Directory takes at most 100 KB."),
                            this);
    note->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(m_onlyMissing);
    form->addRow(m_skipDisabled);
    form->addRow(tr("&Size:"), m_size);
    form->addRow(tr("&At most:"), m_budget);
    form->addRow(m_face);
    form->addRow(note);
}

PlanOptions CsvOptionsPage::planOptions() const
{
    PlanOptions o;
    o.onlyMissing = m_onlyMissing->isChecked();
    o.skipDisabled = m_skipDisabled->isChecked();
    return o;
}

ImportOptions CsvOptionsPage::importOptions() const
{
    ImportOptions o;
    o.spec = PhotoActions::defaultSpec(m_wizard.settings());
    o.spec.size = m_size->currentData().toInt();
    o.spec.maxBytes = qint64(m_budget->value()) * 1024;
    o.spec.detectFace = m_face->isChecked();
    return o;
}

} // namespace adphoto::gui
