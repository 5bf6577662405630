// One main() for every GoogleTest executable: a QCoreApplication (or QApplication for the GUI
// suite, chosen by ADPHOTO_TEST_GUI) so that Qt's event loop, QtConcurrent and plugins work.
#include <QCoreApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

#ifdef ADPHOTO_TEST_GUI
#include <QApplication>
#endif

int main(int argc, char** argv)
{
#ifdef ADPHOTO_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
