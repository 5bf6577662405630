#pragma once

#include <QString>
#include <QStringView>

namespace adphoto {

/// The forms in which names are compared when photos are matched to users.
///
/// - exact: Unicode NFC, case-folded, apostrophes dropped, every run of separators (anything
///   that is not a letter, digit or combining mark: space . _ - , ...) turned into one space.
/// - folded: the exact form transliterated to ASCII with ICU's `Any-Latin; Latin-ASCII`
///   (é→e, ł→l, ø→o, ß→ss, æ→ae, Đ→D, ı→i, Cyrillic and Greek to Latin ...).
/// - alternative: the German/Nordic spellings (ü→ue, ö→oe, ä→ae, å→aa, ø→oe) applied before
///   folding; empty when the name has none of those letters.
/// - compact: a form with its spaces removed ("anna mueller" → "annamueller").
///
/// Pure ASCII input takes a fast path that never touches ICU, and so does Latin-script input:
/// its letters are case-folded and transliterated through tables made once from Qt's and ICU's
/// own answers for each Latin letter (only letters that need no context). NFD text, other
/// scripts and the rest go through Qt's normalisation and ICU whole.
///
/// Any thread: the ICU transliterator is created once and cloned per thread.
class NameNormalizer
{
public:
    [[nodiscard]] static QString exactKey(QStringView text);
    /// exactKey() computed by Qt's normalisation and case folding alone, without the Latin
    /// letter table: the reference the fast path is tested against.
    [[nodiscard]] static QString qtExactKey(QStringView text);
    /// ASCII form of an exact key (the key itself when it is ASCII already).
    [[nodiscard]] static QString foldKey(const QString& exactKey);
    /// foldKey() computed by ICU alone, without the letter table: the reference the fast path is
    /// tested against.
    [[nodiscard]] static QString icuFoldKey(const QString& exactKey);
    /// German/Nordic spelling of an exact key folded to ASCII, or empty when it equals foldKey().
    [[nodiscard]] static QString alternativeKey(const QString& exactKey);
    /// The same when foldKey(exactKey) is known already.
    [[nodiscard]] static QString alternativeKey(const QString& exactKey, const QString& foldedKey);
    [[nodiscard]] static QString compact(const QString& key);
    /// exactKey() of all-ASCII text written to `out`, which has room for asciiText.size()
    /// characters; returns the key's length. exactKey() uses the same code for ASCII text.
    static qsizetype writeAsciiKey(QStringView asciiText, char16_t* out);
    [[nodiscard]] static bool isAscii(QStringView text);
};

} // namespace adphoto
