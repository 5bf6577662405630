#pragma once

#include "core/ConnectionSettings.h"
#include "core/Error.h"

#include <QDialog>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace adphoto {
class Settings;
}

namespace adphoto::gui {

/// The connect dialog: where the DC is (server URI or domain for DNS discovery), TLS mode and
/// CA file, bind method (Kerberos or password), user and password, named profiles, and
/// "remember password" (keychain, never the settings file). Validation uses the CLI's
/// ConnectionResolver, so both executables accept and refuse the same combinations. Connect
/// does not close the dialog: the caller connects, then accept()s or showError()s.
/// GUI thread only.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(Settings& settings, QWidget* parent = nullptr);

    /// Fills the form from resolved settings, naming the profile they came from (may be empty).
    void setSettings(const ConnectionSettings& settings, const QString& profile);
    /// Fills the form from a saved profile.
    void loadProfile(const QString& name);

    /// The form as profile keys (server, domain, base, bind, user, tls, ca-file, ...).
    [[nodiscard]] QMap<QString, QString> values() const;
    /// The validated settings, with the password; ErrorKind::Usage with the reason otherwise.
    [[nodiscard]] Result<ConnectionSettings> connectionSettings() const;
    [[nodiscard]] QString profileName() const;
    [[nodiscard]] bool rememberPassword() const;
    void setRememberPassword(bool on);
    /// Whether the keychain may be offered at all (false: the box is disabled with a reason).
    void setKeychainAvailable(bool available, const QString& reason = {});

    /// While connecting: inputs disabled, "Connecting…" shown, Connect becomes Stop.
    void setBusy(bool busy);
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// Shows an error (or, with `isError` false, a prompt) in place, not in a message box;
    /// empty hides it.
    void showError(const QString& text, bool isError = true);
    [[nodiscard]] QString errorText() const;
    void focusPassword();
    /// The environment validation reads (ADPHOTO_PASSWORD, LDAPTLS_REQCERT); tests set it.
    void setEnvironment(const QProcessEnvironment& env) { m_env = env; }

    /// Stores the form as profile profileName() (no password) and makes it the last profile.
    void saveProfile();

    /// Escape/Cancel: stops a connection attempt in progress, then closes.
    void reject() override;

signals:
    /// Connect was pressed and the form is valid.
    void connectRequested();
    /// Stop was pressed while busy.
    void stopRequested();

private:
    void onConnectClicked();
    void onProfileChosen(int index);
    void onDeleteProfile();
    void updateEnabled();
    void reloadProfiles(const QString& select);
    void browseCaFile();

    Settings& m_settings;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    bool m_busy = false;
    bool m_keychainAvailable = true;

    QComboBox* m_profile = nullptr;
    QPushButton* m_deleteProfile = nullptr;
    QRadioButton* m_useServer = nullptr;
    QRadioButton* m_useDomain = nullptr;
    QLineEdit* m_server = nullptr;
    QLineEdit* m_domain = nullptr;
    QLineEdit* m_dnsServer = nullptr;
    QLineEdit* m_baseDn = nullptr;
    QComboBox* m_tls = nullptr;
    QLineEdit* m_caFile = nullptr;
    QCheckBox* m_insecure = nullptr;
    QRadioButton* m_kerberos = nullptr;
    QRadioButton* m_passwordBind = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QSpinBox* m_timeout = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_connect = nullptr;
};

} // namespace adphoto::gui
