#include "imaging/MatBridge.h"

#include <opencv2/core.hpp>

namespace adphoto::imaging {

QImage imageFromMat(const cv::Mat& mat)
{
    Q_ASSERT(mat.type() == CV_8UC3 || mat.type() == CV_8UC1);
    auto* owner = new cv::Mat(mat); // shares the pixels; released with the last QImage copy
    const QImage::Format format = mat.type() == CV_8UC3 ? QImage::Format_BGR888 : QImage::Format_Grayscale8;
    return QImage(
        owner->data, owner->cols, owner->rows, qsizetype(owner->step[0]), format,
        [](void* info) { delete static_cast<cv::Mat*>(info); }, owner);
}

cv::Mat matFromImage(const QImage& image)
{
    Q_ASSERT(image.format() == QImage::Format_BGR888 || image.format() == QImage::Format_Grayscale8);
    const int type = image.format() == QImage::Format_BGR888 ? CV_8UC3 : CV_8UC1;
    // OpenCV wants a non-const pointer; callers only read through the matrix.
    return cv::Mat(image.height(), image.width(), type, const_cast<uchar*>(image.constBits()),
                   size_t(image.bytesPerLine()));
}

} // namespace adphoto::imaging
