#pragma once

#include "compare/comparison.h"

#include <QByteArray>
#include <QHash>
#include <QVector>

namespace Recension {

/// @brief Comparisons already computed, keyed by what decides their content: each side's
/// SHA-256, format and language, and the options' fingerprint. Two files with the same bytes
/// share an entry; a result is handed out bound to the documents asked about, so names and
/// provenance are always those of the versions shown. Oldest entries go first past the limit.
/// A document without a SHA-256 (built by hand) is never cached.
class ComparisonCache final
{
public:
    explicit ComparisonCache(int limit = 64);

    /// @brief The key of comparing `left` with `right` under `options` (sides ordered).
    static QByteArray key(const Document &left, const Document &right,
                          const CompareOptions &options);
    /// @brief A digest of every option that changes a comparison.
    static QByteArray fingerprint(const CompareOptions &options);

    /// @brief The cached comparison of the two documents rebound to them, or null.
    ComparisonPtr find(const DocumentPtr &left, const DocumentPtr &right,
                       const CompareOptions &options) const;
    /// @brief Keeps `comparison` (of its own documents, under its own options).
    void insert(const ComparisonPtr &comparison);
    /// @brief Forgets every entry that involves a document with this SHA-256.
    void forget(const QString &sha256);
    int size() const { return int(m_entries.size()); }
    void clear();

    /// @brief `comparison` with its documents replaced by `documents` (cheap: the vectors
    /// are shared), or `comparison` itself when they are the same.
    static ComparisonPtr rebind(const ComparisonPtr &comparison,
                                const std::array<DocumentPtr, 2> &documents);

private:
    int m_limit;
    QHash<QByteArray, ComparisonPtr> m_entries;
    QVector<QByteArray> m_order; ///< keys, oldest first
};

} // namespace Recension
