// The language choice (ADPHOTO_LANG > setting > system), the embedded catalogues with their
// plurals, QLocale following the language, and adphoto-cli speaking the chosen language.
#include "core/Language.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

#include <optional>

namespace {

// Sets or clears ADPHOTO_LANG for one test and puts the old value back.
class LangEnv
{
public:
    explicit LangEnv(const std::optional<QByteArray>& value)
        : m_had(qEnvironmentVariableIsSet(adphoto::Language::environmentVariable))
        , m_old(qgetenv(adphoto::Language::environmentVariable))
    {
        if (value)
            qputenv(adphoto::Language::environmentVariable, *value);
        else
            qunsetenv(adphoto::Language::environmentVariable);
    }
    ~LangEnv()
    {
        if (m_had)
            qputenv(adphoto::Language::environmentVariable, m_old);
        else
            qunsetenv(adphoto::Language::environmentVariable);
    }

private:
    bool m_had;
    QByteArray m_old;
};

TEST(LanguageTest, EnvironmentOverridesTheSettingWhichOverridesTheSystem)
{
    {
        const LangEnv env(QByteArray("de"));
        EXPECT_EQ(adphoto::Language::choose(QStringLiteral("fr")).language(), QLocale::German);
    }
    {
        const LangEnv env(std::nullopt);
        EXPECT_EQ(adphoto::Language::choose(QStringLiteral("fr")).language(), QLocale::French);
        EXPECT_EQ(adphoto::Language::choose(QString()), QLocale::system());
    }
    {
        const LangEnv env(QByteArray(""));
        EXPECT_EQ(adphoto::Language::choose(QStringLiteral("pl")).language(), QLocale::Polish);
    }
}

TEST(LanguageTest, EnglishOrCForcesTheBuiltInText)
{
    for (const char* value : {"en", "C", "en_GB"}) {
        const LangEnv env{QByteArray(value)};
        EXPECT_EQ(adphoto::Language::choose(QStringLiteral("pl")).language(), QLocale::English) << value;
    }
    const LangEnv env(std::nullopt);
    EXPECT_EQ(adphoto::Language::choose(QStringLiteral("en")).language(), QLocale::English);
}

TEST(LanguageTest, ListsTheEmbeddedCatalogues)
{
    EXPECT_EQ(adphoto::Language::available(),
              QString::fromUtf8(ADPHOTO_LANGUAGES).split(QLatin1Char(' '), Qt::SkipEmptyParts));
    EXPECT_EQ(adphoto::Language::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    EXPECT_EQ(adphoto::Language::nativeName(QStringLiteral("pl")), QStringLiteral("Polski"));
}

TEST(LanguageTest, PolishHasThreePluralFormsAndNumbersFollowTheLanguage)
{
    const char* context = "adphoto::cli::UsersCommand";
    const char* source = "%n user(s).";
    {
        const adphoto::Language language(QLocale(QLocale::Polish, QLocale::Poland));
        EXPECT_EQ(language.catalogue(), QStringLiteral("pl"));
        EXPECT_EQ(QCoreApplication::translate(context, source, nullptr, 1), QStringLiteral("1 użytkownik."));
        EXPECT_EQ(QCoreApplication::translate(context, source, nullptr, 3), QStringLiteral("3 użytkownicy."));
        EXPECT_EQ(QCoreApplication::translate(context, source, nullptr, 25),
                  QStringLiteral("25 użytkowników."));
    }
    {
        const adphoto::Language language(QLocale(QLocale::German, QLocale::Germany));
        EXPECT_EQ(QLocale().toString(1234567), QStringLiteral("1.234.567"));
        EXPECT_EQ(QCoreApplication::translate(context, source, nullptr, 2), QStringLiteral("2 Benutzer."));
    }
    // Destroyed: the translators are gone and the English source comes back.
    EXPECT_EQ(QCoreApplication::translate(context, source, nullptr, 2), QStringLiteral("2 user(s)."));
    QLocale::setDefault(QLocale::system());
}

TEST(LanguageTest, WithAdphotoLangDeACliMessageIsGerman)
{
    const LangEnv env(QByteArray("de"));
    const adphoto::Language language(adphoto::Language::choose(QStringLiteral("fr")));
    EXPECT_EQ(QCoreApplication::translate("adphoto::cli::CliApp", "adphoto-cli: unknown command \"%1\".")
                  .arg(QStringLiteral("x")),
              QStringLiteral("adphoto-cli: unbekannter Befehl „x“."));
}

} // namespace
