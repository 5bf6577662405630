// What `audit` prints: the JSON/CSV record shape and the HTML report (escaping above all).
#include "FakeImageInspector.h"

#include "core/audit/AuditEngine.h"
#include "core/audit/AuditHtml.h"
#include "core/audit/AuditRows.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace adphoto;
using namespace adphoto::test;

namespace {
const QString base = QStringLiteral("OU=Corp,DC=example,DC=test");

UserRecord user(const QString& sam, const QString& display)
{
    UserRecord u;
    u.sAMAccountName = sam;
    u.displayName = display;
    u.dn = QStringLiteral("CN=%1,%2").arg(sam, base);
    u.objectGuid = QUuid::fromString(QStringLiteral("{0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0}"));
    return u;
}

QJsonValue at(const QList<QJsonValue>& row, const QString& column)
{
    return row.at(AuditRows::columns().indexOf(column));
}
} // namespace

TEST(AuditRows, OuRowsComeFirstThenFindingsWithNullsWhereNothingApplies)
{
    FakeImageInspector inspector;
    AuditEngine engine(inspector, {base, 102'400, 96});
    engine.add(user(QStringLiteral("nobody"), QStringLiteral("No Body")), {});
    const QByteArray same = inspector.photo("shared", QStringLiteral("png"), 120, 80);
    engine.add(user(QStringLiteral("p1"), QStringLiteral("P One")), same);
    engine.add(user(QStringLiteral("p2"), QStringLiteral("P Two")), same);
    const auto rows = AuditRows::rows(engine.report());
    const QStringList columns = AuditRows::columns();
    for (const auto& r : rows)
        ASSERT_EQ(r.size(), columns.size());

    ASSERT_EQ(at(rows.first(), QStringLiteral("kind")).toString(), QStringLiteral("ou"));
    EXPECT_EQ(at(rows.first(), QStringLiteral("ou")).toString(), base);
    EXPECT_EQ(at(rows.first(), QStringLiteral("users")).toInt(), 3);
    EXPECT_EQ(at(rows.first(), QStringLiteral("missing")).toInt(), 1);
    EXPECT_TRUE(at(rows.first(), QStringLiteral("user")).isNull());

    const auto& missing = rows.at(1);
    EXPECT_EQ(at(missing, QStringLiteral("kind")).toString(), QStringLiteral("missing"));
    EXPECT_EQ(at(missing, QStringLiteral("photoBytes")).toInt(-1), 0);
    EXPECT_TRUE(at(missing, QStringLiteral("format")).isNull());
    EXPECT_TRUE(at(missing, QStringLiteral("sha256")).isNull());
    EXPECT_TRUE(at(missing, QStringLiteral("users")).isNull());
    EXPECT_EQ(at(missing, QStringLiteral("objectGUID")).toString(),
              QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));

    QStringList kinds;
    for (const auto& r : rows)
        kinds << at(r, QStringLiteral("kind")).toString();
    EXPECT_EQ(kinds, (QStringList{QStringLiteral("ou"), QStringLiteral("missing"), QStringLiteral("notJpeg"),
                                  QStringLiteral("notJpeg"), QStringLiteral("notSquare"),
                                  QStringLiteral("notSquare"), QStringLiteral("tooSmall"),
                                  QStringLiteral("tooSmall"), QStringLiteral("duplicate"),
                                  QStringLiteral("duplicate")}));
    const auto& dup = rows.last();
    EXPECT_EQ(at(dup, QStringLiteral("width")).toInt(), 120);
    EXPECT_EQ(at(dup, QStringLiteral("height")).toInt(), 80);
    EXPECT_EQ(at(dup, QStringLiteral("format")).toString(), QStringLiteral("png"));
    EXPECT_EQ(at(dup, QStringLiteral("photoBytes")).toInt(), 6);
    ASSERT_TRUE(at(dup, QStringLiteral("sameAs")).isArray());
    EXPECT_EQ(at(dup, QStringLiteral("sameAs")).toArray().size(), 1);
    EXPECT_TRUE(at(rows.at(2), QStringLiteral("sameAs")).isNull()) << "sameAs only on duplicates";
}

TEST(AuditHtml, AHostileDisplayNameIsShownAsTextNeverAsMarkup)
{
    FakeImageInspector inspector;
    AuditEngine engine(inspector, {base, 102'400, 96});
    UserRecord evil = user(QStringLiteral("evil"), QStringLiteral("<script>alert('x')</script>"));
    evil.dn = QStringLiteral("CN=<img src=x onerror=alert(1)>\\, \"quoted\" & co,") + base;
    engine.add(evil, {});
    engine.add(user(QStringLiteral("pic"), QStringLiteral("</td></tr></table><h1>owned</h1>")),
               inspector.photo("p", QStringLiteral("png"), 96, 96));
    const QString html =
        AuditHtml::render(engine.report(), QStringLiteral("dc1<b>"), QDateTime::currentDateTimeUtc());

    EXPECT_FALSE(html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(QLatin1String("<h1>owned")));
    EXPECT_FALSE(html.contains(QLatin1String("dc1<b>")));
    EXPECT_TRUE(html.contains(QLatin1String("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")) ||
                html.contains(QLatin1String("&lt;script&gt;alert('x')&lt;/script&gt;")))
        << "the name is still shown, as text";
    EXPECT_TRUE(html.contains(QLatin1String("&quot;quoted&quot; &amp; co")));
    // Exactly the tables we wrote: the hostile "</table>" did not close one early.
    EXPECT_EQ(html.count(QLatin1String("<table")), html.count(QLatin1String("</table>")));
}

TEST(AuditHtml, TheReportIsSelfContainedAndListsEveryKindWithItsCount)
{
    FakeImageInspector inspector;
    AuditEngine engine(inspector, {base, 102'400, 96});
    engine.add(user(QStringLiteral("a"), QStringLiteral("Anna")), {});
    engine.add(user(QStringLiteral("b"), QStringLiteral("Bert")),
               inspector.photo("b", QStringLiteral("jpeg"), 60, 60));
    const QString html = AuditHtml::render(engine.report(), QStringLiteral("dc1.example.test"),
                                           QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), QTimeZone::utc()));
    EXPECT_TRUE(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
    EXPECT_TRUE(html.contains(QLatin1String("Content-Security-Policy")));
    EXPECT_TRUE(html.contains(QLatin1String("<style>")));
    // Nothing is fetched from elsewhere: no src/href attributes, no external stylesheet or URL.
    EXPECT_FALSE(html.contains(QRegularExpression(QStringLiteral("\\b(src|href)\\s*="))));
    EXPECT_FALSE(html.contains(QLatin1String("http://")));
    EXPECT_FALSE(html.contains(QLatin1String("https://")));
    EXPECT_TRUE(html.contains(QLatin1String("2024-05-06T07:08:09")));
    for (FindingKind kind : allFindingKinds)
        EXPECT_TRUE(html.contains(QStringLiteral("id=\"%1\"").arg(findingKindName(kind))))
            << findingKindName(kind).toStdString();
    EXPECT_TRUE(html.contains(QLatin1String("Anna")));
    EXPECT_TRUE(html.contains(QStringLiteral("60 × 60 px")));
}
