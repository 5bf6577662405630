#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace adphoto {

/// Chooses the user-interface language and installs the translators for it: Qt's own
/// catalogue (qtbase_<lang>.qm from Qt's translations directory) and then adphoto's, embedded
/// under :/i18n by the executables. Both executables make one Language on the main thread,
/// right after the Q*Application and before any user-visible text; it keeps the translators
/// installed until it is destroyed.
///
/// The choice, first match wins: ADPHOTO_LANG (scripts and tests; "en" or "C" forces the
/// built-in English), the "ui/language" setting shared by the GUI and the CLI (empty:
/// follow the system), the system locale. The chosen locale also becomes QLocale's default, so
/// numbers and dates follow the language.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::Language)

public:
    /// The environment variable that overrides the language.
    static constexpr const char* environmentVariable = "ADPHOTO_LANG";

    /// The locale to use for `setting` (the "ui/language" value, e.g. "de" or "").
    [[nodiscard]] static QLocale choose(const QString& setting);
    /// The language codes adphoto has a catalogue for ("de", "es", ...), from :/i18n, sorted.
    /// English is built in and not listed.
    [[nodiscard]] static QStringList available();
    /// The language's name in that language ("Deutsch", "polski"), for a language menu.
    [[nodiscard]] static QString nativeName(const QString& code);

    /// Installs the translators for `locale` and makes it QLocale's default.
    explicit Language(const QLocale& locale);
    ~Language();
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;

    [[nodiscard]] QLocale locale() const;
    /// The language whose adphoto catalogue was installed ("de"), or empty (English).
    [[nodiscard]] QString catalogue() const;

private:
    QLocale m_locale;
    QString m_catalogue;
    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace adphoto
