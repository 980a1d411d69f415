#include "document/encodingdetector.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <optional>

namespace Recension {

namespace {

constexpr char16_t ReplacementCharacter = 0xFFFD;

struct Bom
{
    QByteArray bytes;
    QStringConverter::Encoding encoding;
    const char *name;
};

// UTF-32LE must be tried before UTF-16LE: its mark begins with the same two bytes.
const Bom *findBom(const QByteArray &bytes)
{
    static const Bom boms[] = {
        { QByteArray("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE, "UTF-32LE" },
        { QByteArray("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE, "UTF-32BE" },
        { QByteArray("\xEF\xBB\xBF", 3), QStringConverter::Utf8, "UTF-8" },
        { QByteArray("\xFF\xFE", 2), QStringConverter::Utf16LE, "UTF-16LE" },
        { QByteArray("\xFE\xFF", 2), QStringConverter::Utf16BE, "UTF-16BE" },
    };
    for (const Bom &bom : boms) {
        if (bytes.startsWith(bom.bytes))
            return &bom;
    }
    return nullptr;
}

int countReplacements(const QString &text)
{
    return int(text.count(QChar(ReplacementCharacter)));
}

/// A genuine U+FFFD in the source (EF BF BD) is text, not a decoding error.
DecodedText decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    DecodedText result;
    result.text = decoder.decode(bytes);
    result.encoding = QStringLiteral("UTF-8");
    result.invalidSequences
        = qMax(0, countReplacements(result.text) - int(bytes.count(QByteArray("\xEF\xBF\xBD"))));
    return result;
}

DecodedText decodeWith(
    const QByteArray &bytes, QStringConverter::Encoding encoding, const char *name)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    DecodedText result;
    result.text = decoder.decode(bytes);
    result.encoding = QString::fromLatin1(name);
    result.invalidSequences = decoder.hasError() ? countReplacements(result.text) : 0;
    return result;
}

struct WideGuess
{
    QStringConverter::Encoding encoding;
    const char *name;
};

/// UTF-32 without a mark: no code point exceeds U+10FFFF, so of every four bytes the most
/// significant is zero and the next holds a plane number (0 to 16).
std::optional<WideGuess> guessUnmarkedUtf32(const QByteArray &bytes)
{
    if (bytes.size() < 4 || bytes.size() % 4 != 0)
        return std::nullopt;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    bool little = true;
    bool big = true;
    for (qsizetype i = 0; i < bytes.size() && (little || big); i += 4) {
        little = little && data[i + 3] == 0 && data[i + 2] <= 0x10;
        big = big && data[i] == 0 && data[i + 1] <= 0x10;
    }
    if (little)
        return WideGuess{QStringConverter::Utf32LE, "UTF-32LE"};
    if (big)
        return WideGuess{QStringConverter::Utf32BE, "UTF-32BE"};
    return std::nullopt;
}

/// UTF-16 without a mark: mostly Latin text has a zero in every other byte.
std::optional<WideGuess> guessUnmarkedUtf16(const QByteArray &bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\0')
            ++(i % 2 == 0 ? evenZeros : oddZeros);
    }
    const qsizetype units = bytes.size() / 2;
    if (4 * oddZeros >= units && 100 * evenZeros <= units)
        return WideGuess{QStringConverter::Utf16LE, "UTF-16LE"};
    if (4 * evenZeros >= units && 100 * oddZeros <= units)
        return WideGuess{QStringConverter::Utf16BE, "UTF-16BE"};
    return std::nullopt;
}

/// The preferred IANA (MIME) name ICU knows for a charset label, or the label itself:
/// "ISO-8859-1" rather than its primary name "ISO_8859-1:1987".
QString ianaName(const QByteArray &label)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(label.constData(), &status);
    if (U_FAILURE(status) || !converter)
        return QString::fromLatin1(label);
    const char *internal = ucnv_getName(converter, &status);
    const char *standard = nullptr;
    for (const char *registry : {"MIME", "IANA"}) {
        UErrorCode lookup = U_ZERO_ERROR;
        if (U_SUCCESS(status) && !standard)
            standard = ucnv_getStandardName(internal, registry, &lookup);
        if (U_FAILURE(lookup))
            standard = nullptr;
    }
    const QString name = standard ? QString::fromLatin1(standard) : QString::fromLatin1(label);
    ucnv_close(converter);
    return name;
}

/// The charset an HTML page declares in a <meta> within its first kilobytes.
QByteArray declaredHtmlCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = meta.match(QString::fromLatin1(bytes.left(4096)));
    if (!match.hasMatch())
        return {};
    QByteArray label = match.captured(1).toLatin1().toLower();
    // WHATWG: these labels mean windows-1252, which browsers have always used for them.
    if (label == "iso-8859-1" || label == "latin1" || label == "us-ascii" || label == "ascii")
        label = "windows-1252";
    return label;
}

struct DetectorCloser
{
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};

bool isUnicodeLabel(const QByteArray &label)
{
    const QByteArray lower = label.toLower();
    return lower.startsWith("utf") || lower.startsWith("ucs") || lower == "unicode";
}

/// ICU's guesses, most confident first. Unmarked UTF-16 and UTF-32 were recognised by
/// their zero bytes before the detector was asked; without them its UTF-16/32 guesses are
/// wrong (it named short windows-1252 text "UTF-16BE", and disabling those charsets does
/// not stop it in ICU 72), and UTF-8 was ruled out by the scan.
QByteArrayList detectCharsets(const QByteArray &bytes, bool html)
{
    QByteArrayList names;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return names;
    // Enough text to see the accents and quotes of an article; the detector is linear.
    const int length = int(qMin<qsizetype>(bytes.size(), 4 * 1024 * 1024));
    ucsdet_setText(detector.get(), bytes.constData(), length, &status);
    ucsdet_enableInputFilter(detector.get(), html);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        const QByteArray name = ucsdet_getName(matches[i], &status);
        if (U_SUCCESS(status) && !isUnicodeLabel(name))
            names.append(name);
    }
    return names;
}

DecodedText decodeLegacy(const QByteArray &bytes, const QByteArray &label)
{
    DecodedText result;
    QStringDecoder decoder(label.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid()) {
        result.problem = DecodeProblem::Undecodable;
        return result;
    }
    result.text = decoder.decode(bytes);
    result.encoding = ianaName(label);
    result.invalidSequences = decoder.hasError() ? countReplacements(result.text) : 0;
    // A guess that leaves one character in ten unreadable is no decoding at all.
    if (10 * qsizetype(result.invalidSequences) > result.text.size())
        result.problem = DecodeProblem::Undecodable;
    return result;
}

/// Text whose characters are largely control codes is data, whatever decoded it.
bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != 0x0B && u != u'\f' && u != u'\r')
            ++controls;
    }
    return 100 * controls > text.size();
}

/// The scripts a legacy charset is made for; Latin for the Western ones.
QVector<QChar::Script> scriptsOf(const QByteArray &label)
{
    const QByteArray name = label.toLower();
    const auto any = [&](std::initializer_list<const char *> parts) {
        return std::any_of(parts.begin(), parts.end(),
                           [&](const char *part) { return name.contains(part); });
    };
    if (any({"shift_jis", "sjis", "euc-jp", "2022-jp"}))
        return {QChar::Script_Han, QChar::Script_Hiragana, QChar::Script_Katakana};
    if (any({"euc-kr", "2022-kr", "ks_c"}))
        return {QChar::Script_Hangul, QChar::Script_Han};
    if (any({"gb", "big5", "2022-cn"}))
        return {QChar::Script_Han};
    if (any({"1251", "koi8", "8859-5", "866"}))
        return {QChar::Script_Cyrillic};
    if (any({"1253", "8859-7"}))
        return {QChar::Script_Greek};
    if (any({"1255", "8859-8"}))
        return {QChar::Script_Hebrew};
    if (any({"1256", "8859-6"}))
        return {QChar::Script_Arabic};
    if (any({"874", "8859-11", "tis-620"}))
        return {QChar::Script_Thai};
    return {QChar::Script_Latin};
}

/// Whether a decoding yields words, and (given the charset's scripts) letters that fit.
DecodeDoubt doubtAbout(const QString &text, const QVector<QChar::Script> &scripts)
{
    bool blank = true;
    qsizetype wordCharacters = 0;
    qsizetype fitting = 0;
    qsizetype foreign = 0;
    for (const char32_t c : QStringView(text).toUcs4()) {
        blank = blank && QChar::isSpace(c);
        if (QChar::isLetterOrNumber(c))
            ++wordCharacters;
        const QChar::Script script = QChar::script(c);
        // ASCII reads the same in every candidate; Common and Inherited fit any script.
        // Letter-like numbers count too: GB18030 reads 0xA2A2 as a Roman numeral.
        if (c < 0x80 || !QChar::isLetterOrNumber(c) || script == QChar::Script_Common
            || script == QChar::Script_Inherited || scripts.isEmpty())
            continue;
        ++(scripts.contains(script) ? fitting : foreign);
    }
    if (!blank && wordCharacters == 0)
        return DecodeDoubt::NoWords;
    return foreign > fitting ? DecodeDoubt::ScriptMismatch : DecodeDoubt::None;
}

/// Legacy charsets in order of trust: the page's own <meta> (unless it names a Unicode
/// encoding these bytes are not in), ICU's guesses, then windows-1252, in which every byte
/// means something. The first convincing decoding wins; else the first that decoded at all.
DecodedText decodeLegacyText(const QByteArray &bytes, bool html)
{
    QByteArrayList labels;
    if (html) {
        const QByteArray declared = declaredHtmlCharset(bytes);
        if (!declared.isEmpty() && !isUnicodeLabel(declared))
            labels.append(declared);
    }
    labels += detectCharsets(bytes, html);
    labels.append("windows-1252");
    DecodedText fallback;
    fallback.problem = DecodeProblem::Undecodable;
    QStringList tried;
    for (const QByteArray &label : std::as_const(labels)) {
        const QString name = ianaName(label);
        if (tried.contains(name, Qt::CaseInsensitive))
            continue;
        tried.append(name);
        DecodedText decoded = decodeLegacy(bytes, label);
        if (!decoded.ok())
            continue;
        decoded.doubt = doubtAbout(decoded.text, scriptsOf(label));
        if (decoded.doubt == DecodeDoubt::None)
            return decoded;
        if (!fallback.ok())
            fallback = decoded;
    }
    return fallback;
}

} // namespace

Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan scan;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            ++scan.invalid;
            ++i;
            continue;
        }
        int taken = 1;
        while (taken < length && i + taken < size) {
            const unsigned char next = data[i + taken];
            const bool inRange
                = taken == 1 ? (next >= low && next <= high) : (next >= 0x80 && next <= 0xBF);
            if (!inRange)
                break;
            ++taken;
        }
        if (taken == length)
            ++scan.multiByte;
        else
            ++scan.invalid;
        i += taken;
    }
    return scan;
}

DecodedText decodeBytes(const QByteArray &bytes, bool html)
{
    DecodedText result;
    if (const Bom *bom = findBom(bytes)) {
        result = decodeWith(bytes.mid(bom->bytes.size()), bom->encoding, bom->name);
    } else if (bytes.contains('\0')) {
        std::optional<WideGuess> wide = guessUnmarkedUtf32(bytes);
        if (wide) {
            result = decodeWith(bytes, wide->encoding, wide->name);
            // Surrogates or values past U+10FFFF: not UTF-32 after all.
            if (result.invalidSequences > 0)
                wide.reset();
        }
        if (!wide && (wide = guessUnmarkedUtf16(bytes)))
            result = decodeWith(bytes, wide->encoding, wide->name);
        if (!wide) {
            result.problem = DecodeProblem::Binary;
            return result;
        }
    } else {
        const Utf8Scan scan = scanUtf8(bytes);
        if (scan.invalid > 0 && scan.multiByte < scan.invalid)
            result = decodeLegacyText(bytes, html);
        else
            result = decodeUtf8(bytes);
    }
    if (result.ok() && looksBinary(result.text))
        result.problem = DecodeProblem::Binary;
    if (result.ok() && result.doubt == DecodeDoubt::None)
        result.doubt = doubtAbout(result.text, {});
    return result;
}

} // namespace Recension
