#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

class QTextStream;

namespace adphoto::cli {

/// The one progress display of adphoto-cli's long commands (import, users, audit, export,
/// match, photo prepare). On a terminal it redraws a bar on one stderr line; otherwise, with
/// --verbose, it prints a plain line at every tenth of the way (or every few seconds when the
/// total is unknown); with --quiet, or without a terminal and without --verbose, it prints
/// nothing, so scripts and logs see only results. Main thread only.
class ProgressReporter
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::cli::ProgressReporter)

public:
    enum class Mode
    {
        Bar,
        Lines,
        Silent
    };

    ProgressReporter(QTextStream& err, Mode mode, QString label);
    ~ProgressReporter();
    ProgressReporter(const ProgressReporter&) = delete;
    ProgressReporter& operator=(const ProgressReporter&) = delete;

    /// Bar on a terminal (unless quiet), plain lines when verbose, else silent.
    [[nodiscard]] static Mode modeFor(bool stderrIsTerminal, bool quiet, bool verbose);

    /// `total` <= 0 means unknown.
    void update(qint64 done, qint64 total);
    /// Clears the bar (or prints the last plain line); called by the destructor too.
    void finish();

    [[nodiscard]] Mode mode() const { return m_mode; }

    /// The bar's text for a line of `width` characters, e.g.
    /// "Writing [#########...........]  45% 450/1000". Without a total: "Listing users… 450".
    [[nodiscard]] static QString barText(const QString& label, qint64 done, qint64 total, int width);
    /// One plain progress line, e.g. "Writing: 450/1000 (45%)".
    [[nodiscard]] static QString lineText(const QString& label, qint64 done, qint64 total);

private:
    [[nodiscard]] static int terminalWidth();
    void draw(const QString& text);

    QTextStream& m_err;
    Mode m_mode;
    QString m_label;
    QString m_shown;
    qint64 m_done = -1;
    qint64 m_total = 0;
    qint64 m_lastLineStep = -1;
    qint64 m_lineDone = -1; ///< the count of the last plain line written
    qint64 m_lineTotal = 0; ///< and its total
    QElapsedTimer m_sinceLine;
    bool m_finished = false;
};

} // namespace adphoto::cli
