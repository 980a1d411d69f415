#include "triagemeasure.h"

#include "triagelabels.h"

#include "compare/comparator.h"
#include "document/documentloader.h"

namespace Recension::Bench {

namespace {

double share(int part, int whole)
{
    return whole > 0 ? double(part) / whole : 1.0;
}

void target(QTextStream &out, bool holds, const QString &what, const QString &measured)
{
    out << "- " << (holds ? "holds" : "MISSES") << ": " << what << " (" << measured << ")\n";
}

} // namespace

void printTriageMeasure(QTextStream &out, const QString &folder)
{
    using namespace Recension::TestSupport;
    QString error;
    const QVector<TriageFixture> fixtures = triageFixtures(folder, &error);
    out << "\nTriage on the labelled pairs (" << fixtures.size() << " in tests/fixtures/triage)\n";
    if (!error.isEmpty() || fixtures.isEmpty()) {
        out << "- MISSES: the labelled pairs did not read: " << error << '\n';
        return;
    }
    TriageScore total;
    for (const TriageFixture &fixture : fixtures) {
        const LoadResult left = loadDocument(fixture.left);
        const LoadResult right = loadDocument(fixture.right);
        const ComparisonPtr c = left.document && right.document
            ? compareDocuments(left.document, right.document, CompareOptions())
            : nullptr;
        if (!c) {
            out << "- MISSES: " << fixture.name << " did not compare: " << left.error << right.error << '\n';
            continue;
        }
        total += scoreTriage(fixture, *c);
    }
    const auto ratio = [](int part, int whole) {
        return QStringLiteral("%1 of %2 = %3").arg(part).arg(whole).arg(share(part, whole), 0, 'f', 2);
    };
    target(out, share(total.highLabelled, total.high) >= 0.9,
           QStringLiteral("changes rated high that are labelled must-flag >= 0.9"),
           ratio(total.highLabelled, total.high));
    target(out, total.flagsHigh == total.flags, QStringLiteral("must-flag changes rated high: all"),
           ratio(total.flagsHigh, total.flags));
    target(out, total.reviewsMedium == total.reviews, QStringLiteral("review changes rated medium: all"),
           ratio(total.reviewsMedium, total.reviews));
    target(out, total.formatAboveLow == 0, QStringLiteral("format-only changes rated above low: none"),
           QString::number(total.formatAboveLow));
    target(out, share(total.swapsTyped, total.swaps) >= 0.85,
           QStringLiteral("spun swaps typed synonym or inflection, not replaced >= 0.85"),
           ratio(total.swapsTyped, total.swaps));
    for (const QString &miss : std::as_const(total.misses))
        out << "  " << miss << '\n';
}

} // namespace Recension::Bench
