// adphoto-cli's help as users read it: every command documents itself with examples that really
// parse, and the man page is the same text in roff.
#include "app/cli/CliApp.h"
#include "app/cli/CompletionScript.h"
#include "app/cli/ManPage.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <gtest/gtest.h>

#include <algorithm>

using namespace adphoto::cli;

namespace {
// Splits a shell command line the way sh would for these examples: quotes, no expansion.
// Stops at a redirection or pipe; drops leading VAR=value assignments.
QStringList shellWords(const QString& line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (const QChar c : line) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    const qsizetype end = [&] {
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (words[i] == QLatin1String(">") || words[i] == QLatin1String("|") ||
                words[i] == QLatin1String("<"))
                return i;
        }
        return words.size();
    }();
    words = words.mid(0, end);
    static const QRegularExpression assignment(QStringLiteral("^[A-Z_]+=.*$"));
    while (!words.isEmpty() && assignment.match(words.first()).hasMatch())
        words.removeFirst();
    return words;
}

struct CliOutput
{
    int code = -1;
    QString out;
    QString err;
};

CliOutput runCli(const QStringList& args)
{
    CliOutput run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CliApp cli;
    run.code = cli.run(QStringList{QStringLiteral("adphoto-cli")} + args, out, err);
    out.flush();
    err.flush();
    return run;
}
} // namespace

TEST(Help, ShellWordsSplitsLikeTheShell)
{
    EXPECT_EQ(shellWords(QStringLiteral("X=1 adphoto-cli a 'b c' \"d\" > out.json")),
              (QStringList{QStringLiteral("adphoto-cli"), QStringLiteral("a"), QStringLiteral("b c"),
                           QStringLiteral("d")}));
}

TEST(Help, EveryCommandHasExamplesThatParseAsThatCommand)
{
    CliApp cli;
    ASSERT_GE(cli.commands().size(), 14u);
    for (const auto& command : cli.commands()) {
        const QString name = command->path().join(QLatin1Char(' '));
        ASSERT_FALSE(command->examples().isEmpty()) << name.toStdString() << " has no examples";
        for (const QString& example : command->examples()) {
            const QStringList argv = shellWords(example);
            ASSERT_FALSE(argv.isEmpty());
            EXPECT_EQ(argv.first(), QLatin1String("adphoto-cli")) << example.toStdString();
            qsizetype used = 0;
            // An example of another command (undo shows where the id comes from) must still parse.
            const Command* target = cli.find(CliApp::commandWords(argv), &used);
            ASSERT_NE(target, nullptr) << example.toStdString();
            QCommandLineParser parser;
            parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
            CliApp::addOptions(parser, *target);
            EXPECT_TRUE(parser.parse(argv))
                << example.toStdString() << ": " << parser.errorText().toStdString();
            if (target != command.get())
                continue;
            EXPECT_GE(parser.positionalArguments().size(), command->path().size()) << example.toStdString();
        }
        // At least one example runs the command itself.
        const QStringList examples = command->examples();
        const bool own = std::any_of(examples.cbegin(), examples.cend(), [&](const QString& e) {
            qsizetype used = 0;
            return cli.find(CliApp::commandWords(shellWords(e)), &used) == command.get();
        });
        EXPECT_TRUE(own) << name.toStdString();
    }
}

TEST(Help, CommandHelpShowsOptionsAndAnExamplesSection)
{
    for (const QString& name :
         {QStringLiteral("users"), QStringLiteral("history"), QStringLiteral("photo set")}) {
        const CliOutput run = runCli(name.split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
        EXPECT_EQ(run.code, 0) << name.toStdString();
        EXPECT_TRUE(run.out.startsWith(QStringLiteral("Usage: adphoto-cli ") + name))
            << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QLatin1String("\nExamples:\n  adphoto-cli "))) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QLatin1String("--quiet"))) << run.out.toStdString();
        EXPECT_TRUE(run.err.isEmpty());
    }
    // Connection options only for commands that talk to the directory.
    EXPECT_TRUE(
        runCli({QStringLiteral("help"), QStringLiteral("users")}).out.contains(QLatin1String("--server")));
    EXPECT_FALSE(
        runCli({QStringLiteral("help"), QStringLiteral("history")}).out.contains(QLatin1String("--server")));
}

TEST(Help, OverviewListsCommandsAndExitCodes)
{
    const CliOutput run = runCli({QStringLiteral("--help")});
    EXPECT_EQ(run.code, 0);
    for (const QString& word : {QStringLiteral("photo prepare"), QStringLiteral("import"),
                                QStringLiteral("deploy"), QStringLiteral("130 cancelled"),
                                QStringLiteral("5 ambiguous or conflict"), QStringLiteral("--verbose")})
        EXPECT_TRUE(run.out.contains(word)) << word.toStdString();
    // No command at all is a usage error, with the overview on stderr and nothing on stdout.
    const CliOutput bare = runCli({});
    EXPECT_EQ(bare.code, 2);
    EXPECT_TRUE(bare.out.isEmpty());
    EXPECT_TRUE(bare.err.contains(QLatin1String("Commands:")));
    EXPECT_EQ(runCli({QStringLiteral("frobnicate")}).code, 2);
}

TEST(Help, VersionPrintsTheProjectVersion)
{
    const CliOutput run = runCli({QStringLiteral("--version")});
    EXPECT_EQ(run.code, 0);
    EXPECT_EQ(run.out, QStringLiteral("adphoto-cli " ADPHOTO_VERSION "\n"));
}

TEST(ManPage, EscapesWhatRoffWouldInterpret)
{
    EXPECT_EQ(ManPage::escape(QStringLiteral("--path-map 'C:\\Photos=/mnt'")),
              QStringLiteral("\\-\\-path\\-map 'C:\\ePhotos=/mnt'"));
    EXPECT_EQ(ManPage::escape(QStringLiteral(".hidden")), QStringLiteral("\\&.hidden"));
    EXPECT_EQ(ManPage::escape(QStringLiteral("'quoted'")), QStringLiteral("\\&'quoted'"));
}

TEST(ManPage, HasEveryCommandOptionExitCodeAndOnlyKnownRequests)
{
    CliApp cli;
    const CliOutput run = runCli({QStringLiteral("help"), QStringLiteral("--man")});
    ASSERT_EQ(run.code, 0);
    const QString& page = run.out;
    EXPECT_EQ(page, ManPage::render(cli));
    EXPECT_TRUE(page.contains(QLatin1String(".TH ADPHOTO\\-CLI 1 \"\" \"adphoto " ADPHOTO_VERSION "\"")));
    for (const auto& command : cli.commands()) {
        EXPECT_TRUE(
            page.contains(QStringLiteral(".SS \"") + ManPage::escape(command->path().join(QLatin1Char(' ')))))
            << command->path().join(QLatin1Char(' ')).toStdString();
        for (const QCommandLineOption& option : command->options())
            EXPECT_TRUE(page.contains(
                QStringLiteral("\\fB") +
                ManPage::escape(
                    (option.names().constFirst().size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) +
                    option.names().constFirst())))
                << option.names().constFirst().toStdString();
        for (const QString& example : command->examples())
            EXPECT_TRUE(page.contains(ManPage::escape(example))) << example.toStdString();
    }
    for (const auto& [code, meaning] : CliApp::exitCodes())
        EXPECT_TRUE(page.contains(QStringLiteral(".TP\n.B %1\n").arg(code))) << code;
    EXPECT_TRUE(page.contains(QLatin1String(".B ADPHOTO_SERVER\n")));
    EXPECT_TRUE(page.contains(QLatin1String(".B ADPHOTO_DATA_DIR\n")));
    // Every line that starts with a dot is a request man(7) knows: no text became a request.
    const QStringList known{QStringLiteral(".\\\""), QStringLiteral(".TH"), QStringLiteral(".SH"),
                            QStringLiteral(".SS"),   QStringLiteral(".TP"), QStringLiteral(".PP"),
                            QStringLiteral(".RS"),   QStringLiteral(".RE"), QStringLiteral(".nf"),
                            QStringLiteral(".fi"),   QStringLiteral(".B"),  QStringLiteral(".I"),
                            QStringLiteral(".br")};
    for (const QString& line : page.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('.')) && !line.startsWith(QLatin1Char('\'')))
            continue;
        const QString request = line.section(QLatin1Char(' '), 0, 0);
        EXPECT_TRUE(known.contains(request) || line.startsWith(QLatin1String(".\\\""))) << line.toStdString();
    }
    EXPECT_FALSE(page.contains(QLatin1String("\n\n"))) << "blank lines are not allowed in man pages";
}

TEST(Completion, ScriptNamesEveryCommandAndOption)
{
    CliApp cli;
    const CliOutput run = runCli({QStringLiteral("help"), QStringLiteral("--bash-completion")});
    ASSERT_EQ(run.code, 0);
    EXPECT_EQ(run.out, CompletionScript::bash(cli));
    EXPECT_TRUE(run.out.contains(QLatin1String("complete -F _adphoto_cli adphoto-cli")));
    for (const auto& command : cli.commands()) {
        EXPECT_TRUE(
            run.out.contains(QLatin1Char('\'') + command->path().join(QLatin1Char(' ')) + QLatin1Char('\'')));
        for (const QCommandLineOption& option : command->options()) {
            const QString n = option.names().constLast();
            const QRegularExpression listed(
                QStringLiteral("[ ']%1[ ']")
                    .arg(QRegularExpression::escape(
                        (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n)));
            EXPECT_TRUE(listed.match(run.out).hasMatch()) << n.toStdString();
        }
    }
}
