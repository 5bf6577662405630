// Folder matching as an administrator sees it: each file's status and user, in every naming
// convention, across languages; junk skipped; copies; namesakes; conflicts; the worker thread.
#include "core/matching/FolderMatcher.h"

#include "TestDirectory.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <gtest/gtest.h>

using namespace adphoto;

namespace {

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

FolderMatcher matcher(const QStringList& patterns = {})
{
    auto index = UserIndex::build(test::multilingualUsers(), patterns);
    EXPECT_TRUE(index.has_value());
    return FolderMatcher(index ? *index : UserIndex());
}

struct Expect
{
    const char* file;
    MatchStatus status;
    const char* user; ///< matched user, or "" for none
};

QString accounts(const QList<UserRecord>& users)
{
    QStringList names;
    for (const UserRecord& u : users)
        names << u.sAMAccountName;
    return names.join(QLatin1Char(','));
}

} // namespace

TEST(FolderMatcher, NamesFromManyLanguagesInEveryConvention)
{
    const FolderMatcher m = matcher();
    const Expect cases[] = {
        // German
        {"Jürgen Müller.jpg", MatchStatus::Matched, "jmueller"},
        {"jürgen.müller.JPG", MatchStatus::Matched, "jmueller"},
        {"Juergen_Mueller.jpeg", MatchStatus::Matched, "jmueller"},
        {"jurgen-muller.png", MatchStatus::Matched, "jmueller"},
        {"MÜLLER, JÜRGEN.jpg", MatchStatus::Matched, "jmueller"},
        {"Mueller Juergen.jpg", MatchStatus::Matched, "jmueller"},
        {"JuergenMueller.jpg", MatchStatus::Matched, "jmueller"},
        {"jmueller.jpg", MatchStatus::Matched, "jmueller"},
        {"juergen.mueller@corp.example.test.jpg", MatchStatus::Matched, "jmueller"},
        {"Hans-Peter Groß.jpg", MatchStatus::Matched, "hgross"},
        {"hans_peter_gross.jpg", MatchStatus::Matched, "hgross"},
        {"Schroeder, Doerte.jpg", MatchStatus::Matched, "dschroeder"},
        // Namesakes under folding: Anna Müller vs Anna Mueller
        {"Anna Mueller.jpg", MatchStatus::Ambiguous, ""},
        {"Anna Müller.jpg", MatchStatus::Ambiguous, ""},
        {"amueller.jpg", MatchStatus::Ambiguous, ""}, // also Anna Mueller's initial + surname
        {"anna muller.jpg", MatchStatus::Matched, "amueller"},
        {"amueller2.jpg", MatchStatus::Matched, "amueller2"},
        // Polish
        {"Łukasz Wiśniewski.jpg", MatchStatus::Matched, "lwisniewski"},
        {"lukasz.wisniewski.jpg", MatchStatus::Matched, "lwisniewski"},
        {"Wisniewski_Lukasz.jpg", MatchStatus::Matched, "lwisniewski"},
        {"malgorzata swiatek.jpg", MatchStatus::Matched, "mswiatek"},
        {"Żaneta Żółkiewska.jpg", MatchStatus::Matched, "zzolkiewska"},
        // Turkish
        {"İsmail Yılmaz.jpg", MatchStatus::Matched, "iyilmaz"},
        {"ISMAIL YILMAZ.jpg", MatchStatus::Matched, "iyilmaz"},
        {"isil.ozturk.jpg", MatchStatus::Matched, "iozturk"},
        {"Çelik Şükrü.jpg", MatchStatus::Matched, "scelik"},
        // Vietnamese (family name first in displayName)
        {"Nguyễn Thị Minh.jpg", MatchStatus::Matched, "nguyen.tminh"},
        {"nguyen_thi_minh.jpg", MatchStatus::Matched, "nguyen.tminh"},
        {"Thi Minh Nguyen.jpg", MatchStatus::Matched, "nguyen.tminh"},
        {"tran van hung.jpg", MatchStatus::Matched, "tran.vhung"},
        // Nordic
        {"Øyvind Ødegård.jpg", MatchStatus::Matched, "oodegard"},
        {"oyvind.odegard.jpg", MatchStatus::Matched, "oodegard"},
        {"Oeyvind Oedegaard.jpg", MatchStatus::Matched, "oodegard"},
        {"Aasa Aangstroem.jpg", MatchStatus::Matched, "aangstrom"},
        {"asa_angstrom.jpg", MatchStatus::Matched, "aangstrom"},
        // Czech, with two Jan Nováks
        {"Jiří Dvořák.jpg", MatchStatus::Matched, "jdvorak"},
        {"dvorak jiri.jpg", MatchStatus::Matched, "jdvorak"},
        {"Přemysl Šťastný.jpg", MatchStatus::Matched, "pstastny"},
        {"Jan Novák.jpg", MatchStatus::Ambiguous, ""},
        {"jan.novak.jpg", MatchStatus::Ambiguous, ""},
        {"jnovak2.jpg", MatchStatus::Matched, "jnovak2"},
        // Spanish
        {"José María Núñez.jpg", MatchStatus::Matched, "jmnunez"},
        {"jose maria nunez.jpg", MatchStatus::Matched, "jmnunez"},
        {"Nunez, Jose Maria.jpg", MatchStatus::Matched, "jmnunez"},
        {"Íñigo Martín.webp", MatchStatus::Matched, "imartin"},
        // Hungarian (family name first)
        {"Kovács Zoltán.jpg", MatchStatus::Matched, "zkovacs"},
        {"zoltan.kovacs.jpg", MatchStatus::Matched, "zkovacs"},
        {"Szoke Erzsebet.jpg", MatchStatus::Matched, "eszoke"},
        // French
        {"François Lefèvre.jpg", MatchStatus::Matched, "flefevre"},
        {"francois_lefevre.jpg", MatchStatus::Matched, "flefevre"},
        {"Anne-Sophie L'Hôpital.jpg", MatchStatus::Matched, "aslhopital"},
        {"anne.sophie.lhopital.jpg", MatchStatus::Matched, "aslhopital"},
        // ASCII, employee number
        {"004711.jpg", MatchStatus::Matched, "tweber"},
        {"Thomas Weber.PNG", MatchStatus::Matched, "tweber"},
        // People who are not in the directory
        {"Max Mustermann.jpg", MatchStatus::Unmatched, ""},
        {"IMG_4711.jpg", MatchStatus::Unmatched, ""},
        {"Jürgen Schmidt.jpg", MatchStatus::Unmatched, ""},
        {"Anna.jpg", MatchStatus::Unmatched, ""},
        // Junk
        {"Thumbs.db", MatchStatus::Skipped, ""},
        {".DS_Store", MatchStatus::Skipped, ""},
        {"desktop.ini", MatchStatus::Skipped, ""},
        {"readme.txt", MatchStatus::Skipped, ""},
        {"._Jürgen Müller.jpg", MatchStatus::Skipped, ""},
        {"Jürgen Müller", MatchStatus::Skipped, ""},
    };
    for (const Expect& c : cases) {
        for (const QString& name : {u8(c.file), test::nfd(u8(c.file))}) {
            const FileMatch r = m.matchFile(QStringLiteral("/photos/") + name);
            EXPECT_EQ(matchStatusName(r.status), matchStatusName(c.status))
                << c.file << " → " << accounts(r.candidates).toStdString();
            EXPECT_EQ(r.user ? r.user->sAMAccountName : QString(), u8(c.user)) << c.file;
            if (r.status == MatchStatus::Matched) {
                EXPECT_FALSE(r.rule.isEmpty()) << c.file;
                ASSERT_EQ(r.candidates.size(), 1) << c.file;
            }
            if (r.status == MatchStatus::Ambiguous) {
                EXPECT_GE(r.candidates.size(), 2) << c.file;
            }
            if (r.status == MatchStatus::Skipped) {
                EXPECT_FALSE(r.reason.isEmpty()) << c.file;
            }
        }
    }
}

TEST(FolderMatcher, AmbiguousFilesListEveryCandidate)
{
    const FolderMatcher m = matcher();
    EXPECT_EQ(accounts(m.matchFile(u8("/p/Jan Novák.jpg")).candidates), u8("jnovak,jnovak2"));
    const FileMatch anna = m.matchFile(u8("/p/Anna Müller.jpg"));
    EXPECT_EQ(accounts(anna.candidates), u8("amueller,amueller2"));
    EXPECT_FALSE(anna.user.has_value());
}

TEST(FolderMatcher, CopySuffixesAreStrippedOnlyWhenTheNameFitsNobody)
{
    const FolderMatcher m = matcher();
    for (const char* name : {"Jiří Dvořák (1).jpg", "Jiri Dvorak copy.jpg", "Jiri Dvorak - Copy.jpg",
                             "Jiri Dvorak - Kopie (2).jpg", "jiri.dvorak-2.jpg", "Jiri Dvorak_3 copy.jpg"}) {
        const FileMatch r = m.matchFile(QStringLiteral("/p/") + u8(name));
        EXPECT_EQ(r.status, MatchStatus::Matched) << name;
        EXPECT_EQ(r.user ? r.user->sAMAccountName : QString(), u8("jdvorak")) << name;
        EXPECT_TRUE(r.copySuffixStripped) << name;
    }
    // "jnovak2" is an account: the "2" is not a copy suffix.
    const FileMatch account = m.matchFile(u8("/p/jnovak2.jpg"));
    EXPECT_EQ(account.user ? account.user->sAMAccountName : QString(), u8("jnovak2"));
    EXPECT_FALSE(account.copySuffixStripped);
    // A copy of an ambiguous name stays ambiguous.
    EXPECT_EQ(m.matchFile(u8("/p/Jan Novák (1).jpg")).status, MatchStatus::Ambiguous);
    EXPECT_EQ(FolderMatcher::stripCopySuffix(u8("Anna (12)")), u8("Anna"));
    EXPECT_EQ(FolderMatcher::stripCopySuffix(u8("Anna")), QString());
}

TEST(FolderMatcher, DisabledAccountsAreMatchedButFlagged)
{
    const FileMatch r = matcher().matchFile(u8("/p/Bjørn Strøm.jpg"));
    EXPECT_EQ(r.status, MatchStatus::Matched);
    EXPECT_TRUE(r.disabled());
    EXPECT_TRUE(r.toJson().value(QStringLiteral("disabled")).toBool());
}

TEST(FolderMatcher, UnmatchedFilesGetSuggestionsThatAreNotApplied)
{
    const FileMatch r = matcher().matchFile(u8("/p/Jurgen Mueler.jpg"));
    EXPECT_EQ(r.status, MatchStatus::Unmatched);
    EXPECT_FALSE(r.user.has_value());
    EXPECT_EQ(accounts(r.suggestions), u8("jmueller"));
    const QJsonObject json = r.toJson();
    EXPECT_TRUE(json.value(QStringLiteral("user")).isNull());
    EXPECT_EQ(json.value(QStringLiteral("suggestions")).toArray().first().toString(), u8("jmueller"));
}

TEST(FolderMatcher, TwoFilesForOneUserAreBothConflicts)
{
    const FolderMatcher m = matcher();
    QList<FileMatch> matches = {m.matchFile(u8("/p/Łukasz Wiśniewski.jpg")),
                                m.matchFile(u8("/p/lwisniewski.png")),
                                m.matchFile(u8("/p/Thomas Weber.jpg"))};
    FolderMatcher::markConflicts(matches);
    EXPECT_EQ(matches.at(0).status, MatchStatus::Conflict);
    EXPECT_EQ(matches.at(1).status, MatchStatus::Conflict);
    EXPECT_TRUE(matches.at(0).reason.contains(u8("lwisniewski.png")));
    EXPECT_EQ(matches.at(0).user->sAMAccountName, u8("lwisniewski"));
    EXPECT_EQ(matches.at(2).status, MatchStatus::Matched);
}

TEST(FolderMatcher, PatternsFromTheCommandLine)
{
    const FileMatch r = matcher({u8("{sn}-{givenName:1}")}).matchFile(u8("/p/lefevre-f.jpg"));
    EXPECT_EQ(r.status, MatchStatus::Matched);
    EXPECT_EQ(r.rule, u8("pattern {sn}-{givenName:1}"));
}

TEST(FolderMatcher, JsonRowHasTheContractKeys)
{
    const QJsonObject json = matcher().matchFile(u8("/p/Thomas Weber.jpg")).toJson();
    for (const char* key :
         {"file", "status", "user", "dn", "rule", "candidates", "disabled", "suggestions", "objectGUID"})
        EXPECT_TRUE(json.contains(QLatin1String(key))) << key;
    EXPECT_EQ(json.value(QStringLiteral("status")).toString(), u8("matched"));
    EXPECT_EQ(json.value(QStringLiteral("user")).toString(), u8("tweber"));
    EXPECT_EQ(json.value(QStringLiteral("rule")).toString(), u8("mail local part"))
        << "thomas.weber@ is his mail; the stricter rule is reported";
    EXPECT_EQ(json.value(QStringLiteral("objectGUID")).toString().size(), 36);
}

TEST(FolderMatcher, ListsAFolderRecursivelyWithNfdNamesAndJunk)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QDir root(dir.path());
    ASSERT_TRUE(root.mkpath(QStringLiteral("sub/deeper")));
    ASSERT_TRUE(root.mkpath(QStringLiteral(".git")));
    ASSERT_TRUE(root.mkpath(QStringLiteral("__MACOSX")));
    const QStringList files = {test::nfd(u8("Øyvind Ødegård.jpg")),
                               u8("Thumbs.db"),
                               u8("sub/Kovács Zoltán.png"),
                               u8("sub/deeper/Jan Novák.jpg"),
                               u8(".git/config"),
                               u8("__MACOSX/._x.jpg"),
                               u8("sub/readme.txt")};
    for (const QString& f : files) {
        QFile file(root.filePath(f));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << f.toStdString();
    }

    const auto flat = FolderMatcher::listFiles(dir.path(), false);
    ASSERT_TRUE(flat.has_value());
    EXPECT_EQ(flat->size(), 2);

    const auto all = matcher().matchFolder(dir.path(), true);
    ASSERT_TRUE(all.has_value());
    ASSERT_EQ(all->size(), 5) << "hidden folders are not entered";
    QMap<QString, FileMatch> byName;
    for (const FileMatch& r : *all) {
        EXPECT_TRUE(QDir::isAbsolutePath(r.file));
        byName.insert(QFileInfo(r.file).fileName().normalized(QString::NormalizationForm_C), r);
    }
    EXPECT_EQ(byName.value(u8("Øyvind Ødegård.jpg")).status, MatchStatus::Matched);
    EXPECT_EQ(byName.value(u8("Kovács Zoltán.png")).user->sAMAccountName, u8("zkovacs"));
    EXPECT_EQ(byName.value(u8("Jan Novák.jpg")).status, MatchStatus::Ambiguous);
    EXPECT_EQ(byName.value(u8("Thumbs.db")).status, MatchStatus::Skipped);
    EXPECT_EQ(byName.value(u8("readme.txt")).status, MatchStatus::Skipped);

    const auto missing = FolderMatcher::listFiles(root.filePath(QStringLiteral("nope")), false);
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
}

TEST(FolderMatcher, MatchesOnAWorkerThreadWithProgress)
{
    const FolderMatcher m = matcher();
    const QStringList paths = {u8("/p/Thomas Weber.jpg"), u8("/p/Jan Novák.jpg"), u8("/p/nobody.jpg"),
                               u8("/p/Thumbs.db")};
    QFuture<FileMatch> future = m.matchFiles(paths);
    future.waitForFinished();
    EXPECT_EQ(future.progressMaximum(), 4);
    EXPECT_EQ(future.progressValue(), 4);
    const QList<FileMatch> results = future.results();
    ASSERT_EQ(results.size(), 4);
    EXPECT_EQ(results.at(0).status, MatchStatus::Matched);
    EXPECT_EQ(results.at(1).status, MatchStatus::Ambiguous);
    EXPECT_EQ(results.at(2).status, MatchStatus::Unmatched);
    EXPECT_EQ(results.at(3).status, MatchStatus::Skipped);
}

TEST(FolderMatcher, CancellingStopsBetweenFiles)
{
    const FolderMatcher m = matcher();
    QStringList paths;
    for (int i = 0; i < 200000; ++i)
        paths << QStringLiteral("/p/Someone Unknown %1.jpg").arg(i);
    QFuture<FileMatch> future = m.matchFiles(paths);
    future.cancel();
    future.waitForFinished();
    EXPECT_TRUE(future.isCanceled());
    EXPECT_LT(future.resultCount(), paths.size());
}

TEST(FolderMatcher, MatchesWhileQtsGlobalPoolIsBusy)
{
    // Qt paints with jobs on its global pool and the GUI thread waits for them: matching must
    // not take that pool's threads. Here every one of them is held, and matching still ends.
    QThreadPool* global = QThreadPool::globalInstance();
    QSemaphore release;
    QSemaphore holding;
    const int threads = global->maxThreadCount();
    for (int i = 0; i < threads; ++i) {
        global->start([&] {
            holding.release();
            release.acquire();
        });
    }
    const auto unblock = qScopeGuard([&] {
        release.release(threads);
        global->waitForDone();
    });
    ASSERT_TRUE(holding.tryAcquire(threads, 10'000));

    const FolderMatcher m = matcher();
    QFuture<FileMatch> future = m.matchFiles({u8("/p/Thomas Weber.jpg"), u8("/p/nobody.jpg")});
    // Polled, not waitForFinished(), which would run a job that never started on this thread.
    const QDeadlineTimer deadline(10'000);
    while (!future.isFinished() && !deadline.hasExpired())
        QThread::msleep(5);
    ASSERT_TRUE(future.isFinished()) << "matching waited for Qt's global pool";
    EXPECT_EQ(future.resultCount(), 2);
}
