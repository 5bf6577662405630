#include "core/deploy/RegistryPolicyFile.h"

#include "core/deploy/TextEncoding.h"

#include <QtEndian>

namespace adphoto::deploy {

namespace {
constexpr quint32 kRegDword = 4;

QByteArray le32(quint32 value)
{
    QByteArray out(4, '\0');
    qToLittleEndian<quint32>(value, out.data());
    return out;
}

QByteArray wideChar(char c)
{
    return QByteArray(1, c) + QByteArray(1, '\0');
}
} // namespace

void RegistryPolicyFile::addDword(const QString& key, const QString& valueName, quint32 value)
{
    m_entries.append({key, valueName, kRegDword, le32(value)});
}

QByteArray RegistryPolicyFile::bytes() const
{
    QByteArray out("PReg");
    out += le32(1);
    const QByteArray nul(2, '\0');
    for (const Entry& e : m_entries) {
        out += wideChar('[');
        out += utf16Le(e.key) + nul;
        out += wideChar(';');
        out += utf16Le(e.valueName) + nul;
        out += wideChar(';');
        out += le32(e.type);
        out += wideChar(';');
        out += le32(static_cast<quint32>(e.data.size()));
        out += wideChar(';');
        out += e.data;
        out += wideChar(']');
    }
    return out;
}

RegistryPolicyFile RegistryPolicyFile::loopbackMerge()
{
    RegistryPolicyFile file;
    file.addDword(QStringLiteral("Software\\Policies\\Microsoft\\Windows\\System"),
                  QStringLiteral("UserPolicyMode"), 1);
    return file;
}

} // namespace adphoto::deploy
