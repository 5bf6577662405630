// The progress display of the long commands: a bar on a terminal, plain lines with --verbose
// elsewhere, nothing with --quiet.
#include "app/cli/ProgressReporter.h"

#include <QTextStream>
#include <gtest/gtest.h>

using namespace adphoto::cli;
using Mode = ProgressReporter::Mode;

TEST(ProgressReporter, ModeFollowsTerminalQuietAndVerbose)
{
    EXPECT_EQ(ProgressReporter::modeFor(true, false, false), Mode::Bar);
    EXPECT_EQ(ProgressReporter::modeFor(true, false, true), Mode::Bar);
    EXPECT_EQ(ProgressReporter::modeFor(true, true, false), Mode::Silent);
    EXPECT_EQ(ProgressReporter::modeFor(false, false, false), Mode::Silent);
    EXPECT_EQ(ProgressReporter::modeFor(false, false, true), Mode::Lines);
    EXPECT_EQ(ProgressReporter::modeFor(false, true, true), Mode::Silent);
}

TEST(ProgressReporter, BarFillsInProportionAndFitsTheLine)
{
    for (const int width : {40, 80, 200}) {
        const QString half = ProgressReporter::barText(QStringLiteral("Writing"), 500, 1000, width);
        EXPECT_TRUE(half.startsWith(QLatin1String("Writing ["))) << half.toStdString();
        EXPECT_TRUE(half.endsWith(QLatin1String(" 50% 500/1000"))) << half.toStdString();
        EXPECT_LT(half.size(), width);
        const qsizetype open = half.indexOf(QLatin1Char('['));
        const qsizetype close = half.indexOf(QLatin1Char(']'));
        const QString bar = half.mid(open + 1, close - open - 1);
        EXPECT_EQ(bar.count(QLatin1Char('#')), bar.size() / 2) << bar.toStdString();
        EXPECT_EQ(bar.count(QLatin1Char('#')) + bar.count(QLatin1Char('.')), bar.size());
    }
    const QString full = ProgressReporter::barText(QStringLiteral("Writing"), 7, 7, 80);
    EXPECT_FALSE(full.contains(QLatin1Char('.'))) << full.toStdString();
    EXPECT_TRUE(full.endsWith(QLatin1String("100% 7/7")));
    // Beyond the total (a resumed import) it stays full instead of overflowing.
    EXPECT_TRUE(ProgressReporter::barText(QStringLiteral("W"), 9, 7, 80).endsWith(QLatin1String("100% 7/7")));
    EXPECT_EQ(ProgressReporter::barText(QStringLiteral("Listing users"), 1500, 0, 80),
              QStringLiteral("Listing users… 1500"));
}

TEST(ProgressReporter, PlainLinesComeOncePerTenth)
{
    QString text;
    QTextStream err(&text);
    {
        ProgressReporter progress(err, Mode::Lines, QStringLiteral("Writing"));
        for (int done = 0; done <= 200; ++done) {
            progress.update(done, 200);
            progress.update(done, 200); // repeats change nothing
        }
    }
    err.flush();
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 11) << text.toStdString();
    EXPECT_EQ(lines.first(), QStringLiteral("Writing: 0/200 (0%)"));
    EXPECT_EQ(lines.at(5), QStringLiteral("Writing: 100/200 (50%)"));
    EXPECT_EQ(lines.last(), QStringLiteral("Writing: 200/200 (100%)"));
    EXPECT_FALSE(text.contains(QLatin1Char('\r')));
}

TEST(ProgressReporter, OpenEndedPlainLinesEndWithTheFinalCount)
{
    QString text;
    QTextStream err(&text);
    ProgressReporter progress(err, Mode::Lines, QStringLiteral("Listing users"));
    progress.update(1000, 0);
    progress.update(2000, 0); // within seconds of the first: not repeated
    progress.update(2345, 0);
    progress.finish();
    progress.finish();
    err.flush();
    EXPECT_EQ(text, QStringLiteral("Listing users: 1000\nListing users: 2345\n"));
}

TEST(ProgressReporter, AnOpenEndedCountAlreadyShownIsNotRepeatedAtTheEnd)
{
    // A connect reports one step: "Connecting: 1" once, not a second time when it ends.
    QString text;
    QTextStream err(&text);
    ProgressReporter progress(err, Mode::Lines, QStringLiteral("Connecting"));
    progress.update(1, 0);
    progress.finish();
    err.flush();
    EXPECT_EQ(text, QStringLiteral("Connecting: 1\n"));
}

TEST(ProgressReporter, SilentPrintsNothing)
{
    QString text;
    QTextStream err(&text);
    {
        ProgressReporter progress(err, Mode::Silent, QStringLiteral("Writing"));
        progress.update(1, 2);
        progress.update(2, 2);
    }
    err.flush();
    EXPECT_TRUE(text.isEmpty()) << text.toStdString();
}

TEST(ProgressReporter, BarRedrawsOneLineAndClearsItAtTheEnd)
{
    QString text;
    QTextStream err(&text);
    {
        ProgressReporter progress(err, Mode::Bar, QStringLiteral("Writing"));
        progress.update(1, 4);
        progress.update(4, 4);
    }
    err.flush();
    EXPECT_FALSE(text.contains(QLatin1Char('\n'))) << text.toStdString();
    EXPECT_EQ(text.count(QLatin1Char('\r')), 4); // two draws, then blank out and return
    EXPECT_TRUE(text.contains(QLatin1String(" 25% 1/4")));
    EXPECT_TRUE(text.contains(QLatin1String("100% 4/4")));
    EXPECT_TRUE(text.endsWith(QLatin1Char('\r')));
    EXPECT_TRUE(text.section(QLatin1Char('\r'), -2, -2).trimmed().isEmpty());
}
