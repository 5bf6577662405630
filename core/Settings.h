#pragma once

#include <QMap>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace adphoto {

/// The typed table of adphoto's settings over one INI file shared by the GUI and the CLI.
/// The file is ADPHOTO_CONFIG if set, else adphoto.ini in the user's config location.
/// Secrets never go here (see SecretStore). Not thread-safe: use from one thread.
class Settings
{
public:
    enum class Key {
        LastProfile,
        Language,
        PhotoSize,
        MaxBytes,
        FaceDetection,
        TimeoutSeconds,
        PageSize,
        CascadePath,
        PixelLimit,
    };

    /// The settings file in use: ADPHOTO_CONFIG, else <config dir>/adphoto/adphoto.ini.
    [[nodiscard]] static QString defaultPath();

    explicit Settings(const QString& path = defaultPath());

    [[nodiscard]] QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    [[nodiscard]] static QString keyName(Key key);
    [[nodiscard]] static QVariant defaultValue(Key key);

    /// Named connection profiles: groups "profile/<name>" holding the connection keys
    /// (server, domain, base, bind, user, tls, ca-file, dns-server, timeout, page-size).
    [[nodiscard]] QStringList profileNames() const;
    [[nodiscard]] QMap<QString, QString> profile(const QString& name) const;
    void saveProfile(const QString& name, const QMap<QString, QString>& values);
    void removeProfile(const QString& name);

    [[nodiscard]] QString path() const;
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace adphoto
