#include "core/matching/PlanFileChecker.h"

#include "core/WorkPool.h"
#include "core/csv/PathMapping.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace adphoto {

QString PlanFileChecker::imageFormat(const QByteArray& head)
{
    if (head.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("jpeg");
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("png");
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return QStringLiteral("gif");
    if (head.startsWith("BM") && head.size() >= 14)
        return QStringLiteral("bmp");
    if (head.startsWith(QByteArrayLiteral("II*\0")) || head.startsWith(QByteArrayLiteral("MM\0*")))
        return QStringLiteral("tiff");
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return QStringLiteral("webp");
    if (head.size() >= 12 && head.mid(4, 4) == "ftyp") {
        static const QList<QByteArray> brands = {"heic", "heix", "hevc", "heim",
                                                 "heis", "mif1", "msf1", "avif"};
        if (brands.contains(head.mid(8, 4)))
            return QStringLiteral("heif");
    }
    return {};
}

void PlanFileChecker::check(PlanRow& row)
{
    if (row.status == PlanStatus::Skipped || row.file.isEmpty() || !QDir::isAbsolutePath(row.file))
        return;
    auto failWith = [&row](const QString& problem) {
        row.problems.append(problem);
        row.status = PlanStatus::Error;
        row.fileSha256.clear();
    };
    const QFileInfo info(row.file);
    if (!info.exists()) {
        QString problem = tr("File not found: \"%1\".").arg(row.file);
        if (const QString fixed = PathMapping::withoutStraySpaces(row.file);
            !fixed.isEmpty() && QFileInfo::exists(fixed))
            problem += QLatin1Char(' ') + tr("The path has a space next to a separator; \"%1\" exists — "
                                             "correct the CSV if that is the photo.")
                                              .arg(fixed);
        failWith(problem);
        return;
    }
    if (!info.isFile()) {
        failWith(tr("\"%1\" is not a file.").arg(row.file));
        return;
    }
    QFile file(row.file);
    if (!file.open(QIODevice::ReadOnly)) {
        failWith(tr("\"%1\" cannot be read: %2").arg(row.file, file.errorString()));
        return;
    }
    const QByteArray head = file.peek(16);
    if (head.isEmpty()) {
        failWith(tr("\"%1\" is empty.").arg(row.file));
        return;
    }
    if (imageFormat(head).isEmpty()) {
        failWith(tr("\"%1\" is not an image.").arg(row.file));
        return;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        failWith(tr("\"%1\" cannot be read: %2").arg(row.file, file.errorString()));
        return;
    }
    row.fileSha256 = QString::fromLatin1(hash.result().toHex());
}

void PlanFileChecker::checkAll(QList<PlanRow>& rows)
{
    for (PlanRow& row : rows)
        check(row);
}

QFuture<PlanRow> PlanFileChecker::checkAsync(QList<PlanRow> rows)
{
    return QtConcurrent::run(
        workPool(),
        [](QPromise<PlanRow>& promise, QList<PlanRow> input) {
            promise.setProgressRange(0, int(input.size()));
            for (qsizetype i = 0; i < input.size(); ++i) {
                if (promise.isCanceled())
                    return;
                check(input[i]);
                promise.addResult(input.at(i));
                promise.setProgressValue(int(i + 1));
            }
        },
        std::move(rows));
}

} // namespace adphoto
