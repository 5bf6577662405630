// adphoto_bench_imaging: photos/second for 12 MP phone photos -> 96 px JPEGs under 100 KB, for
// adphoto's pipeline (face detection on, both cores and one thread), Python + Pillow (one
// process), ImageMagick (one `convert` per file) and the floor (decode at 1/8 scale on both
// cores), all in one run, with the ratios the imaging issue targets, and the CPU seconds
// (user + sys, the process's own or its children's) each spends per photo, which a machine
// shared with other work distorts far less than the wall-clock rates. A program, not a test.
//
//   adphoto_bench_imaging [--photos N] [--magick-photos M] [--dir DIR] [--skip-magick] [--rounds R]
#include "imaging/OpenCvPhotoProcessor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrent>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <atomic>
#include <cstdio>
#include <jpeglib.h>
#include <sys/resource.h>

namespace {

constexpr int kWidth = 4032;
constexpr int kHeight = 3024;
constexpr int kSize = 96;
constexpr qint64 kMaxBytes = 102'400;

void say(const QString& text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An EXIF APP1 with only the orientation tag, inserted after SOI.
std::vector<uchar> withOrientation(std::vector<uchar> jpeg, int orientation)
{
    const unsigned char exif[] = {0xFF, 0xE1, 0x00, 0x22, 'E', 'x', 'i', 'f', 0, 0,
                                  'M',  'M',  0,    42,   0,   0,   0,   8,   0, 1,
                                  0x01, 0x12, 0,    3,    0,   0,   0,   1,   0, (unsigned char)orientation,
                                  0,    0,    0,    0,    0,   0};
    jpeg.insert(jpeg.begin() + 2, std::begin(exif), std::end(exif));
    return jpeg;
}

// A phone-like portrait: a soft, noisy background with a real head-and-shoulders
// portrait pasted in at a random place and size, saved at quality 92; every fourth is taken
// upright (3024 x 4032 shown) and stored sideways with EXIF orientation 6, as phones do.
bool generate(const QString& path, const cv::Mat& portrait, quint32 seed)
{
    QRandomGenerator random(seed);
    const bool sideways = seed % 4 == 3;
    const int frameWidth = sideways ? kHeight : kWidth;
    const int frameHeight = sideways ? kWidth : kHeight;
    cv::Mat photo(frameHeight, frameWidth, CV_8UC3);
    const cv::Scalar a(random.bounded(256), random.bounded(256), random.bounded(256));
    const cv::Scalar b(random.bounded(256), random.bounded(256), random.bounded(256));
    for (int y = 0; y < frameHeight; ++y) {
        const double t = double(y) / frameHeight;
        photo.row(y).setTo(a * (1 - t) + b * t);
    }
    cv::Mat noise(frameHeight, frameWidth, CV_8UC3);
    // Sensor noise and fine texture, so the files weigh what phones write (~3-4 MB at q92).
    cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(10));
    cv::add(photo, noise, photo);

    int height =
        int(frameHeight * (sideways ? 0.65 + random.bounded(10) / 100.0 : 0.85 + random.bounded(15) / 100.0));
    int width = portrait.cols * height / portrait.rows;
    if (width > frameWidth) {
        width = frameWidth;
        height = portrait.rows * width / portrait.cols;
    }
    cv::Mat scaled;
    cv::resize(portrait, scaled, cv::Size(width, height), 0, 0, cv::INTER_LINEAR);
    const int x = width < frameWidth ? int(random.bounded(quint32(frameWidth - width))) : 0;
    const int y = frameHeight - height; // standing at the bottom edge, as in a portrait
    cv::Mat region = photo(cv::Rect(x, y, width, height));
    scaled.copyTo(region);
    cv::randn(noise(cv::Rect(x, y, width, height)), cv::Scalar::all(0), cv::Scalar::all(4));
    cv::add(region, noise(cv::Rect(x, y, width, height)), region);

    if (sideways)
        cv::rotate(photo, photo, cv::ROTATE_90_COUNTERCLOCKWISE); // EXIF 6 turns it back
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", photo, jpeg, {cv::IMWRITE_JPEG_QUALITY, 92});
    if (sideways)
        jpeg = withOrientation(std::move(jpeg), 6);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.write(reinterpret_cast<const char*>(jpeg.data()), qint64(jpeg.size())) == qint64(jpeg.size());
}

QStringList makePhotos(const QString& dir, int count)
{
    QDir().mkpath(dir);
    const QString fixtures = QDir::homePath() + QStringLiteral("/.cache/adphoto-fixtures");
    const QString fixturesDir = qEnvironmentVariable("ADPHOTO_FIXTURES_DIR", fixtures);
    if (QProcess::execute(QStringLiteral(ADPHOTO_SOURCE_DIR "/scripts/fetch-fixtures.sh"), {fixturesDir}) !=
        0)
        qFatal("fetch-fixtures.sh failed");
    const cv::Mat portraits[] = {
        cv::imread((fixturesDir + QStringLiteral("/grace_hopper.jpg")).toStdString(), cv::IMREAD_COLOR),
        // Her head and shoulders, as an HR portrait would frame them.
        cv::imread((fixturesDir + QStringLiteral("/astronaut.png")).toStdString(),
                   cv::IMREAD_COLOR)(cv::Rect(90, 0, 300, 330))};
    QStringList paths;
    QStringList missing;
    for (int i = 0; i < count; ++i) {
        const QString path = QStringLiteral("%1/photo-%2.jpg").arg(dir).arg(i, 4, 10, QLatin1Char('0'));
        paths << path;
        if (!QFileInfo::exists(path))
            missing << path;
    }
    if (!missing.isEmpty()) {
        say(QStringLiteral("generating %1 photos of %2x%3 in %4 ...")
                .arg(missing.size())
                .arg(kWidth)
                .arg(kHeight)
                .arg(dir));
        QThreadPool pool;
        QtConcurrent::blockingMap(&pool, missing, [&](const QString& path) {
            const quint32 seed = QFileInfo(path).baseName().mid(6).toUInt();
            if (!generate(path, portraits[seed % 2], seed))
                qFatal("cannot write %s", qPrintable(path));
        });
    }
    return paths;
}

struct Run
{
    QString name;
    int photos = 0;
    double seconds = 0;
    double cpuSeconds = 0; ///< user + sys
    [[nodiscard]] double rate() const { return seconds > 0 ? photos / seconds : 0; }
};

// CPU seconds (user + sys) used so far by this process or by its waited-for children.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Times `work` in wall-clock and CPU seconds (of this process, or of its children).
template <class Work> Run measure(QString name, int who, Work work)
{
    Run run{std::move(name)};
    const double cpuBefore = cpuSeconds(who);
    QElapsedTimer timer;
    timer.start();
    run.photos = work();
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.cpuSeconds = cpuSeconds(who) - cpuBefore;
    return run;
}

// The least work that yields every source's pixels at 1/8 scale: libjpeg-turbo straight from
// memory into one reused buffer, with libjpeg's defaults (the files are known to be good).
bool decodeEighth(const QByteArray& bytes, std::vector<unsigned char>* buffer)
{
    jpeg_decompress_struct info{};
    jpeg_error_mgr errors{};
    info.err = jpeg_std_error(&errors);
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(bytes.constData()),
                 static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&info, TRUE);
    info.scale_num = 1;
    info.scale_denom = 8;
    info.out_color_space = JCS_EXT_BGR;
    jpeg_start_decompress(&info);
    const size_t stride = size_t(info.output_width) * 3;
    buffer->resize(stride * info.output_height);
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = buffer->data() + stride * info.output_scanline;
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    return !buffer->empty();
}

Run runAdphoto(const QStringList& paths, int threads, std::atomic<int>* faces)
{
    const adphoto::imaging::OpenCvPhotoProcessor processor;
    adphoto::PhotoSpec spec;
    spec.size = kSize;
    spec.maxBytes = kMaxBytes;
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    return measure(QStringLiteral("adphoto, %1 thread(s), face on").arg(threads), RUSAGE_SELF, [&] {
        std::atomic<int> done = 0;
        QtConcurrent::blockingMap(&pool, paths, [&](const QString& path) {
            const auto photo = processor.prepare(readAll(path), spec);
            if (photo && photo->jpeg.size() <= kMaxBytes) {
                ++done;
                if (photo->report.faceFound && faces)
                    ++*faces;
            }
        });
        return done.load();
    });
}

Run runFloor(const QStringList& paths)
{
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    return measure(QStringLiteral("floor: libjpeg-turbo at 1/8, 2 threads"), RUSAGE_SELF, [&] {
        std::atomic<int> done = 0;
        QtConcurrent::blockingMap(&pool, paths, [&](const QString& path) {
            thread_local std::vector<unsigned char> buffer;
            if (decodeEighth(readAll(path), &buffer))
                ++done;
        });
        return done.load();
    });
}

// The floor as last measured, through OpenCV's imdecode (one more copy and its own checks).
Run runOpenCvFloor(const QStringList& paths)
{
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    return measure(QStringLiteral("floor: cv::imdecode at 1/8, 2 threads"), RUSAGE_SELF, [&] {
        std::atomic<int> done = 0;
        QtConcurrent::blockingMap(&pool, paths, [&](const QString& path) {
            const QByteArray bytes = readAll(path);
            const cv::Mat buffer(1, int(bytes.size()), CV_8U, const_cast<char*>(bytes.constData()));
            if (!cv::imdecode(buffer, cv::IMREAD_REDUCED_COLOR_8 | cv::IMREAD_IGNORE_ORIENTATION).empty())
                ++done;
        });
        return done.load();
    });
}

Run runPillow(const QStringList& paths)
{
    return measure(QStringLiteral("Python + Pillow, one process"), RUSAGE_CHILDREN, [&] {
        QProcess python;
        QStringList args{QStringLiteral(ADPHOTO_PILLOW_BENCH), QString::number(kSize),
                         QString::number(kMaxBytes)};
        args << paths;
        python.start(QStringLiteral("/usr/bin/python3"), args);
        python.waitForFinished(-1);
        if (python.exitCode() != 0)
            say(QStringLiteral("pillow failed: %1")
                    .arg(QString::fromLocal8Bit(python.readAllStandardError())));
        return python.readAllStandardOutput().trimmed().toInt();
    });
}

Run runMagick(const QStringList& paths, const QString& outDir)
{
    QDir().mkpath(outDir);
    return measure(QStringLiteral("ImageMagick convert, one per file"), RUSAGE_CHILDREN, [&] {
        int done = 0;
        for (const QString& path : paths) {
            const QString out = outDir + QLatin1Char('/') + QFileInfo(path).fileName();
            const int code = QProcess::execute(QStringLiteral("convert"),
                                               {path, QStringLiteral("-auto-orient"),
                                                QStringLiteral("-resize"), QStringLiteral("96x96^"),
                                                QStringLiteral("-gravity"), QStringLiteral("center"),
                                                QStringLiteral("-extent"), QStringLiteral("96x96"), out});
            if (code == 0)
                ++done;
        }
        return done;
    });
}

void print(const Run& run)
{
    std::printf("%-40s %5d photos %8.2f s %9.1f photos/s %8.1f ms CPU/photo\n", qPrintable(run.name),
                run.photos, run.seconds, run.rate(),
                run.photos > 0 ? 1000 * run.cpuSeconds / run.photos : 0.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Imaging throughput benchmark (not a test)."));
    parser.addHelpOption();
    const QCommandLineOption photosOption(QStringList{QStringLiteral("photos")},
                                          QStringLiteral("Photos (default 200)."), QStringLiteral("N"),
                                          QStringLiteral("200"));
    const QCommandLineOption magickOption(QStringList{QStringLiteral("magick-photos")},
                                          QStringLiteral("Photos for ImageMagick (default: all)."),
                                          QStringLiteral("M"));
    const QCommandLineOption skipMagick(QStringList{QStringLiteral("skip-magick")},
                                        QStringLiteral("No ImageMagick run."));
    const QCommandLineOption dirOption(
        QStringList{QStringLiteral("dir")},
        QStringLiteral("Where the generated photos are kept (reused between runs)."), QStringLiteral("DIR"),
        QDir::tempPath() + QStringLiteral("/adphoto-bench-imaging"));
    const QCommandLineOption roundsOption(
        QStringList{QStringLiteral("rounds")},
        QStringLiteral("Repeat every contestant but ImageMagick R times (default 1)."), QStringLiteral("R"),
        QStringLiteral("1"));
    parser.addOptions({photosOption, magickOption, skipMagick, dirOption, roundsOption});
    parser.process(app);

    const int count = std::max(1, parser.value(photosOption).toInt());
    const QString dir = parser.value(dirOption);
    const QStringList paths = makePhotos(dir + QStringLiteral("/in"), count);
    qint64 total = 0;
    for (const QString& path : paths)
        total += QFileInfo(path).size();
    std::printf("%d photos %dx%d q92, %.1f MB on average; target %d px under %lld bytes; %d cores\n", count,
                kWidth, kHeight, double(total) / count / 1e6, kSize, kMaxBytes, QThread::idealThreadCount());

    // Warm the page cache and the cascade, so every contestant reads from memory.
    for (const QString& path : paths)
        (void)readAll(path);
    (void)runAdphoto(paths.mid(0, 2), 1, nullptr);

    std::optional<Run> magick;
    if (!parser.isSet(skipMagick)) {
        const int magickCount = parser.isSet(magickOption) ? parser.value(magickOption).toInt() : count;
        magick = runMagick(paths.mid(0, std::max(1, magickCount)), dir + QStringLiteral("/magick"));
        print(*magick);
    }
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    for (int round = 1; round <= rounds; ++round) {
        std::printf("\nround %d of %d\n", round, rounds);
        std::atomic<int> faces = 0;
        const Run two = runAdphoto(paths, 2, &faces);
        print(two);
        const Run one = runAdphoto(paths, 1, nullptr);
        print(one);
        const Run floor = runFloor(paths);
        print(floor);
        const Run openCvFloor = runOpenCvFloor(paths);
        print(openCvFloor);
        const Run pillow = runPillow(paths);
        print(pillow);

        // The ratios the issue sets, from the wall-clock rates of this round; and the same
        // from CPU seconds per photo, i.e. what an otherwise idle 2-core machine would show
        // (adphoto and the floor on 2 cores, Pillow and ImageMagick on one).
        const auto perPhoto = [](const Run& run) { return run.cpuSeconds / std::max(1, run.photos); };
        const Run& fastestFloor = floor.rate() >= openCvFloor.rate() ? floor : openCvFloor;
        std::printf("faces found by adphoto: %d of %d\n", faces.load(), two.photos);
        std::printf("%-36s %8s %8s %s\n", "", "wall", "CPU", "target");
        std::printf("%-36s %7.2fx %7.2fx %s\n", "adphoto (2 threads) / Pillow", two.rate() / pillow.rate(),
                    2 * perPhoto(pillow) / perPhoto(two), ">= 1.8x");
        if (magick)
            std::printf("%-36s %7.2fx %7.2fx %s\n", "adphoto (2 threads) / ImageMagick",
                        two.rate() / magick->rate(), 2 * perPhoto(*magick) / perPhoto(two), ">= 25x");
        std::printf("%-36s %7.2fx %7.2fx %s\n", "floor / adphoto (2 threads)",
                    fastestFloor.rate() / two.rate(),
                    perPhoto(two) / std::min(perPhoto(floor), perPhoto(openCvFloor)), "<= 1.3x");
        std::printf("%-36s %7.2fx %7.2fx %s\n", "adphoto (1 thread) / Pillow", one.rate() / pillow.rate(),
                    perPhoto(pillow) / perPhoto(one), ">= 1x");
        std::fflush(stdout);
    }
    return 0;
}
