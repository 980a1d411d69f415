#include "document/encodingdetector.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

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

/// UTF-16 without a mark: mostly Latin text has a zero in every other byte.
const char *guessUnmarkedUtf16(const QByteArray &bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return nullptr;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\0')
            ++(i % 2 == 0 ? evenZeros : oddZeros);
    }
    const qsizetype units = bytes.size() / 2;
    if (4 * oddZeros >= units && 100 * evenZeros <= units)
        return "UTF-16LE";
    if (4 * evenZeros >= units && 100 * oddZeros <= units)
        return "UTF-16BE";
    return nullptr;
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

QByteArray detectCharset(const QByteArray &bytes, bool html)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return {};
    // Enough text to see the accents and quotes of an article; the detector is linear.
    const int length = int(qMin<qsizetype>(bytes.size(), 4 * 1024 * 1024));
    ucsdet_setText(detector.get(), bytes.constData(), length, &status);
    ucsdet_enableInputFilter(detector.get(), html);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        const QByteArray name = ucsdet_getName(matches[i], &status);
        // Unmarked UTF-16 was recognised by its NUL bytes before the detector was asked;
        // without them its UTF-16/32 guesses are wrong (it named short windows-1252 text
        // "UTF-16BE", and disabling those charsets does not stop it in ICU 72).
        if (U_SUCCESS(status) && !name.startsWith("UTF-16") && !name.startsWith("UTF-32"))
            return name;
    }
    return {};
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
        const char *utf16 = guessUnmarkedUtf16(bytes);
        if (!utf16) {
            result.problem = DecodeProblem::Binary;
            return result;
        }
        result = decodeWith(bytes,
            qstrcmp(utf16, "UTF-16LE") == 0 ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
            utf16);
    } else {
        const Utf8Scan scan = scanUtf8(bytes);
        QByteArray label;
        if (scan.invalid > 0 && scan.multiByte < scan.invalid) {
            if (html)
                label = declaredHtmlCharset(bytes);
            if (label.isEmpty() || label == "utf-8" || label == "utf8")
                label = detectCharset(bytes, html);
            // Every byte means something in windows-1252: the least surprising fallback.
            if (label.isEmpty())
                label = "windows-1252";
        }
        if (label.isEmpty() || label.compare("UTF-8", Qt::CaseInsensitive) == 0)
            result = decodeUtf8(bytes);
        else
            result = decodeLegacy(bytes, label);
    }
    if (result.ok() && looksBinary(result.text))
        result.problem = DecodeProblem::Binary;
    return result;
}

} // namespace Recension
