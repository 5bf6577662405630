// RFC 4180 records with the line numbers problems are reported by, and what real files contain.
#include "core/csv/CsvParser.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace adphoto;

namespace {

QList<int> lines(const QList<CsvRecord>& records)
{
    QList<int> out;
    for (const CsvRecord& r : records)
        out << r.line;
    return out;
}

} // namespace

TEST(CsvParser, RecordsKnowThePhysicalLineTheyStartOn)
{
    const QString text = QStringLiteral("user,file\r\n"           // 1
                                        "a,\"multi\r\nline\"\r\n" // 2-3
                                        "\r\n"                    // 4 blank
                                        "   \n"                   // 5 only spaces
                                        "b,x.jpg\n"               // 6
                                        "c,\"one\n\ntwo\"\n"      // 7-9
                                        "d,y.jpg");               // 10, no final line break
    const QList<CsvRecord> records = CsvParser::parse(text, QLatin1Char(','));
    EXPECT_EQ(lines(records), (QList<int>{1, 2, 6, 7, 10}));
    EXPECT_EQ(records.at(1).fields, (QStringList{QStringLiteral("a"), QStringLiteral("multi\r\nline")}));
    EXPECT_EQ(records.at(3).fields.at(1), QStringLiteral("one\n\ntwo"));
    EXPECT_EQ(records.at(4).fields, (QStringList{QStringLiteral("d"), QStringLiteral("y.jpg")}));
}

TEST(CsvParser, OldMacLineEndsAndTrailingDelimiters)
{
    const QList<CsvRecord> records = CsvParser::parse(QStringLiteral("a,b\rc,\r"), QLatin1Char(','));
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records.at(1).line, 2);
    EXPECT_EQ(records.at(1).fields, (QStringList{QStringLiteral("c"), QString()}));
    const QList<CsvRecord> last = CsvParser::parse(QStringLiteral("a,"), QLatin1Char(','));
    EXPECT_EQ(last.front().fields, (QStringList{QStringLiteral("a"), QString()}));
}

TEST(CsvParser, SloppyQuotingIsReadTheWayItWasMeant)
{
    // A space after the delimiter before the opening quote (the seed's ", " style).
    const auto spaced =
        CsvParser::parse(QStringLiteral("jdoe, \"C:\\Photos\\Doe, John.jpg\" \n"), QLatin1Char(','));
    EXPECT_EQ(spaced.front().fields,
              (QStringList{QStringLiteral("jdoe"), QStringLiteral("C:\\Photos\\Doe, John.jpg")}));
    EXPECT_TRUE(spaced.front().problem.isEmpty());
    // A quote inside an unquoted field is a literal quote.
    const auto inner = CsvParser::parse(QStringLiteral("a,5\"6 tall\n"), QLatin1Char(','));
    EXPECT_EQ(inner.front().fields.at(1), QStringLiteral("5\"6 tall"));
    // Text after a closing quote is kept and pointed out.
    const auto after = CsvParser::parse(QStringLiteral("x\n\"ab\"cd,e\n"), QLatin1Char(','));
    EXPECT_EQ(after.at(1).fields.at(0), QStringLiteral("abcd"));
    EXPECT_TRUE(after.at(1).problem.contains(QStringLiteral("line 2")));
}

TEST(CsvParser, AnUnclosedQuoteBreaksOnlyItsOwnLine)
{
    const QString text = QStringLiteral("user,file\n"
                                        "good1,a.jpg\n"
                                        "bad,\"b.jpg\n"
                                        "good2,c.jpg\n"
                                        "good3,d.jpg\n");
    const QList<CsvRecord> records = CsvParser::parse(text, QLatin1Char(','));
    ASSERT_EQ(records.size(), 5);
    EXPECT_EQ(records.at(2).line, 3);
    EXPECT_TRUE(records.at(2).problem.contains(QStringLiteral("line 3")))
        << records.at(2).problem.toStdString();
    EXPECT_EQ(records.at(3).fields, (QStringList{QStringLiteral("good2"), QStringLiteral("c.jpg")}));
    EXPECT_EQ(records.at(3).line, 4);
    EXPECT_TRUE(records.at(3).problem.isEmpty());
    EXPECT_EQ(records.at(4).line, 5);
}

TEST(CsvParser, DetectsTheDelimiter)
{
    EXPECT_EQ(CsvParser::detectDelimiter(u"AD_user, path_to_file\njdoe, x.jpg\n"), QLatin1Char(','));
    EXPECT_EQ(CsvParser::detectDelimiter(u"Benutzer;Bild\nmüller;\"C:\\Fotos\\Müller, J.jpg\"\n"),
              QLatin1Char(';'));
    EXPECT_EQ(CsvParser::detectDelimiter(u"user\tfile\r\na\tb,c.jpg\r\n"), QLatin1Char('\t'));
    EXPECT_EQ(CsvParser::detectDelimiter(u"user|file\na|b.jpg\n"), QLatin1Char('|'));
    EXPECT_EQ(CsvParser::detectDelimiter(u"justonecolumn\n"), QLatin1Char(','));
    EXPECT_EQ(CsvParser::detectDelimiter(u""), QLatin1Char(','));
}

TEST(CsvParser, HostileInputNeverBreaksIt)
{
    // Random mixtures of the characters that matter: records stay in line order, and every
    // line number lies within the text.
    QRandomGenerator random(4711);
    const QString alphabet = QStringLiteral("\"\",;\t\r\n a\x00\xE9\"");
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int length = int(random.bounded(200));
        for (int i = 0; i < length; ++i)
            text += alphabet.at(random.bounded(int(alphabet.size())));
        const int physicalLines = int(text.count(QLatin1Char('\n')) + text.count(QLatin1Char('\r')) -
                                      text.count(QStringLiteral("\r\n")) + 1);
        const QList<CsvRecord> records = CsvParser::parse(text, QLatin1Char(','));
        int previous = 0;
        for (const CsvRecord& r : records) {
            ASSERT_GT(r.line, previous) << text.toStdString();
            ASSERT_LE(r.line, physicalLines) << text.toStdString();
            ASSERT_FALSE(r.fields.isEmpty());
            previous = r.line;
        }
    }
    // Many unclosed quotes: still linear enough to finish at once.
    QString many;
    for (int i = 0; i < 20001; ++i)
        many += QStringLiteral("\"x,y\n");
    EXPECT_FALSE(CsvParser::parse(many, QLatin1Char(',')).isEmpty());
}
