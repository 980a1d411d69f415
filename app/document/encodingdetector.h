#pragma once

#include <QByteArray>
#include <QString>

namespace Recension {

/// Why bytes could not be turned into text.
enum class DecodeProblem { None, Binary, Undecodable };

/// Bytes decoded to text, with the encoding that was used.
struct DecodedText
{
    QString text; ///< without the byte order mark, line endings as in the bytes
    QString encoding; ///< IANA name (UTF-8, UTF-16LE, windows-1252, ...)
    int invalidSequences = 0; ///< malformed sequences shown as U+FFFD
    DecodeProblem problem = DecodeProblem::None;

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
/// UTF-8, then (when `html`) a <meta> charset, then ICU's charset detector.
/// Mostly valid UTF-8 (at least as many good multi-byte sequences as bad ones) decodes as
/// UTF-8 with U+FFFD for the bad ones. NUL bytes outside UTF-16/32 mean a binary file.
DecodedText decodeBytes(const QByteArray &bytes, bool html = false);

} // namespace Recension
