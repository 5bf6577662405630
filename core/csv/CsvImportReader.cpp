#include "core/csv/CsvImportReader.h"

#include "core/csv/CsvParser.h"
#include "core/csv/CsvTextDecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace adphoto {

namespace {

constexpr qint64 kMaxCsvBytes = qint64(256) * 1024 * 1024;

QString columnKey(const QString& name)
{
    QString key;
    for (const QChar c : name.toCaseFolded()) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

bool looksLikeImagePath(const QString& text)
{
    static const QStringList extensions = {
        QStringLiteral(".jpg"),  QStringLiteral(".jpeg"), QStringLiteral(".png"),  QStringLiteral(".gif"),
        QStringLiteral(".bmp"),  QStringLiteral(".tif"),  QStringLiteral(".tiff"), QStringLiteral(".webp"),
        QStringLiteral(".heic"), QStringLiteral(".jfif")};
    const QString t = text.trimmed();
    for (const QString& e : extensions) {
        if (t.endsWith(e, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool allEmpty(const CsvRecord& r)
{
    if (!r.problem.isEmpty())
        return false;
    for (const QString& f : r.fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

// A header name (case-insensitive), or a 1-based number; -1 when there is no such column.
Result<int> findColumn(const QString& spec, const QStringList& header, bool hasHeader, const char* flag)
{
    bool isNumber = false;
    const int number = spec.trimmed().toInt(&isNumber);
    if (isNumber) {
        if (number < 1)
            return fail(
                ErrorKind::Usage,
                CsvImportReader::tr("%1 counts from 1 (got %2).").arg(QLatin1String(flag)).arg(number));
        return number - 1;
    }
    if (!hasHeader)
        return fail(ErrorKind::Usage,
                    CsvImportReader::tr("%1 \"%2\" names a column, but the file has no header row; "
                                        "give the column's number instead.")
                        .arg(QLatin1String(flag), spec));
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(spec.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    for (int i = 0; i < header.size(); ++i) {
        if (columnKey(header.at(i)) == columnKey(spec) && !columnKey(spec).isEmpty())
            return i;
    }
    QStringList names;
    for (const QString& h : header)
        names << QLatin1Char('"') + h.trimmed() + QLatin1Char('"');
    return fail(ErrorKind::Usage,
                CsvImportReader::tr("%1: the file has no column \"%2\"; its columns are %3.")
                    .arg(QLatin1String(flag), spec, names.join(QStringLiteral(", "))));
}

} // namespace

bool CsvImportReader::isUserColumnName(const QString& name)
{
    static const QSet<QString> names = {
        QStringLiteral("aduser"),
        QStringLiteral("user"),
        QStringLiteral("username"),
        QStringLiteral("userid"),
        QStringLiteral("samaccountname"),
        QStringLiteral("sam"),
        QStringLiteral("account"),
        QStringLiteral("accountname"),
        QStringLiteral("login"),
        QStringLiteral("loginname"),
        QStringLiteral("logon"),
        QStringLiteral("logonname"),
        QStringLiteral("userprincipalname"),
        QStringLiteral("upn"),
        QStringLiteral("mail"),
        QStringLiteral("email"),
        QStringLiteral("emailaddress"),
        QStringLiteral("employeeid"),
        QStringLiteral("employeenumber"),
        QStringLiteral("dn"),
        QStringLiteral("distinguishedname"),
        QStringLiteral("identity"),
        QStringLiteral("benutzer"),
        QStringLiteral("benutzername"),
        QStringLiteral("konto"),
        QStringLiteral("utilisateur"),
        QStringLiteral("usuario"),
    };
    return names.contains(columnKey(name));
}

bool CsvImportReader::isFileColumnName(const QString& name)
{
    static const QSet<QString> names = {
        QStringLiteral("pathtofile"),     QStringLiteral("path"),      QStringLiteral("file"),
        QStringLiteral("filename"),       QStringLiteral("filepath"),  QStringLiteral("photo"),
        QStringLiteral("photofile"),      QStringLiteral("photopath"), QStringLiteral("picture"),
        QStringLiteral("image"),          QStringLiteral("imagepath"), QStringLiteral("img"),
        QStringLiteral("thumbnailphoto"), QStringLiteral("foto"),      QStringLiteral("bild"),
        QStringLiteral("datei"),          QStringLiteral("pfad"),      QStringLiteral("fichier"),
        QStringLiteral("chemin"),         QStringLiteral("archivo"),   QStringLiteral("ruta"),
    };
    return names.contains(columnKey(name));
}

Result<CsvImport> CsvImportReader::readFile(const QString& csvPath, const CsvImportOptions& options)
{
    QFile file(csvPath);
    const QFileInfo info(csvPath);
    if (!info.exists())
        return fail(ErrorKind::NotFound, tr("The CSV file \"%1\" does not exist.").arg(csvPath));
    if (info.isDir())
        return fail(ErrorKind::InvalidInput, tr("\"%1\" is a folder, not a CSV file.").arg(csvPath));
    if (info.size() > kMaxCsvBytes)
        return fail(ErrorKind::InvalidInput, tr("The CSV file \"%1\" is larger than 256 MiB.").arg(csvPath));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io, tr("The CSV file \"%1\" cannot be read.").arg(csvPath),
                    file.errorString());
    const QByteArray data = file.readAll();
    auto result = read(data, info.absolutePath(), options);
    if (result)
        result->source = info.absoluteFilePath();
    return result;
}

Result<CsvImport> CsvImportReader::read(const QByteArray& data, const QString& baseDir,
                                        const CsvImportOptions& options)
{
    auto decoded = CsvTextDecoder::decode(data, options.encoding);
    if (!decoded)
        return std::unexpected(decoded.error());

    CsvImport result;
    result.encoding = decoded->encoding;
    result.delimiter =
        options.delimiter.isNull() ? CsvParser::detectDelimiter(decoded->text) : options.delimiter;
    QList<CsvRecord> records = CsvParser::parse(decoded->text, result.delimiter);
    records.removeIf(allEmpty);
    if (records.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("The CSV file has no records."));

    // Header: as told, or when the first record names a known column and holds no photo path,
    // or when it holds no photo path but the second record does.
    const CsvRecord& first = records.front();
    bool header = options.header == CsvHeaderMode::Present;
    if (options.header == CsvHeaderMode::Auto) {
        bool known = false;
        bool anyPath = false;
        for (const QString& f : first.fields) {
            known = known || isUserColumnName(f) || isFileColumnName(f);
            anyPath = anyPath || looksLikeImagePath(f);
        }
        bool secondHasPath = false;
        if (records.size() > 1) {
            for (const QString& f : records.at(1).fields)
                secondHasPath = secondHasPath || looksLikeImagePath(f);
        }
        header = !anyPath && first.problem.isEmpty() && (known || secondHasPath);
    }
    result.hasHeader = header;
    if (header)
        result.header = first.fields;

    int userColumn = -1;
    int fileColumn = -1;
    if (!options.userColumn.isEmpty()) {
        auto c = findColumn(options.userColumn, result.header, header, "--user-column");
        if (!c)
            return std::unexpected(c.error());
        userColumn = *c;
    }
    if (!options.fileColumn.isEmpty()) {
        auto c = findColumn(options.fileColumn, result.header, header, "--file-column");
        if (!c)
            return std::unexpected(c.error());
        fileColumn = *c;
    }
    if (header) {
        for (int i = 0; i < result.header.size(); ++i) {
            if (userColumn < 0 && i != fileColumn && isUserColumnName(result.header.at(i)))
                userColumn = i;
            if (fileColumn < 0 && i != userColumn && isFileColumnName(result.header.at(i)))
                fileColumn = i;
        }
    }
    const int width = header ? int(result.header.size()) : int(first.fields.size());
    if (width <= 2 || !header) {
        // Two columns (or no names to go by): the user first, the file second.
        if (userColumn < 0)
            userColumn = fileColumn == 0 ? 1 : 0;
        if (fileColumn < 0)
            fileColumn = userColumn == 1 ? 0 : 1;
    }
    if (userColumn < 0)
        return fail(ErrorKind::Usage, tr("Cannot tell which column holds the users; use --user-column."));
    if (fileColumn < 0)
        return fail(ErrorKind::Usage,
                    tr("Cannot tell which column holds the photo files; use --file-column."));
    if (userColumn == fileColumn)
        return fail(ErrorKind::Usage, tr("The user and file columns must differ."));
    result.userColumn = userColumn;
    result.fileColumn = fileColumn;

    const int needed = std::max(userColumn, fileColumn) + 1;
    for (qsizetype r = header ? 1 : 0; r < records.size(); ++r) {
        const CsvRecord& record = records.at(r);
        CsvImportEntry entry;
        entry.line = record.line;
        if (!record.problem.isEmpty())
            entry.problems << record.problem;
        if (record.fields.size() < needed) {
            entry.problems << tr("The line has %n field(s); %1 are needed.", nullptr,
                                 int(record.fields.size()))
                                  .arg(needed);
        }
        if (userColumn < record.fields.size())
            entry.user = record.fields.at(userColumn).trimmed();
        if (fileColumn < record.fields.size())
            entry.file = record.fields.at(fileColumn).trimmed();
        if (record.fields.size() >= needed) {
            if (entry.user.isEmpty())
                entry.problems << tr("The user field is empty.");
            if (entry.file.isEmpty())
                entry.problems << tr("The file field is empty.");
        }
        if (!entry.file.isEmpty()) {
            auto path = PathMapping::resolve(entry.file, baseDir, options.pathMaps);
            if (path)
                entry.path = *path;
            else
                entry.problems << path.error().message;
        }
        result.entries.append(entry);
    }
    return result;
}

} // namespace adphoto
