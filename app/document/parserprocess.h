#pragma once

#include "document/extractedtext.h"

#include <QByteArray>
#include <QString>

namespace Recension {

/// Where Word, OpenDocument and PDF files are parsed. A parser library that crashes or
/// hangs on a hostile file takes down only the child, and the user reads a message.
struct ParserProcess
{
    bool enabled = false; ///< false: parse in this process (tests, fuzzing)
    QString program;      ///< empty: this executable (QCoreApplication::applicationFilePath)
    int timeoutMs = 60000; ///< the child is killed past it
};

/// @brief The hidden sub-command the child runs: `PROGRAM --parse-document NAME`, the
/// file's bytes on standard input, the ExtractedText stream on standard output.
inline constexpr char parseDocumentCommand[] = "--parse-document";

/// @brief Sets how packaged documents are parsed from now on (the application's main sets it
/// once at start-up).
void setParserProcess(const ParserProcess &process);
/// @brief The current setting.
ParserProcess parserProcess();

/// @brief The text of packaged bytes, read by the child process when enabled, else here.
/// A child that crashes, hangs past the time limit or answers garbage gives an error that
/// names the file.
ExtractedText extractInParserProcess(const QByteArray &bytes, const QString &path);

} // namespace Recension
