#include "core/matching/NamePattern.h"

namespace adphoto {

Result<NamePattern> NamePattern::parse(const QString& text)
{
    NamePattern pattern;
    pattern.m_text = text;
    QString literal;
    bool anyAttribute = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('}'))
            return fail(ErrorKind::Usage, tr("Pattern \"%1\" has a \"}\" without \"{\".").arg(text));
        if (c != QLatin1Char('{')) {
            literal += c;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0)
            return fail(ErrorKind::Usage, tr("Pattern \"%1\" has a \"{\" without \"}\".").arg(text));
        QString name = text.mid(i + 1, close - i - 1).trimmed();
        int length = 0;
        if (const qsizetype colon = name.indexOf(QLatin1Char(':')); colon >= 0) {
            bool ok = false;
            length = name.mid(colon + 1).trimmed().toInt(&ok);
            if (!ok || length <= 0)
                return fail(
                    ErrorKind::Usage,
                    tr("Pattern \"%1\": \"%2\" needs a positive length after the colon.").arg(text, name));
            name = name.left(colon).trimmed();
        }
        static const QList<std::pair<QString, Attribute>> names = {
            {QStringLiteral("samaccountname"), Attribute::SamAccountName},
            {QStringLiteral("userprincipalname"), Attribute::UserPrincipalName},
            {QStringLiteral("mail"), Attribute::Mail},
            {QStringLiteral("employeeid"), Attribute::EmployeeId},
            {QStringLiteral("displayname"), Attribute::DisplayName},
            {QStringLiteral("givenname"), Attribute::GivenName},
            {QStringLiteral("sn"), Attribute::Sn},
        };
        Attribute attribute = Attribute::None;
        for (const auto& [key, value] : names) {
            if (name.compare(key, Qt::CaseInsensitive) == 0)
                attribute = value;
        }
        if (attribute == Attribute::None)
            return fail(
                ErrorKind::Usage,
                tr("Pattern \"%1\": unknown attribute {%2}; use sAMAccountName, userPrincipalName, mail, "
                   "employeeID, displayName, givenName or sn.")
                    .arg(text, name));
        if (!literal.isEmpty())
            pattern.m_parts.append(Part{literal, Attribute::None, 0});
        literal.clear();
        pattern.m_parts.append(Part{{}, attribute, length});
        anyAttribute = true;
        i = close;
    }
    if (!literal.isEmpty())
        pattern.m_parts.append(Part{literal, Attribute::None, 0});
    if (!anyAttribute)
        return fail(ErrorKind::Usage, tr("Pattern \"%1\" uses no attribute such as {sn}.").arg(text));
    return pattern;
}

QString NamePattern::expand(const UserRecord& user) const
{
    QString out;
    for (const Part& part : m_parts) {
        QString value;
        switch (part.attribute) {
        case Attribute::None:
            out += part.literal;
            continue;
        case Attribute::SamAccountName:
            value = user.sAMAccountName;
            break;
        case Attribute::UserPrincipalName:
            value = user.userPrincipalName;
            break;
        case Attribute::Mail:
            value = user.mail;
            break;
        case Attribute::EmployeeId:
            value = user.employeeID;
            break;
        case Attribute::DisplayName:
            value = user.displayName;
            break;
        case Attribute::GivenName:
            value = user.givenName;
            break;
        case Attribute::Sn:
            value = user.sn;
            break;
        }
        value = value.trimmed().normalized(QString::NormalizationForm_C);
        if (value.isEmpty())
            return {};
        out += part.length > 0 ? value.left(part.length) : value;
    }
    return out;
}

} // namespace adphoto
