#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace adphoto {

/// Where a photo path written in a CSV is on this machine. Backslashes are separators;
/// `--path-map 'C:\Photos=/mnt/photos'` maps a prefix (whole folders only, Windows prefixes
/// compared without regard to case); relative paths are relative to the CSV's folder; a
/// Windows path (drive letter, UNC, or starting with a backslash) that no mapping covers is an
/// error naming it. Nothing is renamed silently: a space next to a separator
/// (`C:\ AD_Photos\x.jpg`) is kept and pointed out in errors. A plain value; any thread.
class PathMapping
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::PathMapping)

public:
    PathMapping() = default;
    PathMapping(QString from, QString to);

    /// Parses "PREFIX=LOCAL" (split at the first '=').
    [[nodiscard]] static Result<PathMapping> parse(const QString& spec);

    [[nodiscard]] const QString& from() const { return m_from; }
    [[nodiscard]] const QString& to() const { return m_to; }

    /// The local absolute path for `written`, or ErrorKind::InvalidInput saying why not.
    [[nodiscard]] static Result<QString> resolve(const QString& written, const QString& baseDir,
                                                 const QList<PathMapping>& mappings);
    /// `path` without spaces next to its separators, or empty when it has none.
    [[nodiscard]] static QString withoutStraySpaces(const QString& path);
    /// Whether `path` is a Windows path (drive letter, UNC, or starting with a backslash).
    [[nodiscard]] static bool isWindowsAbsolute(const QString& path);

private:
    QString m_from;
    QString m_to;
};

} // namespace adphoto
