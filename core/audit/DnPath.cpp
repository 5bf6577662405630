#include "core/audit/DnPath.h"

namespace adphoto::dnpath {

QStringList split(const QString& dn)
{
    QStringList rdns;
    QString current;
    for (qsizetype i = 0; i < dn.size(); ++i) {
        const QChar c = dn.at(i);
        if (c == QLatin1Char('\\') && i + 1 < dn.size()) {
            // An escaped character (or the first of a hex pair) never ends an RDN.
            current += c;
            current += dn.at(++i);
        } else if (c == QLatin1Char(',') || c == QLatin1Char(';')) {
            rdns << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty() || !rdns.isEmpty())
        rdns << current.trimmed();
    return rdns;
}

QString parent(const QString& dn)
{
    for (qsizetype i = 0; i < dn.size(); ++i) {
        const QChar c = dn.at(i);
        if (c == QLatin1Char('\\'))
            ++i;
        else if (c == QLatin1Char(',') || c == QLatin1Char(';'))
            return dn.mid(i + 1).trimmed();
    }
    return {};
}

bool isWithin(const QString& dn, const QString& base)
{
    const QStringList inner = split(dn);
    const QStringList outer = split(base);
    if (outer.isEmpty() || inner.size() < outer.size())
        return false;
    const qsizetype offset = inner.size() - outer.size();
    for (qsizetype i = 0; i < outer.size(); ++i) {
        if (inner.at(offset + i).compare(outer.at(i), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

bool treeLess(const QString& a, const QString& b)
{
    const QStringList x = split(a);
    const QStringList y = split(b);
    // Compare from the root (rightmost RDN) down; a shorter path that is a prefix comes first.
    for (qsizetype i = 1; i <= std::min(x.size(), y.size()); ++i) {
        const int c = x.at(x.size() - i).compare(y.at(y.size() - i), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
    }
    return x.size() < y.size();
}

} // namespace adphoto::dnpath
