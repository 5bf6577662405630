#pragma once

#include <QMenu>
#include <QStringList>

class QActionGroup;

namespace adphoto {
class Settings;
}

namespace adphoto::gui {

/// The "Language" menu: "System default" and one entry per catalogue, each named in its own
/// language. Choosing one stores it in the "ui/language" setting shared with the CLI; it
/// takes effect at the next start, which the menu says. GUI thread only.
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    /// `languages`: the codes to offer ("de", "fr", ...), usually Language::available().
    LanguageMenu(Settings& settings, const QStringList& languages, QWidget* parent = nullptr);

    /// The checked entry's code; empty for "System default".
    [[nodiscard]] QString selectedLanguage() const;

signals:
    /// The user picked another language; `code` is empty for the system default.
    void languageChosen(const QString& code);

private:
    void choose(const QString& code);

    Settings& m_settings;
    QActionGroup* m_group;
};

} // namespace adphoto::gui
