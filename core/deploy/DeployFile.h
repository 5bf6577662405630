#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace adphoto {

/// One generated file: its path relative to the package folder ('/'-separated) and its bytes.
struct DeployFile
{
    QString path;
    QByteArray contents;
};

/// The whole package in memory: every folder (including empty ones GPMC expects) and every
/// file, both sorted by path. A value type; any thread.
struct DeployContents
{
    QStringList directories;
    QList<DeployFile> files;

    /// The file at `path`, or nullptr.
    [[nodiscard]] const DeployFile* find(const QString& path) const
    {
        for (const DeployFile& file : files) {
            if (file.path == path)
                return &file;
        }
        return nullptr;
    }
};

} // namespace adphoto
