// adphoto-cli: wires the CLI up; everything else lives in adphoto_clilib.
#include "app/cli/CliApp.h"
#include "app/cli/CliContext.h"
#include "core/Language.h"
#include "core/Settings.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("adphoto"));
    QCoreApplication::setApplicationName(QStringLiteral("adphoto"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ADPHOTO_VERSION));
    // The CLI speaks the same language as the GUI: ADPHOTO_LANG, else the shared setting, else
    // the system locale. JSON keys, status values and error kinds stay English.
    const adphoto::Language language(
        adphoto::Language::choose(adphoto::Settings().value(adphoto::Settings::Key::Language).toString()));
    adphoto::cli::CliContext::installSignalHandlers();

    QTextStream out(stdout);
    QTextStream err(stderr);
    adphoto::cli::CliApp cli;
    const int code = cli.run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
