// adphoto-cli: wires the CLI up; everything else lives in adphoto_clilib.
#include "app/cli/CliApp.h"
#include "app/cli/CliContext.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("adphoto"));
    QCoreApplication::setApplicationName(QStringLiteral("adphoto"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ADPHOTO_VERSION));
    adphoto::cli::CliContext::installSignalHandlers();

    QTextStream out(stdout);
    QTextStream err(stderr);
    adphoto::cli::CliApp cli;
    const int code = cli.run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
