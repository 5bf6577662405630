#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace adphoto::gui {

/// The CSV import wizard's first page: which CSV file (typed, or chosen with Browse). Next is
/// enabled once the path names a readable file; what is wrong with it is said in place.
/// GUI thread only.
class CsvFilePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit CsvFilePage(QWidget* parent = nullptr);

    void setPath(const QString& path);
    [[nodiscard]] QString path() const;

    [[nodiscard]] bool isComplete() const override;

private:
    void browse();
    void updateInfo();

    QLineEdit* m_path = nullptr;
    QLabel* m_info = nullptr;
};

} // namespace adphoto::gui
