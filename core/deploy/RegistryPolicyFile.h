#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace adphoto::deploy {

/// Writes a Registry.pol file (the "PReg" format of MS-GPREG 2.2.1): the signature "PReg",
/// version 1, then one "[key;value;type;size;data]" record per setting, with the brackets,
/// semicolons and the NUL-terminated key and value names in UTF-16 LE. Any thread.
class RegistryPolicyFile
{
public:
    /// A REG_DWORD value below HKLM (machine file) or HKCU (user file).
    void addDword(const QString& key, const QString& valueName, quint32 value);

    [[nodiscard]] QByteArray bytes() const;

    /// The machine policy "Configure user Group Policy loopback processing mode" = Merge:
    /// Software\Policies\Microsoft\Windows\System, UserPolicyMode = 1.
    [[nodiscard]] static RegistryPolicyFile loopbackMerge();

private:
    struct Entry
    {
        QString key;
        QString valueName;
        quint32 type;
        QByteArray data;
    };
    QList<Entry> m_entries;
};

} // namespace adphoto::deploy
