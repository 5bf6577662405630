#include "core/ConnectionSettings.h"

namespace adphoto {

QString tlsModeName(TlsMode mode)
{
    switch (mode) {
    case TlsMode::StartTls: return QStringLiteral("starttls");
    case TlsMode::Ldaps: return QStringLiteral("ldaps");
    case TlsMode::None: return QStringLiteral("none");
    case TlsMode::Default: break;
    }
    return QStringLiteral("default");
}

std::optional<TlsMode> parseTlsMode(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("starttls"))
        return TlsMode::StartTls;
    if (t == QLatin1String("ldaps"))
        return TlsMode::Ldaps;
    if (t == QLatin1String("none"))
        return TlsMode::None;
    return std::nullopt;
}

QString bindMethodName(BindMethod method)
{
    switch (method) {
    case BindMethod::Simple: return QStringLiteral("simple");
    case BindMethod::Gssapi: return QStringLiteral("gssapi");
    case BindMethod::Default: break;
    }
    return QStringLiteral("default");
}

std::optional<BindMethod> parseBindMethod(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("simple"))
        return BindMethod::Simple;
    if (t == QLatin1String("gssapi") || t == QLatin1String("kerberos"))
        return BindMethod::Gssapi;
    return std::nullopt;
}

} // namespace adphoto
