#include "core/Settings.h"

#include <QStandardPaths>

namespace adphoto {

namespace {
struct Entry
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const Entry& entry(Settings::Key key)
{
    static const Entry table[] = {
        // Never "general/": QSettings writes that group as [%General] and reads it back as
        // "General/...", so the value would be lost between runs.
        {Settings::Key::LastProfile, "connection/lastProfile", QString()},
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::PhotoSize, "photo/size", 96},
        {Settings::Key::MaxBytes, "photo/maxBytes", 102400},
        {Settings::Key::FaceDetection, "photo/faceDetection", true},
        {Settings::Key::TimeoutSeconds, "ldap/timeout", 30},
        {Settings::Key::PageSize, "ldap/pageSize", 1000},
        {Settings::Key::CascadePath, "photo/cascadePath", QString()},
        {Settings::Key::PixelLimit, "photo/pixelLimit", 50'000'000},
    };
    for (const Entry& e : table) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

const QString profilePrefix = QStringLiteral("profile-");
} // namespace

QString Settings::defaultPath()
{
    const QString overridden = qEnvironmentVariable("ADPHOTO_CONFIG");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/adphoto/adphoto.ini");
}

Settings::Settings(const QString& path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const Entry& e = entry(key);
    return m_settings->value(QString::fromLatin1(e.name), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(keyName(key), value);
}

QStringList Settings::profileNames() const
{
    QStringList names;
    const QStringList groups = m_settings->childGroups();
    for (const QString& g : groups) {
        if (g.startsWith(profilePrefix))
            names << g.mid(profilePrefix.size());
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QMap<QString, QString> Settings::profile(const QString& name) const
{
    QMap<QString, QString> values;
    m_settings->beginGroup(profilePrefix + name);
    const QStringList keys = m_settings->childKeys();
    for (const QString& k : keys)
        values.insert(k, m_settings->value(k).toString());
    m_settings->endGroup();
    return values;
}

void Settings::saveProfile(const QString& name, const QMap<QString, QString>& values)
{
    m_settings->remove(profilePrefix + name);
    m_settings->beginGroup(profilePrefix + name);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // A password never lands in the settings file, whoever asks.
        if (it.key().compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            continue;
        m_settings->setValue(it.key(), it.value());
    }
    m_settings->endGroup();
}

void Settings::removeProfile(const QString& name)
{
    m_settings->remove(profilePrefix + name);
}

QString Settings::path() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace adphoto
