#pragma once

#include "text/analysedtext.h"

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

/// The unit indices of a posting list: a view into SentenceUnits, valid as long as it is.
struct Postings
{
    const int *first = nullptr;
    const int *last = nullptr;

    const int *begin() const { return first; }
    const int *end() const { return last; }
    bool isEmpty() const { return first == last; }
};

/// @brief The sentences of both documents and the inverse-sentence-frequency weight of every stem.
/// Stem ids are KeyTable ids, dense from 1, so every table here is a vector indexed by id.
class SentenceUnits final
{
public:
    /// Postings are kept only for stems in at most `rareFrequency` sentences of a side.
    SentenceUnits(const AnalysedDocument &left, const AnalysedDocument &right, int rareFrequency = 6);

    const QVector<SentenceUnit> &units(int side) const { return m_units[side]; }
    /// @brief One more than the largest stem id of either document (the size of a table by id).
    quint32 stemLimit() const { return quint32(m_weights.size()); }
    /// @brief The weights by stem id, stemLimit() of them, for loops that index it themselves.
    const qint64 *weightTable() const { return m_weights.constData(); }
    /// @brief Integer weight of a stem (rare stems weigh more; 0 for stems in neither document).
    qint64 weight(quint32 stem) const { return stem < stemLimit() ? m_weights[int(stem)] : 0; }
    /// @brief Sentences of `side` that contain `stem`.
    int frequency(int side, quint32 stem) const
    {
        return stem < stemLimit() ? m_frequency[side][int(stem)] : 0;
    }

    /// @brief Sentences of `side` that contain `stem`, ascending (empty unless the stem is rare).
    Postings postings(int side, quint32 stem) const;

    /// @brief Weight of the stems two sorted stem sets have in common.
    qint64 sharedWeight(const QVector<quint32> &a, const QVector<quint32> &b) const;
    /// @brief Weighted Dice similarity of two stem sets, 0..1.
    double similarity(const QVector<quint32> &a, qint64 weightA, const QVector<quint32> &b,
                      qint64 weightB) const;
    /// @brief Weighted Dice similarity of two sentences given by index.
    double similarity(int left, int right) const;
    /// @brief The union of two sorted stem sets and its weight.
    QVector<quint32> merged(const QVector<quint32> &a, const QVector<quint32> &b, qint64 *weight) const;

    /// @brief The similarity that `shared` common weight gives two sets (the formula of similarity()).
    static double dice(qint64 shared, qint64 weightA, qint64 weightB)
    {
        return weightA + weightB == 0 ? 0.0 : 2.0 * double(shared) / double(weightA + weightB);
    }

private:
    std::array<QVector<SentenceUnit>, 2> m_units;
    QVector<qint64> m_weights;                    ///< by stem id
    std::array<QVector<int>, 2> m_frequency;      ///< by stem id
    std::array<QVector<int>, 2> m_postingStart;   ///< by stem id, one more: offsets into m_postings
    std::array<QVector<int>, 2> m_postings;       ///< unit indices, grouped by stem
};

} // namespace Recension
