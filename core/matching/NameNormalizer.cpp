#include "core/matching/NameNormalizer.h"

#include <QHash>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace adphoto {

namespace {

bool isApostrophe(char16_t c)
{
    // O'Brien, N’Diaye and D`Souza are one word each, not two.
    return c == u'\'' || c == u'`' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x00B4;
}

// Lower-cases ASCII letters, keeps digits, drops apostrophes and turns every other run into one
// space. Only for text that is all ASCII.
QString asciiKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar qc : text) {
        char16_t c = qc.unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + (u'a' - u'A'));
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (pendingSpace && !key.isEmpty())
                key += QLatin1Char(' ');
            pendingSpace = false;
            key += QChar(c);
        } else if (!isApostrophe(c)) {
            pendingSpace = true;
        }
    }
    return key;
}

QString unicodeKey(QStringView text)
{
    // NFC first so that NFD input (macOS file names) case-folds like NFC input; NFC again
    // because folding can decompose (İ → i + combining dot).
    const QString folded = text.toString()
                               .normalized(QString::NormalizationForm_C)
                               .toCaseFolded()
                               .normalized(QString::NormalizationForm_C);
    QString key;
    key.reserve(folded.size());
    bool pendingSpace = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate()) {
            if (pendingSpace && !key.isEmpty())
                key += QLatin1Char(' ');
            pendingSpace = false;
            key += c;
        } else if (!isApostrophe(c.unicode())) {
            pendingSpace = true;
        }
    }
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

class ThreadTransliterator
{
public:
    ThreadTransliterator()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_translit.reset(icu::Transliterator::createInstance(icu::UnicodeString(u"Any-Latin; Latin-ASCII"),
                                                             UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_translit.reset();
    }

    QString toAscii(const QString& text)
    {
        if (const auto it = m_cache.constFind(text); it != m_cache.constEnd())
            return it.value();
        QString result;
        if (m_translit) {
            icu::UnicodeString u(reinterpret_cast<const char16_t*>(text.utf16()), int32_t(text.size()));
            m_translit->transliterate(u);
            result = QString(reinterpret_cast<const QChar*>(u.getBuffer()), u.length());
        } else {
            result = stripMarks(text);
        }
        // Names repeat a lot (given names, surnames); the cache keeps index building fast.
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

} // namespace

bool NameNormalizer::isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

QString NameNormalizer::exactKey(QStringView text)
{
    return isAscii(text) ? asciiKey(text) : unicodeKey(text);
}

QString NameNormalizer::foldKey(const QString& exactKey)
{
    if (isAscii(exactKey))
        return exactKey;
    // The transliteration may produce capitals (Æ → AE) or punctuation: normalise again.
    return NameNormalizer::exactKey(transliterator().toAscii(exactKey));
}

QString NameNormalizer::alternativeKey(const QString& exactKey)
{
    if (isAscii(exactKey))
        return {};
    QString alt;
    alt.reserve(exactKey.size() + 4);
    bool changed = false;
    for (const QChar c : exactKey) {
        switch (c.unicode()) {
        case u'ü':
            alt += QLatin1String("ue");
            break;
        case u'ö':
            alt += QLatin1String("oe");
            break;
        case u'ä':
            alt += QLatin1String("ae");
            break;
        case u'å':
            alt += QLatin1String("aa");
            break;
        case u'ø':
            alt += QLatin1String("oe");
            break;
        default:
            alt += c;
            continue;
        }
        changed = true;
    }
    if (!changed)
        return {};
    QString folded = foldKey(alt);
    return folded == foldKey(exactKey) ? QString() : folded;
}

QString NameNormalizer::compact(const QString& key)
{
    if (!key.contains(QLatin1Char(' ')))
        return key;
    QString out = key;
    out.remove(QLatin1Char(' '));
    return out;
}

} // namespace adphoto
