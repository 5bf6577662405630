#include "app/gui/ConnectFlow.h"

#include "app/gui/Connection.h"
#include "app/gui/ConnectionDialog.h"
#include "core/ConnectionResolver.h"
#include "core/SecretStore.h"
#include "core/Settings.h"

namespace adphoto::gui {

ConnectFlow::ConnectFlow(Connection& connection, SecretStore& secrets, Settings& settings,
                         QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_dialogParent(dialogParent)
{
    connect(&m_connection, &Connection::opened, this, &ConnectFlow::onOpened);
    connect(&m_connection, &Connection::openFailed, this, &ConnectFlow::onOpenFailed);
}

ConnectFlow::~ConnectFlow() = default;

void ConnectFlow::setEnvironment(const QProcessEnvironment& env)
{
    m_env = env;
    if (m_dialog)
        m_dialog->setEnvironment(env);
}

void ConnectFlow::start()
{
    QString profile = m_env.value(QStringLiteral("ADPHOTO_PROFILE"));
    if (profile.isEmpty()) {
        const QString last = m_settings.value(Settings::Key::LastProfile).toString();
        if (m_settings.profileNames().contains(last))
            profile = last;
    }
    const bool haveTarget = !profile.isEmpty() || !m_env.value(QStringLiteral("ADPHOTO_SERVER")).isEmpty() ||
                            !m_env.value(QStringLiteral("ADPHOTO_DOMAIN")).isEmpty();
    if (!haveTarget) {
        showDialog(tr("Choose the domain controller to work with."));
        return;
    }
    QMap<QString, QString> flags;
    if (!profile.isEmpty())
        flags.insert(QStringLiteral("profile"), profile);
    QStringList warnings;
    auto resolved = ConnectionResolver::resolve(flags, m_env, m_settings, &warnings);
    for (const QString& w : warnings)
        emit statusMessage(w);
    if (!resolved) {
        ConnectionDialog* dialog = ensureDialog();
        if (m_settings.profileNames().contains(profile))
            dialog->loadProfile(profile);
        dialog->showError(resolved.error().text());
        dialog->open();
        return;
    }
    attempt(*resolved, profile, Origin::Startup);
}

ConnectionDialog* ConnectFlow::ensureDialog()
{
    if (!m_dialog) {
        m_dialog = new ConnectionDialog(m_settings, m_dialogParent);
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setEnvironment(m_env);
        connect(m_dialog, &ConnectionDialog::connectRequested, this, &ConnectFlow::onDialogConnect);
        connect(m_dialog, &ConnectionDialog::stopRequested, this, [this] {
            ++m_generation;
            m_connection.cancelOpen();
            m_dialog->setBusy(false);
        });
    }
    return m_dialog;
}

void ConnectFlow::showDialog(const QString& message)
{
    if (m_connection.isOpen()) {
        showDialogFor(m_connection.settings(), m_settings.value(Settings::Key::LastProfile).toString(),
                      message, false, false);
        return;
    }
    ConnectionDialog* dialog = ensureDialog();
    const QString last = m_settings.value(Settings::Key::LastProfile).toString();
    if (m_settings.profileNames().contains(last))
        dialog->loadProfile(last);
    dialog->showError(message, false);
    dialog->open();
}

void ConnectFlow::showDialogFor(const ConnectionSettings& settings, const QString& profile,
                                const QString& message, bool focusPassword, bool isError)
{
    ConnectionDialog* dialog = ensureDialog();
    dialog->setBusy(false);
    dialog->setSettings(settings, profile);
    dialog->showError(message, isError);
    if (!dialog->isVisible())
        dialog->open();
    if (focusPassword)
        dialog->focusPassword();
}

void ConnectFlow::attempt(ConnectionSettings settings, const QString& profile, Origin origin)
{
    const quint64 generation = ++m_generation;
    m_attempt = settings;
    m_profile = profile;
    m_origin = origin;
    m_passwordFromKeychain = false;
    if (settings.effectiveBind() != BindMethod::Simple || !settings.password.isEmpty()) {
        openNow(settings);
        return;
    }
    // A password bind without a password: the keychain, else ask.
    emit statusMessage(tr("Looking for the saved password…"));
    m_secrets.readPassword(SecretStore::passwordKey(settings))
        .then(this,
              [this, generation, settings, profile](const Result<std::optional<QString>>& stored) mutable {
                  if (generation != m_generation)
                      return;
                  if (stored && *stored && !(*stored)->isEmpty()) {
                      settings.password = **stored;
                      m_attempt = settings;
                      m_passwordFromKeychain = true;
                      openNow(settings);
                      return;
                  }
                  if (!stored)
                      ensureDialog()->setKeychainAvailable(false, stored.error().text());
                  showDialogFor(settings, profile, tr("Enter the password for %1.").arg(settings.user), true,
                                false);
              });
}

void ConnectFlow::openNow(const ConnectionSettings& settings)
{
    if (m_dialog && m_dialog->isVisible())
        m_dialog->setBusy(true);
    const QString where = settings.server.isEmpty() ? settings.domain : settings.server;
    emit statusMessage(tr("Connecting to %1…").arg(where));
    m_connection.open(settings);
}

void ConnectFlow::onDialogConnect()
{
    auto settings = m_dialog->connectionSettings();
    if (!settings) {
        m_dialog->showError(settings.error().text());
        return;
    }
    attempt(*settings, m_dialog->profileName(), Origin::Dialog);
}

void ConnectFlow::onOpened()
{
    const ConnectionSettings settings = m_attempt;
    if (m_origin == Origin::Dialog && m_dialog) {
        m_dialog->saveProfile();
        if (settings.effectiveBind() == BindMethod::Simple) {
            const QString key = SecretStore::passwordKey(settings);
            if (m_dialog->rememberPassword()) {
                m_secrets.writePassword(key, settings.password)
                    .then(this, [this](const Result<void>& written) {
                        emit statusMessage(
                            written ? tr("The password is saved in the system keychain.")
                                    : tr("The password could not be saved: %1").arg(written.error().text()));
                    });
            } else {
                // Unticking the box forgets a password saved before.
                m_secrets.removePassword(key).then(this, [](const Result<void>&) {});
            }
        }
    } else if (!m_profile.isEmpty()) {
        m_settings.setValue(Settings::Key::LastProfile, m_profile);
        m_settings.sync();
    }
    if (m_dialog) {
        m_dialog->setBusy(false);
        m_dialog->showError({});
        if (m_dialog->isVisible())
            m_dialog->accept();
    }
    emit statusMessage(tr("Connected: %1").arg(m_connection.summary()));
}

void ConnectFlow::onOpenFailed(const Error& error)
{
    if (error.kind == ErrorKind::Cancelled)
        return;
    QString message = error.text();
    const bool passwordProblem = error.kind == ErrorKind::Authentication;
    if (passwordProblem && m_passwordFromKeychain)
        message = tr("The saved password was refused: %1").arg(error.text());
    ConnectionSettings shown = m_attempt;
    if (m_passwordFromKeychain || passwordProblem)
        shown.password.clear();
    showDialogFor(shown, m_profile, message, passwordProblem);
    if (m_dialog)
        m_dialog->setRememberPassword(m_passwordFromKeychain);
    emit statusMessage(tr("Not connected: %1").arg(error.message));
}

} // namespace adphoto::gui
