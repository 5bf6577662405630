#include "core/deploy/Escaping.h"

namespace adphoto::deploy {

namespace {

// XML 1.0 Char production: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, supplementary planes.
// Returns `text` with every other code unit (including lone surrogates) replaced by U+FFFD.
QString xmlSafe(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out.append(c);
            out.append(text[++i]);
        } else if (c.isSurrogate() || u == 0xfffe || u == 0xffff ||
                   (u < 0x20 && u != 0x9 && u != 0xa && u != 0xd)) {
            out.append(QChar(0xfffd));
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace

bool isPowerShellSingleQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || u == 0x2018 || u == 0x2019 || u == 0x201a || u == 0x201b;
}

QString psSingleQuoted(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(QLatin1Char('\''));
    for (const QChar c : text) {
        if (isPowerShellSingleQuote(c))
            out.append(c);
        out.append(c);
    }
    out.append(QLatin1Char('\''));
    return out;
}

QString xmlText(QStringView text)
{
    QString out;
    for (const QChar c : xmlSafe(text)) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString xmlAttribute(QStringView text)
{
    QString out;
    for (const QChar c : xmlSafe(text)) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            out += QLatin1String("&apos;");
            break;
        case u'\t':
            out += QLatin1String("&#9;");
            break;
        case u'\n':
            out += QLatin1String("&#10;");
            break;
        case u'\r':
            out += QLatin1String("&#13;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString xmlCData(QStringView text)
{
    // "]]>" cannot appear inside a section: end the section after "]]" and start a new one
    // with ">", so the reader joins the pieces back into the original text.
    QString body = xmlSafe(text);
    body.replace(QLatin1String("]]>"), QLatin1String("]]]]><![CDATA[>"));
    return QLatin1String("<![CDATA[") + body + QLatin1String("]]>");
}

QString htmlText(QStringView text)
{
    QString out;
    for (const QChar c : xmlSafe(text)) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace adphoto::deploy
