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
    for (int side = 0; side < 2; ++side)
        for (const SentenceUnit &unit : m_units[side])
            for (quint32 stem : unit.stems)
                ++m_frequency[side][stem];
    for (int side = 0; side < 2; ++side)
        for (int u = 0; u < m_units[side].size(); ++u)
            for (quint32 stem : m_units[side][u].stems)
                if (m_frequency[side].value(stem) <= rareFrequency)
                    m_postings[side][stem].append(u);

    const double total = m_units[0].size() + m_units[1].size() + 1.0;
    auto addWeight = [&](quint32 stem) {
        if (m_weights.contains(stem))
            return;
        const int df = m_frequency[0].value(stem) + m_frequency[1].value(stem);
        // Inverse sentence frequency, scaled to integers; a floor of 1 keeps common words
        // from vanishing entirely in short documents.
        const double idf = std::log(total / (df + 0.5));
        m_weights.insert(stem, std::max<qint64>(1, std::llround(100.0 * std::max(0.0, idf))));
    };
    for (int side = 0; side < 2; ++side)
        for (auto it = m_frequency[side].cbegin(); it != m_frequency[side].cend(); ++it)
            addWeight(it.key());
    for (int side = 0; side < 2; ++side)
        for (SentenceUnit &unit : m_units[side])
            for (quint32 stem : unit.stems)
                unit.weight += m_weights.value(stem);
}

int SentenceUnits::frequency(int side, quint32 stem) const
{
    return m_frequency[side].value(stem, 0);
}

double SentenceUnits::similarity(const QVector<quint32> &a, qint64 weightA,
                                 const QVector<quint32> &b, qint64 weightB) const
{
    if (weightA + weightB == 0)
        return 0.0;
    qint64 shared = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            shared += m_weights.value(*i);
            ++i;
            ++j;
        }
    }
    return 2.0 * double(shared) / double(weightA + weightB);
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
    QVector<quint32> out;
    out.reserve(a.size() + b.size());
    std::set_union(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(out));
    qint64 sum = 0;
    for (quint32 stem : out)
        sum += m_weights.value(stem);
    *weight = sum;
    return out;
}

} // namespace Recension
