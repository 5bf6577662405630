#include "core/audit/PhotoExporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace adphoto {

namespace {
// After this many failed writes in a row the folder is taken to be unusable (disk full,
// removed, read-only) and the export stops instead of reporting every user.
constexpr int maxFailuresInARow = 10;
constexpr qsizetype maxStemLength = 100;

bool isUnsafe(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format: // bidi overrides could disguise the extension
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    return QStringView(u"/\\:*?\"<>|").contains(c);
}

QString csvField(const QString& text)
{
    // RFC 4180; no formula neutralising here: the index must re-import the names unchanged.
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) || text != text.trimmed()) {
        QString quoted = text;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return text;
}
} // namespace

int ExportSummary::skipped() const
{
    return int(std::count_if(problems.cbegin(), problems.cend(),
                             [](const ExportItem& i) { return i.status == ExportItem::Status::Skipped; }));
}

int ExportSummary::failed() const
{
    return int(std::count_if(problems.cbegin(), problems.cend(),
                             [](const ExportItem& i) { return i.status == ExportItem::Status::Failed; }));
}

PhotoExporter::PhotoExporter(const ImageInspector& inspector, ExportOptions options)
    : m_inspector(inspector)
    , m_options(std::move(options))
{}

QString PhotoExporter::fileStem(const UserRecord& user)
{
    QString stem;
    stem.reserve(user.sAMAccountName.size());
    for (const QChar c : user.sAMAccountName)
        stem += isUnsafe(c) ? QLatin1Char('_') : c;
    if (stem.size() > maxStemLength)
        stem.truncate(stem.at(maxStemLength - 1).isHighSurrogate() ? maxStemLength - 1 : maxStemLength);
    // Leading dots hide files (and "." / ".." name directories); Windows drops trailing ones.
    const auto trimmable = [](QChar c) { return c == QLatin1Char('.') || c.isSpace(); };
    while (!stem.isEmpty() && trimmable(stem.front()))
        stem.remove(0, 1);
    while (!stem.isEmpty() && trimmable(stem.back()))
        stem.chop(1);
    if (stem.isEmpty())
        stem = user.objectGuid.isNull() ? QStringLiteral("user") : guidText(user.objectGuid);
    static const QRegularExpression device(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (device.match(stem).hasMatch())
        stem.prepend(QLatin1Char('_'));
    return stem;
}

QString PhotoExporter::extensionFor(const QString& format)
{
    if (format == QLatin1String("jpeg"))
        return QStringLiteral("jpg");
    if (format == QLatin1String("tiff"))
        return QStringLiteral("tif");
    if (format == QLatin1String("png") || format == QLatin1String("gif") || format == QLatin1String("bmp") ||
        format == QLatin1String("webp"))
        return format;
    return QStringLiteral("bin");
}

Result<void> PhotoExporter::begin()
{
    if (m_options.folder.isEmpty())
        return fail(ErrorKind::Usage, tr("No export folder given."));
    const QString folder = QDir::cleanPath(QFileInfo(m_options.folder).absoluteFilePath());
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir())
        return fail(ErrorKind::Io, tr("%1 exists and is not a folder.").arg(folder));
    if (!QDir().mkpath(folder))
        return fail(ErrorKind::Io, tr("Cannot create the folder %1.").arg(folder));
    m_folder = folder;
    m_summary = {};
    m_summary.indexPath = m_folder + QLatin1Char('/') + m_options.indexName;
    const QFileInfo index(m_summary.indexPath);
    if ((index.exists() || index.isSymLink()) && !m_options.overwrite)
        return fail(ErrorKind::Conflict,
                    tr("%1 already exists (an earlier export?). Nothing was written: give --overwrite to "
                       "replace it and the photos, or choose another folder.")
                        .arg(m_summary.indexPath));
    return {};
}

QString PhotoExporter::uniqueName(const UserRecord& user, const QString& extension)
{
    const QString stem = fileStem(user);
    QString name = stem + QLatin1Char('.') + extension;
    // Two accounts may clean up to the same name ("a/b", "a_b"): the later one gets a suffix
    // from its objectGUID, which stays the same from one export to the next.
    if (m_usedNames.contains(name.toLower())) {
        const QString tag = guidText(user.objectGuid).left(8);
        name = stem + QLatin1Char('-') + (tag.isEmpty() ? QStringLiteral("x") : tag) + QLatin1Char('.') +
               extension;
        for (int n = 2; m_usedNames.contains(name.toLower()); ++n)
            name = stem + QLatin1Char('-') + tag + QLatin1Char('-') + QString::number(n) + QLatin1Char('.') +
                   extension;
    }
    m_usedNames.insert(name.toLower());
    return name;
}

ExportItem PhotoExporter::save(const QString& name, const QByteArray& photo)
{
    ExportItem item;
    item.file = name;
    const QString path = m_folder + QLatin1Char('/') + name;
    const QFileInfo info(path);
    const bool present = info.exists() || info.isSymLink();
    if (present) {
        if (info.isSymLink() || !info.isFile()) {
            item.status = ExportItem::Status::Skipped;
            item.message = tr("%1 exists and is not a regular file; it was left alone.").arg(name);
            return item;
        }
        if (info.size() == photo.size()) {
            QFile existing(path);
            if (existing.open(QIODevice::ReadOnly) && existing.readAll() == photo) {
                item.status = ExportItem::Status::Unchanged;
                return item;
            }
        }
        if (!m_options.overwrite) {
            item.status = ExportItem::Status::Skipped;
            item.message = tr("%1 exists with other content; give --overwrite to replace it.").arg(name);
            return item;
        }
        QSaveFile file(path);
        file.setDirectWriteFallback(false);
        if (!file.open(QIODevice::WriteOnly) || file.write(photo) != photo.size() || !file.commit()) {
            item.status = ExportItem::Status::Failed;
            item.message = tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        return item;
    }

    // NewOnly (O_EXCL): a file that appeared meanwhile is never overwritten.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        const bool appeared = QFileInfo::exists(path);
        item.status = appeared ? ExportItem::Status::Skipped : ExportItem::Status::Failed;
        item.message = tr("Cannot write %1: %2").arg(path, file.errorString());
        return item;
    }
    const bool ok = file.write(photo) == photo.size() && file.flush();
    const QString error = file.errorString();
    file.close();
    if (!ok || file.error() != QFileDevice::NoError) {
        QFile::remove(path); // no half-written photo that a later import would take for real
        item.status = ExportItem::Status::Failed;
        item.message = tr("Cannot write %1: %2").arg(path, error);
    }
    return item;
}

bool PhotoExporter::add(const UserRecord& user, const QByteArray& photo)
{
    Q_ASSERT(!m_folder.isEmpty());
    ++m_summary.users;
    if (photo.isEmpty()) {
        ++m_summary.withoutPhoto;
        return true;
    }
    const QString name = uniqueName(user, extensionFor(m_inspector.inspect(photo).format));
    ExportItem item = save(name, photo);
    item.user = user.sAMAccountName;
    item.dn = user.dn;
    const QString indexUser = user.sAMAccountName.isEmpty()
                                  ? QStringLiteral("<GUID=%1>").arg(guidText(user.objectGuid))
                                  : user.sAMAccountName;
    switch (item.status) {
    case ExportItem::Status::Written:
        ++m_summary.written;
        m_index.append({indexUser, item.file});
        break;
    case ExportItem::Status::Unchanged:
        ++m_summary.unchanged;
        m_index.append({indexUser, item.file});
        break;
    case ExportItem::Status::Skipped:
    case ExportItem::Status::Failed:
        m_summary.problems << item;
        break;
    }
    m_failuresInARow = item.status == ExportItem::Status::Failed ? m_failuresInARow + 1 : 0;
    return m_failuresInARow < maxFailuresInARow;
}

Result<ExportSummary> PhotoExporter::finish()
{
    Q_ASSERT(!m_folder.isEmpty());
    QByteArray csv = "AD_user,path_to_file\r\n";
    for (const auto& [user, file] : std::as_const(m_index))
        csv += (csvField(user) + QLatin1Char(',') + csvField(file)).toUtf8() + "\r\n";

    const QString path = m_summary.indexPath;
    const QFileInfo info(path);
    if (info.isSymLink() || (info.exists() && !info.isFile()))
        return fail(ErrorKind::Io,
                    tr("%1 exists and is not a regular file; the index was not written.").arg(path));
    if (m_options.overwrite) {
        QSaveFile file(path);
        file.setDirectWriteFallback(false);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
            return fail(ErrorKind::Io, tr("Cannot write the index %1: %2").arg(path, file.errorString()));
    } else {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(ErrorKind::Io, tr("Cannot write the index %1: %2").arg(path, file.errorString()));
        if (file.write(csv) != csv.size() || !file.flush()) {
            const QString error = file.errorString();
            file.close();
            QFile::remove(path);
            return fail(ErrorKind::Io, tr("Cannot write the index %1: %2").arg(path, error));
        }
    }
    return m_summary;
}

} // namespace adphoto
