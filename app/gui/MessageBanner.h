#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace adphoto::gui {

/// An inline message strip at the top of a page (error, warning or information) with a close
/// button: errors are shown in place instead of as a cascade of message boxes. A new message
/// replaces the old one. GUI thread only.
class MessageBanner final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Information,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_close = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace adphoto::gui
