#include "family/family.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <tuple>

#include <atomic>

namespace Recension {

namespace {

QString gist(const Comparison &c, const Change &change)
{
    const QString left = c.spanText(Left, change.sides[Left]).simplified();
    const QString right = c.spanText(Right, change.sides[Right]).simplified();
    return QStringLiteral("%1 \u2192 %2").arg(left.isEmpty() ? QStringLiteral("\u2014") : left,
                                              right.isEmpty() ? QStringLiteral("\u2014") : right);
}

bool isCosmetic(Category category)
{
    return category == Category::Case || category == Category::Punctuation
        || category == Category::Format || category == Category::Moved;
}

/// Base spans order rows in reading order of the base.
using SpanKey = std::tuple<int, int, int>;
SpanKey keyOf(const Span &span) { return {span.paragraph, span.start, span.end}; }

void buildQuoteGrid(FamilyAnalysis *family)
{
    QMap<SpanKey, QuoteRow> rows;
    QMap<QString, CopyQuote> copyOnly;
    for (const FamilyPair &pair : family->pairs) {
        if (pair.left != family->base)
            continue;
        const Comparison &c = *pair.comparison;
        QHash<int, const Change *> byId;
        for (const Change &change : c.changes)
            byId.insert(change.id, &change);
        for (const Quote &quote : c.quotes) {
            if (quote.sides[Left].isNull()) {
                const QString text = c.spanText(Right, quote.sides[Right]).simplified();
                CopyQuote &entry = copyOnly[text.toCaseFolded()];
                entry.text = text;
                if (entry.speaker.isEmpty())
                    entry.speaker = quote.speaker;
                entry.versions.append(pair.right);
                continue;
            }
            QuoteRow &row = rows[keyOf(quote.sides[Left])];
            row.base = quote.sides[Left];
            row.text = c.spanText(Left, quote.sides[Left]).simplified();
            QuoteCell cell;
            cell.version = pair.right;
            cell.status = quote.status;
            cell.similarity = quote.similarity;
            cell.speaker = quote.speaker;
            if (!quote.sides[Right].isNull())
                cell.text = c.spanText(Right, quote.sides[Right]).simplified();
            for (int id : quote.changes) {
                const Change *change = byId.value(id);
                if (change && !isCosmetic(change->category))
                    cell.changes.append(gist(c, *change));
            }
            if (row.speaker.isEmpty() && quote.status == QuoteStatus::Verbatim)
                row.speaker = quote.speaker;
            row.cells.append(cell);
        }
    }
    for (QuoteRow &row : rows) {
        if (row.speaker.isEmpty())
            for (const QuoteCell &cell : row.cells)
                if (!cell.speaker.isEmpty() && cell.status != QuoteStatus::Missing) {
                    row.speaker = cell.speaker;
                    break;
                }
        family->quotes.append(row);
    }
    for (const CopyQuote &quote : copyOnly)
        family->copyQuotes.append(quote);
    std::stable_sort(family->copyQuotes.begin(), family->copyQuotes.end(),
                     [](const CopyQuote &a, const CopyQuote &b) {
                         return a.versions.size() > b.versions.size();
                     });
}

void buildFactGrid(FamilyAnalysis *family)
{
    QMap<std::tuple<int, int, int, int>, FactRow> rows;
    for (const FamilyPair &pair : family->pairs) {
        if (pair.left != family->base)
            continue;
        const Comparison &c = *pair.comparison;
        for (const Fact &fact : c.facts) {
            if (fact.sides[Left].isNull())
                continue;
            const Span &span = fact.sides[Left];
            FactRow &row = rows[{span.paragraph, span.start, span.end, int(fact.kind)}];
            row.kind = fact.kind;
            row.base = span;
            row.text = c.spanText(Left, span).simplified();
            FactCell cell;
            cell.version = pair.right;
            cell.status = fact.status;
            if (!fact.sides[Right].isNull())
                cell.text = c.spanText(Right, fact.sides[Right]).simplified();
            row.cells.append(cell);
        }
    }
    for (const FactRow &row : rows)
        family->facts.append(row);
}

} // namespace

const FamilyPair *FamilyAnalysis::pair(int a, int b) const
{
    for (const FamilyPair &p : pairs)
        if ((p.left == a && p.right == b) || (p.left == b && p.right == a))
            return &p;
    return nullptr;
}

void completeFamily(FamilyAnalysis *family)
{
    const int n = int(family->versions.size());
    family->verdicts.fill(Verdict{}, n);
    QVector<VariantSet> variants(n);
    QVector<bool> inTree(n, true);
    for (const FamilyPair &pair : family->pairs) {
        if (pair.left != family->base)
            continue;
        family->verdicts[pair.right] = judgeCopy(*pair.comparison);
        inTree[pair.right] = isDerived(family->verdicts[pair.right].kind);
        variants[pair.right] = VariantSet::fromComparison(*pair.comparison);
    }
    if (family->base >= 0 && family->base < n)
        family->verdicts[family->base].kind = CopyVerdict::Base;
    QVector<QVector<double>> wordingKept(n, QVector<double>(n, 1.0));
    for (const FamilyPair &pair : family->pairs) {
        wordingKept[pair.left][pair.right] = pair.comparison->wordsKept;
        wordingKept[pair.right][pair.left] = pair.comparison->wordsKept;
    }
    family->lineage = buildLineage(family->base, variants, inTree, wordingKept);
    buildQuoteGrid(family);
    buildFactGrid(family);
}

FamilyPtr analyseFamily(const QVector<DocumentPtr> &versions, int base,
                        const CompareOptions &options, const CompareProgress &progress,
                        const KnownComparison &known)
{
    auto family = std::make_shared<FamilyAnalysis>();
    family->versions = versions;
    family->base = base;
    family->options = options;
    const int n = int(versions.size());
    const int total = n * (n - 1) / 2;
    int done = 0;
    for (int a = 0; a < n; ++a) {
        for (int b = a + 1; b < n; ++b) {
            if (progress.cancel && progress.cancel->load())
                return nullptr;
            FamilyPair pair;
            pair.left = b == base ? b : a;
            pair.right = b == base ? a : b;
            if (known)
                pair.comparison = known(versions[pair.left], versions[pair.right]);
            if (!pair.comparison)
                pair.comparison = compareDocuments(versions[pair.left], versions[pair.right],
                                                   options, CompareProgress{{}, progress.cancel});
            if (!pair.comparison)
                return nullptr;
            family->pairs.append(pair);
            if (progress.report)
                progress.report(++done, total);
        }
    }
    completeFamily(family.get());
    return family;
}

} // namespace Recension
