#pragma once

#include "workspace/comparisonrunner.h"
#include "ui/window/mainwindow.h"

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

    CompareFunction function() const;

    /// An engine that answers with `story` whatever the documents' order (sides mirrored
    /// when they come swapped).
    static FakeEngine answering(const ComparisonPtr &story);
};

/// A shown window whose engine answers with a story built by hand.
struct WindowFixture
{
    explicit WindowFixture(const ComparisonPtr &story);
    /// Opens the story's two documents and waits for the comparison.
    bool open(const ComparisonPtr &story);

    FakeEngine engine;
    Ui::MainWindow window{Ui::MainWindow::Session::Transient};
};

} // namespace Recension::Test
