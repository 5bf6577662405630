// adphoto: wires the GUI up; everything else lives in adphoto_guilib.
#include "app/gui/MainWindow.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("adphoto"));
    QCoreApplication::setApplicationName(QStringLiteral("adphoto"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ADPHOTO_VERSION));
    adphoto::gui::MainWindow window;
    window.show();
    window.connectFromEnvironment();
    return QApplication::exec();
}
