#include "core/matching/FolderMatcher.h"

#include "core/WorkPool.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QPromise>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace adphoto {

namespace {

const QSet<QString>& imageExtensions()
{
    static const QSet<QString> extensions = {
        QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("jpe"),  QStringLiteral("jfif"),
        QStringLiteral("png"),  QStringLiteral("gif"),  QStringLiteral("bmp"),  QStringLiteral("tif"),
        QStringLiteral("tiff"), QStringLiteral("webp"), QStringLiteral("heic"), QStringLiteral("heif"),
    };
    return extensions;
}

bool isHiddenFolder(const QString& name)
{
    return name.startsWith(QLatin1Char('.')) || name == QLatin1String("__MACOSX") ||
           name == QLatin1String("@eaDir") || name == QLatin1String("$RECYCLE.BIN");
}

void collect(const QString& folder, bool recursive, QStringList& out)
{
    QDir dir(folder);
    const QFileInfoList entries = dir.entryInfoList(
        QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& info : entries) {
        if (info.isDir()) {
            if (recursive && !info.isSymLink() && !isHiddenFolder(info.fileName()))
                collect(info.absoluteFilePath(), recursive, out);
        } else {
            out.append(info.absoluteFilePath());
        }
    }
}

} // namespace

FolderMatcher::FolderMatcher(UserIndex index)
    : m_index(std::move(index))
{}

Result<QStringList> FolderMatcher::listFiles(const QString& folder, bool recursive)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return fail(ErrorKind::NotFound, tr("Folder \"%1\" does not exist.").arg(folder));
    if (!info.isDir())
        return fail(ErrorKind::InvalidInput, tr("\"%1\" is not a folder.").arg(folder));
    if (!info.isReadable())
        return fail(ErrorKind::Io, tr("Folder \"%1\" cannot be read.").arg(folder));
    QStringList files;
    collect(info.absoluteFilePath(), recursive, files);
    std::sort(files.begin(), files.end());
    return files;
}

QString FolderMatcher::skipReason(const QString& fileName)
{
    const QString lower = fileName.toLower();
    if (lower == QLatin1String("thumbs.db") || lower == QLatin1String("ehthumbs.db") ||
        lower == QLatin1String("desktop.ini") || lower.startsWith(QLatin1String("icon\r")))
        return tr("system file");
    if (fileName.startsWith(QLatin1Char('.')))
        return tr("hidden file");
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return tr("not an image (no file extension)");
    // Lower-case the extension alone: lower-casing can change a name's length (İ → i̇).
    if (!imageExtensions().contains(fileName.mid(dot + 1).toLower()))
        return tr("not an image (.%1)").arg(fileName.mid(dot + 1));
    return {};
}

QString FolderMatcher::stripCopySuffix(const QString& stem)
{
    // " (1)", "-2", "_3", " copy", " - Copy (2)", " Kopie" (German Windows), "copie", "copia", "kopia".
    static const QRegularExpression suffix(
        QStringLiteral(
            R"(^(.*?\S)(?:\s*\(\d{1,3}\)|[ _-]\d{1,2}|[\s_-]*(?:-\s*)?(?:copy|kopie|copie|copia|kopia)(?:\s*\(?\d{1,3}\)?)?)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = suffix.match(stem);
    return m.hasMatch() ? m.captured(1) : QString();
}

FileMatch FolderMatcher::matchFile(const QString& path) const
{
    FileMatch result;
    result.file = path;
    const QString fileName = QFileInfo(path).fileName();
    if (QString reason = skipReason(fileName); !reason.isEmpty()) {
        result.status = MatchStatus::Skipped;
        result.reason = reason;
        return result;
    }

    QString stem = fileName.left(fileName.lastIndexOf(QLatin1Char('.')));
    QList<NameCandidate> found = m_index.lookup(stem);
    // A copy suffix goes only when the name as written fits nobody: "jsmith-2" may be an account.
    for (int round = 0; found.isEmpty() && round < 3; ++round) {
        const QString stripped = stripCopySuffix(stem);
        if (stripped.isEmpty())
            break;
        stem = stripped;
        found = m_index.lookup(stem);
        result.copySuffixStripped = !found.isEmpty();
    }

    const QList<UserRecord>& users = m_index.users();
    result.candidates.reserve(found.size());
    for (const NameCandidate& c : std::as_const(found))
        result.candidates.append(users.at(c.user));
    if (found.size() == 1) {
        result.status = MatchStatus::Matched;
        result.user = users.at(found.front().user);
        result.rule = m_index.ruleName(found.front());
        result.level = found.front().level;
    } else if (found.size() > 1) {
        result.status = MatchStatus::Ambiguous;
        result.reason = tr("fits %n user(s)", nullptr, int(found.size()));
    } else {
        result.status = MatchStatus::Unmatched;
        for (const NameSuggestion& s : m_index.suggest(stem))
            result.suggestions.append(users.at(s.user));
    }
    return result;
}

QFuture<FileMatch> FolderMatcher::matchFiles(const QStringList& paths) const
{
    return QtConcurrent::run(
        workPool(),
        [](QPromise<FileMatch>& promise, FolderMatcher matcher, QStringList files) {
            promise.setProgressRange(0, int(files.size()));
            for (qsizetype i = 0; i < files.size(); ++i) {
                if (promise.isCanceled())
                    return;
                promise.addResult(matcher.matchFile(files.at(i)));
                promise.setProgressValue(int(i + 1));
            }
        },
        *this, paths);
}

void FolderMatcher::markConflicts(QList<FileMatch>& matches)
{
    QHash<QString, QList<qsizetype>> byUser;
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const FileMatch& m = matches.at(i);
        if ((m.status == MatchStatus::Matched || m.status == MatchStatus::Conflict) && m.user)
            byUser[m.user->dn.isEmpty() ? QLatin1Char('\n') + m.user->sAMAccountName : m.user->dn.toLower()]
                .append(i);
    }
    for (const QList<qsizetype>& group : std::as_const(byUser)) {
        if (group.size() < 2)
            continue;
        for (const qsizetype i : group) {
            QStringList others;
            for (const qsizetype j : group) {
                if (j != i)
                    others.append(QFileInfo(matches.at(j).file).fileName());
            }
            matches[i].status = MatchStatus::Conflict;
            matches[i].reason = tr("%1 also fits this user").arg(others.join(QStringLiteral(", ")));
        }
    }
}

Result<QList<FileMatch>> FolderMatcher::matchFolder(const QString& folder, bool recursive) const
{
    const auto files = listFiles(folder, recursive);
    if (!files)
        return std::unexpected(files.error());
    QList<FileMatch> matches;
    matches.reserve(files->size());
    for (const QString& file : *files)
        matches.append(matchFile(file));
    markConflicts(matches);
    return matches;
}

} // namespace adphoto
