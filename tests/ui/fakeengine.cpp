#include "fakeengine.h"

#include <QThread>

namespace Recension::Test {

Ui::CompareFunction FakeEngine::function() const
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

} // namespace Recension::Test
