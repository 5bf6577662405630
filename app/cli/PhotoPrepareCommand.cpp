#include "app/cli/PhotoPrepareCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/PhotoSpecOptions.h"
#include "app/cli/RecordWriter.h"
#include "core/WorkPool.h"
#include "imaging/OpenCvPhotoProcessor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QPromise>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrent>

#include <deque>
#include <optional>

namespace adphoto::cli {

namespace {
// No photo HR hands over is this big; reading more would only risk memory.
constexpr qint64 kMaxFileBytes = 256 * 1024 * 1024;

const QStringList& imageSuffixes()
{
    static const QStringList suffixes{QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("jpe"),
                                      QStringLiteral("jfif"), QStringLiteral("png"),  QStringLiteral("bmp"),
                                      QStringLiteral("gif"),  QStringLiteral("tif"),  QStringLiteral("tiff"),
                                      QStringLiteral("webp")};
    return suffixes;
}

/// What became of one input.
struct Outcome
{
    QString file;
    QString output;
    std::optional<PhotoReport> report;
    std::optional<Error> error;
};

Outcome prepareOne(const PhotoPrepareCommand::Job& job, const PhotoSpec& spec,
                   const PhotoProcessor& processor)
{
    Outcome outcome{job.input, job.output, std::nullopt, std::nullopt};
    const auto failWith = [&](ErrorKind kind, const QString& message, const QString& detail = {}) {
        outcome.error = Error{kind, message, detail, {}};
        return outcome;
    };
    const QFileInfo input(job.input);
    if (!input.exists())
        return failWith(ErrorKind::NotFound, PhotoPrepareCommand::tr("No such file."));
    if (input.size() > kMaxFileBytes)
        return failWith(ErrorKind::ImageTooLarge,
                        PhotoPrepareCommand::tr("The file is %n MiB, more than any photo should be.", nullptr,
                                                int(input.size() / (1024 * 1024))));
    if (QFileInfo(job.output).exists() &&
        input.canonicalFilePath() == QFileInfo(job.output).canonicalFilePath())
        return failWith(ErrorKind::Usage,
                        PhotoPrepareCommand::tr("The output would overwrite the input; choose another -o."));
    QFile file(job.input);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(ErrorKind::Io, PhotoPrepareCommand::tr("Cannot read the file."), file.errorString());
    const QByteArray bytes = file.readAll();
    file.close();

    Result<PreparedPhoto> photo = processor.prepare(bytes, spec);
    if (!photo) {
        outcome.error = photo.error();
        return outcome;
    }
    QSaveFile out(job.output);
    if (!out.open(QIODevice::WriteOnly) || out.write(photo->jpeg) != photo->jpeg.size() || !out.commit())
        return failWith(ErrorKind::Io,
                        PhotoPrepareCommand::tr("Cannot write %1.").arg(QDir::toNativeSeparators(job.output)),
                        out.errorString());
    outcome.report = photo->report;
    return outcome;
}

// Feeds the worker pool a window of photos at a time, in input order, so that Ctrl+C stops
// after the photos in flight; one result and one progress step per photo.
void drive(QPromise<Outcome>& promise, const QList<PhotoPrepareCommand::Job>& jobs, const PhotoSpec& spec,
           const PhotoProcessor& processor, QThreadPool& pool)
{
    promise.setProgressRange(0, int(jobs.size()));
    const qsizetype window = 2 * qsizetype(pool.maxThreadCount());
    std::deque<QFuture<Outcome>> inFlight;
    qsizetype next = 0;
    int done = 0;
    while (true) {
        while (next < jobs.size() && qsizetype(inFlight.size()) < window && !promise.isCanceled()) {
            const PhotoPrepareCommand::Job job = jobs.at(next++);
            inFlight.push_back(QtConcurrent::run(
                &pool, [job, &spec, &processor] { return prepareOne(job, spec, processor); }));
        }
        if (inFlight.empty())
            return;
        promise.addResult(inFlight.front().result());
        inFlight.pop_front();
        promise.setProgressValue(++done);
    }
}

QString cropText(const QRect& crop)
{
    return QStringLiteral("%1,%2,%3,%4").arg(crop.x()).arg(crop.y()).arg(crop.width()).arg(crop.height());
}

} // namespace

QString PhotoPrepareCommand::summary() const
{
    return tr("Turn image files into the square JPEGs AD should hold, without touching the directory.");
}

QString PhotoPrepareCommand::synopsis() const
{
    return QStringLiteral("FILE... | DIR -o OUT");
}

QString PhotoPrepareCommand::details() const
{
    return tr(
        "Reads JPEG, PNG, BMP, GIF, TIFF and WebP (recognised by content), applies EXIF rotation, crops a\n"
        "square around the face (or the centre), and writes the highest-quality JPEG under the byte budget.\n"
        "With one input FILE, OUT is the output file unless it is an existing directory. With several\n"
        "inputs or a DIR (its image files, by extension), OUT is a directory (created if needed) that gets\n"
        "<name>.jpg per input, or <name>.<ext>.jpg when two inputs share a name.\n"
        "One report per file (--format json: one array; a failed file has \"error\"). Exit status 0 when\n"
        "every file was prepared, 3 when some failed, 1 when all failed.");
}

QStringList PhotoPrepareCommand::examples() const
{
    return {QStringLiteral("adphoto-cli photo prepare IMG_2041.jpg -o anna.jpg"),
            QStringLiteral("adphoto-cli photo prepare ~/hr-photos -o ~/ad-photos --size 192 --format json")};
}

QList<QCommandLineOption> PhotoPrepareCommand::options() const
{
    QList<QCommandLineOption> options{
        QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                           tr("Output file (one input) or directory (several inputs or a DIR)."),
                           QStringLiteral("OUT")),
        QCommandLineOption(QStringList{QStringLiteral("jobs")},
                           tr("Photos prepared at once (default: one per core)."), QStringLiteral("N")),
        QCommandLineOption(QStringList{QStringLiteral("max-megapixels")},
                           tr("Refuse images above this many megapixels before decoding (default 50)."),
                           QStringLiteral("N")),
        QCommandLineOption(
            QStringList{QStringLiteral("face-cascade")},
            tr("Haar cascade for face detection (default: opencv-data's frontal face cascade)."),
            QStringLiteral("FILE")),
    };
    options << PhotoSpecOptions::options();
    return options;
}

QList<PhotoPrepareCommand::Job> PhotoPrepareCommand::planJobs(const QStringList& inputs,
                                                              const QString& output)
{
    QStringList files;
    bool directoryInput = false;
    for (const QString& input : inputs) {
        const QFileInfo info(input);
        if (!info.isDir()) {
            files << input;
            continue;
        }
        directoryInput = true;
        const QFileInfoList entries = QDir(input).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo& entry : entries) {
            if (imageSuffixes().contains(entry.suffix().toLower()))
                files << entry.filePath();
        }
    }
    QList<Job> jobs;
    if (!directoryInput && inputs.size() == 1 && !QFileInfo(output).isDir()) {
        jobs.append(Job{files.first(), output});
        return jobs;
    }

    QHash<QString, int> stems; // case-insensitive: Windows shares and macOS disks are
    for (const QString& file : files)
        ++stems[QFileInfo(file).completeBaseName().toLower()];
    QHash<QString, int> used;
    const QDir target(output);
    for (const QString& file : files) {
        const QFileInfo info(file);
        QString name = info.completeBaseName();
        if (stems.value(name.toLower()) > 1 && !info.suffix().isEmpty())
            name += QLatin1Char('.') + info.suffix();
        // The same name from two input directories: number the later ones.
        const int seen = used[name.toLower()]++;
        if (seen > 0)
            name += QStringLiteral("-%1").arg(seen + 1);
        jobs.append(Job{file, target.filePath(name + QStringLiteral(".jpg"))});
    }
    return jobs;
}

int PhotoPrepareCommand::run(CliContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    const QString usage = tr("Usage: adphoto-cli photo prepare FILE... | DIR -o OUT");
    Result<OutputFormat> format = context.format();
    if (!format)
        return context.report(format.error());
    if (args.isEmpty() || !parser.isSet(QStringLiteral("output")))
        return context.report({ErrorKind::Usage, usage, {}, {}});
    Result<PhotoSpec> spec = PhotoSpecOptions::read(parser);
    if (!spec)
        return context.report(spec.error());
    spec->cascadePath = parser.value(QStringLiteral("face-cascade"));
    if (parser.isSet(QStringLiteral("max-megapixels"))) {
        bool ok = false;
        const double megapixels = parser.value(QStringLiteral("max-megapixels")).toDouble(&ok);
        if (!ok || megapixels <= 0)
            return context.report(
                {ErrorKind::Usage, tr("--max-megapixels must be a positive number."), {}, {}});
        spec->pixelLimit = qint64(megapixels * 1e6);
    }
    int jobCount = QThread::idealThreadCount();
    if (parser.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        jobCount = parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || jobCount < 1)
            return context.report({ErrorKind::Usage, tr("--jobs must be a positive number."), {}, {}});
    }

    const QString output = parser.value(QStringLiteral("output"));
    const QList<Job> jobs = planJobs(args, output);
    if (jobs.isEmpty())
        return context.report(
            {ErrorKind::NotFound, tr("No image files found in %1.").arg(args.join(u' ')), {}, {}});
    const bool intoDirectory = jobs.size() > 1 || jobs.first().output != output;
    if (intoDirectory && !QDir().mkpath(output))
        return context.report({ErrorKind::Io, tr("Cannot create the directory %1.").arg(output), {}, {}});

    const imaging::OpenCvPhotoProcessor processor;
    QThreadPool pool;
    pool.setMaxThreadCount(jobCount);
    const PhotoSpec checked = *spec;
    QFuture<Outcome> future = QtConcurrent::run(
        workPool(), [&](QPromise<Outcome>& promise) { drive(promise, jobs, checked, processor, pool); });
    context.waitFor(QFuture<void>(future), tr("Preparing photos"));
    future.waitForFinished();
    pool.waitForDone();
    const QList<Outcome> outcomes = future.results();

    const bool json = *format == OutputFormat::Json;
    const QStringList columns =
        json ? QStringList{QStringLiteral("file"),         QStringLiteral("output"),
                           QStringLiteral("width"),        QStringLiteral("height"),
                           QStringLiteral("quality"),      QStringLiteral("bytes"),
                           QStringLiteral("faceFound"),    QStringLiteral("crop"),
                           QStringLiteral("warnings"),     QStringLiteral("upscaled"),
                           QStringLiteral("kept"),         QStringLiteral("sourceWidth"),
                           QStringLiteral("sourceHeight"), QStringLiteral("sourceFormat"),
                           QStringLiteral("error"),        QStringLiteral("errorKind")}
             : QStringList{QStringLiteral("file"),    QStringLiteral("output"),   QStringLiteral("size"),
                           QStringLiteral("quality"), QStringLiteral("bytes"),    QStringLiteral("faceFound"),
                           QStringLiteral("crop"),    QStringLiteral("warnings"), QStringLiteral("error")};
    RecordWriter writer(*format, columns);
    int failed = 0;
    for (const Outcome& outcome : outcomes) {
        QJsonObject row{{QStringLiteral("file"), QDir::toNativeSeparators(outcome.file)}};
        if (outcome.report) {
            row = PhotoSpecOptions::reportJson(*outcome.report);
            row.insert(QStringLiteral("file"), QDir::toNativeSeparators(outcome.file));
            row.insert(QStringLiteral("output"), QDir::toNativeSeparators(outcome.output));
            if (!json) {
                row.insert(QStringLiteral("size"), outcome.report->size);
                row.insert(QStringLiteral("crop"), cropText(outcome.report->crop));
            }
        } else {
            ++failed;
            row.insert(QStringLiteral("error"), outcome.error->text());
            row.insert(QStringLiteral("errorKind"), errorKindName(outcome.error->kind));
            context.warn(
                QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(outcome.file), outcome.error->text()));
        }
        QList<QJsonValue> values;
        for (const QString& column : columns)
            values << (row.contains(column) ? row.value(column) : QJsonValue(QJsonValue::Null));
        writer.addRow(values);
    }
    writer.finish(context.out());

    if (outcomes.size() < jobs.size() || CliContext::interrupted()) {
        context.warn(tr("Cancelled after %n photo(s).", nullptr, int(outcomes.size())));
        return 130;
    }
    if (failed == 0)
        return 0;
    if (failed < outcomes.size())
        return 3;
    return outcomes.size() == 1 ? exitCodeFor(outcomes.first().error->kind) : 1;
}

} // namespace adphoto::cli
