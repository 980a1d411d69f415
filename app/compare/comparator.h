#pragma once

#include "compare/comparison.h"

#include <atomic>
#include <functional>

namespace Recension {

/// Progress and cancellation for a long comparison. Both members may be empty/null.
struct CompareProgress
{
    /// Called from the worker thread between passages: (steps done, steps in all).
    std::function<void(int, int)> report;
    /// Checked between passages; when it turns true, compare() returns nullptr.
    const std::atomic_bool *cancel = nullptr;
};

/// @brief Compares two documents: alignment, word diff and classification.
/// Runs on the calling thread (uses the thread pool inside); returns nullptr if cancelled.
ComparisonPtr compareDocuments(const DocumentPtr &left, const DocumentPtr &right,
                               const CompareOptions &options,
                               const CompareProgress &progress = {});

} // namespace Recension
