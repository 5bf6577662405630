#include "app/cli/CliContext.h"

#include "core/ConnectionResolver.h"
#include "core/Settings.h"
#include "ldap/LdapDirectory.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QSemaphore>

#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace adphoto::cli {

namespace {
std::atomic<bool> g_interrupted{false};

void onSignal(int)
{
    g_interrupted.store(true);
}

} // namespace

CliContext::CliContext(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
    : m_parser(parser)
    , m_out(out)
    , m_err(err)
    , m_settings(std::make_unique<Settings>())
{}

CliContext::~CliContext() = default;

void CliContext::installSignalHandlers()
{
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    // A DC that goes away mid-write must be an error the import handles (back-off, then a
    // resumable stop), not a SIGPIPE that kills the process.
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGPIPE, &ignore, nullptr);
}

bool CliContext::interrupted()
{
    return g_interrupted.load();
}

QString CliContext::cancelledMessage()
{
    return tr("Cancelled.");
}

int CliContext::report(const Error& error)
{
    m_err << "adphoto-cli: " << error.text() << '\n';
    if (!error.candidates.isEmpty()) {
        m_err << tr("Candidates:") << '\n';
        for (const QString& c : error.candidates)
            m_err << "  " << c << '\n';
    }
    m_err.flush();
    return exitCodeFor(error.kind);
}

void CliContext::warn(const QString& message)
{
    m_err << tr("warning: ") << message << '\n';
    m_err.flush();
}

void CliContext::info(const QString& message)
{
    m_err << message << '\n';
    m_err.flush();
}

void CliContext::detail(const QString& message)
{
    if (verbose())
        info(message);
}

bool CliContext::quiet() const
{
    return m_parser.isSet(QStringLiteral("quiet"));
}

bool CliContext::verbose() const
{
    return m_parser.isSet(QStringLiteral("verbose")) && !quiet();
}

ProgressReporter::Mode CliContext::progressMode() const
{
    return ProgressReporter::modeFor(stderrIsTerminal(), quiet(), verbose());
}

Result<OutputFormat> CliContext::format() const
{
    if (!m_parser.isSet(QStringLiteral("format")))
        return OutputFormat::Table;
    const QString f = m_parser.value(QStringLiteral("format")).toLower();
    if (f == QLatin1String("table"))
        return OutputFormat::Table;
    if (f == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (f == QLatin1String("json"))
        return OutputFormat::Json;
    return fail(ErrorKind::Usage, tr("Unknown format \"%1\": use table, csv or json.").arg(f));
}

bool CliContext::stdinIsTerminal() const
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool CliContext::stderrIsTerminal() const
{
    return ::isatty(STDERR_FILENO) == 1;
}

bool CliContext::stdoutIsTerminal() const
{
    return ::isatty(STDOUT_FILENO) == 1;
}

bool CliContext::confirm(const QString& question)
{
    if (!stdinIsTerminal())
        return false;
    m_err << question << tr(" [y/N] ");
    m_err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y") ||
           answer == tr("yes");
}

Result<void> CliContext::requireConfirmation(const QString& question)
{
    if (m_parser.isSet(QStringLiteral("yes")))
        return {};
    if (!stdinIsTerminal())
        return fail(ErrorKind::Usage,
                    tr("This changes the directory and there is no terminal to confirm on: add --yes."));
    if (!confirm(question))
        return fail(ErrorKind::Cancelled, tr("Nothing changed."));
    return {};
}

Result<QString> CliContext::readPassword(const ConnectionSettings& settings)
{
    if (m_parser.isSet(QStringLiteral("password-file"))) {
        const QString path = m_parser.value(QStringLiteral("password-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorKind::Io,
                        tr("Cannot read the password file %1: %2").arg(path, file.errorString()));
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return fail(ErrorKind::InvalidInput, tr("The password file %1 is empty.").arg(path));
        return QString::fromUtf8(line);
    }
    if (!settings.password.isEmpty())
        return settings.password;
    if (!stdinIsTerminal())
        return fail(ErrorKind::Usage, tr("A password is needed for %1: give --password-file FILE or set "
                                         "ADPHOTO_PASSWORD (there is no terminal to ask on).")
                                          .arg(settings.user));
    m_err << tr("Password for %1: ").arg(settings.user);
    m_err.flush();
    termios saved = {};
    const bool haveTerm = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerm) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (haveTerm)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    m_err << '\n';
    m_err.flush();
    return password;
}

Result<Directory*> CliContext::directory(const QString& requiredDc)
{
    if (m_directory)
        return m_directory.get();

    QMap<QString, QString> flags;
    for (const QString& key : ConnectionResolver::keys()) {
        if (key == QLatin1String("insecure-skip-verify")) {
            if (m_parser.isSet(key))
                flags.insert(key, QStringLiteral("true"));
        } else if (m_parser.isSet(key)) {
            flags.insert(key, m_parser.value(key));
        }
    }
    if (m_parser.isSet(QStringLiteral("profile")))
        flags.insert(QStringLiteral("profile"), m_parser.value(QStringLiteral("profile")));

    QStringList warnings;
    auto settings =
        ConnectionResolver::resolve(flags, QProcessEnvironment::systemEnvironment(), *m_settings, &warnings);
    for (const QString& w : warnings)
        warn(w);
    if (!settings)
        return std::unexpected(settings.error());
    if (settings->insecureSkipVerify)
        warn(tr("--insecure-skip-verify: the server's certificate is NOT checked; anyone on the network path "
                "can read and change this session."));
    if (settings->effectiveBind() == BindMethod::Simple) {
        auto password = readPassword(*settings);
        if (!password)
            return std::unexpected(password.error());
        settings->password = *password;
    }

    if (!requiredDc.isEmpty()) {
        const bool ldaps = settings->tls == TlsMode::Ldaps ||
                           settings->server.startsWith(QLatin1String("ldaps://"), Qt::CaseInsensitive);
        settings->server =
            requiredDc.contains(QLatin1String("://"))
                ? requiredDc
                : (ldaps ? QStringLiteral("ldaps://") : QStringLiteral("ldap://")) + requiredDc;
        settings->domain.clear();
    }
    auto directory = std::make_unique<LdapDirectory>(*settings);
    auto info = await(directory->open(), tr("Connecting"));
    if (!info) {
        if (!requiredDc.isEmpty())
            return fail(info.error().kind,
                        tr("The DC %1 this import started on cannot be reached; it must finish on "
                           "the same DC.")
                            .arg(requiredDc),
                        info.error().text());
        return std::unexpected(info.error());
    }
    m_info = *info;
    m_directory = std::move(directory);
    detail(tr("Connected to %1 (DC %2), TLS %3, SSF %4, %5 bind as %6; base %7.")
               .arg(m_info.uri, m_info.dcHost.isEmpty() ? tr("unknown") : m_info.dcHost, m_info.tls)
               .arg(m_info.ssf)
               .arg(m_info.bindMethod, m_info.bindIdentity, m_info.baseDn));
    return m_directory.get();
}

void CliContext::waitFor(QFuture<void> future, const QString& what)
{
    // Woken by the future's continuation; the timeout only serves Ctrl+C and the progress line.
    auto wake = std::make_shared<QSemaphore>();
    future.then(QtFuture::Launch::Sync, [wake] { wake->release(); });
    ProgressReporter progress(m_err, what.isEmpty() ? ProgressReporter::Mode::Silent : progressMode(), what);
    while (!future.isFinished()) {
        wake->tryAcquire(1, 100);
        if (interrupted() && !future.isCanceled())
            future.cancel();
        // A future that never reports progress (a connect, one lookup) shows no bar.
        if (future.progressValue() > 0 || future.progressMaximum() > 0)
            progress.update(future.progressValue(), future.progressMaximum());
    }
    progress.finish();
}

} // namespace adphoto::cli
