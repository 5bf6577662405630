// adphoto: wires the GUI up; everything else lives in adphoto_guilib.
#include "app/gui/MainWindow.h"
#include "app/gui/QtKeychainSecretStore.h"
#include "core/Language.h"
#include "core/Settings.h"
#include "core/journal/Journal.h"
#include "imaging/OpenCvPhotoProcessor.h"
#include "ldap/LdapDirectory.h"

#include <QApplication>

#include <csignal>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // libldap writes with plain send(): a DC that drops the connection mid-write must come back
    // as a connection error the journal and the UI handle, not a SIGPIPE that kills the app.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication::setOrganizationName(QStringLiteral("adphoto"));
    QCoreApplication::setApplicationName(QStringLiteral("adphoto"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ADPHOTO_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("adphoto"));

    adphoto::Settings settings;
    const adphoto::Language language(
        adphoto::Language::choose(settings.value(adphoto::Settings::Key::Language).toString()));
    adphoto::gui::QtKeychainSecretStore secrets;
    adphoto::imaging::OpenCvPhotoProcessor processor;
    adphoto::gui::AppServices services;
    services.directoryFactory =
        [](const adphoto::ConnectionSettings& s) -> std::unique_ptr<adphoto::Directory> {
        return std::make_unique<adphoto::LdapDirectory>(s);
    };
    services.secrets = &secrets;
    services.settings = &settings;
    services.processor = &processor;
    services.journalDirectory = adphoto::Journal::defaultDirectory();

    adphoto::gui::MainWindow window(services);
    window.show();
    window.start();
    return QApplication::exec();
}
