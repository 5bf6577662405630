#include "core/csv/PathMapping.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace adphoto {

namespace {

QString slashes(QString path)
{
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return path;
}

QString withoutTrailingSlashes(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

PathMapping::PathMapping(QString from, QString to)
    : m_from(std::move(from))
    , m_to(std::move(to))
{}

Result<PathMapping> PathMapping::parse(const QString& spec)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == spec.size() - 1)
        return fail(ErrorKind::Usage,
                    tr("--path-map needs PREFIX=LOCAL_FOLDER, e.g. 'C:\\Photos=/mnt/photos' (got \"%1\").")
                        .arg(spec));
    const QString to = spec.mid(eq + 1).trimmed();
    if (!QDir::isAbsolutePath(to))
        return fail(ErrorKind::Usage, tr("--path-map: \"%1\" is not an absolute local folder.").arg(to));
    return PathMapping(spec.left(eq).trimmed(), to);
}

bool PathMapping::isWindowsAbsolute(const QString& path)
{
    static const QRegularExpression drive(QStringLiteral(R"(^[A-Za-z]:)"));
    return drive.match(path).hasMatch() || path.startsWith(QLatin1Char('\\'));
}

QString PathMapping::withoutStraySpaces(const QString& path)
{
    static const QRegularExpression stray(QStringLiteral(R"(\s+([\\/])|([\\/])\s+)"));
    QString fixed = path;
    fixed.replace(stray, QStringLiteral("\\1\\2"));
    return fixed == path ? QString() : fixed;
}

Result<QString> PathMapping::resolve(const QString& written, const QString& baseDir,
                                     const QList<PathMapping>& mappings)
{
    const QString path = written.trimmed();
    if (path.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("The file name is empty."));
    const QString norm = slashes(path);

    // Longest prefix first, so C:\Photos\Staff beats C:\Photos.
    QList<PathMapping> sorted = mappings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const PathMapping& a, const PathMapping& b) {
        return a.m_from.size() > b.m_from.size();
    });
    for (const PathMapping& m : std::as_const(sorted)) {
        const QString from = withoutTrailingSlashes(slashes(m.m_from));
        const Qt::CaseSensitivity cs = isWindowsAbsolute(m.m_from) || m.m_from.contains(QLatin1Char('\\'))
                                           ? Qt::CaseInsensitive
                                           : Qt::CaseSensitive;
        const bool whole = norm.compare(from, cs) == 0;
        const bool below =
            norm.startsWith(from.endsWith(QLatin1Char('/')) ? from : from + QLatin1Char('/'), cs);
        if (whole || below)
            return QDir::cleanPath(withoutTrailingSlashes(m.m_to) + QLatin1Char('/') + norm.mid(from.size()));
    }

    if (isWindowsAbsolute(path)) {
        QString message = tr("The Windows path \"%1\" is not under any --path-map prefix "
                             "(e.g. --path-map 'C:\\Photos=/mnt/photos').")
                              .arg(path);
        if (const QString fixed = withoutStraySpaces(path); !fixed.isEmpty())
            message += QLatin1Char(' ') +
                       tr("It has a space next to a path separator: did you mean \"%1\"?").arg(fixed);
        return fail(ErrorKind::InvalidInput, message);
    }
    if (norm.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(norm);
    return QDir::cleanPath(baseDir + QLatin1Char('/') + norm);
}

} // namespace adphoto
