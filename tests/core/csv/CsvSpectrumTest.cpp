// The public csv-spectrum cases (npm csv-spectrum 2.0.0, vendored in data/csv-spectrum) parse
// exactly as their JSON says.
#include "core/csv/CsvParser.h"
#include "core/csv/CsvTextDecoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace adphoto;

namespace {

QByteArray readData(const QString& relative)
{
    QFile f(QStringLiteral(ADPHOTO_SOURCE_DIR "/tests/core/csv/data/csv-spectrum/") + relative);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << relative.toStdString();
    return f.readAll();
}

// The CSV as objects keyed by its header, as csv-spectrum's JSON files describe it.
QJsonArray parseAsObjects(const QString& name)
{
    const auto text =
        CsvTextDecoder::decode(readData(QStringLiteral("csvs/") + name + QStringLiteral(".csv")));
    EXPECT_TRUE(text.has_value());
    const QList<CsvRecord> records = CsvParser::parse(text->text, CsvParser::detectDelimiter(text->text));
    QJsonArray rows;
    if (records.isEmpty())
        return rows;
    const QStringList header = records.front().fields;
    for (qsizetype r = 1; r < records.size(); ++r) {
        EXPECT_TRUE(records.at(r).problem.isEmpty()) << name.toStdString();
        EXPECT_EQ(records.at(r).fields.size(), header.size()) << name.toStdString();
        QJsonObject o;
        for (qsizetype c = 0; c < header.size() && c < records.at(r).fields.size(); ++c)
            o.insert(header.at(c), records.at(r).fields.at(c));
        rows.append(o);
    }
    return rows;
}

} // namespace

class CsvSpectrum : public ::testing::TestWithParam<const char*>
{
};

TEST_P(CsvSpectrum, ParsesExactlyAsTheReferenceJson)
{
    const QString name = QString::fromLatin1(GetParam());
    const QJsonDocument expected =
        QJsonDocument::fromJson(readData(QStringLiteral("json/") + name + QStringLiteral(".json")));
    ASSERT_TRUE(expected.isArray()) << GetParam();
    EXPECT_EQ(parseAsObjects(name), expected.array());
}

INSTANTIATE_TEST_SUITE_P(AllCases, CsvSpectrum,
                         ::testing::Values("comma_in_quotes", "empty", "empty_crlf", "escaped_quotes", "json",
                                           "newlines", "newlines_crlf", "quotes_and_newlines", "simple",
                                           "simple_crlf", "utf8"));

// Upstream's JSON for this case does not match its own CSV (another phone number, and an object
// instead of an array), so the fields are compared one by one, the phone number against the CSV.
TEST(CsvSpectrum, LocationCoordinatesWithQuotesInsideUnquotedFields)
{
    const QJsonArray rows = parseAsObjects(QStringLiteral("location_coordinates"));
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject expected =
        QJsonDocument::fromJson(readData(QStringLiteral("json/location_coordinates.json"))).object();
    const QJsonObject row = rows.at(0).toObject();
    EXPECT_EQ(row.keys(), expected.keys());
    for (const QString& key :
         {QStringLiteral("Location Coordinates"), QStringLiteral("Cities"), QStringLiteral("Counties")})
        EXPECT_EQ(row.value(key), expected.value(key)) << key.toStdString();
    EXPECT_EQ(row.value(QStringLiteral("Contact Phone Number")).toString(), QStringLiteral("2095257564"));
}
