#include "core/csv/CsvTextDecoder.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>

#include <memory>

namespace adphoto {

namespace {

QString normalizedName(const QString& name)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char('-'));
    n.remove(QLatin1Char('_'));
    return n;
}

QString decodeUtf16(const QByteArray& data, bool littleEndian, qsizetype skip)
{
    QStringDecoder decoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                           QStringConverter::Flag::Stateless);
    return decoder.decode(QByteArrayView(data).sliced(skip));
}

Result<QString> decodeWithIcu(const QByteArray& data, const QByteArray& name)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(name.constData(), &status),
                                                            &ucnv_close);
    if (U_FAILURE(status) || !conv)
        return fail(ErrorKind::Usage,
                    CsvTextDecoder::tr("Unknown encoding \"%1\".").arg(QString::fromLatin1(name)));
    if (data.isEmpty())
        return QString();
    // A single byte never becomes more than two UTF-16 units in the legacy code pages.
    QString out(data.size() * 2 + 1, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    const int32_t length =
        ucnv_toUChars(conv.get(), reinterpret_cast<UChar*>(out.data()), int32_t(out.size()), data.constData(),
                      int32_t(data.size()), &status);
    if (U_FAILURE(status))
        return fail(ErrorKind::InvalidInput,
                    CsvTextDecoder::tr("The file cannot be read as %1.").arg(QString::fromLatin1(name)));
    out.resize(length);
    return out;
}

// UTF-16 without a byte-order mark shows as every other byte being zero for Latin text.
int guessUtf16(const QByteArray& data)
{
    const qsizetype n = std::min<qsizetype>(data.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return 0;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += data.at(i) == 0;
        oddZeros += data.at(i + 1) == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 > pairs * 4 && evenZeros * 20 < pairs)
        return 1; // little endian: "a\0"
    if (evenZeros * 10 > pairs * 4 && oddZeros * 20 < pairs)
        return 2; // big endian: "\0a"
    return 0;
}

} // namespace

bool CsvTextDecoder::isValidUtf8(const QByteArray& data)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    [[maybe_unused]] const QString text = decoder.decode(data);
    return !decoder.hasError();
}

Result<DecodedText> CsvTextDecoder::decode(const QByteArray& data, const QString& encoding)
{
    const QString name = normalizedName(encoding);
    const bool utf8Bom = data.startsWith("\xEF\xBB\xBF");
    const bool leBom = data.startsWith("\xFF\xFE");
    const bool beBom = data.startsWith("\xFE\xFF");

    if (name.isEmpty() || name == QLatin1String("auto")) {
        if (utf8Bom)
            return DecodedText{QString::fromUtf8(data.sliced(3)), QStringLiteral("UTF-8"), true};
        if (leBom)
            return DecodedText{decodeUtf16(data, true, 2), QStringLiteral("UTF-16LE"), true};
        if (beBom)
            return DecodedText{decodeUtf16(data, false, 2), QStringLiteral("UTF-16BE"), true};
        if (const int guess = guessUtf16(data); guess != 0)
            return DecodedText{decodeUtf16(data, guess == 1, 0),
                               guess == 1 ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"), false};
        if (isValidUtf8(data))
            return DecodedText{QString::fromUtf8(data), QStringLiteral("UTF-8"), false};
        auto text = decodeWithIcu(data, "windows-1252");
        if (!text)
            return std::unexpected(text.error());
        return DecodedText{*text, QStringLiteral("windows-1252"), false};
    }

    if (name == QLatin1String("utf8")) {
        const QByteArray body = utf8Bom ? data.sliced(3) : data;
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(body);
        if (decoder.hasError())
            return fail(ErrorKind::InvalidInput,
                        tr("The file is not valid UTF-8; try --encoding windows-1252 or --encoding auto."));
        return DecodedText{text, QStringLiteral("UTF-8"), utf8Bom};
    }
    if (name == QLatin1String("utf16") || name == QLatin1String("utf16le") ||
        name == QLatin1String("utf16be") || name == QLatin1String("unicode")) {
        bool little = name != QLatin1String("utf16be");
        qsizetype skip = 0;
        if (leBom || beBom) {
            // The mark wins over a name that says otherwise: it is what the file really is.
            little = leBom;
            skip = 2;
        }
        return DecodedText{decodeUtf16(data, little, skip),
                           little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"), skip != 0};
    }
    auto text = decodeWithIcu(data, encoding.trimmed().toLatin1());
    if (!text)
        return std::unexpected(text.error());
    return DecodedText{*text, encoding.trimmed(), false};
}

} // namespace adphoto
