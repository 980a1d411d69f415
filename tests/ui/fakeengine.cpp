#include "fakeengine.h"

#include <QSignalSpy>
#include <QThread>

namespace Recension::Test {

CompareFunction FakeEngine::function() const
{
    const FakeEngine engine = *this;
    return [engine](const DocumentPtr &left, const DocumentPtr &right,
                    const CompareOptions &options, const CompareProgress &progress) {
        ++*engine.calls;
        *engine.lastIgnoreCase = options.ignoreCase;
        if (*engine.slow) {
            // Works "forever" in small steps, as the engine does between passages.
            for (int step = 0; !(progress.cancel && *progress.cancel); ++step) {
                if (progress.report)
                    progress.report(step % 100, 100);
                QThread::msleep(2);
            }
            if (!*engine.ignoreCancel)
                return ComparisonPtr();
        }
        ComparisonPtr result = engine.make ? engine.make(left, right) : nullptr;
        if (!result) {
            auto plain = std::make_shared<Comparison>();
            plain->documents = {left, right};
            result = plain;
        }
        auto copy = std::make_shared<Comparison>(*result);
        copy->options = options;
        return ComparisonPtr(copy);
    };
}

FakeEngine FakeEngine::answering(const ComparisonPtr &story)
{
    FakeEngine engine;
    engine.make = [story](const DocumentPtr &left, const DocumentPtr &right) {
        auto copy = std::make_shared<Comparison>(*story);
        copy->documents = {left, right};
        if (left == story->documents[Right]) {
            // Swapped: mirror the sides so spans stay true.
            for (Link &link : copy->links)
                std::swap(link.paragraphs[Left], link.paragraphs[Right]);
            for (Change &change : copy->changes)
                std::swap(change.sides[Left], change.sides[Right]);
            for (Quote &quote : copy->quotes)
                std::swap(quote.sides[Left], quote.sides[Right]);
            for (Finding &finding : copy->findings)
                std::swap(finding.gist[Left], finding.gist[Right]);
        }
        return ComparisonPtr(copy);
    };
    return engine;
}

WindowFixture::WindowFixture(const ComparisonPtr &story)
    : engine(FakeEngine::answering(story))
{
    window.runner()->setCompareFunction(engine.function());
    window.resize(1200, 800);
    window.show();
    window.activateWindow();
}

bool WindowFixture::open(const ComparisonPtr &story)
{
    QSignalSpy finished(&window, &Ui::MainWindow::comparisonFinished);
    window.addDocument(story->documents[Left]);
    window.addDocument(story->documents[Right]);
    return finished.wait();
}

} // namespace Recension::Test
