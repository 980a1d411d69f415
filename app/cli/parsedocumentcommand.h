#pragma once

namespace Recension::Cli {

/// @brief The hidden child sub-command `recension --parse-document NAME`: reads a Word,
/// OpenDocument or PDF file's bytes from standard input and writes its ExtractedText stream
/// to standard output. Run by the parent through QProcess, so a crash in a parser library
/// ends only this process. Returns the exit status.
int runParseDocument(int argc, char **argv);

} // namespace Recension::Cli
