#include "core/matching/UserSpecResolver.h"

#include <QRegularExpression>
#include <QUuid>

namespace adphoto {

namespace {

// Case and Unicode form do not matter (a CSV from a Mac may hold NFD names).
QString nameKey(const QString& text)
{
    return text.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
}

bool looksLikeDn(const QString& value)
{
    static const QRegularExpression attribute(QStringLiteral(R"(^[A-Za-z][A-Za-z0-9-]*\s*=)"));
    return attribute.match(value).hasMatch() &&
           (value.contains(QLatin1Char(',')) || !value.contains(QLatin1Char('@')));
}

void addTo(QHash<QString, QList<qsizetype>>& map, const QString& key, qsizetype user)
{
    if (key.isEmpty())
        return;
    QList<qsizetype>& list = map[key];
    if (!list.contains(user))
        list.append(user);
}

} // namespace

QString UserSpecResolver::normalizedDn(const QString& dn)
{
    // Spaces around the separators are insignificant in a DN; escaped ones (\,) are kept.
    QString out;
    out.reserve(dn.size());
    const QString lower = nameKey(dn);
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const QChar c = lower.at(i);
        if (c == QLatin1Char('\\') && i + 1 < lower.size()) {
            out += c;
            out += lower.at(++i);
            continue;
        }
        if (c == QLatin1Char(',') || c == QLatin1Char('=')) {
            while (out.endsWith(QLatin1Char(' ')) && !out.endsWith(QLatin1String("\\ ")))
                out.chop(1);
            out += c;
            while (i + 1 < lower.size() && lower.at(i + 1) == QLatin1Char(' '))
                ++i;
            continue;
        }
        out += c;
    }
    return out;
}

UserSpecResolver::UserSpecResolver(QList<UserRecord> users)
    : m_users(std::move(users))
{
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        const UserRecord& u = m_users.at(i);
        addTo(m_byName, nameKey(u.sAMAccountName), i);
        addTo(m_byName, nameKey(u.userPrincipalName), i);
        addTo(m_byName, nameKey(u.mail), i);
        addTo(m_byName, nameKey(u.employeeID), i);
        addTo(m_bySam, nameKey(u.sAMAccountName), i);
        addTo(m_byDn, normalizedDn(u.dn), i);
        if (!u.objectGuid.isNull())
            addTo(m_byGuid, guidText(u.objectGuid), i);
    }
}

Result<UserRecord> UserSpecResolver::resolve(const QString& spec) const
{
    const QString value = spec.trimmed();
    if (value.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("The user is empty."));

    QList<qsizetype> hits;
    if (value.startsWith(QLatin1String("<GUID="), Qt::CaseInsensitive) && value.endsWith(QLatin1Char('>'))) {
        const QUuid guid = QUuid::fromString(value.mid(6, value.size() - 7).trimmed());
        if (guid.isNull())
            return fail(ErrorKind::InvalidInput, tr("\"%1\" is not a valid GUID.").arg(value));
        hits = m_byGuid.value(guidText(guid));
    } else if (looksLikeDn(value)) {
        hits = m_byDn.value(normalizedDn(value));
    } else if (const qsizetype slash = value.indexOf(QLatin1Char('\\'));
               slash > 0 && !value.contains(QLatin1Char('@'))) {
        // DOMAIN\name, as Windows shows logon names.
        hits = m_bySam.value(nameKey(value.mid(slash + 1)));
    } else {
        hits = m_byName.value(nameKey(value));
        const QUuid guid = QUuid::fromString(value);
        if (!guid.isNull()) {
            for (const qsizetype h : m_byGuid.value(guidText(guid))) {
                if (!hits.contains(h))
                    hits.append(h);
            }
        }
    }

    if (hits.isEmpty())
        return fail(ErrorKind::NotFound, tr("Unknown user \"%1\".").arg(value));
    if (hits.size() > 1) {
        Error error{ErrorKind::Ambiguous,
                    tr("\"%1\" fits %n users; none was chosen.", nullptr, int(hits.size())).arg(value),
                    {},
                    {}};
        for (const qsizetype h : hits)
            error.candidates.append(m_users.at(h).sAMAccountName);
        return std::unexpected(error);
    }
    return m_users.at(hits.front());
}

} // namespace adphoto
