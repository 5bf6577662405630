// adphoto: wires the GUI up; everything else lives in adphoto_guilib.
#include "app/gui/MainWindow.h"
#include "app/gui/QtKeychainSecretStore.h"
#include "core/Settings.h"
#include "core/journal/Journal.h"
#include "imaging/OpenCvPhotoProcessor.h"
#include "ldap/LdapDirectory.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("adphoto"));
    QCoreApplication::setApplicationName(QStringLiteral("adphoto"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ADPHOTO_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("adphoto"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("adphoto"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    adphoto::Settings settings;
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
