// The catalogues in translations/ are complete for the current sources: lupdate run on a copy
// finds nothing new, nothing vanished, every numerus message has all its forms, and every
// translation keeps the placeholders of its source.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

QStringList languages()
{
    return QString::fromUtf8(ADPHOTO_LANGUAGES).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Numerus forms per language (Qt's plural rules): Polish has three, the others two.
int numerusForms(const QString& language)
{
    return language == QLatin1String("pl") ? 3 : 2;
}

// %1..%99 (and %n, which a plural form may spell out instead, e.g. "one file").
QStringList placeholders(const QString& text, bool numerus)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured().remove(QLatin1Char('L'));
        if (!(numerus && p == QLatin1String("%n")))
            found << p;
    }
    found.sort();
    return found;
}

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;
    QStringList forms;
};

QList<Message> readCatalogue(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages.append(current);
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            current.forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

class CatalogueTest : public ::testing::TestWithParam<QString>
{
};

TEST_P(CatalogueTest, IsCompleteForTheCurrentSources)
{
    const QString language = GetParam();
    const QString original = QStringLiteral(ADPHOTO_SOURCE_DIR "/translations/adphoto_%1.ts").arg(language);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("adphoto_%1.ts").arg(language));
    ASSERT_TRUE(QFile::copy(original, copy)) << original.toStdString();

    // The same inputs and options as the adphoto_lupdate target, but keeping obsolete entries
    // so that they can be reported.
    QStringList args = QString::fromUtf8(ADPHOTO_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    args << QStringLiteral("-I") << QStringLiteral(ADPHOTO_SOURCE_DIR)
         << QLatin1Char('@') + QStringLiteral(ADPHOTO_LUPDATE_SOURCES) << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(ADPHOTO_LUPDATE), args);
    ASSERT_TRUE(lupdate.waitForFinished(300'000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

    QString error;
    const QList<Message> messages = readCatalogue(copy, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_GT(messages.size(), 100);

    QStringList problems;
    for (const Message& m : messages) {
        const QString where = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
        if (m.type == QLatin1String("unfinished")) {
            problems << QStringLiteral("unfinished: ") + where;
            continue;
        }
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            problems << m.type + QStringLiteral(" (run the adphoto_lupdate target): ") + where;
            continue;
        }
        if (m.numerus && m.forms.size() != numerusForms(language))
            problems << QStringLiteral("%1 plural forms instead of %2: ")
                                .arg(m.forms.size())
                                .arg(numerusForms(language)) +
                            where;
        for (const QString& form : m.forms) {
            if (form.isEmpty()) {
                problems << QStringLiteral("empty translation: ") + where;
            } else if (placeholders(form, m.numerus) != placeholders(m.source, m.numerus)) {
                problems << QStringLiteral("placeholders %1 differ from the source's %2: ")
                                    .arg(placeholders(form, m.numerus).join(QLatin1Char(' ')),
                                         placeholders(m.source, m.numerus).join(QLatin1Char(' '))) +
                                where;
            }
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << "translations/adphoto_" << language.toStdString() << ".ts has "
                                    << problems.size() << " problem(s):\n"
                                    << problems.join(QLatin1Char('\n')).toStdString();
}

std::string languageName(const ::testing::TestParamInfo<QString>& param)
{
    return param.param.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, CatalogueTest, ::testing::ValuesIn(languages()), languageName);

} // namespace
