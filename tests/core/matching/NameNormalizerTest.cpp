// How names are normalised before they are compared: what decides whether a photo file fits.
#include "core/matching/NameNormalizer.h"

#include "TestDirectory.h"

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
