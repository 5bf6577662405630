// Property test over generated directories: for every user and every file-naming convention,
// the file is never matched to anyone else; it is matched exactly when the user has no namesake
// under the convention (decided here from hand-written ASCII spellings, independently of the
// matcher's own folding); and people who are not in the directory are never matched.
#include "core/matching/FolderMatcher.h"

#include "TestDirectory.h"

#include <QRandomGenerator>
#include <QSet>
#include <gtest/gtest.h>

using namespace adphoto;

namespace {

/// A name as written, folded to plain ASCII, and in the German/Nordic ASCII spelling.
struct Spelling
{
    const char* native;
    const char* plain;
    const char* alt;
};

const Spelling kGiven[] = {
    {"Jürgen", "Jurgen", "Juergen"},
    {"Anna", "Anna", "Anna"},
    {"Björn", "Bjorn", "Bjoern"},
    {"Łukasz", "Lukasz", "Lukasz"},
    {"Małgorzata", "Malgorzata", "Malgorzata"},
    {"İsmail", "Ismail", "Ismail"},
    {"Işıl", "Isil", "Isil"},
    {"Øyvind", "Oyvind", "Oeyvind"},
    {"Åsa", "Asa", "Aasa"},
    {"Jiří", "Jiri", "Jiri"},
    {"José", "Jose", "Jose"},
    {"Zoltán", "Zoltan", "Zoltan"},
    {"François", "Francois", "Francois"},
    {"Hans-Peter", "Hans-Peter", "Hans-Peter"},
    {"Thị Minh", "Thi Minh", "Thi Minh"},
    {"Käthe", "Kathe", "Kaethe"},
    {"Ørjan", "Orjan", "Oerjan"},
    {"Ümit", "Umit", "Uemit"},
    {"Sören", "Soren", "Soeren"},
    {"Đức Anh", "Duc Anh", "Duc Anh"},
    {"Žofie", "Zofie", "Zofie"},
    {"Íñigo", "Inigo", "Inigo"},
    {"Thomas", "Thomas", "Thomas"},
    {"Sébastien", "Sebastien", "Sebastien"},
};

const Spelling kSurname[] = {
    {"Müller", "Muller", "Mueller"},
    {"Mueller", "Mueller", "Mueller"},
    {"Muller", "Muller", "Muller"},
    {"Schröder", "Schroder", "Schroeder"},
    {"Groß", "Gross", "Gross"},
    {"Wiśniewski", "Wisniewski", "Wisniewski"},
    {"Świątek", "Swiatek", "Swiatek"},
    {"Yılmaz", "Yilmaz", "Yilmaz"},
    {"Öztürk", "Ozturk", "Oeztuerk"},
    {"Nguyễn", "Nguyen", "Nguyen"},
    {"Ødegård", "Odegard", "Oedegaard"},
    {"Ångström", "Angstrom", "Aangstroem"},
    {"Dvořák", "Dvorak", "Dvorak"},
    {"Novák", "Novak", "Novak"},
    {"Núñez", "Nunez", "Nunez"},
    {"Kovács", "Kovacs", "Kovacs"},
    {"Lefèvre", "Lefevre", "Lefevre"},
    {"Weber", "Weber", "Weber"},
    {"Strøm", "Strom", "Stroem"},
    {"Çelik", "Celik", "Celik"},
    {"Jäger", "Jager", "Jaeger"},
    {"Jaeger", "Jaeger", "Jaeger"},
    {"Kühn", "Kuhn", "Kuehn"},
    {"Kuhn", "Kuhn", "Kuhn"},
    {"Szőke", "Szoke", "Szoke"},
    {"Šťastný", "Stastny", "Stastny"},
    {"L'Hôpital", "LHopital", "LHopital"},
};

// Surnames no generated directory user has.
const Spelling kStrangers[] = {
    {"Mustermann", "Mustermann", "Mustermann"},
    {"Żurawski", "Zurawski", "Zurawski"},
    {"Häkkinen", "Hakkinen", "Haekkinen"},
    {"Pérez", "Perez", "Perez"},
};

struct Person
{
    int given = 0;
    int surname = 0;
};

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

// The test's own comparison key: lower case, letters and digits only.
QString squash(const QString& text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

// Every ASCII spelling a user can be found by through names (given/surname in both orders,
// plain or German/Nordic throughout, and initial + surname).
QSet<QString> userKeys(const Person& p)
{
    const Spelling& g = kGiven[p.given];
    const Spelling& s = kSurname[p.surname];
    return {squash(u8(g.plain) + u8(s.plain)),         squash(u8(g.alt) + u8(s.alt)),
            squash(u8(s.plain) + u8(g.plain)),         squash(u8(s.alt) + u8(g.alt)),
            squash(u8(g.plain).left(1) + u8(s.plain)), squash(u8(g.alt).left(1) + u8(s.alt))};
}

enum class Convention
{
    Native,
    NativeNfd,
    PlainDotted,
    AltUnderscore,
    SurnameCommaUpper,
    Compact,
    Initial,
    Copy,
    Account
};

// The ASCII spellings a file named by `convention` stands for.
QSet<QString> fileKeys(const Person& p, Convention convention)
{
    const Spelling& g = kGiven[p.given];
    const Spelling& s = kSurname[p.surname];
    switch (convention) {
    case Convention::Native:
    case Convention::NativeNfd:
    case Convention::Copy:
        return {squash(u8(g.plain) + u8(s.plain)), squash(u8(g.alt) + u8(s.alt))};
    case Convention::SurnameCommaUpper:
        return {squash(u8(s.plain) + u8(g.plain)), squash(u8(s.alt) + u8(g.alt))};
    case Convention::PlainDotted:
    case Convention::Compact:
        return {squash(u8(g.plain) + u8(s.plain))};
    case Convention::AltUnderscore:
        return {squash(u8(s.alt) + u8(g.alt))};
    case Convention::Initial:
        return {squash(u8(g.plain).left(1) + u8(s.plain))};
    case Convention::Account:
        return {};
    }
    return {};
}

QString fileName(const Person& p, const QString& sam, Convention convention)
{
    const Spelling& g = kGiven[p.given];
    const Spelling& s = kSurname[p.surname];
    switch (convention) {
    case Convention::Native:
        return u8(g.native) + QLatin1Char(' ') + u8(s.native) + QStringLiteral(".jpg");
    case Convention::NativeNfd:
        return test::nfd(u8(g.native) + QLatin1Char(' ') + u8(s.native) + QStringLiteral(".JPG"));
    case Convention::PlainDotted:
        return (u8(g.plain) + QLatin1Char('.') + u8(s.plain)).toLower() + QStringLiteral(".jpeg");
    case Convention::AltUnderscore:
        return u8(s.alt) + QLatin1Char('_') + u8(g.alt) + QStringLiteral(".png");
    case Convention::SurnameCommaUpper:
        return (u8(s.native) + QStringLiteral(", ") + u8(g.native)).toUpper() + QStringLiteral(".jpg");
    case Convention::Compact:
        return QString(u8(g.plain) + u8(s.plain)).remove(QLatin1Char('-')) + QStringLiteral(".jpg");
    case Convention::Initial:
        return u8(g.plain).left(1) + QLatin1Char('.') + u8(s.plain) + QStringLiteral(".jpg");
    case Convention::Copy:
        return u8(g.native) + QLatin1Char(' ') + u8(s.native) + QStringLiteral(" (2).jpg");
    case Convention::Account:
        return sam + QStringLiteral(".jpg");
    }
    return {};
}

void runOnce(quint32 seed, int userCount)
{
    QRandomGenerator random(seed);
    QList<Person> people;
    QList<UserRecord> users;
    for (int i = 0; i < userCount; ++i) {
        const Person p{int(random.bounded(int(std::size(kGiven)))),
                       int(random.bounded(int(std::size(kSurname))))};
        const Spelling& g = kGiven[p.given];
        const Spelling& s = kSurname[p.surname];
        const bool familyFirst = random.bounded(5) == 0;
        const QString display = familyFirst ? u8(s.native) + QLatin1Char(' ') + u8(g.native)
                                            : u8(g.native) + QLatin1Char(' ') + u8(s.native);
        people.append(p);
        users.append(test::makeUser(QStringLiteral("u%1").arg(i, 5, 10, QLatin1Char('0')), u8(g.native),
                                    u8(s.native), display));
    }
    auto index = UserIndex::build(users);
    ASSERT_TRUE(index.has_value());
    const FolderMatcher matcher(*index);

    int matched = 0;
    int ambiguous = 0;
    const Convention conventions[] = {Convention::Native,
                                      Convention::NativeNfd,
                                      Convention::PlainDotted,
                                      Convention::AltUnderscore,
                                      Convention::SurnameCommaUpper,
                                      Convention::Compact,
                                      Convention::Initial,
                                      Convention::Copy,
                                      Convention::Account};
    QList<QSet<QString>> keys;
    for (const Person& p : std::as_const(people))
        keys.append(userKeys(p));
    for (int i = 0; i < userCount; ++i) {
        const Person& p = people.at(i);
        for (const Convention c : conventions) {
            const QString name = fileName(p, users.at(i).sAMAccountName, c);
            const FileMatch r = matcher.matchFile(QStringLiteral("/photos/") + name);
            const std::string where = QStringLiteral("seed %1: %2 for %3")
                                          .arg(seed)
                                          .arg(name, users.at(i).sAMAccountName)
                                          .toStdString();
            bool listed = false;
            for (const UserRecord& u : r.candidates)
                listed = listed || u.sAMAccountName == users.at(i).sAMAccountName;
            EXPECT_TRUE(listed) << "the user is always among the candidates: " << where;
            if (r.status == MatchStatus::Matched) {
                ++matched;
                ASSERT_EQ(r.user->sAMAccountName, users.at(i).sAMAccountName)
                    << "wrong user matched: " << where;
            } else {
                ++ambiguous;
            }
            // Anyone else this file's spellings could stand for makes it ambiguous; nobody else
            // makes it a match.
            const QSet<QString> fk = fileKeys(p, c);
            bool namesake = false;
            for (int j = 0; j < userCount && !namesake; ++j)
                namesake = j != i && fk.intersects(keys.at(j));
            EXPECT_EQ(matchStatusName(r.status),
                      namesake ? QStringLiteral("ambiguous") : QStringLiteral("matched"))
                << where;
        }
    }
    // Both outcomes occur, so the assertions above were exercised.
    EXPECT_GT(matched, userCount);
    EXPECT_GT(ambiguous, 0);

    for (const Spelling& stranger : kStrangers) {
        for (const Spelling& g : kGiven) {
            for (const QString& name : {u8(g.native) + QLatin1Char(' ') + u8(stranger.native),
                                        u8(stranger.alt) + QLatin1Char('_') + u8(g.alt)}) {
                const FileMatch r =
                    matcher.matchFile(QStringLiteral("/photos/") + name + QStringLiteral(".jpg"));
                EXPECT_EQ(r.status, MatchStatus::Unmatched) << name.toStdString();
            }
        }
    }
}

} // namespace

TEST(MatchProperty, NoFileIsEverMatchedToTheWrongUser)
{
    for (const quint32 seed : {1u, 2u, 3u})
        runOnce(seed, 300);
}
