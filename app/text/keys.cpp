#include "text/keys.h"

#include <QChar>
#include <QVarLengthArray>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

namespace Recension {

namespace {

char16_t foldMark(char16_t c)
{
    switch (c) {
    case u'\u2018': case u'\u2019': case u'\u201A': case u'\u201B': case u'\u2032':
    case u'\u02BC': case u'\u2039': case u'\u203A': case u'\u0060': case u'\u00B4':
    case u'\u300E': case u'\u300F': case u'\uFF07':
        return u'\'';
    case u'\u201C': case u'\u201D': case u'\u201E': case u'\u201F': case u'\u2033':
    case u'\u00AB': case u'\u00BB': case u'\u300C': case u'\u300D': case u'\u301D':
    case u'\u301E': case u'\u301F': case u'\uFF02':
        return u'"';
    case u'\u2010': case u'\u2011': case u'\u2012': case u'\u2013': case u'\u2014':
    case u'\u2015': case u'\u2212': case u'\uFE58': case u'\uFE63': case u'\uFF0D':
        return u'-';
    default:
        return c;
    }
}

void foldMarks(QString &text)
{
    for (QChar &c : text)
        c = QChar(foldMark(c.unicode()));
}

bool isAllSpace(QStringView text)
{
    for (QChar c : text)
        if (!c.isSpace())
            return false;
    return !text.isEmpty();
}

bool isSeparator(char16_t c)
{
    return c == u',' || c == u'.' || c == u'\'' || c == u' ' || c == u'\u066B'
        || c == u'\u066C';
}

/// The decimal digit value of a UTF-16 unit, or -1 (supplementary digits are rare
/// enough in news to leave alone).
int digitValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c < 0x80 || QChar::isSurrogate(c))
        return -1;
    return u_charType(c) == U_DECIMAL_DIGIT_NUMBER ? u_charDigitValue(c) : -1;
}

/// Rewrites `key` (already folded) when it is a number: digits with single separators
/// between them, starting and ending with a digit. Leaves anything else alone.
void normaliseNumber(QString &key)
{
    const int n = int(key.size());
    if (n == 0 || digitValue(key.at(0).unicode()) < 0 || digitValue(key.at(n - 1).unicode()) < 0)
        return;

    QString digits;
    digits.reserve(n);
    QVarLengthArray<int, 8> groupEnds; // index into `digits` after each group but the last
    QVarLengthArray<char16_t, 8> separators;
    for (int i = 0; i < n; ++i) {
        const char16_t c = key.at(i).unicode();
        const int value = digitValue(c);
        if (value >= 0) {
            digits.append(QChar(char16_t(u'0' + value)));
            continue;
        }
        if (!isSeparator(c) || digitValue(key.at(i - 1).unicode()) < 0)
            return; // letters, or two separators in a row: not a plain number
        separators.append(c == u'\u066B' ? u'.' : c == u'\u066C' ? u',' : c);
        groupEnds.append(int(digits.size()));
    }
    if (separators.isEmpty()) {
        key = digits;
        return;
    }

    const char16_t last = separators.back();
    const int lastGroup = int(digits.size()) - groupEnds.back();
    bool mixed = false;
    for (char16_t c : separators)
        mixed = mixed || c != last;
    bool decimal = false;
    if (last == u'.' || last == u',') {
        if (mixed)
            decimal = true;
        else if (separators.size() == 1)
            decimal = last == u'.' || lastGroup != 3;
    }

    // Whatever is not the decimal point must group thousands: 1-3 digits, then threes.
    const int groupingSeparators = int(separators.size()) - (decimal ? 1 : 0);
    const int integerEnd = decimal ? groupEnds.back() : int(digits.size());
    for (int g = 0; g < groupingSeparators; ++g) {
        const int groupStart = g == 0 ? 0 : groupEnds[g - 1];
        const int groupLength = groupEnds[g] - groupStart;
        if (g == 0 ? groupLength > 3 : groupLength != 3)
            return; // "1,2,3" or "12.34.56": not one number, leave it be
        const int nextEnd = g + 1 < groupingSeparators ? groupEnds[g + 1] : integerEnd;
        if (nextEnd - groupEnds[g] != 3)
            return;
    }

    if (!decimal) {
        key = digits;
        return;
    }
    QStringView fraction = QStringView(digits).mid(integerEnd);
    while (!fraction.isEmpty() && fraction.back() == u'0')
        fraction.chop(1);
    key = digits.left(integerEnd);
    if (!fraction.isEmpty()) {
        key.append(u'.');
        key.append(fraction);
    }
}

const UNormalizer2 *nfkcCasefold()
{
    static const UNormalizer2 *normalizer = [] {
        UErrorCode status = U_ZERO_ERROR;
        const UNormalizer2 *instance = unorm2_getNFKCCasefoldInstance(&status);
        return U_SUCCESS(status) ? instance : nullptr;
    }();
    return normalizer;
}

QString normalised(const QString &text)
{
    const UNormalizer2 *normalizer = nfkcCasefold();
    if (!normalizer)
        return text.toCaseFolded();
    QString out(text.size() + 8, Qt::Uninitialized);
    for (int attempt = 0; attempt < 2; ++attempt) {
        UErrorCode status = U_ZERO_ERROR;
        const int32_t length = unorm2_normalize(
            normalizer, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()),
            reinterpret_cast<UChar *>(out.data()), int32_t(out.size()), &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            out.resize(length);
            continue;
        }
        if (U_FAILURE(status))
            return text.toCaseFolded();
        out.truncate(length);
        return out;
    }
    return text.toCaseFolded();
}

} // namespace

QString comparisonKey(QStringView token)
{
    if (isAllSpace(token))
        return QStringLiteral(" ");

    bool ascii = true;
    for (QChar c : token) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    QString key;
    if (ascii) {
        // ASCII is NFKC-stable and case-folds to its lower case.
        key = token.toString();
        for (QChar &c : key)
            if (c >= u'A' && c <= u'Z')
                c = QChar(c.unicode() + (u'a' - u'A'));
        for (QChar &c : key)
            if (c == u'`')
                c = u'\'';
    } else {
        // Fold before normalising too: NFKC turns U+00B4 into a space and a combining accent.
        key = token.toString();
        foldMarks(key);
        key = normalised(key);
        foldMarks(key);
    }
    normaliseNumber(key);
    return key;
}

} // namespace Recension
