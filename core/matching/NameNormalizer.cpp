#include "core/matching/NameNormalizer.h"

#include <QHash>
#include <QVarLengthArray>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>
#include <vector>

namespace adphoto {

namespace {

constexpr bool isApostrophe(char16_t c)
{
    // O'Brien, N’Diaye and D`Souza are one word each, not two.
    return c == u'\'' || c == u'`' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x00B4;
}

// What asciiKeyInto() does with each ASCII character: the letter or digit it keeps (lower case),
// kDrop for apostrophes, kSeparator for the rest.
constexpr char16_t kSeparator = 0;
constexpr char16_t kDrop = 1;

constexpr std::array<char16_t, 128> asciiClasses()
{
    std::array<char16_t, 128> table{};
    for (char16_t c = 0; c < 128; ++c) {
        if (c >= u'A' && c <= u'Z')
            table[c] = char16_t(c + (u'a' - u'A'));
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            table[c] = c;
        else if (isApostrophe(c))
            table[c] = kDrop;
        else
            table[c] = kSeparator;
    }
    return table;
}

// Lower-cases ASCII letters, keeps digits, drops apostrophes and turns every other run into one
// space. Meant for ASCII text (anything else is a separator or, for ’, dropped). Writes into `out`
// (room for text.size() characters): this runs for every key.
qsizetype asciiKeyInto(QStringView text, char16_t* out)
{
    static constexpr std::array<char16_t, 128> classes = asciiClasses();
    qsizetype n = 0;
    bool pendingSpace = false;
    for (const QChar qc : text) {
        const char16_t u = qc.unicode();
        const char16_t c = u < 128 ? classes[u] : isApostrophe(u) ? kDrop : kSeparator;
        if (c > kDrop) {
            if (pendingSpace && n > 0)
                out[n++] = u' ';
            pendingSpace = false;
            out[n++] = c;
        } else if (c == kSeparator) {
            pendingSpace = true;
        }
    }
    return n;
}

QString asciiKey(QStringView text)
{
    QString key(text.size(), Qt::Uninitialized);
    key.truncate(asciiKeyInto(text, reinterpret_cast<char16_t*>(key.data())));
    return key;
}

QString unicodeKey(QStringView text)
{
    // NFC first so that NFD input (macOS file names) case-folds like NFC input; NFC again
    // because folding can decompose (İ → i + combining dot). Qt returns NFC text unchanged after
    // a quick check, so this costs little for the usual precomposed names.
    const QString folded = text.toString()
                               .normalized(QString::NormalizationForm_C)
                               .toCaseFolded()
                               .normalized(QString::NormalizationForm_C);
    // A separator run becomes one space: the key is never longer than its input.
    QString key(folded.size(), Qt::Uninitialized);
    QChar* out = key.data();
    qsizetype n = 0;
    bool pendingSpace = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate()) {
            if (pendingSpace && n > 0)
                out[n++] = QLatin1Char(' ');
            pendingSpace = false;
            out[n++] = c;
        } else if (!isApostrophe(c.unicode())) {
            pendingSpace = true;
        }
    }
    key.truncate(n);
    return key;
}

// Qt's own fallback when ICU has no transliterator: NFKD and drop the marks. It misses
// ł ø ß æ, which is why ICU is the normal path.
QString stripMarks(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            out += c;
    }
    return out;
}

/// ICU's "Any-Latin; Latin-ASCII". Creating it parses several rule sets (tens of millions of
/// instructions), so it is created once per process and cloned once per thread: a transliterator
/// is not meant to be used by two threads at once.
const icu::Transliterator* prototypeTransliterator()
{
    static const std::unique_ptr<icu::Transliterator> prototype = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            icu::UnicodeString(u"Any-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            t.reset();
        return t;
    }();
    return prototype.get();
}

class ThreadTransliterator
{
public:
    ThreadTransliterator()
    {
        if (const icu::Transliterator* prototype = prototypeTransliterator())
            m_translit.reset(prototype->clone());
    }

    /// The text transliterated, uncached.
    QString transliterate(const QString& text) const
    {
        if (!m_translit)
            return stripMarks(text);
        icu::UnicodeString u(reinterpret_cast<const char16_t*>(text.utf16()), int32_t(text.size()));
        m_translit->transliterate(u);
        return QString(reinterpret_cast<const QChar*>(u.getBuffer()), u.length());
    }

    /// The text transliterated, remembered: names outside the per-letter table (Cyrillic,
    /// Greek, CJK ...) still repeat.
    QString toAscii(const QString& text)
    {
        if (const auto it = m_cache.constFind(text); it != m_cache.constEnd())
            return it.value();
        QString result = transliterate(text);
        if (m_cache.size() > 200000)
            m_cache.clear();
        m_cache.insert(text, result);
        return result;
    }

private:
    std::unique_ptr<icu::Transliterator> m_translit;
    QHash<QString, QString> m_cache;
};

ThreadTransliterator& transliterator()
{
    thread_local ThreadTransliterator instance;
    return instance;
}

/// What ICU makes of each Latin letter on its own (Latin-1 Supplement, Latin Extended-A/B and
/// Latin Extended Additional, which holds the precomposed Vietnamese letters), so that names in
/// Latin script — nearly every name in a directory — are folded letter by letter without ICU.
/// The table is ICU's own answer, not a hand-written one; a letter enters it only if ICU
/// transliterates it to ASCII the same way between letters, doubled and between spaces, i.e.
/// when no rule looks at its neighbours. Anything else takes the whole-name ICU path.
class LetterTable
{
public:
    static const LetterTable& instance()
    {
        static const LetterTable table;
        return table;
    }

    /// ICU's ASCII for `c`, or nullptr when `c` must go through ICU with its context.
    [[nodiscard]] const QString* find(char16_t c) const
    {
        for (const Range& range : m_ranges) {
            if (c >= range.first && size_t(c - range.first) < range.letters.size()) {
                const Letter& letter = range.letters[c - range.first];
                return letter.ok ? &letter.ascii : nullptr;
            }
        }
        return nullptr;
    }

private:
    struct Letter
    {
        QString ascii;
        bool ok = false;
    };
    struct Range
    {
        char16_t first = 0;
        std::vector<Letter> letters;
    };

    LetterTable()
    {
        const ThreadTransliterator icu;
        if (!prototypeTransliterator())
            return; // the mark-stripping fallback is applied to whole names only
        const std::pair<char16_t, char16_t> ranges[] = {{0x0080, 0x0250}, {0x1E00, 0x1F00}};
        for (const auto& [first, end] : ranges) {
            Range range;
            range.first = first;
            range.letters.resize(end - first);
            for (char16_t c = first; c < end; ++c) {
                const QChar qc(c);
                if (!qc.isLetterOrNumber())
                    continue; // never part of a key
                const QString s(qc);
                const QString ascii = icu.transliterate(s);
                if (!NameNormalizer::isAscii(ascii))
                    continue;
                const QString a = QStringLiteral("a"), b = QStringLiteral("b");
                const QString space = QStringLiteral(" ");
                if (icu.transliterate(a + s + b) != a + ascii + b ||
                    icu.transliterate(s + s) != ascii + ascii ||
                    icu.transliterate(space + s + space) != space + ascii + space)
                    continue;
                range.letters[c - first] = Letter{ascii, true};
            }
            m_ranges.push_back(std::move(range));
        }
    }

    std::vector<Range> m_ranges;
};

/// Each Latin letter's exact-key form as Qt's own NFC + case folding gives it, for the letters
/// that are NFC already and fold to one NFC character (nearly all of Latin-1 Supplement, Latin
/// Extended-A/B and Latin Extended Additional). Text made of ASCII and such letters contains no
/// combining marks, so NFC leaves it alone and folding works letter by letter: its key is made
/// in one pass without Qt's normalisation. Anything else (NFD text, İ, other scripts) takes
/// unicodeKey().
class CaseTable
{
public:
    static const CaseTable& instance()
    {
        static const CaseTable table;
        return table;
    }

    /// The folded letter for `c` (>= 0x80), or a null QChar when `c` needs unicodeKey().
    [[nodiscard]] QChar find(char16_t c) const
    {
        if (c < 0x0250)
            return m_latin[c - 0x80];
        if (c >= 0x1E00 && c < 0x1F00)
            return m_additional[c - 0x1E00];
        return {};
    }

private:
    CaseTable()
    {
        auto fill = [](char16_t first, QChar* out, size_t count) {
            for (size_t i = 0; i < count; ++i) {
                const QString s(QChar(char16_t(first + i)));
                if (s.normalized(QString::NormalizationForm_C) != s)
                    continue;
                const QString folded = s.toCaseFolded().normalized(QString::NormalizationForm_C);
                if (folded.size() == 1 && !folded.front().isMark() && !folded.front().isSurrogate() &&
                    folded.front().unicode() >= 0x80)
                    out[i] = folded.front();
            }
        };
        fill(0x80, m_latin.data(), m_latin.size());
        fill(0x1E00, m_additional.data(), m_additional.size());
    }

    std::array<QChar, 0x0250 - 0x80> m_latin{};
    std::array<QChar, 0x100> m_additional{};
};

/// The exact key of Latin text through CaseTable, or a null QString when some character needs
/// unicodeKey(). The same separator rules as unicodeKey().
QString latinKey(QStringView text)
{
    const CaseTable& table = CaseTable::instance();
    QString key(text.size(), Qt::Uninitialized);
    QChar* out = key.data();
    qsizetype n = 0;
    bool pendingSpace = false;
    for (const QChar qc : text) {
        char16_t c = qc.unicode();
        bool keep = false;
        if (c < 0x80) {
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c + (u'a' - u'A'));
            keep = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        } else {
            const QChar folded = table.find(c);
            if (folded.isNull())
                return {};
            c = folded.unicode();
            keep = folded.isLetterOrNumber();
        }
        if (keep) {
            if (pendingSpace && n > 0)
                out[n++] = QLatin1Char(' ');
            pendingSpace = false;
            out[n++] = QChar(c);
        } else if (!isApostrophe(c)) {
            pendingSpace = true;
        }
    }
    key.truncate(n);
    return key;
}

} // namespace

qsizetype NameNormalizer::writeAsciiKey(QStringView asciiText, char16_t* out)
{
    Q_ASSERT(isAscii(asciiText));
    return asciiKeyInto(asciiText, out);
}

bool NameNormalizer::isAscii(QStringView text)
{
    return QtPrivate::isAscii(text);
}

QString NameNormalizer::exactKey(QStringView text)
{
    if (isAscii(text))
        return asciiKey(text);
    if (QString key = latinKey(text); !key.isNull())
        return key;
    return unicodeKey(text);
}

QString NameNormalizer::qtExactKey(QStringView text)
{
    return unicodeKey(text);
}

QString NameNormalizer::foldKey(const QString& exactKey)
{
    if (isAscii(exactKey))
        return exactKey;
    // Letter by letter through ICU's own table when every letter is in it ...
    const LetterTable& table = LetterTable::instance();
    QVarLengthArray<QChar, 128> ascii;
    bool complete = true;
    for (const QChar c : exactKey) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            ascii.append(c);
        } else if (const QString* letter = table.find(u)) {
            ascii.append(letter->constData(), letter->size());
        } else {
            complete = false;
            break;
        }
    }
    if (complete)
        return asciiKey(QStringView(ascii.constData(), ascii.size()));
    // ... else the whole name through ICU, which may produce capitals (Æ → AE) or punctuation:
    // normalise again.
    return NameNormalizer::exactKey(transliterator().toAscii(exactKey));
}

QString NameNormalizer::icuFoldKey(const QString& exactKey)
{
    if (isAscii(exactKey))
        return exactKey;
    return NameNormalizer::exactKey(transliterator().transliterate(exactKey));
}

QString NameNormalizer::alternativeKey(const QString& exactKey)
{
    if (isAscii(exactKey))
        return {};
    return alternativeKey(exactKey, foldKey(exactKey));
}

QString NameNormalizer::alternativeKey(const QString& exactKey, const QString& foldedKey)
{
    if (isAscii(exactKey))
        return {};
    QString alt;
    bool changed = false;
    for (qsizetype i = 0; i < exactKey.size(); ++i) {
        const char16_t c = exactKey.at(i).unicode();
        const char* spelling = nullptr;
        switch (c) {
        case u'ü':
            spelling = "ue";
            break;
        case u'ö':
        case u'ø':
            spelling = "oe";
            break;
        case u'ä':
            spelling = "ae";
            break;
        case u'å':
            spelling = "aa";
            break;
        default:
            if (changed)
                alt += QChar(c);
            continue;
        }
        if (!changed) {
            alt = exactKey.left(i);
            alt.reserve(exactKey.size() + 8);
            changed = true;
        }
        alt += QLatin1String(spelling, 2);
    }
    if (!changed)
        return {};
    QString folded = foldKey(alt);
    return folded == foldedKey ? QString() : folded;
}

QString NameNormalizer::compact(const QString& key)
{
    const qsizetype spaces = key.count(QLatin1Char(' '));
    if (spaces == 0)
        return key;
    QString out(key.size() - spaces, Qt::Uninitialized);
    QChar* o = out.data();
    for (const QChar c : key) {
        if (c != QLatin1Char(' '))
            *o++ = c;
    }
    return out;
}

} // namespace adphoto
