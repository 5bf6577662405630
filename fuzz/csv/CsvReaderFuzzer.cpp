// libFuzzer target for CSV import: decoding, record splitting, header and column detection and
// path resolution must never crash, hang or leak on hostile input, and every entry's line must
// lie within the text.
#include "core/csv/CsvImportReader.h"
#include "core/csv/CsvParser.h"
#include "core/csv/CsvTextDecoder.h"

#include <cstdint>
#include <cstdlib>

using namespace adphoto;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the options, the rest is the file.
    const uint8_t choice = data[0];
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));

    static const char* const encodings[] = {"auto",     "utf-8",        "utf-16",
                                            "utf-16be", "windows-1252", "iso-8859-2"};
    static const char delimiters[] = {0, ',', ';', '\t'};
    CsvImportOptions options;
    options.encoding = QString::fromLatin1(encodings[choice % 6]);
    options.delimiter = QLatin1Char(delimiters[(choice >> 3) & 3]);
    options.header = (choice & 0x20) ? CsvHeaderMode::Absent : CsvHeaderMode::Auto;
    if (choice & 0x40)
        options.userColumn = QStringLiteral("2");
    if (choice & 0x80)
        options.pathMaps = {PathMapping(QStringLiteral("C:\\Photos"), QStringLiteral("/mnt/photos"))};

    const auto result = CsvImportReader::read(bytes, QStringLiteral("/data/import"), options);
    if (result) {
        int previous = 0;
        for (const CsvImportEntry& e : result->entries) {
            if (e.line <= previous)
                std::abort(); // lines must increase
            previous = e.line;
        }
    }
    if (const auto text = CsvTextDecoder::decode(bytes); text) {
        const qsizetype lineBreaks =
            text->text.count(QLatin1Char('\n')) + text->text.count(QLatin1Char('\r'));
        for (const CsvRecord& r : CsvParser::parse(text->text, CsvParser::detectDelimiter(text->text))) {
            if (r.line < 1 || r.line > lineBreaks + 1 || r.fields.isEmpty())
                std::abort();
        }
    }
    return 0;
}
