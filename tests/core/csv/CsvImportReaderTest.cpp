// Photo-import CSVs as they arrive: the seed's sloppy example, Excel exports in each encoding
// and delimiter, column options, and broken lines reported with their numbers.
#include "core/csv/CsvImportReader.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace adphoto;

namespace {

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

CsvImport readOk(const QByteArray& data, const CsvImportOptions& options = {})
{
    auto r = CsvImportReader::read(data, u8("/data/import"), options);
    EXPECT_TRUE(r.has_value()) << (r ? std::string() : r.error().message.toStdString());
    return r ? *r : CsvImport();
}

QStringList users(const CsvImport& csv)
{
    QStringList out;
    for (const auto& e : csv.entries)
        out << e.user;
    return out;
}

QList<int> lines(const CsvImport& csv)
{
    QList<int> out;
    for (const auto& e : csv.entries)
        out << e.line;
    return out;
}

} // namespace

TEST(CsvImportReader, TheSeedsSloppyExample)
{
    // As the seed's PowerShell one-liner expects it, with the mistakes people make in it.
    const QByteArray seed = "AD_user, path_to_file\n"
                            "jdoe, C:\\AD_Photos\\jdoe.jpg\n"
                            "  asmith ,   C:\\AD_Photos\\Anna Smith.jpg  \n"
                            "bwayne, C:\\ AD_Photos\\bwayne.jpg\n"
                            "ckent, photos\\ckent.jpg\n";
    CsvImportOptions options;
    options.pathMaps = {PathMapping(u8("C:\\AD_Photos"), u8("/mnt/photos"))};
    const CsvImport csv = readOk(seed, options);
    EXPECT_TRUE(csv.hasHeader);
    EXPECT_EQ(csv.delimiter, QLatin1Char(','));
    EXPECT_EQ(csv.userColumn, 0);
    EXPECT_EQ(csv.fileColumn, 1);
    EXPECT_EQ(users(csv), (QStringList{u8("jdoe"), u8("asmith"), u8("bwayne"), u8("ckent")}));
    EXPECT_EQ(lines(csv), (QList<int>{2, 3, 4, 5}));
    EXPECT_EQ(csv.entries.at(0).path, u8("/mnt/photos/jdoe.jpg"));
    EXPECT_EQ(csv.entries.at(1).path, u8("/mnt/photos/Anna Smith.jpg")) << "spaces inside a name stay";
    EXPECT_TRUE(csv.entries.at(1).problems.isEmpty());
    // The stray space after C:\ is not silently removed: the line says what is wrong.
    EXPECT_TRUE(csv.entries.at(2).path.isEmpty());
    ASSERT_EQ(csv.entries.at(2).problems.size(), 1);
    EXPECT_TRUE(csv.entries.at(2).problems.front().contains(u8("C:\\ AD_Photos\\bwayne.jpg")));
    EXPECT_TRUE(
        csv.entries.at(2).problems.front().contains(u8("did you mean \"C:\\AD_Photos\\bwayne.jpg\"")));
    EXPECT_EQ(csv.entries.at(3).path, u8("/data/import/photos/ckent.jpg"));
}

TEST(CsvImportReader, GermanExcelExportWithSemicolonsInWindows1252)
{
    const QByteArray data = "Benutzer;Bild\r\n"
                            "jmueller;Fotos\\J\xFCrgen M\xFCller.jpg\r\n"
                            "dschroeder;\"Fotos\\Schr\xF6"
                            "der; D\xF6rte.jpg\"\r\n";
    const CsvImport csv = readOk(data);
    EXPECT_EQ(csv.encoding, u8("windows-1252"));
    EXPECT_EQ(csv.delimiter, QLatin1Char(';'));
    EXPECT_TRUE(csv.hasHeader);
    ASSERT_EQ(csv.entries.size(), 2);
    EXPECT_EQ(csv.entries.at(0).path, u8("/data/import/Fotos/Jürgen Müller.jpg"));
    EXPECT_EQ(csv.entries.at(1).path, u8("/data/import/Fotos/Schröder; Dörte.jpg"));
}

TEST(CsvImportReader, ExcelUnicodeTextIsUtf16WithTabs)
{
    const QString text = u8("mail\tphoto\r\nłukasz.wiśniewski@corp.example.test\t/srv/p/Łukasz.jpg\r\n");
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const CsvImport csv = readOk(encoder.encode(text));
    EXPECT_EQ(csv.encoding, u8("UTF-16LE"));
    EXPECT_EQ(csv.delimiter, QLatin1Char('\t'));
    ASSERT_EQ(csv.entries.size(), 1);
    EXPECT_EQ(csv.entries.front().user, u8("łukasz.wiśniewski@corp.example.test"));
    EXPECT_EQ(csv.entries.front().path, u8("/srv/p/Łukasz.jpg"));
    EXPECT_EQ(csv.entries.front().line, 2);
}

TEST(CsvImportReader, HeaderDetectionAndOverrides)
{
    // No header: user first, file second, line 1 is data.
    const CsvImport plain = readOk("jdoe,a.jpg\nasmith,b.jpg\n");
    EXPECT_FALSE(plain.hasHeader);
    EXPECT_EQ(lines(plain), (QList<int>{1, 2}));

    // An unknown header recognised because the next line holds a photo path.
    const CsvImport named = readOk("Wer,Was\njdoe,a.jpg\n");
    EXPECT_TRUE(named.hasHeader);
    EXPECT_EQ(users(named), QStringList{u8("jdoe")});

    // --no-header: a first line that looks like a header is data.
    CsvImportOptions noHeader;
    noHeader.header = CsvHeaderMode::Absent;
    const CsvImport forced = readOk("user,file\njdoe,a.jpg\n", noHeader);
    EXPECT_EQ(users(forced), (QStringList{u8("user"), u8("jdoe")}));

    // Columns found by name among others, in any order.
    const CsvImport wide = readOk("Department,Photo,Name,sAMAccountName\nIT,a.jpg,John Doe,jdoe\n");
    EXPECT_EQ(wide.userColumn, 3);
    EXPECT_EQ(wide.fileColumn, 1);
    EXPECT_EQ(users(wide), QStringList{u8("jdoe")});

    CsvImportOptions byName;
    byName.userColumn = u8("name");
    byName.fileColumn = u8("2");
    const CsvImport chosen = readOk("Department,Photo,Name,sAMAccountName\nIT,a.jpg,John Doe,jdoe\n", byName);
    EXPECT_EQ(users(chosen), QStringList{u8("John Doe")});
    EXPECT_EQ(chosen.entries.front().file, u8("a.jpg"));
}

TEST(CsvImportReader, ColumnMistakesAreUsageErrors)
{
    CsvImportOptions unknown;
    unknown.userColumn = u8("login");
    const auto r = CsvImportReader::read("user,file\njdoe,a.jpg\n", u8("/x"), unknown);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().kind, ErrorKind::Usage);
    EXPECT_TRUE(r.error().message.contains(u8("\"user\", \"file\""))) << r.error().message.toStdString();

    CsvImportOptions nameWithoutHeader;
    nameWithoutHeader.header = CsvHeaderMode::Absent;
    nameWithoutHeader.fileColumn = u8("file");
    EXPECT_EQ(CsvImportReader::read("jdoe,a.jpg\n", u8("/x"), nameWithoutHeader).error().kind,
              ErrorKind::Usage);

    EXPECT_EQ(CsvImportReader::read("a,b,c\nd,e,f\n", u8("/x"), {}).has_value(), true)
        << "no header: columns 1 and 2";
    EXPECT_EQ(CsvImportReader::read("Wer,Was,Wo\nd,e.jpg,f\n", u8("/x"), {}).error().kind, ErrorKind::Usage)
        << "three unnamed columns: which one is the user?";
    EXPECT_EQ(CsvImportReader::read("\n\n,,\n", u8("/x"), {}).error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(CsvImportOptions::parseDelimiter(u8("tab")).value(), QLatin1Char('\t'));
    EXPECT_TRUE(CsvImportOptions::parseDelimiter(u8("auto")).value().isNull());
    EXPECT_FALSE(CsvImportOptions::parseDelimiter(u8(";;")).has_value());
}

TEST(CsvImportReader, BrokenLinesAreReportedWithTheirNumbersAndGoodLinesStayUsable)
{
    const QByteArray data = "AD_user,path_to_file\n"        // 1
                            "jdoe,a.jpg\n"                  // 2
                            "asmith\n"                      // 3: one field
                            ",b.jpg\n"                      // 4: empty user
                            "bwayne,\n"                     // 5: empty file
                            ",,\n"                          // 6: Excel's empty row: blank
                            "ckent,\"c.jpg\n"               // 7: unclosed quote
                            "dprince,\"multi\nline.jpg\"\n" // 8-9
                            "eberg,e.jpg\n";                // 10
    const CsvImport csv = readOk(data);
    EXPECT_EQ(lines(csv), (QList<int>{2, 3, 4, 5, 7, 8, 10}));
    auto problems = [&](int line) {
        for (const auto& e : csv.entries) {
            if (e.line == line)
                return e.problems.join(QLatin1Char(' '));
        }
        return u8("<no line>");
    };
    EXPECT_EQ(problems(2), QString());
    EXPECT_TRUE(problems(3).contains(u8("1 field"))) << problems(3).toStdString();
    EXPECT_EQ(problems(4), u8("The user field is empty."));
    EXPECT_EQ(problems(5), u8("The file field is empty."));
    EXPECT_TRUE(problems(7).contains(u8("never closed"))) << problems(7).toStdString();
    EXPECT_EQ(problems(8), QString());
    EXPECT_EQ(problems(10), QString());
    EXPECT_EQ(csv.entries.last().path, u8("/data/import/e.jpg"));
}

TEST(CsvImportReader, ReadsFilesRelativeToTheirFolder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile f(dir.filePath(u8("import.csv")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBFuser,file\r\njdoe,photos\\jdoe.jpg\r\n");
    f.close();
    const auto csv = CsvImportReader::readFile(f.fileName(), {});
    ASSERT_TRUE(csv.has_value());
    EXPECT_EQ(csv->encoding, u8("UTF-8"));
    EXPECT_EQ(csv->entries.front().path, QDir(dir.path()).filePath(u8("photos/jdoe.jpg")));
    EXPECT_EQ(CsvImportReader::readFile(dir.filePath(u8("nope.csv")), {}).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(CsvImportReader::readFile(dir.path(), {}).error().kind, ErrorKind::InvalidInput);
}

// The same three records in every encoding Excel and Notepad write, with each delimiter and
// both line ends: the reader finds the encoding, the delimiter and the header by itself and
// reads exactly the same users, paths, quoted fields and line numbers from each.
TEST(CsvImportReader, EveryEncodingWithEveryDelimiterAndLineEnd)
{
    struct Encoding
    {
        const char* name; ///< what CsvImport::encoding reports
        QStringConverter::Encoding encoding;
        bool bom;
    };
    const Encoding encodings[] = {
        {"UTF-8", QStringConverter::Utf8, false},          {"UTF-8", QStringConverter::Utf8, true},
        {"UTF-16LE", QStringConverter::Utf16LE, true},     {"UTF-16BE", QStringConverter::Utf16BE, true},
        {"windows-1252", QStringConverter::Latin1, false}, // the letters below are the same bytes in both
    };
    for (const Encoding& e : encodings) {
        for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
            for (const QString& eol : {QStringLiteral("\r\n"), QStringLiteral("\n")}) {
                const QString d(delimiter);
                // A field holding the delimiter, a quote and a line break must be quoted.
                const QString text = u8("AD_user") + d + u8(" path_to_file") + eol +             // 1
                                     u8("jmüller") + d + u8(" Fotos\\Jürgen Müller.jpg") + eol + // 2
                                     u8("\"o'brien\"") + d + u8("\"Fotos\\O\"\"Brien") + d +
                                     u8(" Seán.jpg\"") + eol +                         // 3
                                     u8("ngarcía") + d + u8("\"Fotos\\García") + eol + // 4-5
                                     u8("Núñez.jpg\"") + eol;
                QStringEncoder encoder(e.encoding, e.bom ? QStringConverter::Flag::WriteBom
                                                         : QStringConverter::Flag::Default);
                const QByteArray bytes = encoder.encode(text);
                const std::string where = std::string(e.name) + (e.bom ? " with BOM" : "") + ", delimiter " +
                                          (delimiter == QLatin1Char('\t') ? "tab" : d.toStdString()) +
                                          (eol.size() == 2 ? ", CRLF" : ", LF");
                const CsvImport csv = readOk(bytes);
                EXPECT_EQ(csv.encoding, QLatin1String(e.name)) << where;
                EXPECT_EQ(csv.delimiter, delimiter) << where;
                EXPECT_TRUE(csv.hasHeader) << where;
                EXPECT_EQ(users(csv), (QStringList{u8("jmüller"), u8("o'brien"), u8("ngarcía")})) << where;
                EXPECT_EQ(lines(csv), (QList<int>{2, 3, 4})) << where;
                ASSERT_EQ(csv.entries.size(), 3) << where;
                EXPECT_EQ(csv.entries.at(0).path, u8("/data/import/Fotos/Jürgen Müller.jpg")) << where;
                EXPECT_EQ(csv.entries.at(1).path, u8("/data/import/Fotos/O\"Brien") + d + u8(" Seán.jpg"))
                    << where;
                EXPECT_EQ(csv.entries.at(2).path, u8("/data/import/Fotos/García") + eol + u8("Núñez.jpg"))
                    << where;
                for (const auto& entry : csv.entries)
                    EXPECT_TRUE(entry.problems.isEmpty())
                        << where << ": " << entry.problems.join(u8(" ")).toStdString();
            }
        }
    }
}
