#pragma once

#include "workspace/reviewmarks.h"

#include <QDateTime>

#include <functional>

namespace Recension {

enum class PaperSize { A4, Letter };

/// How much of the two texts a report reproduces.
enum class ReportScope {
    FullText,    ///< every passage, side by side
    ChangesOnly, ///< changed passages only, each change with a sentence of context
    /// Changes of fact only: low changes stay unmarked, and each run of passages without
    /// a medium or high change folds to one line ("12 unchanged paragraphs").
    FactChanges
};

/// @brief What the PDF, HTML and Word reports are asked for (the JSON ignores all but `generated`).
struct ReportOptions
{
    PaperSize paper = PaperSize::A4;
    ReportScope scope = ReportScope::FullText;
    /// The full table of every change, in the appendix (`--changes-table`); the findings on
    /// page one and the marks in the texts say the same more briefly.
    bool changesTable = false;
    /// When the report was made, printed on its summary and dated in the Word file's
    /// revisions; left out (a fixed date in Word) when invalid, so that output does not vary.
    QDateTime generated;
    /// The reviewer's marks on this comparison's findings and changes (from the window's
    /// session; the command line has none). Page one shows each finding's, the change
    /// table each change's; with none, the reports are as without marks.
    ComparisonMarks marks;
};

/// Called by a writer as it works: (steps done, steps in all). May be empty.
using ReportProgress = std::function<void(int, int)>;

} // namespace Recension
