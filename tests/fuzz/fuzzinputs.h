#pragma once

#include <QByteArray>
#include <QString>

namespace Recension::Fuzz {

// What each fuzz target does with its bytes, shared with tst_fuzzregressions so that a
// saved crash replays exactly as the fuzzer found it.

/// @brief The bytes through the loader of the format named by `extension` ("txt", "html",
/// "md", "docx", "odt", "pdf"); packaged formats are parsed in this process.
void load(const QByteArray &bytes, const QString &extension);

/// @brief The bytes as a watch file; a list read is then looked for in a fixed text and
/// in the bytes themselves (the matcher's pattern is built from fuzzed terms).
void watchList(const QByteArray &bytes);

/// @brief The bytes as a text article through the quotation finder, then compared with a
/// short fixed article, whose quote audit runs the attribution finder over every quotation.
void quotations(const QByteArray &bytes);

/// @brief A short article with a quotation, a name and a number, as every target reads
/// it; run once before fuzzing so the engine's one-time loads are not timed as an input.
QByteArray warmUpInput();

/// @brief The bytes as a saved session (the recovery file is one too) read as if from a
/// file in the current folder; a session read is written and read again, and must come
/// back the same (a difference aborts, so the fuzzer reports it as a crash).
void session(const QByteArray &bytes);

/// @brief A whole comparison of two documents: the bytes split at their first NUL byte
/// (or in the middle when there is none), left and right loaded as text.
void comparePair(const QByteArray &bytes);

} // namespace Recension::Fuzz
