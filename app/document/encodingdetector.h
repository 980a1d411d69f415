#pragma once

#include <QByteArray>
#include <QString>

namespace Recension {

/// Why bytes could not be turned into text.
enum class DecodeProblem { None, Binary, Undecodable };

/// Why a decoding that was used may still not be the text the author wrote.
enum class DecodeDoubt {
    None,
    NoWords, ///< not one letter or digit came out of bytes that are not all white space
    ScriptMismatch, ///< the letters are not of the script the encoding is made for
};

/// Bytes decoded to text, with the encoding that was used.
struct DecodedText
{
    QString text; ///< without the byte order mark, line endings as in the bytes
    QString encoding; ///< IANA name (UTF-8, UTF-16LE, windows-1252, ...)
    int invalidSequences = 0; ///< malformed sequences shown as U+FFFD
    DecodeProblem problem = DecodeProblem::None;
    DecodeDoubt doubt = DecodeDoubt::None; ///< set when no candidate decoding was convincing

    bool ok() const { return problem == DecodeProblem::None; }
};

/// Counts of a UTF-8 validation pass.
struct Utf8Scan
{
    int invalid = 0; ///< maximal ill-formed subparts (each becomes one U+FFFD)
    int multiByte = 0; ///< well-formed sequences of two to four bytes
};

/// @brief Validates `bytes` as UTF-8 (Unicode's "maximal subpart" practice for errors).
Utf8Scan scanUtf8(const QByteArray &bytes);

/// @brief Detects the encoding of `bytes` and decodes them: a byte order mark first, then
/// unmarked UTF-32 and UTF-16 from their zero bytes, then UTF-8, then (when `html`) a
/// <meta> charset, then ICU's charset detector's candidates in order of confidence.
/// Mostly valid UTF-8 (at least as many good multi-byte sequences as bad ones) decodes as
/// UTF-8 with U+FFFD for the bad ones. NUL bytes outside UTF-16/32 mean a binary file.
/// A legacy candidate that yields no words, or letters of a script its charset is not made
/// for, gives way to the next; when none convinces, the first is kept with `doubt` set.
/// A <meta> charset naming UTF-16 or UTF-32 over bytes that are neither is ignored, as
/// browsers do (WHATWG encoding sniffing).
DecodedText decodeBytes(const QByteArray &bytes, bool html = false);

} // namespace Recension
