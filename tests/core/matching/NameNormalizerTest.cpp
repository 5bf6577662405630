// How names are normalised before they are compared: what decides whether a photo file fits.
#include "core/matching/NameNormalizer.h"

#include "TestDirectory.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using adphoto::NameNormalizer;

namespace {
QString u8(const char* s)
{
    return QString::fromUtf8(s);
}
} // namespace

TEST(NameNormalizer, ExactKeyIgnoresCaseSeparatorsAndUnicodeForm)
{
    EXPECT_EQ(NameNormalizer::exactKey(u8("Jürgen Müller")), u8("jürgen müller"));
    EXPECT_EQ(NameNormalizer::exactKey(adphoto::test::nfd(u8("Jürgen Müller"))), u8("jürgen müller"));
    EXPECT_EQ(NameNormalizer::exactKey(u8("  MÜLLER,__Jürgen..-")), u8("müller jürgen"));
    EXPECT_EQ(NameNormalizer::exactKey(u8("anna.mueller")), u8("anna mueller"));
    EXPECT_EQ(NameNormalizer::exactKey(u8("Hans-Peter_Groß")), u8("hans peter groß"));
    // Apostrophes join: O'Brien is one word, in ASCII and typographic form.
    EXPECT_EQ(NameNormalizer::exactKey(u8("Sean O'Brien")), u8("sean obrien"));
    EXPECT_EQ(NameNormalizer::exactKey(u8("Anne L’Hôpital")), u8("anne lhôpital"));
    EXPECT_EQ(NameNormalizer::exactKey(u8("--- ...")), QString());
}

TEST(NameNormalizer, FoldingCoversLettersThatMarkStrippingMisses)
{
    const std::pair<const char*, const char*> cases[] = {
        {"łukasz wiśniewski", "lukasz wisniewski"},
        {"øyvind ødegård", "oyvind odegard"},
        {"groß", "gross"},
        {"æsa", "aesa"},
        {"đức anh", "duc anh"},
        {"işıl öztürk", "isil ozturk"},
        {"nguyễn thị minh", "nguyen thi minh"},
        {"přemysl šťastný", "premysl stastny"},
        {"íñigo martín", "inigo martin"},
        {"szőke erzsébet", "szoke erzsebet"},
        {"françois lefèvre", "francois lefevre"},
        {"şükrü çelik", "sukru celik"},
    };
    for (const auto& [in, out] : cases)
        EXPECT_EQ(NameNormalizer::foldKey(NameNormalizer::exactKey(u8(in))), u8(out)) << in;
    // Dotted capital İ case-folds to i + combining dot; folding must still give plain "ismail".
    EXPECT_EQ(NameNormalizer::foldKey(NameNormalizer::exactKey(u8("İsmail Yılmaz"))), u8("ismail yilmaz"));
    // Other scripts become Latin.
    EXPECT_EQ(NameNormalizer::foldKey(NameNormalizer::exactKey(u8("Иван Петров"))), u8("ivan petrov"));
    // ASCII stays as it is.
    EXPECT_EQ(NameNormalizer::foldKey(u8("thomas weber")), u8("thomas weber"));
}

TEST(NameNormalizer, AlternativeSpellingsForGermanAndNordicLetters)
{
    EXPECT_EQ(NameNormalizer::alternativeKey(u8("jürgen müller")), u8("juergen mueller"));
    EXPECT_EQ(NameNormalizer::alternativeKey(u8("øyvind ødegård")), u8("oeyvind oedegaard"));
    EXPECT_EQ(NameNormalizer::alternativeKey(u8("åsa ångström")), u8("aasa aangstroem"));
    EXPECT_EQ(NameNormalizer::alternativeKey(u8("käthe")), u8("kaethe"));
    // None of those letters: no second spelling.
    EXPECT_EQ(NameNormalizer::alternativeKey(u8("łukasz")), QString());
    EXPECT_EQ(NameNormalizer::alternativeKey(u8("thomas")), QString());
}

TEST(NameNormalizer, CompactDropsTheSpaces)
{
    EXPECT_EQ(NameNormalizer::compact(u8("anna mueller")), u8("annamueller"));
    EXPECT_EQ(NameNormalizer::compact(u8("amueller")), u8("amueller"));
}

// Latin letters are folded through a table made from ICU's answers; it must agree with ICU
// itself for every letter the table covers and for names built from them.
TEST(NameNormalizer, LetterTableFoldsExactlyAsIcuDoes)
{
    for (const auto& [first, end] : {std::pair{0x0080, 0x0250}, std::pair{0x1E00, 0x1F00}}) {
        for (int c = first; c < end; ++c) {
            const QString exact = NameNormalizer::exactKey(QString(QChar(char16_t(c))));
            EXPECT_EQ(NameNormalizer::foldKey(exact), NameNormalizer::icuFoldKey(exact))
                << "U+" << QString::number(c, 16).toStdString();
        }
    }
    // Random names mixing ASCII, covered letters, letters that need their context, other
    // scripts and combining marks.
    const QString alphabet = u8("abcdeilnorsuz  -.éèêëàáâãäåæçñøœßłđðþıİĳǆǉǌşţğčřšžůűőāēīūǎǐǒǔ"
                                "ẞạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹươ"
                                "ÆÅØĲǄǇǊæǽǿиванΑθήναςσ\u0301\u0308\u0323");
    QRandomGenerator random(8472);
    for (int round = 0; round < 4000; ++round) {
        QString name;
        const int length = 1 + int(random.bounded(14));
        for (int i = 0; i < length; ++i)
            name += alphabet.at(random.bounded(int(alphabet.size())));
        const QString exact = NameNormalizer::exactKey(name);
        ASSERT_EQ(NameNormalizer::foldKey(exact), NameNormalizer::icuFoldKey(exact)) << name.toStdString();
    }
}

// The fast paths (ASCII, letter table) and ICU give one key to a name and its ASCII twin, in
// NFC and NFD: that is what lets "Jurgen Muller.jpg" find Jürgen Müller.
TEST(NameNormalizer, AsciiTwinsGetTheKeysOfTheIcuPath)
{
    const std::pair<const char*, const char*> twins[] = {
        {"Jürgen Müller", "Jurgen Muller"},   {"Łukasz Wiśniewski", "Lukasz Wisniewski"},
        {"Øyvind Ødegård", "Oyvind Odegard"}, {"Nguyễn Thị Minh", "Nguyen Thi Minh"},
        {"Đức Anh Phạm", "Duc Anh Pham"},     {"Şükrü Çelik", "Sukru Celik"},
        {"İsmail Yılmaz", "Ismail Yilmaz"},   {"Přemysl Šťastný", "Premysl Stastny"},
        {"Szőke Erzsébet", "Szoke Erzsebet"}, {"Hans-Peter Groß", "Hans-Peter Gross"},
        {"Æsa Strøm", "Aesa Strom"},          {"Иван Петров", "Ivan Petrov"},
    };
    for (const auto& [native, ascii] : twins) {
        for (const QString& form : {u8(native), adphoto::test::nfd(u8(native))}) {
            const QString exact = NameNormalizer::exactKey(form);
            EXPECT_EQ(NameNormalizer::foldKey(exact), NameNormalizer::exactKey(u8(ascii))) << native;
            EXPECT_EQ(NameNormalizer::foldKey(exact), NameNormalizer::icuFoldKey(exact)) << native;
        }
        EXPECT_EQ(NameNormalizer::foldKey(NameNormalizer::exactKey(u8(ascii))),
                  NameNormalizer::exactKey(u8(ascii)));
    }
    // The alternative spelling is the same whichever way the folded key was obtained.
    const QString exact = NameNormalizer::exactKey(u8("Jürgen Müller"));
    EXPECT_EQ(NameNormalizer::alternativeKey(exact, NameNormalizer::icuFoldKey(exact)),
              NameNormalizer::alternativeKey(exact));
}

// Latin text is case-folded through a table made from Qt's answers; its keys must equal those
// of Qt's full normalisation for every character the table covers and for mixed names.
TEST(NameNormalizer, LatinFastPathGivesQtsExactKeys)
{
    for (const auto& [first, end] : {std::pair{0x0080, 0x0250}, std::pair{0x1E00, 0x1F00}}) {
        for (int c = first; c < end; ++c) {
            const QString s = u8("Ab ") + QChar(char16_t(c)) + u8("x-") + QChar(char16_t(c));
            EXPECT_EQ(NameNormalizer::exactKey(s), NameNormalizer::qtExactKey(s))
                << "U+" << QString::number(c, 16).toStdString();
        }
    }
    const QString alphabet =
        u8("AbCdEiLnOrSuZ 09-._,'’`´\u00A0ÄÖÜäöüßẞÉéÈèÑñØøÅåÆæŒœŁłĐđÞþİıĲĳǄǅǆŞşČčŘřŠšŽžŮůŰűŐő"
           "ẠạẢảẤấỆệỲỳƯưƠơſΣσςИи\u0301\u0308");
    QRandomGenerator random(2024);
    for (int round = 0; round < 4000; ++round) {
        QString name;
        const int length = 1 + int(random.bounded(16));
        for (int i = 0; i < length; ++i)
            name += alphabet.at(random.bounded(int(alphabet.size())));
        ASSERT_EQ(NameNormalizer::exactKey(name), NameNormalizer::qtExactKey(name)) << name.toStdString();
        ASSERT_EQ(NameNormalizer::exactKey(adphoto::test::nfd(name)), NameNormalizer::exactKey(name))
            << name.toStdString();
    }
}
