#include "imaging/JpegCodec.h"

#include <algorithm>
#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE and size_t declared first
#include <cstdlib>

#include <jerror.h>
#include <jpeglib.h>

namespace adphoto::imaging {

namespace {

// libjpeg reports fatal errors through error_exit, which must not return: it jumps back to
// the setjmp in runDecode()/runEncode(). Those functions keep only trivially destructible
// locals, so the jump skips no destructor; all state lives in the structs below, owned by the
// caller, which cleans up after either outcome.
struct ErrorManager
{
    jpeg_error_mgr pub{};
    std::jmp_buf jump{};
    char message[JMSG_LENGTH_MAX] = {};
    bool tooManyScans = false;
};

[[noreturn]] void onError(j_common_ptr info)
{
    auto* errors = reinterpret_cast<ErrorManager*>(info->err);
    (*info->err->format_message)(info, errors->message);
    std::longjmp(errors->jump, 1);
}

// Warnings ("Corrupt JPEG data: ...") go nowhere: the photo is still usable, and stderr
// belongs to the CLI's own reports.
void onMessage(j_common_ptr, int) {}

void installErrors(ErrorManager* errors)
{
    jpeg_std_error(&errors->pub);
    errors->pub.error_exit = onError;
    errors->pub.emit_message = onMessage;
}

struct ScanLimit
{
    jpeg_progress_mgr pub{};
    ErrorManager* errors = nullptr;
};

// Every scan of a progressive JPEG re-reads the whole coefficient buffer: thousands of tiny
// scans make a few kilobytes cost minutes. libjpeg calls this between passes.
void checkScans(j_common_ptr info)
{
    auto* limit = reinterpret_cast<ScanLimit*>(info->progress);
    const auto* decompress = reinterpret_cast<j_decompress_ptr>(info);
    if (decompress->input_scan_number > JpegCodec::kMaxScans) {
        limit->errors->tooManyScans = true;
        std::longjmp(limit->errors->jump, 1);
    }
}

struct Decompressor
{
    jpeg_decompress_struct info{};
    ErrorManager errors;
    ScanLimit scans;
    QImage cmyk; // the four stored channels of a CMYK/YCCK source, converted afterwards
    ~Decompressor() { jpeg_destroy_decompress(&info); } // safe on a zeroed struct
};

// Adobe's CMYK JPEGs store inverted values (255 = no ink); K scales the other three.
void cmykToBgr(const QImage& cmyk, QImage* bgr)
{
    for (int y = 0; y < cmyk.height(); ++y) {
        const uchar* in = cmyk.constScanLine(y);
        uchar* out = bgr->scanLine(y);
        for (int x = 0; x < cmyk.width(); ++x, in += 4, out += 3) {
            const int k = in[3];
            out[0] = uchar((in[2] * k + 127) / 255);
            out[1] = uchar((in[1] * k + 127) / 255);
            out[2] = uchar((in[0] * k + 127) / 255);
        }
    }
}

void decodeSteps(Decompressor* d, const QByteArray* data, int scale, QImage* out)
{
    d->info.err = &d->errors.pub;
    jpeg_create_decompress(&d->info);
    // libjpeg's working memory (progressive coefficient buffers) beyond this is an error, not
    // swap: the pixel limit already bounds honest files far below it.
    d->info.mem->max_memory_to_use = 1024L * 1024 * 1024;
    d->scans.pub.progress_monitor = checkScans;
    d->scans.errors = &d->errors;
    d->info.progress = &d->scans.pub;
    jpeg_mem_src(&d->info, reinterpret_cast<const unsigned char*>(data->constData()),
                 static_cast<unsigned long>(data->size()));
    jpeg_read_header(&d->info, TRUE);
    d->info.scale_num = 1;
    d->info.scale_denom = static_cast<unsigned int>(scale);
    const bool cmyk = d->info.jpeg_color_space == JCS_CMYK || d->info.jpeg_color_space == JCS_YCCK;
    d->info.out_color_space = cmyk ? JCS_CMYK : JCS_EXT_BGR;
    jpeg_start_decompress(&d->info);
    const int width = int(d->info.output_width);
    const int height = int(d->info.output_height);
    *out = QImage(width, height, QImage::Format_BGR888);
    if (cmyk)
        d->cmyk = QImage(width, height, QImage::Format_RGBA8888); // any 4-byte layout will do
    QImage& target = cmyk ? d->cmyk : *out;
    if (out->isNull() || target.isNull()) {
        d->errors.pub.msg_code = JERR_OUT_OF_MEMORY;
        d->errors.pub.error_exit(reinterpret_cast<j_common_ptr>(&d->info));
    }
    uchar* const bits = target.bits();
    const qsizetype stride = target.bytesPerLine();
    while (d->info.output_scanline < d->info.output_height) {
        JSAMPROW row = bits + stride * qsizetype(d->info.output_scanline);
        jpeg_read_scanlines(&d->info, &row, 1);
    }
    jpeg_finish_decompress(&d->info);
    if (cmyk)
        cmykToBgr(d->cmyk, out);
}

// The frame libjpeg's errors jump back to; kept free of locals so that none can be clobbered.
bool runDecode(Decompressor* d, const QByteArray* data, int scale, QImage* out)
{
    if (setjmp(d->errors.jump))
        return false;
    decodeSteps(d, data, scale, out);
    return true;
}

struct Compressor
{
    jpeg_compress_struct info{};
    ErrorManager errors;
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    ~Compressor()
    {
        jpeg_destroy_compress(&info);
        std::free(buffer); // jpeg_mem_dest's buffer is the caller's to free
    }
};

void encodeSteps(Compressor* c, const QImage* image, int quality)
{
    c->info.err = &c->errors.pub;
    jpeg_create_compress(&c->info);
    jpeg_mem_dest(&c->info, &c->buffer, &c->size);
    c->info.image_width = JDIMENSION(image->width());
    c->info.image_height = JDIMENSION(image->height());
    const bool grey = image->format() == QImage::Format_Grayscale8;
    c->info.input_components = grey ? 1 : 3;
    c->info.in_color_space = grey ? JCS_GRAYSCALE : JCS_EXT_BGR;
    // What cv::imencode(".jpg", ..., {IMWRITE_JPEG_QUALITY, q, IMWRITE_JPEG_OPTIMIZE, 1}) sets.
    jpeg_set_defaults(&c->info);
    jpeg_set_quality(&c->info, quality, TRUE);
    c->info.optimize_coding = TRUE;
    jpeg_start_compress(&c->info, TRUE);
    while (c->info.next_scanline < c->info.image_height) {
        // libjpeg only reads the rows; its API is not const-correct.
        JSAMPROW row = const_cast<uchar*>(image->constScanLine(int(c->info.next_scanline)));
        jpeg_write_scanlines(&c->info, &row, 1);
    }
    jpeg_finish_compress(&c->info);
}

bool runEncode(Compressor* c, const QImage* image, int quality)
{
    if (setjmp(c->errors.jump))
        return false;
    encodeSteps(c, image, quality);
    return true;
}

} // namespace

Result<QImage> JpegCodec::decode(const QByteArray& data, int scale)
{
    if (scale != 2 && scale != 4 && scale != 8)
        scale = 1;
    Decompressor d;
    installErrors(&d.errors);
    QImage image;
    if (!runDecode(&d, &data, scale, &image)) {
        if (d.errors.tooManyScans)
            return fail(ErrorKind::Image,
                        tr("The JPEG image has more than %1 scans; it is not a photograph.").arg(kMaxScans));
        return fail(ErrorKind::Image, tr("The JPEG image data is damaged and could not be decoded."),
                    QString::fromLocal8Bit(d.errors.message));
    }
    return image;
}

Result<QByteArray> JpegCodec::encode(const QImage& image, int quality)
{
    Q_ASSERT(image.format() == QImage::Format_BGR888 || image.format() == QImage::Format_Grayscale8);
    if (image.isNull())
        return fail(ErrorKind::Image, tr("The JPEG encoder failed."), QStringLiteral("empty image"));
    Compressor c;
    installErrors(&c.errors);
    if (!runEncode(&c, &image, std::clamp(quality, 1, 100)))
        return fail(ErrorKind::Image, tr("The JPEG encoder failed."),
                    QString::fromLocal8Bit(c.errors.message));
    return QByteArray(reinterpret_cast<const char*>(c.buffer), qsizetype(c.size));
}

} // namespace adphoto::imaging
