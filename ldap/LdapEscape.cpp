#include "ldap/LdapEscape.h"

#include <ldap.h>

namespace adphoto::ldapescape {

QString filterValue(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    QString out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '*' || c == '(' || c == ')' || c == '\\' || u == 0 || u < 0x20 || u == 0x7f) {
            out += QStringLiteral("\\%1").arg(u, 2, 16, QLatin1Char('0'));
        } else if (u >= 0x80) {
            // Keeps the filter 7-bit: UTF-8 sequences are legal in a filter, but escaping them
            // avoids any re-encoding between QString and the wire.
            out += QStringLiteral("\\%1").arg(u, 2, 16, QLatin1Char('0'));
        } else {
            out += QLatin1Char(c);
        }
    }
    return out;
}

QString filterBytes(const QByteArray& bytes)
{
    QString out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes)
        out += QStringLiteral("\\%1").arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0'));
    return out;
}

QString dnValue(const QString& value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool special = QStringLiteral(",+\"\\<>;=").contains(c);
        const bool leading = i == 0 && (c == QLatin1Char('#') || c == QLatin1Char(' '));
        const bool trailing = i == value.size() - 1 && c == QLatin1Char(' ');
        if (c == QChar(0)) {
            out += QStringLiteral("\\00");
        } else if (special || leading || trailing) {
            out += QLatin1Char('\\');
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

QUuid guidFromBytes(const QByteArray& b)
{
    if (b.size() != 16)
        return {};
    auto u8 = [&](int i) { return static_cast<uchar>(b.at(i)); };
    const uint data1 = uint(u8(0)) | uint(u8(1)) << 8 | uint(u8(2)) << 16 | uint(u8(3)) << 24;
    const ushort data2 = ushort(u8(4) | u8(5) << 8);
    const ushort data3 = ushort(u8(6) | u8(7) << 8);
    return QUuid(data1, data2, data3, u8(8), u8(9), u8(10), u8(11), u8(12), u8(13), u8(14), u8(15));
}

QByteArray guidToBytes(const QUuid& g)
{
    QByteArray b(16, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char((g.data1 >> (8 * i)) & 0xff);
    b[4] = char(g.data2 & 0xff);
    b[5] = char(g.data2 >> 8);
    b[6] = char(g.data3 & 0xff);
    b[7] = char(g.data3 >> 8);
    for (int i = 0; i < 8; ++i)
        b[8 + i] = char(g.data4[i]);
    return b;
}

std::optional<QUuid> parseGuidSpec(const QString& spec)
{
    const QString t = spec.trimmed();
    if (!t.startsWith(QLatin1String("<GUID="), Qt::CaseInsensitive) || !t.endsWith(QLatin1Char('>')))
        return std::nullopt;
    const QUuid guid = QUuid::fromString(t.mid(6, t.size() - 7));
    if (guid.isNull())
        return std::nullopt;
    return guid;
}

bool looksLikeDn(const QString& text)
{
    if (!text.contains(QLatin1Char('=')))
        return false;
    const QByteArray utf8 = text.toUtf8();
    LDAPDN dn = nullptr;
    const int rc = ldap_str2dn(utf8.constData(), &dn, LDAP_DN_FORMAT_LDAPV3);
    const bool ok = rc == LDAP_SUCCESS && dn != nullptr && dn[0] != nullptr;
    if (dn)
        ldap_dnfree(dn);
    return ok;
}

} // namespace adphoto::ldapescape
