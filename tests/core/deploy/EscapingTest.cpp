// The quoting functions every admin-typed value goes through before it reaches a script, an
// XML file or the README.
#include "core/deploy/Escaping.h"
#include "tests/core/deploy/HostileValues.h"

#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace adphoto;

namespace {

// What PowerShell reads back from a single-quoted literal, following the language's rules:
// the literal ends at the first single-quote character (any of the five) that is not doubled.
// Returns the value and how many characters the literal used.
std::pair<QString, qsizetype> readPsLiteral(const QString& text)
{
    EXPECT_TRUE(deploy::isPowerShellSingleQuote(text.at(0)));
    QString value;
    qsizetype i = 1;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (deploy::isPowerShellSingleQuote(c)) {
            if (i + 1 < text.size() && deploy::isPowerShellSingleQuote(text.at(i + 1))) {
                value.append(c);
                i += 2;
                continue;
            }
            return {value, i + 1};
        }
        value.append(c);
        ++i;
    }
    return {value, -1}; // unterminated
}

QString xmlRoundTrip(const QString& fragment)
{
    QXmlStreamReader reader(QStringLiteral("<r a=\"x\">") + fragment + QStringLiteral("</r>"));
    reader.readNextStartElement();
    const QString text = reader.readElementText();
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return text;
}

} // namespace

TEST(DeployEscaping, PowerShellLiteralHoldsEveryHostileValueWhole)
{
    QStringList values = test::hostileImageDirs() + test::hostileGpoNames();
    values << QStringLiteral("'") << QStringLiteral("''") << QString()
           << QStringLiteral("a\nb'\r\n; rm C:\\");
    for (const QString& value : values) {
        const QString literal = deploy::psSingleQuoted(value);
        const auto [read, used] = readPsLiteral(literal);
        EXPECT_EQ(read, value) << literal.toStdString();
        // The literal ends exactly at its last character: nothing after it is code.
        EXPECT_EQ(used, literal.size()) << literal.toStdString();
    }
}

TEST(DeployEscaping, TypographicQuotesAreDoubledLikeAsciiOnes)
{
    // PowerShell closes a single-quoted string at U+2018..U+201B too; leaving them single
    // would end the literal early.
    EXPECT_EQ(deploy::psSingleQuoted(QString::fromUtf8("it\u2019s")), QString::fromUtf8("'it\u2019\u2019s'"));
    EXPECT_EQ(deploy::psSingleQuoted(QStringLiteral("a'b")), QStringLiteral("'a''b'"));
    EXPECT_EQ(deploy::psSingleQuoted(QString::fromUtf8("\u201a\u201b\u2018")),
              QString::fromUtf8("'\u201a\u201a\u201b\u201b\u2018\u2018'"));
    // Expansion characters stay literal: a single-quoted string never expands them.
    EXPECT_EQ(deploy::psSingleQuoted(QStringLiteral("$(x)`n$env:a")), QStringLiteral("'$(x)`n$env:a'"));
}

TEST(DeployEscaping, CDataSplitsTheTerminatorAndReadsBackExactly)
{
    for (const QString& value :
         test::hostileGpoNames() + QStringList{QStringLiteral("]]>]]>"), QStringLiteral("]]]>")}) {
        const QString cdata = deploy::xmlCData(value);
        EXPECT_EQ(xmlRoundTrip(cdata), value) << cdata.toStdString();
    }
    EXPECT_EQ(deploy::xmlCData(QStringLiteral("a]]>b")), QStringLiteral("<![CDATA[a]]]]><![CDATA[>b]]>"));
}

TEST(DeployEscaping, XmlTextAndAttributesReadBackExactly)
{
    for (const QString& value : test::hostileGpoNames()) {
        EXPECT_EQ(xmlRoundTrip(deploy::xmlText(value)), value);
        QXmlStreamReader reader(QStringLiteral("<r a=\"") + deploy::xmlAttribute(value) +
                                QStringLiteral("\"/>"));
        ASSERT_TRUE(reader.readNextStartElement()) << reader.errorString().toStdString();
        EXPECT_EQ(reader.attributes().value(QStringLiteral("a")).toString(), value);
    }
    // Attribute values keep line breaks and tabs only as character references.
    QXmlStreamReader reader(QStringLiteral("<r a=\"") + deploy::xmlAttribute(QStringLiteral("a\tb\nc")) +
                            QStringLiteral("\"/>"));
    ASSERT_TRUE(reader.readNextStartElement());
    EXPECT_EQ(reader.attributes().value(QStringLiteral("a")).toString(), QStringLiteral("a\tb\nc"));
}

TEST(DeployEscaping, CharactersXmlCannotHoldBecomeReplacementCharacters)
{
    const QString value =
        QStringLiteral("a") + QChar(0x01) + QStringLiteral("b") + QChar(0xd800) + QStringLiteral("c");
    const QString expected =
        QStringLiteral("a") + QChar(0xfffd) + QStringLiteral("b") + QChar(0xfffd) + QStringLiteral("c");
    EXPECT_EQ(xmlRoundTrip(deploy::xmlText(value)), expected);
    EXPECT_EQ(xmlRoundTrip(deploy::xmlCData(value)), expected);
    // A valid surrogate pair (an emoji) survives.
    const QString emoji = QString::fromUtf8("\U0001F600");
    EXPECT_EQ(xmlRoundTrip(deploy::xmlText(emoji)), emoji);
}

TEST(DeployEscaping, HtmlTextEscapesMarkupAndQuotes)
{
    EXPECT_EQ(deploy::htmlText(QStringLiteral("<script>alert('x') & \"y\"</script>")),
              QStringLiteral("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"));
}
