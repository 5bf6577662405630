#include "app/gui/PlanningIndicator.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>

namespace adphoto::gui {

PlanningIndicator::PlanningIndicator(QFutureWatcher<Result<ImportPlan>>& watcher, QWidget* parent)
    : QWidget(parent)
    , m_watcher(watcher)
{
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("planProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(220);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("planCancel"));
    m_cancel->setToolTip(tr("Stop planning (Esc)"));
    m_cancel->setAutoDefault(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    // On the parent page, so Esc reaches it from any of the page's widgets.
    m_escape = new QShortcut(QKeySequence::Cancel, parent);
    m_escape->setContext(Qt::WidgetWithChildrenShortcut);
    m_escape->setEnabled(false);
    auto stop = [this] {
        m_cancel->setEnabled(false);
        m_watcher.cancel();
    };
    connect(m_cancel, &QPushButton::clicked, this, stop);
    connect(m_escape, &QShortcut::activated, this, stop);
    connect(&m_watcher, &QFutureWatcher<Result<ImportPlan>>::progressValueChanged, m_bar,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Result<ImportPlan>>::finished, this, &PlanningIndicator::end);
    hide();
}

void PlanningIndicator::begin(const QString& format)
{
    m_bar->setFormat(format);
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    m_escape->setEnabled(true);
    show();
}

void PlanningIndicator::end()
{
    m_escape->setEnabled(false);
    hide();
}

} // namespace adphoto::gui
