#pragma once

#include "core/Error.h"
#include "core/matching/ImportPlan.h"

#include <QFutureWatcher>
#include <QWidget>

class QProgressBar;
class QPushButton;
class QShortcut;

namespace adphoto::gui {

/// A progress bar and a Cancel button (also Esc) for planning an import (PlanTask) on a wizard
/// page: shown while `watcher` runs, hidden when it ends. Esc only stops the planning while it
/// runs; otherwise it keeps its usual meaning (closing the wizard). GUI thread only.
class PlanningIndicator final : public QWidget
{
    Q_OBJECT
public:
    PlanningIndicator(QFutureWatcher<Result<ImportPlan>>& watcher, QWidget* parent);

    /// Shows the bar at 0 % with `text` ("Checking… %p%"); call when the watcher gets its future.
    void begin(const QString& format);

    [[nodiscard]] QProgressBar* bar() const { return m_bar; }
    [[nodiscard]] QPushButton* cancelButton() const { return m_cancel; }

private:
    void end();

    QFutureWatcher<Result<ImportPlan>>& m_watcher;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
    QShortcut* m_escape = nullptr;
};

} // namespace adphoto::gui
