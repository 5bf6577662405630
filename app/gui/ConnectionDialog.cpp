#include "app/gui/ConnectionDialog.h"

#include "core/ConnectionResolver.h"
#include "core/Settings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace adphoto::gui {

namespace {
const QString kServer = QStringLiteral("server");
const QString kDomain = QStringLiteral("domain");
const QString kDnsServer = QStringLiteral("dns-server");
const QString kBase = QStringLiteral("base");
const QString kTls = QStringLiteral("tls");
const QString kCaFile = QStringLiteral("ca-file");
const QString kInsecure = QStringLiteral("insecure-skip-verify");
const QString kBind = QStringLiteral("bind");
const QString kUser = QStringLiteral("user");
const QString kTimeout = QStringLiteral("timeout");
} // namespace

ConnectionDialog::ConnectionDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Connect to Active Directory"));
    setObjectName(QStringLiteral("connectionDialog"));

    // Profile row.
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profile"));
    m_profile->setEditable(true);
    m_profile->setInsertPolicy(QComboBox::NoInsert);
    m_profile->setToolTip(tr("Connections are saved under this name (without the password)."));
    m_profile->lineEdit()->setPlaceholderText(tr("New profile name"));
    m_deleteProfile = new QPushButton(tr("Delete"), this);
    m_deleteProfile->setObjectName(QStringLiteral("deleteProfile"));
    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(m_deleteProfile);

    // Where.
    auto* where = new QGroupBox(tr("Domain controller"), this);
    m_useServer = new QRadioButton(tr("&Server:"), where);
    m_useServer->setObjectName(QStringLiteral("useServer"));
    m_useDomain = new QRadioButton(tr("Find a DC of the &domain:"), where);
    m_useDomain->setObjectName(QStringLiteral("useDomain"));
    auto* whereGroup = new QButtonGroup(this);
    whereGroup->addButton(m_useServer);
    whereGroup->addButton(m_useDomain);
    m_server = new QLineEdit(where);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(tr("ldaps://dc1.example.com or dc1.example.com"));
    m_domain = new QLineEdit(where);
    m_domain->setObjectName(QStringLiteral("domain"));
    m_domain->setPlaceholderText(tr("example.com"));
    m_dnsServer = new QLineEdit(where);
    m_dnsServer->setObjectName(QStringLiteral("dnsServer"));
    m_dnsServer->setPlaceholderText(tr("system resolver"));
    m_baseDn = new QLineEdit(where);
    m_baseDn->setObjectName(QStringLiteral("baseDn"));
    m_baseDn->setPlaceholderText(tr("the domain's naming context"));
    auto* whereForm = new QFormLayout(where);
    whereForm->addRow(m_useServer, m_server);
    whereForm->addRow(m_useDomain, m_domain);
    whereForm->addRow(tr("DNS server for discovery:"), m_dnsServer);
    whereForm->addRow(tr("Search &base:"), m_baseDn);

    // Security.
    auto* security = new QGroupBox(tr("Encryption"), this);
    m_tls = new QComboBox(security);
    m_tls->setObjectName(QStringLiteral("tls"));
    m_tls->addItem(tr("Automatic (StartTLS for passwords, Kerberos sealing)"), QString());
    m_tls->addItem(tr("StartTLS"), QStringLiteral("starttls"));
    m_tls->addItem(tr("LDAPS (port 636)"), QStringLiteral("ldaps"));
    m_tls->addItem(tr("None: Kerberos sealing only"), QStringLiteral("none"));
    m_caFile = new QLineEdit(security);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("system certificates"));
    auto* browse = new QPushButton(tr("Browse…"), security);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_insecure = new QCheckBox(tr("Do not verify the server certificate (unsafe)"), security);
    m_insecure->setObjectName(QStringLiteral("insecure"));
    auto* securityForm = new QFormLayout(security);
    securityForm->addRow(tr("&TLS:"), m_tls);
    auto* caLabel = new QLabel(tr("&CA certificates:"), security);
    caLabel->setBuddy(m_caFile);
    securityForm->addRow(caLabel, caRow);
    securityForm->addRow(QString(), m_insecure);

    // Sign in.
    auto* signIn = new QGroupBox(tr("Sign in"), this);
    m_kerberos = new QRadioButton(tr("&Kerberos (my current ticket)"), signIn);
    m_kerberos->setObjectName(QStringLiteral("bindKerberos"));
    m_passwordBind = new QRadioButton(tr("User name and &password"), signIn);
    m_passwordBind->setObjectName(QStringLiteral("bindPassword"));
    auto* bindGroup = new QButtonGroup(this);
    bindGroup->addButton(m_kerberos);
    bindGroup->addButton(m_passwordBind);
    m_user = new QLineEdit(signIn);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("admin@example.com or EXAMPLE\\admin"));
    m_password = new QLineEdit(signIn);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), signIn);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_timeout = new QSpinBox(signIn);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(m_settings.value(Settings::Key::TimeoutSeconds).toInt());
    auto* bindRow = new QHBoxLayout;
    bindRow->addWidget(m_kerberos);
    bindRow->addWidget(m_passwordBind);
    bindRow->addStretch();
    auto* signInForm = new QFormLayout(signIn);
    signInForm->addRow(tr("Method:"), bindRow);
    signInForm->addRow(tr("&User:"), m_user);
    signInForm->addRow(tr("Pass&word:"), m_password);
    signInForm->addRow(QString(), m_remember);
    signInForm->addRow(tr("T&imeout:"), m_timeout);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_progress = new QLabel(tr("Connecting…"), this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    auto* profileForm = new QFormLayout;
    auto* profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile);
    profileForm->addRow(profileLabel, profileRow);
    layout->addLayout(profileForm);
    layout->addWidget(where);
    layout->addWidget(security);
    layout->addWidget(signIn);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    // Keyboard order follows reading order.
    setTabOrder(m_profile, m_useServer);
    setTabOrder(m_useServer, m_server);
    setTabOrder(m_server, m_useDomain);
    setTabOrder(m_useDomain, m_domain);

    connect(m_useServer, &QRadioButton::toggled, this, &ConnectionDialog::updateEnabled);
    connect(m_passwordBind, &QRadioButton::toggled, this, &ConnectionDialog::updateEnabled);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionDialog::onConnectClicked);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browseCaFile);
    connect(m_deleteProfile, &QPushButton::clicked, this, &ConnectionDialog::onDeleteProfile);
    connect(m_profile, &QComboBox::activated, this, &ConnectionDialog::onProfileChosen);
    connect(m_profile, &QComboBox::editTextChanged, this, [this] { updateEnabled(); });

    reloadProfiles({});
    m_useServer->setChecked(true);
    m_passwordBind->setChecked(true);
    updateEnabled();
}

void ConnectionDialog::reloadProfiles(const QString& select)
{
    const QSignalBlocker block(m_profile);
    m_profile->clear();
    m_profile->addItems(m_settings.profileNames());
    m_profile->setCurrentText(select);
}

void ConnectionDialog::setSettings(const ConnectionSettings& s, const QString& profile)
{
    reloadProfiles(profile);
    m_useDomain->setChecked(s.server.isEmpty() && !s.domain.isEmpty());
    m_useServer->setChecked(!m_useDomain->isChecked());
    m_server->setText(s.server);
    m_domain->setText(s.domain);
    m_dnsServer->setText(s.dnsServer);
    m_baseDn->setText(s.baseDn);
    const int tls = m_tls->findData(s.tls == TlsMode::Default ? QString() : tlsModeName(s.tls));
    m_tls->setCurrentIndex(std::max(0, tls));
    m_caFile->setText(s.caFile);
    m_insecure->setChecked(s.insecureSkipVerify);
    (s.effectiveBind() == BindMethod::Gssapi ? m_kerberos : m_passwordBind)->setChecked(true);
    m_user->setText(s.user);
    m_password->setText(s.password);
    m_timeout->setValue(s.timeoutSeconds);
    updateEnabled();
}

void ConnectionDialog::loadProfile(const QString& name)
{
    QStringList warnings;
    auto resolved = ConnectionResolver::resolve({{QStringLiteral("profile"), name}}, QProcessEnvironment(),
                                                m_settings, &warnings);
    if (resolved) {
        resolved->password.clear();
        setSettings(*resolved, name);
        showError({});
    } else {
        reloadProfiles(name);
        showError(resolved.error().text());
    }
}

QMap<QString, QString> ConnectionDialog::values() const
{
    QMap<QString, QString> v;
    if (m_useServer->isChecked())
        v.insert(kServer, m_server->text().trimmed());
    else
        v.insert(kDomain, m_domain->text().trimmed());
    if (!m_dnsServer->text().trimmed().isEmpty())
        v.insert(kDnsServer, m_dnsServer->text().trimmed());
    if (!m_baseDn->text().trimmed().isEmpty())
        v.insert(kBase, m_baseDn->text().trimmed());
    if (const QString tls = m_tls->currentData().toString(); !tls.isEmpty())
        v.insert(kTls, tls);
    if (!m_caFile->text().trimmed().isEmpty())
        v.insert(kCaFile, m_caFile->text().trimmed());
    if (m_insecure->isChecked())
        v.insert(kInsecure, QStringLiteral("true"));
    v.insert(kBind, m_kerberos->isChecked() ? QStringLiteral("gssapi") : QStringLiteral("simple"));
    if (m_passwordBind->isChecked() || !m_user->text().trimmed().isEmpty())
        v.insert(kUser, m_user->text().trimmed());
    v.insert(kTimeout, QString::number(m_timeout->value()));
    return v;
}

Result<ConnectionSettings> ConnectionDialog::connectionSettings() const
{
    if (m_useServer->isChecked() && m_server->text().trimmed().isEmpty())
        return fail(ErrorKind::Usage, tr("Enter the server to connect to."));
    if (m_useDomain->isChecked() && m_domain->text().trimmed().isEmpty())
        return fail(ErrorKind::Usage, tr("Enter the domain whose domain controllers should be found."));
    // Every key the form shows counts as given on the command line, so neither ADPHOTO_*
    // variables nor a profile can change what the admin sees; the rules are the CLI's.
    QMap<QString, QString> flags = values();
    for (const QString& key : ConnectionResolver::keys()) {
        if (!flags.contains(key) && key != QLatin1String("page-size"))
            flags.insert(key, QString());
    }
    if (!profileName().isEmpty() && m_settings.profileNames().contains(profileName())) {
        if (const QString pageSize = m_settings.profile(profileName()).value(QStringLiteral("page-size"));
            !pageSize.isEmpty())
            flags.insert(QStringLiteral("page-size"), pageSize);
    }
    QStringList warnings;
    auto resolved = ConnectionResolver::resolve(flags, m_env, m_settings, &warnings);
    if (!resolved)
        return resolved;
    if (resolved->effectiveBind() == BindMethod::Simple) {
        resolved->password = m_password->text();
        if (resolved->password.isEmpty())
            return fail(ErrorKind::Usage, tr("Enter the password for %1.").arg(resolved->user));
    } else {
        resolved->password.clear();
    }
    return resolved;
}

QString ConnectionDialog::profileName() const
{
    return m_profile->currentText().trimmed();
}

bool ConnectionDialog::rememberPassword() const
{
    // Not isEnabled(): the box is disabled while connecting, and that is when this is asked.
    return m_keychainAvailable && m_passwordBind->isChecked() && m_remember->isChecked();
}

void ConnectionDialog::setRememberPassword(bool on)
{
    m_remember->setChecked(on);
}

void ConnectionDialog::setKeychainAvailable(bool available, const QString& reason)
{
    m_keychainAvailable = available;
    m_remember->setToolTip(available ? QString() : reason);
    updateEnabled();
}

void ConnectionDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        showError({});
    m_connect->setEnabled(!busy);
    updateEnabled();
}

void ConnectionDialog::showError(const QString& text, bool isError)
{
    // Refusals in red; prompts ("Enter the password …") in a calm blue.
    m_error->setStyleSheet(isError ? QStringLiteral("QLabel { color: white; background: #b3261e;"
                                                    " border-radius: 4px; padding: 6px; }")
                                   : QStringLiteral("QLabel { color: #041e49; background: #d3e3fd;"
                                                    " border-radius: 4px; padding: 6px; }"));
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString ConnectionDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ConnectionDialog::focusPassword()
{
    m_passwordBind->setChecked(true);
    m_password->setFocus(Qt::OtherFocusReason);
    m_password->selectAll();
}

void ConnectionDialog::saveProfile()
{
    const QString name = profileName();
    if (name.isEmpty())
        return;
    QMap<QString, QString> v = values();
    if (m_settings.profileNames().contains(name)) {
        if (const QString pageSize = m_settings.profile(name).value(QStringLiteral("page-size"));
            !pageSize.isEmpty())
            v.insert(QStringLiteral("page-size"), pageSize);
    }
    m_settings.saveProfile(name, v);
    m_settings.setValue(Settings::Key::LastProfile, name);
    m_settings.sync();
    reloadProfiles(name);
}

void ConnectionDialog::reject()
{
    if (m_busy) {
        emit stopRequested();
        setBusy(false);
    }
    QDialog::reject();
}

void ConnectionDialog::onConnectClicked()
{
    auto settings = connectionSettings();
    if (!settings) {
        showError(settings.error().text());
        return;
    }
    showError({});
    emit connectRequested();
}

void ConnectionDialog::onProfileChosen(int index)
{
    if (index >= 0)
        loadProfile(m_profile->itemText(index));
}

void ConnectionDialog::onDeleteProfile()
{
    const QString name = profileName();
    if (!m_settings.profileNames().contains(name))
        return;
    m_settings.removeProfile(name);
    if (m_settings.value(Settings::Key::LastProfile).toString() == name)
        m_settings.setValue(Settings::Key::LastProfile, QString());
    m_settings.sync();
    reloadProfiles({});
    updateEnabled();
}

void ConnectionDialog::updateEnabled()
{
    const bool idle = !m_busy;
    const bool password = m_passwordBind->isChecked();
    m_profile->setEnabled(idle);
    m_deleteProfile->setEnabled(idle && m_settings.profileNames().contains(profileName()));
    m_useServer->setEnabled(idle);
    m_useDomain->setEnabled(idle);
    m_server->setEnabled(idle && m_useServer->isChecked());
    m_domain->setEnabled(idle && m_useDomain->isChecked());
    m_dnsServer->setEnabled(idle && m_useDomain->isChecked());
    m_baseDn->setEnabled(idle);
    m_tls->setEnabled(idle);
    m_caFile->setEnabled(idle);
    m_insecure->setEnabled(idle);
    m_kerberos->setEnabled(idle);
    m_passwordBind->setEnabled(idle);
    m_user->setEnabled(idle && password);
    m_password->setEnabled(idle && password);
    m_remember->setEnabled(idle && password && m_keychainAvailable);
    m_timeout->setEnabled(idle);
}

void ConnectionDialog::browseCaFile()
{
    auto* dialog = new QFileDialog(this, tr("CA certificates"), m_caFile->text(),
                                   tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& path) { m_caFile->setText(path); });
    dialog->open();
}

} // namespace adphoto::gui
