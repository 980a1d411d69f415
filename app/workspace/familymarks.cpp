#include "workspace/familymarks.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace Recension {

namespace {

QPair<int, int> unordered(int a, int b)
{
    return a < b ? qMakePair(a, b) : qMakePair(b, a);
}

using SpanKey = std::tuple<int, int, int, int>;

SpanKey keyOf(const Span &span, int kind = 0)
{
    return {span.paragraph, span.start, span.end, kind};
}

/// The marks of a list of mark indices, each once, in the order they were set.
QVector<PlacedMark> placedOf(const ReviewMarks &marks, QVector<int> indices)
{
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    QVector<PlacedMark> placed;
    for (int index : std::as_const(indices))
        placed.append({marks.at(index).state, marks.at(index).note});
    return placed;
}

QVector<int> marksOf(const QVector<int> &changeIds, const QHash<int, QVector<int>> &byChange)
{
    QVector<int> found;
    for (int id : changeIds)
        found += byChange.value(id);
    return found;
}

} // namespace

FamilyMarks FamilyMarks::place(const FamilyAnalysis &family, const ReviewMarks &marks)
{
    FamilyMarks placed;
    if (marks.isEmpty())
        return placed;
    QSet<QPair<int, int>> markedPairs;
    for (const ReviewMark &mark : marks.marks())
        markedPairs.insert(unordered(mark.versions[0], mark.versions[1]));

    QMap<SpanKey, int> quoteRows;
    for (int row = 0; row < family.quotes.size(); ++row)
        quoteRows.insert(keyOf(family.quotes[row].base), row);
    QMap<SpanKey, int> factRows;
    for (int row = 0; row < family.facts.size(); ++row)
        factRows.insert(keyOf(family.facts[row].base, int(family.facts[row].kind)), row);

    for (const FamilyPair &pair : family.pairs) {
        const QPair<int, int> key = unordered(pair.left, pair.right);
        if (!pair.comparison || !markedPairs.contains(key))
            continue;
        const Comparison &c = *pair.comparison;
        const MarkResolution resolution = marks.resolve(c, {pair.left, pair.right});
        Tally tally;
        QHash<int, QVector<int>> byChange; ///< change id -> marks on it or on its finding
        QHash<int, QVector<int>> byQuote;  ///< index into c.quotes -> marks of its finding
        const auto count = [&](int mark) {
            (marks.at(mark).state == MarkState::Checked ? tally.checked : tally.disputed) += 1;
        };
        for (int i = 0; i < resolution.changeMark.size(); ++i) {
            if (const int mark = resolution.changeMark[i]; mark >= 0) {
                count(mark);
                byChange[c.changes[i].id].append(mark);
            }
        }
        for (int i = 0; i < resolution.findingMark.size(); ++i) {
            const int mark = resolution.findingMark[i];
            if (mark < 0)
                continue;
            count(mark);
            const Finding &finding = c.findings[i];
            for (int id : finding.changes)
                byChange[id].append(mark);
            if (finding.quote >= 0)
                byQuote[finding.quote].append(mark);
        }
        if (tally.isEmpty())
            continue;
        placed.m_pairs.insert(key, tally);
        if (pair.left != family.base)
            continue; // the grids read each version against the base only

        for (int q = 0; q < c.quotes.size(); ++q) {
            const Quote &quote = c.quotes[q];
            const int row = quote.sides[Left].isNull() ? -1 : quoteRows.value(keyOf(quote.sides[Left]), -1);
            if (row < 0)
                continue;
            const QVector<int> found = byQuote.value(q) + marksOf(quote.changes, byChange);
            if (!found.isEmpty())
                placed.m_quotes.insert({row, pair.right}, placedOf(marks, found));
        }
        for (const Fact &fact : c.facts) {
            const int row = fact.sides[Left].isNull()
                ? -1 : factRows.value(keyOf(fact.sides[Left], int(fact.kind)), -1);
            if (row < 0)
                continue;
            const QVector<int> found = marksOf(fact.changes, byChange);
            if (!found.isEmpty())
                placed.m_facts.insert({row, pair.right}, placedOf(marks, found));
        }
    }
    return placed;
}

FamilyMarks::Tally FamilyMarks::pair(int a, int b) const
{
    return m_pairs.value(unordered(a, b));
}

QVector<PlacedMark> FamilyMarks::quote(int row, int version) const
{
    return m_quotes.value({row, version});
}

QVector<PlacedMark> FamilyMarks::fact(int row, int version) const
{
    return m_facts.value({row, version});
}

QString markSigns(const QVector<PlacedMark> &marks)
{
    FamilyMarks::Tally tally;
    for (const PlacedMark &mark : marks)
        (mark.state == MarkState::Checked ? tally.checked : tally.disputed) += 1;
    return tallySigns(tally);
}

QString tallySigns(const FamilyMarks::Tally &tally)
{
    QStringList signs;
    const auto add = [&signs](MarkState state, int count) {
        if (count == 1)
            signs << markSign(state);
        else if (count > 1)
            signs << markSign(state) + QString::number(count);
    };
    add(MarkState::Checked, tally.checked);
    add(MarkState::Disputed, tally.disputed);
    return signs.join(QLatin1Char(' '));
}

QString tallySentence(const FamilyMarks::Tally &tally)
{
    if (tally.isEmpty())
        return {};
    return ReviewMarks::tr("Review marks: %1 checked, %2 disputed.")
        .arg(tally.checked)
        .arg(tally.disputed);
}

QString markLines(const QVector<PlacedMark> &marks)
{
    QStringList lines;
    for (const PlacedMark &mark : marks) {
        lines << (mark.note.isEmpty()
                      ? markSign(mark.state) + QLatin1Char(' ') + markStateName(mark.state)
                      : ReviewMarks::tr("%1 %2: %3")
                            .arg(markSign(mark.state), markStateName(mark.state), mark.note));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Recension
