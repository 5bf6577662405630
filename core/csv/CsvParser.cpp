#include "core/csv/CsvParser.h"

#include <array>
#include <optional>

namespace adphoto {

namespace {

constexpr QChar kQuote = QLatin1Char('"');
constexpr int kMaxRewinds = 20;

class Reader
{
public:
    Reader(QStringView text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {}

    QList<CsvRecord> run()
    {
        QList<CsvRecord> records;
        while (m_pos < m_text.size()) {
            const qsizetype start = m_pos;
            const int startLine = m_line;
            std::optional<CsvRecord> record = readRecord(false, m_rewinds < kMaxRewinds);
            if (!record) {
                // A quote that ran to the end, or closed only on a later line before more text,
                // was never meant to be closed: read its line again with quotes as plain text,
                // so the lines after it stay usable. Past a limit the rest of the text
                // becomes one broken record, so hostile input cannot make this quadratic.
                m_pos = start;
                m_line = startLine;
                if (m_rewinds++ < kMaxRewinds) {
                    record = readRecord(true, false);
                } else {
                    record = CsvRecord{startLine, {m_text.sliced(start).toString()}, {}};
                    m_pos = m_text.size();
                }
                record->problem =
                    CsvParser::tr("A quoted field starting on line %1 is never closed.").arg(startLine);
            }
            if (!isBlank(*record))
                records.append(*record);
        }
        return records;
    }

private:
    bool isSpace(QChar c) const
    {
        return (c == QLatin1Char(' ') || c == QLatin1Char('\t')) && c != m_delimiter;
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }

    static bool isBlank(const CsvRecord& r)
    {
        return r.problem.isEmpty() && r.fields.size() == 1 && r.fields.front().trimmed().isEmpty();
    }

    // Reads one record; nothing when a quoted field is still open at the end of the text.
    // With `mayGiveUp`, a quoted field that spans lines and is followed by text counts as
    // unclosed too.
    std::optional<CsvRecord> readRecord(bool literalQuotes, bool mayGiveUp)
    {
        CsvRecord record;
        record.line = m_line;
        for (;;) {
            QString field;
            bool quoted = false;
            if (!literalQuotes) {
                qsizetype j = m_pos;
                while (j < m_text.size() && isSpace(m_text.at(j)))
                    ++j;
                if (j < m_text.size() && m_text.at(j) == kQuote) {
                    m_pos = j + 1;
                    quoted = true;
                }
            }
            if (quoted) {
                const int openedOn = m_line;
                if (!readQuoted(field))
                    return std::nullopt;
                // After the closing quote: spaces are dropped, anything else is kept as written.
                qsizetype j = m_pos;
                while (j < m_text.size() && isSpace(m_text.at(j)))
                    ++j;
                if (j < m_text.size() && !isBreakOrDelimiter(m_text.at(j))) {
                    // Across lines and then text: the quote was never meant to be closed there;
                    // this quote ended a broken line and took the next one with it.
                    if (m_line != openedOn && mayGiveUp)
                        return std::nullopt;
                    if (record.problem.isEmpty())
                        record.problem =
                            CsvParser::tr("Text follows a closing quote on line %1.").arg(m_line);
                    field += readUnquoted();
                } else {
                    m_pos = j;
                }
            } else {
                field = readUnquoted();
            }
            record.fields.append(field);
            if (atEnd())
                break;
            const QChar c = m_text.at(m_pos);
            if (c == m_delimiter) {
                ++m_pos;
                if (atEnd()) {
                    record.fields.append(QString());
                    break;
                }
                continue;
            }
            consumeLineBreak();
            break;
        }
        return record;
    }

    bool isBreakOrDelimiter(QChar c) const
    {
        return c == m_delimiter || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    }

    QString readUnquoted()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !isBreakOrDelimiter(m_text.at(m_pos)))
            ++m_pos;
        return m_text.sliced(start, m_pos - start).toString();
    }

    // After the opening quote; false when the text ends before the closing quote.
    bool readQuoted(QString& field)
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == kQuote) {
                if (peek(1) == kQuote) {
                    field += kQuote;
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return true;
            }
            if (c == QLatin1Char('\r')) {
                field += c;
                ++m_pos;
                if (peek() == QLatin1Char('\n')) {
                    field += QLatin1Char('\n');
                    ++m_pos;
                }
                ++m_line;
                continue;
            }
            if (c == QLatin1Char('\n'))
                ++m_line;
            field += c;
            ++m_pos;
        }
        return false;
    }

    void consumeLineBreak()
    {
        if (peek() == QLatin1Char('\r')) {
            ++m_pos;
            if (peek() == QLatin1Char('\n'))
                ++m_pos;
        } else {
            ++m_pos;
        }
        ++m_line;
    }

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_rewinds = 0;
};

} // namespace

QChar CsvParser::detectDelimiter(QStringView text)
{
    static constexpr std::array<char16_t, 4> candidates = {u',', u';', u'\t', u'|'};
    // Count each candidate outside quotes on the first non-blank lines.
    QList<std::array<int, 4>> counts;
    std::array<int, 4> current{};
    bool inQuotes = false;
    bool lineHasText = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < 20; ++i) {
        const QChar c = text.at(i);
        if (c == kQuote) {
            inQuotes = !inQuotes;
            lineHasText = true;
        } else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (lineHasText)
                counts.append(current);
            current = {};
            lineHasText = false;
        } else if (!inQuotes) {
            for (size_t k = 0; k < candidates.size(); ++k) {
                if (c.unicode() == candidates[k])
                    ++current[k];
            }
            lineHasText = lineHasText || !c.isSpace();
        }
    }
    if (lineHasText && counts.size() < 20)
        counts.append(current);
    if (counts.isEmpty())
        return QLatin1Char(',');

    int best = -1;
    int bestScore = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        const int first = counts.front()[k];
        if (first == 0)
            continue;
        int score = 0;
        for (const auto& line : std::as_const(counts))
            score += line[k] == first ? 1 : 0;
        if (score > bestScore) {
            bestScore = score;
            best = int(k);
        }
    }
    return best < 0 ? QLatin1Char(',') : QChar(candidates[size_t(best)]);
}

QList<CsvRecord> CsvParser::parse(QStringView text, QChar delimiter)
{
    if (delimiter.isNull() || delimiter == kQuote || delimiter == QLatin1Char('\n') ||
        delimiter == QLatin1Char('\r'))
        delimiter = QLatin1Char(',');
    return Reader(text, delimiter).run();
}

} // namespace adphoto
