#pragma once

#include "compare/comparator.h"
#include "family/lineage.h"
#include "family/verdict.h"

#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

namespace Recension {

/// What one version did with one quotation of the base.
struct QuoteCell
{
    int version = -1;
    QuoteStatus status = QuoteStatus::Missing;
    double similarity = 0.0; ///< wording kept (the QUOTE's similarity)
    QString text;            ///< the quotation as this version has it ("" when missing)
    QString speaker;         ///< as this version attributes it ("" when not known)
    QStringList changes;     ///< the changed words, "base → version"
};

/// One quotation of the base across the family: a row of the quotation grid.
struct QuoteRow
{
    Span base;               ///< the quotation in the base (without its marks)
    QString text;
    QString speaker;
    QVector<QuoteCell> cells; ///< one per version other than the base, in version order
};

/// A quotation that the base does not have, and which copies have it.
struct CopyQuote
{
    QString text;
    QString speaker;
    QVector<int> versions;
};

/// A name, number, title or organisation of the base and its form in each version.
struct FactCell
{
    int version = -1;
    FactStatus status = FactStatus::Missing;
    QString text;
};

struct FactRow
{
    FactKind kind = FactKind::Number;
    Span base;
    QString text;
    QVector<FactCell> cells; ///< one per version other than the base, in version order
};

/// One compared pair. The base is always the left side; otherwise the earlier version is.
struct FamilyPair
{
    int left = -1;
    int right = -1;
    ComparisonPtr comparison;
};

/// @brief The whole family of versions of one story: every pair compared, a verdict for
/// each copy against the base, the lineage tree, and the quotations and facts across all.
class FamilyAnalysis final
{
public:
    QVector<DocumentPtr> versions;
    int base = 0;
    CompareOptions options;
    QVector<FamilyPair> pairs; ///< every pair, ordered by (first version, second version)
    QVector<Verdict> verdicts; ///< per version; the base's is CopyVerdict::Base
    Lineage lineage;
    QVector<QuoteRow> quotes;
    QVector<CopyQuote> copyQuotes;
    QVector<FactRow> facts;

    /// @brief The comparison of two versions in either order (its left may be `b`).
    const FamilyPair *pair(int a, int b) const;
};

using FamilyPtr = std::shared_ptr<const FamilyAnalysis>;

/// @brief A comparison of `left` with `right` (in that order, under the family's options)
/// made before, or null when there is none; called from the thread that analyses.
using KnownComparison = std::function<ComparisonPtr(const DocumentPtr &left,
                                                    const DocumentPtr &right)>;

/// @brief Compares every pair of `versions` and builds the family; nullptr when cancelled.
/// Deterministic: the pairs are compared in a fixed order, each on the thread pool inside.
/// A pair that `known` already has is taken from it instead of being compared again
/// (comparisons are deterministic, so the family is the same either way).
FamilyPtr analyseFamily(const QVector<DocumentPtr> &versions, int base,
                        const CompareOptions &options, const CompareProgress &progress = {},
                        const KnownComparison &known = {});

/// @brief The family parts that depend only on the comparisons: verdicts, lineage, grids.
/// `family` holds the versions, base and pairs already.
void completeFamily(FamilyAnalysis *family);

} // namespace Recension
