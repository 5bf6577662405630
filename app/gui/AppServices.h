#pragma once

#include "app/gui/Connection.h"

#include <QProcessEnvironment>

namespace adphoto {
class PhotoProcessor;
class SecretStore;
class Settings;
} // namespace adphoto

namespace adphoto::gui {

/// What the main window needs from outside: real services in main.cpp, fakes in the GUI tests.
/// The pointers must outlive the window.
struct AppServices
{
    Connection::Factory directoryFactory;
    SecretStore* secrets = nullptr;
    Settings* settings = nullptr;
    const PhotoProcessor* processor = nullptr;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    /// Where the journal lives (ADPHOTO_DATA_DIR or the app's data location).
    QString journalDirectory;
};

} // namespace adphoto::gui
