#include "app/cli/CliApp.h"

#include "app/cli/CliContext.h"
#include "app/cli/CompletionScript.h"
#include "app/cli/ManPage.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace adphoto::cli {

namespace {
QCommandLineOption valueOption(const QString& name, const QString& description, const QString& valueName)
{
    return QCommandLineOption(QStringList{name}, description, valueName);
}

// Names of options that take a value and may stand before the command words.
QStringList leadingValueOptions()
{
    QStringList names;
    for (const auto& list : {CliApp::connectionOptions(), CliApp::commonOptions()}) {
        for (const QCommandLineOption& o : list) {
            if (!o.valueName().isEmpty())
                names << o.names();
        }
    }
    return names;
}
} // namespace

CliApp::CliApp()
    : m_commands(makeCommands())
{}

CliApp::~CliApp() = default;

QList<QCommandLineOption> CliApp::connectionOptions()
{
    return {
        valueOption(QStringLiteral("server"),
                    tr("LDAP URI or host of the DC (ldap://, ldaps://) [ADPHOTO_SERVER]."),
                    QStringLiteral("URI")),
        valueOption(QStringLiteral("domain"),
                    tr("AD domain; the DC is found through DNS SRV records [ADPHOTO_DOMAIN]."),
                    QStringLiteral("NAME")),
        valueOption(QStringLiteral("dns-server"),
                    tr("DNS server to ask for the domain's DCs [ADPHOTO_DNS_SERVER]."), QStringLiteral("IP")),
        valueOption(QStringLiteral("base"),
                    tr("Base DN (default: the domain's defaultNamingContext) [ADPHOTO_BASE]."),
                    QStringLiteral("DN")),
        valueOption(QStringLiteral("bind"),
                    tr("simple or gssapi (Kerberos ticket); default simple when a user is "
                       "given, else gssapi [ADPHOTO_BIND]."),
                    QStringLiteral("METHOD")),
        valueOption(QStringLiteral("user"),
                    tr("Bind name: user@domain, DOMAIN\\user or a DN [ADPHOTO_USER]."),
                    QStringLiteral("NAME")),
        valueOption(
            QStringLiteral("password-file"),
            tr("Read the password from the first line of FILE (else ADPHOTO_PASSWORD, else a prompt)."),
            QStringLiteral("FILE")),
        valueOption(QStringLiteral("tls"),
                    tr("starttls, ldaps or none (none only with gssapi) [ADPHOTO_TLS]."),
                    QStringLiteral("MODE")),
        valueOption(QStringLiteral("ca-file"), tr("CA certificates to trust (PEM) [ADPHOTO_CA_FILE]."),
                    QStringLiteral("FILE")),
        QCommandLineOption(QStringList{QStringLiteral("insecure-skip-verify")},
                           tr("Do not verify the server certificate (dangerous; warns every time).")),
        valueOption(QStringLiteral("timeout"),
                    tr("Network timeout in seconds (default 30) [ADPHOTO_TIMEOUT]."),
                    QStringLiteral("SECONDS")),
        valueOption(QStringLiteral("page-size"),
                    tr("Users per search page (default 1000) [ADPHOTO_PAGE_SIZE]."), QStringLiteral("N")),
        valueOption(QStringLiteral("profile"), tr("Use a named connection profile [ADPHOTO_PROFILE]."),
                    QStringLiteral("NAME")),
    };
}

QList<QCommandLineOption> CliApp::commonOptions()
{
    return {
        valueOption(QStringLiteral("format"), tr("Output format: table, csv or json."),
                    QStringLiteral("FORMAT")),
        QCommandLineOption(QStringList{QStringLiteral("quiet"), QStringLiteral("q")},
                           tr("Print only errors.")),
        QCommandLineOption(QStringList{QStringLiteral("verbose")}, tr("Print more detail on stderr.")),
        QCommandLineOption(QStringList{QStringLiteral("help"), QStringLiteral("h")}, tr("Show help.")),
    };
}

Command* CliApp::find(const QStringList& words, qsizetype* used) const
{
    Command* best = nullptr;
    qsizetype bestLength = 0;
    for (const auto& command : m_commands) {
        const QStringList path = command->path();
        if (path.size() <= words.size() && words.mid(0, path.size()) == path && path.size() > bestLength) {
            best = command.get();
            bestLength = path.size();
        }
    }
    *used = bestLength;
    return best;
}

QString CliApp::overview() const
{
    QString text = tr("Usage: adphoto-cli [connection options] COMMAND [options] [arguments]\n\n"
                      "Puts employees' photos into Active Directory (thumbnailPhoto).\n\nCommands:\n");
    for (const auto& command : m_commands) {
        text += QStringLiteral("  %1 %2\n")
                    .arg(command->path().join(QLatin1Char(' ')).leftJustified(16), command->summary());
    }
    text +=
        tr("\nOptions every command takes: --quiet (-q), --verbose, --format, --help (-h); and --version.\n"
           "Run 'adphoto-cli help COMMAND' for a command's options and examples, 'man adphoto-cli' for all.\n"
           "Exit codes:");
    QStringList codes;
    for (const auto& [code, meaning] : exitCodes())
        codes << QStringLiteral(" %1 %2").arg(code).arg(meaning);
    text += codes.join(QLatin1Char(',')) + QStringLiteral(".\n");
    return text;
}

QList<std::pair<int, QString>> CliApp::exitCodes()
{
    return {{0, tr("ok")},
            {1, tr("error")},
            {2, tr("usage")},
            {3, tr("partly done (some users or files failed; an import can be resumed)")},
            {4, tr("connection or authentication")},
            {5, tr("ambiguous or conflict")},
            {130, tr("cancelled (Ctrl+C)")}};
}

QList<std::pair<QString, QString>> CliApp::environment()
{
    return {{QStringLiteral("ADPHOTO_PASSWORD"),
             tr("Password for a simple bind (else --password-file or a prompt).")},
            {QStringLiteral("ADPHOTO_CONFIG"), tr("Settings file (default ~/.config/adphoto/adphoto.ini).")},
            {QStringLiteral("ADPHOTO_DATA_DIR"), tr("Journal and backups (default ~/.local/share/adphoto).")},
            {QStringLiteral("SOURCE_DATE_EPOCH"), tr("Fixed time stamp for 'deploy' (reproducible output).")},
            {QStringLiteral("LDAPTLS_CACERT"), tr("CA certificates to trust when --ca-file is not given.")}};
}

void CliApp::addOptions(QCommandLineParser& parser, const Command& command)
{
    parser.addOptions(command.options());
    parser.addOptions(commonOptions());
    if (command.needsDirectory())
        parser.addOptions(connectionOptions());
}

QStringList CliApp::commandWords(const QStringList& arguments)
{
    const QStringList valueOptions = leadingValueOptions();
    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a.startsWith(QLatin1Char('-'))) {
            const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!name.contains(QLatin1Char('=')) && valueOptions.contains(name))
                ++i;
            continue;
        }
        words << a;
    }
    return words;
}

QString CliApp::commandHelp(const Command& command) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    addOptions(parser, command);
    QString text = parser.helpText();
    // Qt prints the program path; show the command as users type it.
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    text = tr("Usage: adphoto-cli %1 [options] %2")
               .arg(command.path().join(QLatin1Char(' ')), command.synopsis()) +
           text.mid(end);
    if (!command.details().isEmpty())
        text += QLatin1Char('\n') + command.details() + QLatin1Char('\n');
    if (!command.examples().isEmpty())
        text += QLatin1Char('\n') + tr("Examples:") + QLatin1Char('\n') + QStringLiteral("  ") +
                command.examples().join(QStringLiteral("\n  ")) + QLatin1Char('\n');
    return text;
}

int CliApp::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    // The command words are the leading arguments that are not options (or option values).
    const QStringList words = commandWords(arguments);

    if (arguments.contains(QLatin1String("--version"))) {
        out << "adphoto-cli " << QStringLiteral(ADPHOTO_VERSION) << '\n';
        return 0;
    }
    if (words.size() == 1 && words.first() == QLatin1String("help")) {
        // Hidden: the build turns the help text into the man page and the bash completion.
        if (arguments.contains(QLatin1String("--man"))) {
            out << ManPage::render(*this);
            return 0;
        }
        if (arguments.contains(QLatin1String("--bash-completion"))) {
            out << CompletionScript::bash(*this);
            return 0;
        }
    }
    if (words.isEmpty() || words.first() == QLatin1String("help")) {
        qsizetype used = 0;
        Command* command = words.size() > 1 ? find(words.mid(1), &used) : nullptr;
        if (command) {
            out << commandHelp(*command);
            return 0;
        }
        if (words.isEmpty() && !arguments.contains(QLatin1String("--help")) &&
            !arguments.contains(QLatin1String("-h"))) {
            err << overview();
            return 2;
        }
        out << overview();
        return 0;
    }

    qsizetype used = 0;
    Command* command = find(words, &used);
    if (!command) {
        err << tr("adphoto-cli: unknown command \"%1\".").arg(words.join(QLatin1Char(' '))) << "\n\n"
            << overview();
        return 2;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addOptions(parser, *command);
    if (!parser.parse(arguments)) {
        err << "adphoto-cli: " << parser.errorText() << '\n'
            << tr("Run 'adphoto-cli help %1' for its options.").arg(command->path().join(QLatin1Char(' ')))
            << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(*command);
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    positional = positional.mid(used);

    CliContext context(parser, out, err);
    return command->run(context, parser, positional);
}

} // namespace adphoto::cli
