#include "core/deploy/DeployTemplate.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace adphoto::deploy {

DeployTemplate::DeployTemplate(QString name, QString text)
    : m_name(std::move(name))
    , m_text(std::move(text))
{}

Result<DeployTemplate> DeployTemplate::load(const QString& name)
{
    QFile file(QStringLiteral(":/adphoto/deploy/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Internal, tr("The built-in template %1 is missing.").arg(name));
    return DeployTemplate(name, QString::fromUtf8(file.readAll()));
}

Result<QString> DeployTemplate::render(const QMap<QString, QString>& values) const
{
    static const QRegularExpression placeholder(QStringLiteral("@@([A-Z0-9_]+)@@"));
    QString out;
    out.reserve(m_text.size() + 256);
    QSet<QString> used;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(m_text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString key = match.captured(1);
        const auto value = values.constFind(key);
        if (value == values.cend()) {
            return fail(ErrorKind::Internal,
                        tr("The template %1 has a placeholder %2 without a value.").arg(m_name, key));
        }
        out += QStringView(m_text).mid(last, match.capturedStart(0) - last);
        out += *value;
        used.insert(key);
        last = match.capturedEnd(0);
    }
    out += QStringView(m_text).mid(last);
    for (auto v = values.cbegin(); v != values.cend(); ++v) {
        if (!used.contains(v.key()))
            return fail(ErrorKind::Internal,
                        tr("The template %1 has no placeholder %2.").arg(m_name, v.key()));
    }
    return out;
}

} // namespace adphoto::deploy
