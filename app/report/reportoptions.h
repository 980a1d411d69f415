#pragma once

#include <QDateTime>

#include <functional>

namespace Recension {

enum class PaperSize { A4, Letter };

/// How much of the two texts a report reproduces.
enum class ReportScope {
    FullText,   ///< every passage, side by side
    ChangesOnly ///< changed passages only, each change with a sentence of context
};

/// @brief What the PDF and HTML reports are asked for (the JSON ignores paper and scope).
struct ReportOptions
{
    PaperSize paper = PaperSize::A4;
    ReportScope scope = ReportScope::FullText;
    /// When the report was made, printed on its summary; left out when invalid, so that
    /// a test's output does not vary.
    QDateTime generated;
};

/// Called by a writer as it works: (steps done, steps in all). May be empty.
using ReportProgress = std::function<void(int, int)>;

} // namespace Recension
