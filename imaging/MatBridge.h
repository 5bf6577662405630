#pragma once

#include <QImage>

// Private to imaging/: lets the pipeline's classes pass pixels as QImage (Qt types in every
// header) while the .cpp files work on cv::Mat, without copying. Only a forward declaration
// here; the .cpp files that call these functions include OpenCV themselves.
namespace cv {
class Mat;
}

namespace adphoto::imaging {

/// Wraps an 8-bit BGR (CV_8UC3) or grey (CV_8UC1) matrix as a QImage (Format_BGR888 or
/// Format_Grayscale8) sharing its pixels; the QImage keeps the matrix alive. Any thread.
[[nodiscard]] QImage imageFromMat(const cv::Mat& mat);

/// Views a Format_BGR888 or Format_Grayscale8 image as a matrix without copying; the image
/// must outlive the matrix and must not be written through it. Any thread.
[[nodiscard]] cv::Mat matFromImage(const QImage& image);

} // namespace adphoto::imaging
