// adphoto_bench_face_sweep: how face detection's cost and recall move with the settings the
// pipeline fixes (thumbnail width, smallest face, scale step), over photos with one face each
// (the imaging benchmark's generated 12 MP photos, decoded at 1/8 in grey as the pipeline does).
// It prints, per setting, the photos where the frontal cascade found a face and the detection
// time per photo, so a cheaper setting can be judged by what it loses. A program, not a test.
//
//   adphoto_bench_face_sweep [--dir DIR/in] [--cascade FILE] [--photos N]   (DIR: the imaging
//   benchmark's --dir, by default /tmp/adphoto-bench-imaging)
#include "imaging/FaceLocator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <chrono>
#include <cstdio>

namespace {

struct Setting
{
    int width;   ///< thumbnail width for a landscape photo (area kept for a portrait)
    int minFace; ///< smallest window, in thumbnail pixels
    double step; ///< scale step
};

// The grey thumbnail of about width x 3/4 width pixels, contrast-equalised, as FaceLocator makes
// it (by area, so that a portrait costs what a landscape does).
cv::Mat thumbnail(const cv::Mat& grey, int width)
{
    const double factor = std::sqrt(double(grey.cols) * grey.rows / (double(width) * width * 3 / 4));
    cv::Mat out;
    cv::resize(grey, out,
               cv::Size(int(std::lround(grey.cols / factor)), int(std::lround(grey.rows / factor))), 0, 0,
               cv::INTER_AREA);
    cv::equalizeHist(out, out);
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Face detection settings sweep (not a test)."));
    parser.addHelpOption();
    const QCommandLineOption dirOption(
        QStringList{QStringLiteral("dir")},
        QStringLiteral("Folder of photos with one face each (default: the imaging benchmark's)."),
        QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/adphoto-bench-imaging/in"));
    const QCommandLineOption cascadeOption(QStringList{QStringLiteral("cascade")},
                                           QStringLiteral("Frontal cascade (default: the pipeline's)."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption photosOption(QStringList{QStringLiteral("photos")},
                                          QStringLiteral("Photos to use at most (default 200)."),
                                          QStringLiteral("N"), QStringLiteral("200"));
    parser.addOptions({dirOption, cascadeOption, photosOption});
    parser.process(app);
    const QString cascadePath = parser.isSet(cascadeOption)
                                    ? parser.value(cascadeOption)
                                    : adphoto::imaging::FaceLocator::findDefaultCascade();
    cv::CascadeClassifier cascade;
    if (cascadePath.isEmpty() || !cascade.load(QFile::encodeName(cascadePath).toStdString())) {
        std::fprintf(stderr, "no usable cascade (%s)\n", qPrintable(cascadePath));
        return 1;
    }
    cv::setNumThreads(1);

    std::vector<cv::Mat> greys;
    const QDir dir(parser.value(dirOption));
    const QStringList files = dir.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    for (const QString& file : files.mid(0, parser.value(photosOption).toInt())) {
        cv::Mat grey =
            cv::imread(QFile::encodeName(dir.filePath(file)).toStdString(), cv::IMREAD_REDUCED_GRAYSCALE_8);
        if (!grey.empty())
            greys.push_back(std::move(grey));
    }
    if (greys.empty()) {
        std::fprintf(stderr, "no photos in %s (run adphoto_bench_imaging first)\n", qPrintable(dir.path()));
        return 1;
    }
    std::printf("%zu photos, cascade %s, one thread\n", greys.size(), qPrintable(cascadePath));
    std::printf("%6s %8s %6s %12s %14s\n", "width", "minFace", "step", "faces found", "ms per photo");
    using adphoto::imaging::FaceLocator;
    const Setting pipeline{168, FaceLocator::kFirstPassMinFace, FaceLocator::kScaleStep};
    const Setting settings[] = {pipeline,        {168, 24, 1.2}, {168, 30, 1.2},
                                {168, 28, 1.25}, {160, 28, 1.2}, {152, 28, 1.2},
                                {144, 28, 1.2},  {144, 24, 1.2}, {192, 32, 1.2}};
    for (const Setting& s : settings) {
        int found = 0;
        std::chrono::duration<double> spent{};
        for (const cv::Mat& grey : greys) {
            const auto start = std::chrono::steady_clock::now();
            const cv::Mat small = thumbnail(grey, s.width);
            std::vector<cv::Rect> faces;
            cascade.detectMultiScale(small, faces, s.step, FaceLocator::kMinNeighbours, 0,
                                     cv::Size(s.minFace, s.minFace));
            spent += std::chrono::steady_clock::now() - start;
            found += faces.empty() ? 0 : 1;
        }
        std::printf("%6d %8d %6.2f %8d/%-3zu %14.2f%s\n", s.width, s.minFace, s.step, found, greys.size(),
                    1000 * spent.count() / double(greys.size()),
                    &s == &settings[0] ? "   (the pipeline's first pass)" : "");
        std::fflush(stdout);
    }
    return 0;
}
