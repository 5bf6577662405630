#include "core/deploy/DeployZip.h"

#include <QMap>
#include <QSaveFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace adphoto::deploy {

namespace {

constexpr uint kOsCodeMsDos = 0;        // entries carry MS-DOS attributes, as Windows expects
constexpr quint32 kDosDirectory = 0x10; // FILE_ATTRIBUTE_DIRECTORY
constexpr int kDeflateLevel = 9;
constexpr int kDeflated = 8; // Z_DEFLATED

} // namespace

Result<void> DeployZip::write(const QString& zipPath, const DeployContents& contents,
                              const QDateTime& timestamp)
{
    // One sorted list of entries: a folder sorts before what it contains ("a/" < "a/b").
    QMap<QString, const QByteArray*> entries;
    for (const QString& dir : contents.directories)
        entries.insert(dir + QLatin1Char('/'), nullptr);
    for (const DeployFile& file : contents.files)
        entries.insert(file.path, &file.contents);

    // Zip stores local wall-clock fields; the UTC fields are written so the result does not
    // depend on the generating computer's time zone.
    const QDateTime utc = timestamp.toUTC();
    const QDateTime stamp(utc.date(), utc.time());

    QSaveFile out(zipPath);
    if (!out.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Io, tr("Cannot create %1.").arg(zipPath), out.errorString());
    {
        QuaZip zip(&out);
        zip.setOsCode(kOsCodeMsDos);
        zip.setUtf8Enabled(true);
        zip.setDataDescriptorWritingEnabled(false);
        zip.setAutoClose(false);
        if (!zip.open(QuaZip::mdCreate))
            return fail(ErrorKind::Io, tr("Cannot write the zip file %1.").arg(zipPath),
                        QStringLiteral("zip error %1").arg(zip.getZipError()));
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            QuaZipNewInfo info(it.key());
            info.dateTime = stamp;
            info.externalAttr = it.value() == nullptr ? kDosDirectory : 0;
            QuaZipFile entry(&zip);
            int method = kDeflated;
            int level = kDeflateLevel;
            if (it.value() == nullptr) {
                // Folders are stored, not deflated: an empty deflate stream is not empty.
                method = 0;
                level = 0;
            }
            if (!entry.open(QIODevice::WriteOnly, info, nullptr, 0, method, level))
                return fail(ErrorKind::Io, tr("Cannot add %1 to the zip file.").arg(it.key()),
                            QStringLiteral("zip error %1").arg(entry.getZipError()));
            if (it.value() != nullptr && entry.write(*it.value()) != it.value()->size())
                return fail(ErrorKind::Io, tr("Cannot add %1 to the zip file.").arg(it.key()),
                            entry.errorString());
            entry.close();
            if (entry.getZipError() != 0)
                return fail(ErrorKind::Io, tr("Cannot add %1 to the zip file.").arg(it.key()),
                            QStringLiteral("zip error %1").arg(entry.getZipError()));
        }
        zip.close();
        if (zip.getZipError() != 0)
            return fail(ErrorKind::Io, tr("Cannot finish the zip file %1.").arg(zipPath),
                        QStringLiteral("zip error %1").arg(zip.getZipError()));
    }
    if (!out.commit())
        return fail(ErrorKind::Io, tr("Cannot save %1.").arg(zipPath), out.errorString());
    return {};
}

} // namespace adphoto::deploy
