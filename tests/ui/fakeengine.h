#pragma once

#include "ui/comparisonrunner.h"

#include <QStringList>

#include <atomic>
#include <memory>

namespace Recension::Test {

/// A stand-in for compareDocuments: counts its calls, remembers the options, and runs
/// "long" (reporting progress until cancelled) when asked to.
struct FakeEngine
{
    std::shared_ptr<std::atomic_int> calls = std::make_shared<std::atomic_int>(0);
    std::shared_ptr<std::atomic_bool> slow = std::make_shared<std::atomic_bool>(false);
    /// Return a result even when cancelled (an engine that finishes its last step anyway).
    std::shared_ptr<std::atomic_bool> ignoreCancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> lastIgnoreCase = std::make_shared<std::atomic_bool>(false);

    /// The comparison returned: built from the documents by `make`.
    std::function<ComparisonPtr(const DocumentPtr &, const DocumentPtr &)> make;

    Ui::CompareFunction function() const;
};

} // namespace Recension::Test
