#include "core/Language.h"

#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace adphoto {

namespace {
const QString catalogueDir = QStringLiteral(":/i18n");
const QString cataloguePrefix = QStringLiteral("adphoto_");

// "en", "C" and "POSIX" select the untranslated text whatever the system says.
bool isBuiltIn(const QString& name)
{
    return name == QLatin1String("C") || name == QLatin1String("POSIX") || name == QLatin1String("en") ||
           name.startsWith(QLatin1String("en_")) || name.startsWith(QLatin1String("en-"));
}
} // namespace

QLocale Language::choose(const QString& setting)
{
    // A value like "de_DE.UTF-8" (copied from LANG) works too: QLocale ignores the codeset.
    for (const QString& name : {qEnvironmentVariable(environmentVariable).trimmed(), setting.trimmed()}) {
        if (name.isEmpty())
            continue;
        if (isBuiltIn(name))
            return QLocale(QLocale::English, QLocale::UnitedStates);
        const QLocale locale(name);
        if (locale.language() != QLocale::C)
            return locale;
    }
    return QLocale::system();
}

QStringList Language::available()
{
    QStringList codes;
    const QStringList files =
        QDir(catalogueDir).entryList({cataloguePrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        codes << file.mid(cataloguePrefix.size()).chopped(3);
    return codes;
}

QString Language::nativeName(const QString& code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English"); // CLDR says "American English"
    const QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty())
        return code;
    // Languages that capitalise their own name in a list do so in CLDR already ("Deutsch");
    // the others ("français", "polski") read better capitalised at the start of a menu item.
    return name.left(1).toUpper() + name.mid(1);
}

Language::Language(const QLocale& locale)
    : m_locale(locale)
    , m_qtTranslator(std::make_unique<QTranslator>())
    , m_translator(std::make_unique<QTranslator>())
{
    QLocale::setDefault(m_locale);
    if (m_locale.language() == QLocale::English || m_locale.language() == QLocale::C)
        return;
    // Qt's own strings (standard buttons, file dialogs, ...) first, so adphoto's win a tie.
    if (m_qtTranslator->load(m_locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator.get());
    if (m_translator->load(m_locale, QStringLiteral("adphoto"), QStringLiteral("_"), catalogueDir)) {
        QCoreApplication::installTranslator(m_translator.get());
        m_catalogue = m_translator->language().section(QLatin1Char('_'), 0, 0);
    }
}

Language::~Language()
{
    if (QCoreApplication::instance()) {
        QCoreApplication::removeTranslator(m_translator.get());
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    }
}

QLocale Language::locale() const
{
    return m_locale;
}

QString Language::catalogue() const
{
    return m_catalogue;
}

} // namespace adphoto
