#pragma once

#include "text/analysedtext.h"

#include <QVector>

namespace Recension {

/// @brief Where a document's quotations lie, per paragraph, for "is this inside a quote?".
class QuoteIndex final
{
public:
    QuoteIndex() = default;
    explicit QuoteIndex(const AnalysedDocument &document);

    /// @brief True when [start, end) of the paragraph overlaps a quotation (UTF-16 offsets).
    bool overlaps(int paragraph, int start, int end) const;

private:
    struct Interval
    {
        int start;
        int end;
    };
    QVector<QVector<Interval>> m_intervals; ///< per paragraph, ascending, disjoint
};

} // namespace Recension
