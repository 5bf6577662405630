#pragma once

#include "FakeDirectory.h"

#include "app/gui/AppServices.h"
#include "core/Settings.h"
#include "core/secrets/MemorySecretStore.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QWidget>
#include <gtest/gtest.h>

#include <memory>

namespace adphoto::test {

/// A private settings file and journal directory per test, and the services a MainWindow or a
/// page needs, backed by a FakeDirectory.
struct GuiFixture
{
    GuiFixture();
    /// Waits for work a test left on the thread pool, so it cannot slow down the next test.
    ~GuiFixture();

    QTemporaryDir dir;
    std::shared_ptr<FakeData> data = std::make_shared<FakeData>();
    std::unique_ptr<Settings> settings;
    mutable MemorySecretStore secrets;

    /// ADPHOTO_SERVER/USER/PASSWORD for the fake, nothing else.
    [[nodiscard]] QProcessEnvironment environment(bool withPassword = true) const;
    [[nodiscard]] gui::AppServices services(const PhotoProcessor* processor = nullptr) const;
    [[nodiscard]] QString settingsPath() const { return dir.filePath(QStringLiteral("adphoto.ini")); }
    [[nodiscard]] QString journalDir() const { return dir.filePath(QStringLiteral("data")); }
    /// The settings file's bytes, to prove what is (not) stored in it.
    [[nodiscard]] QByteArray settingsFileBytes() const;
};

/// A photograph from scripts/fetch-fixtures.sh's cache (fetched on first use).
QString fixturePath(const QString& name);

/// The visible top-level widget of type T, or nullptr.
template <class T> T* visibleTopLevel()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* t = qobject_cast<T*>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

/// The child of `parent` named `name`, failing the test when it is missing.
template <class T> T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        ADD_FAILURE() << "no child " << name;
    return found;
}

} // namespace adphoto::test
