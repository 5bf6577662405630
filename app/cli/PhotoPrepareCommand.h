#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace adphoto::cli {

/// `adphoto-cli photo prepare FILE... | DIR -o OUT`: runs photos through the imaging pipeline
/// without touching the directory, in parallel (QtConcurrent, --jobs), one report per file.
/// run() is called on the main thread; the photos are prepared on a worker pool.
class PhotoPrepareCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::cli::PhotoPrepareCommand)

public:
    /// One input and where its JPEG goes.
    struct Job
    {
        QString input;
        QString output;
    };

    [[nodiscard]] QStringList path() const override
    {
        return {QStringLiteral("photo"), QStringLiteral("prepare")};
    }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList examples() const override;
    [[nodiscard]] bool takesFiles() const override { return true; }
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] bool needsDirectory() const override { return false; }
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser,
                          const QStringList& args) override;

    /// The jobs for `inputs` (files, or directories whose image files are taken by extension)
    /// and `-o output`, by CONTRACT.md's rules: OUT is a directory when there are several
    /// inputs, a directory input, or OUT already is a directory; there each input becomes
    /// `<stem>.jpg`, or `<stem>.<ext>.jpg` when two inputs share a stem.
    [[nodiscard]] static QList<Job> planJobs(const QStringList& inputs, const QString& output);
};

} // namespace adphoto::cli
