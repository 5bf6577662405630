#include "core/deploy/TextEncoding.h"

#include <QtEndian>

namespace adphoto::deploy {

QString withCrLf(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') && (i == 0 || text.at(i - 1) != QLatin1Char('\r')))
            out.append(QLatin1Char('\r'));
        out.append(c);
    }
    return out;
}

QByteArray utf8WithBom(const QString& text)
{
    return QByteArray("\xEF\xBB\xBF") + withCrLf(text).toUtf8();
}

QByteArray utf8(const QString& text)
{
    return withCrLf(text).toUtf8();
}

QByteArray utf16Le(const QString& text)
{
    QByteArray out;
    out.resize(text.size() * 2);
    for (qsizetype i = 0; i < text.size(); ++i)
        qToLittleEndian<quint16>(text.at(i).unicode(), out.data() + 2 * i);
    return out;
}

QByteArray utf16LeWithBom(const QString& text)
{
    return QByteArray("\xFF\xFE", 2) + utf16Le(withCrLf(text));
}

} // namespace adphoto::deploy
