#include "compare/sentenceunits.h"

#include <algorithm>
#include <cmath>

namespace Recension {

namespace {

QVector<SentenceUnit> unitsOf(const AnalysedDocument &doc)
{
    QVector<SentenceUnit> units;
    for (int p = 0; p < doc.paragraphs.size(); ++p) {
        const AnalysedParagraph &para = doc.paragraphs[p];
        QVector<int> starts = para.sentenceStarts;
        if (starts.isEmpty())
            starts.append(0);
        const int before = units.size();
        for (int s = 0; s < starts.size(); ++s) {
            SentenceUnit unit;
            unit.paragraph = p;
            unit.firstToken = starts[s];
            unit.endToken = s + 1 < starts.size() ? starts[s + 1] : para.tokens.size();
            for (int t = unit.firstToken; t < unit.endToken; ++t) {
                const Token &token = para.tokens[t];
                if (token.isWord())
                    unit.stems.append(token.stem);
            }
            std::sort(unit.stems.begin(), unit.stems.end());
            unit.stems.erase(std::unique(unit.stems.begin(), unit.stems.end()), unit.stems.end());
            if (!unit.stems.isEmpty())
                units.append(unit);
        }
        // Every paragraph gets at least one unit so that it can be placed, even one
        // without words (a rule, a lone symbol).
        if (units.size() == before) {
            SentenceUnit unit;
            unit.paragraph = p;
            unit.endToken = para.tokens.size();
            units.append(unit);
        }
    }
    return units;
}

} // namespace

SentenceUnits::SentenceUnits(const AnalysedDocument &left, const AnalysedDocument &right,
                             int rareFrequency)
{
    m_units[0] = unitsOf(left);
    m_units[1] = unitsOf(right);
    quint32 limit = 1;
    for (int side = 0; side < 2; ++side)
        for (const SentenceUnit &unit : m_units[side])
            if (!unit.stems.isEmpty())
                limit = std::max(limit, unit.stems.last() + 1);
    for (int side = 0; side < 2; ++side) {
        m_frequency[side].fill(0, int(limit));
        for (const SentenceUnit &unit : m_units[side])
            for (quint32 stem : unit.stems)
                ++m_frequency[side][int(stem)];
    }
    // Postings in compressed rows: the units of stem s are m_postings[start[s] .. start[s + 1]).
    for (int side = 0; side < 2; ++side) {
        const QVector<int> &frequency = m_frequency[side];
        QVector<int> &start = m_postingStart[side];
        start.fill(0, int(limit) + 1);
        for (int s = 0; s < int(limit); ++s)
            start[s + 1] = start[s] + (frequency[s] <= rareFrequency ? frequency[s] : 0);
        QVector<int> next(start.cbegin(), start.cend() - 1);
        m_postings[side].resize(start.last());
        for (int u = 0; u < m_units[side].size(); ++u)
            for (quint32 stem : m_units[side][u].stems)
                if (frequency[int(stem)] <= rareFrequency)
                    m_postings[side][next[int(stem)]++] = u;
    }

    const double total = m_units[0].size() + m_units[1].size() + 1.0;
    m_weights.fill(0, int(limit));
    for (int s = 0; s < int(limit); ++s) {
        const int df = m_frequency[0][s] + m_frequency[1][s];
        if (df == 0)
            continue;
        // Inverse sentence frequency, scaled to integers; a floor of 1 keeps common words
        // from vanishing entirely in short documents.
        const double idf = std::log(total / (df + 0.5));
        m_weights[s] = std::max<qint64>(1, std::llround(100.0 * std::max(0.0, idf)));
    }
    for (int side = 0; side < 2; ++side)
        for (SentenceUnit &unit : m_units[side])
            for (quint32 stem : unit.stems)
                unit.weight += m_weights[int(stem)];
}

Postings SentenceUnits::postings(int side, quint32 stem) const
{
    if (stem >= stemLimit())
        return {};
    const int *base = m_postings[side].constData();
    return {base + m_postingStart[side][int(stem)], base + m_postingStart[side][int(stem) + 1]};
}

qint64 SentenceUnits::sharedWeight(const QVector<quint32> &a, const QVector<quint32> &b) const
{
    qint64 shared = 0;
    const quint32 *i = a.constData(), *iEnd = i + a.size();
    const quint32 *j = b.constData(), *jEnd = j + b.size();
    while (i != iEnd && j != jEnd) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            shared += weight(*i);
            ++i;
            ++j;
        }
    }
    return shared;
}

double SentenceUnits::similarity(const QVector<quint32> &a, qint64 weightA,
                                 const QVector<quint32> &b, qint64 weightB) const
{
    if (weightA + weightB == 0)
        return 0.0;
    return dice(sharedWeight(a, b), weightA, weightB);
}

double SentenceUnits::similarity(int left, int right) const
{
    const SentenceUnit &a = m_units[0][left];
    const SentenceUnit &b = m_units[1][right];
    return similarity(a.stems, a.weight, b.stems, b.weight);
}

QVector<quint32> SentenceUnits::merged(const QVector<quint32> &a, const QVector<quint32> &b,
                                       qint64 *weight) const
{
    QVector<quint32> out(a.size() + b.size());
    out.resize(std::set_union(a.cbegin(), a.cend(), b.cbegin(), b.cend(), out.begin()) - out.begin());
    qint64 sum = 0;
    for (quint32 stem : out)
        sum += this->weight(stem);
    *weight = sum;
    return out;
}

} // namespace Recension
