// Every encoding a photo CSV arrives in: Excel's UTF-8 with BOM, "Unicode text" (UTF-16),
// legacy Windows-1252, and explicit code pages.
#include "core/csv/CsvTextDecoder.h"

#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace adphoto;

namespace {

const QString kText = QString::fromUtf8("AD_user;Bild\r\nmüller;C:\\Fotos\\Jürgen Müller – 2€.jpg\r\n");

QByteArray encode(QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(kText);
}

} // namespace

TEST(CsvTextDecoder, RecognisesUtf8AndUtf16WithAndWithoutMarks)
{
    struct Case
    {
        QByteArray bytes;
        const char* encoding;
        bool bom;
    };
    const Case cases[] = {
        {encode(QStringConverter::Utf8, true), "UTF-8", true},
        {encode(QStringConverter::Utf8, false), "UTF-8", false},
        {encode(QStringConverter::Utf16LE, true), "UTF-16LE", true},
        {encode(QStringConverter::Utf16BE, true), "UTF-16BE", true},
        {encode(QStringConverter::Utf16LE, false), "UTF-16LE", false},
        {encode(QStringConverter::Utf16BE, false), "UTF-16BE", false},
    };
    for (const Case& c : cases) {
        const auto decoded = CsvTextDecoder::decode(c.bytes);
        ASSERT_TRUE(decoded.has_value()) << c.encoding;
        EXPECT_EQ(decoded->text, kText) << c.encoding;
        EXPECT_EQ(decoded->encoding, QLatin1String(c.encoding));
        EXPECT_EQ(decoded->bom, c.bom) << c.encoding;
    }
}

TEST(CsvTextDecoder, FallsBackToWindows1252)
{
    // Windows-1252 has € (0x80), š (0x9A), ü (0xFC) and – (0x96) where Latin-1 has none.
    const QByteArray bytes("M\xFCller;\x80 \x9A \x96\r\n");
    const auto decoded = CsvTextDecoder::decode(bytes);
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(decoded->encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(decoded->text, QString::fromUtf8("Müller;€ š –\r\n"));
}

TEST(CsvTextDecoder, ExplicitEncodings)
{
    // Czech in Windows-1250: ř is 0xF8, š is 0x9A, Č is 0xC8.
    const auto czech =
        CsvTextDecoder::decode(QByteArray("Dvo\xF8\xE1k;\x9A;\xC8"), QStringLiteral("windows-1250"));
    ASSERT_TRUE(czech.has_value());
    EXPECT_EQ(czech->text, QString::fromUtf8("Dvořák;š;Č"));

    const auto utf16 =
        CsvTextDecoder::decode(encode(QStringConverter::Utf16LE, false), QStringLiteral("utf-16le"));
    ASSERT_TRUE(utf16.has_value());
    EXPECT_EQ(utf16->text, kText);

    const auto bad = CsvTextDecoder::decode(QByteArray("M\xFCller"), QStringLiteral("UTF-8"));
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("windows-1252")));

    const auto unknown = CsvTextDecoder::decode(QByteArray("x"), QStringLiteral("klingon-8"));
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().kind, ErrorKind::Usage);
}
