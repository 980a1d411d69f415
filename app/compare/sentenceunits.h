#pragma once

#include "text/analysedtext.h"

#include <QHash>
#include <QVector>

#include <array>

namespace Recension {

/// One sentence of a document reduced to what the aligner weighs: the set of its word
/// stems. Invariant: `stems` is sorted ascending and unique; weights are integers so
/// that sums are exact and the alignment cannot depend on summation order.
struct SentenceUnit
{
    int paragraph = 0;
    int firstToken = 0;
    int endToken = 0;
    QVector<quint32> stems;
    qint64 weight = 0; ///< sum of the stems' weights
};

/// @brief The sentences of both documents and the inverse-sentence-frequency weight of every stem.
class SentenceUnits final
{
public:
    /// Postings are kept only for stems in at most `rareFrequency` sentences of a side.
    SentenceUnits(const AnalysedDocument &left, const AnalysedDocument &right, int rareFrequency = 6);

    const QVector<SentenceUnit> &units(int side) const { return m_units[side]; }
    /// @brief Integer weight of a stem (rare stems weigh more; 0 for stems in most sentences).
    qint64 weight(quint32 stem) const { return m_weights.value(stem, 0); }
    /// @brief Sentences of `side` that contain `stem`.
    int frequency(int side, quint32 stem) const;

    /// @brief Sentences of `side` that contain `stem`, ascending (empty unless the stem is rare).
    QVector<int> postings(int side, quint32 stem) const { return m_postings[side].value(stem); }

    /// @brief Weighted Dice similarity of two stem sets, 0..1.
    double similarity(const QVector<quint32> &a, qint64 weightA, const QVector<quint32> &b,
                      qint64 weightB) const;
    /// @brief Weighted Dice similarity of two sentences given by index.
    double similarity(int left, int right) const;
    /// @brief The union of two sorted stem sets and its weight.
    QVector<quint32> merged(const QVector<quint32> &a, const QVector<quint32> &b, qint64 *weight) const;

private:
    std::array<QVector<SentenceUnit>, 2> m_units;
    QHash<quint32, qint64> m_weights;
    std::array<QHash<quint32, int>, 2> m_frequency;
    std::array<QHash<quint32, QVector<int>>, 2> m_postings;
};

} // namespace Recension
