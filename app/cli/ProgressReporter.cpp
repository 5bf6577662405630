#include "app/cli/ProgressReporter.h"

#include <QTextStream>

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <utility>

namespace adphoto::cli {

namespace {
// Plain lines for an unknown total come at most this often, so a log is not flooded.
constexpr qint64 kUnknownTotalLineMs = 5000;
} // namespace

ProgressReporter::ProgressReporter(QTextStream& err, Mode mode, QString label)
    : m_err(err)
    , m_mode(mode)
    , m_label(std::move(label))
{
    m_sinceLine.start();
}

ProgressReporter::~ProgressReporter()
{
    finish();
}

ProgressReporter::Mode ProgressReporter::modeFor(bool stderrIsTerminal, bool quiet, bool verbose)
{
    if (quiet)
        return Mode::Silent;
    if (stderrIsTerminal)
        return Mode::Bar;
    return verbose ? Mode::Lines : Mode::Silent;
}

int ProgressReporter::terminalWidth()
{
    winsize size = {};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20)
        return size.ws_col;
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns >= 20 ? columns : 80;
}

QString ProgressReporter::barText(const QString& label, qint64 done, qint64 total, int width)
{
    if (total <= 0)
        return QStringLiteral("%1… %2").arg(label).arg(done);
    done = std::clamp<qint64>(done, 0, total);
    const int percent = int(done * 100 / total);
    const QString counts = QStringLiteral(" %1% %2/%3").arg(percent, 3).arg(done).arg(total);
    // The bar takes what the label and the counts leave, between 10 and 40 cells.
    const int cells = std::clamp(width - 1 - int(label.size()) - 3 - int(counts.size()), 10, 40);
    const int filled = int(done * cells / total);
    return label + QStringLiteral(" [") + QString(filled, QLatin1Char('#')) +
           QString(cells - filled, QLatin1Char('.')) + QLatin1Char(']') + counts;
}

QString ProgressReporter::lineText(const QString& label, qint64 done, qint64 total)
{
    if (total <= 0)
        return tr("%1: %2").arg(label).arg(done);
    return tr("%1: %2/%3 (%4%)")
        .arg(label)
        .arg(done)
        .arg(total)
        .arg(std::clamp<qint64>(done, 0, total) * 100 / total);
}

void ProgressReporter::draw(const QString& text)
{
    // Pad to the previous width so a shorter line leaves no tail behind.
    const qsizetype pad = std::max<qsizetype>(0, m_shown.size() - text.size());
    m_err << '\r' << text << QString(pad, QLatin1Char(' '));
    m_err.flush();
    m_shown = text;
}

void ProgressReporter::update(qint64 done, qint64 total)
{
    if (m_mode == Mode::Silent || m_finished || (done == m_done && total == m_total))
        return;
    m_done = done;
    m_total = total;
    if (m_mode == Mode::Bar) {
        const QString text = barText(m_label, done, total, terminalWidth());
        if (text != m_shown)
            draw(text);
        return;
    }
    // Plain lines: one per tenth of a known total, or every few seconds for an unknown one.
    if (total > 0) {
        const qint64 step = std::clamp<qint64>(done, 0, total) * 10 / total;
        if (step == m_lastLineStep)
            return;
        m_lastLineStep = step;
    } else if (m_lastLineStep >= 0 && m_sinceLine.elapsed() < kUnknownTotalLineMs) {
        return;
    } else {
        m_lastLineStep = 0;
    }
    m_sinceLine.restart();
    m_lineDone = done;
    m_lineTotal = total;
    m_err << lineText(m_label, done, total) << '\n';
    m_err.flush();
}

void ProgressReporter::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_mode == Mode::Bar && !m_shown.isEmpty()) {
        m_err << '\r' << QString(m_shown.size(), QLatin1Char(' ')) << '\r';
        m_err.flush();
    } else if (m_mode == Mode::Lines && m_done >= 0 && m_total <= 0 &&
               (m_done != m_lineDone || m_total != m_lineTotal)) {
        // The last count of an open-ended listing is news (unless it was the last line already);
        // a known total already said 100 %.
        m_err << lineText(m_label, m_done, m_total) << '\n';
        m_err.flush();
    }
}

} // namespace adphoto::cli
