// ReviewMarks::resolve: finding each mark's change or finding again in a new Comparison.
#include "workspace/reviewmarks.h"

#include <QHash>

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace Recension {

namespace {

/// How closely a candidate's text matches a mark's, best last.
enum class TextMatch { None = 0, Overlapping = 1, Normalised = 2, Exact = 3 };

/// A candidate pairing of a mark with a change or finding, and how good it is.
struct Candidate
{
    TextMatch match = TextMatch::None;
    int context = 0;  ///< context words that agree, counted outwards from the place
    int otherOccurrence = 0; ///< 1 when an exact match is not the same repeat of its text
    int distance = 0; ///< paragraphs between the hint and the place, summed over the sides
    int mark = -1;
    int target = -1;

    /// Best first: text, context, nearness; then the lower mark and target, so ties
    /// resolve the same way every time.
    bool operator<(const Candidate &o) const
    {
        return std::make_tuple(-int(match), -context, otherOccurrence, distance, mark, target)
            < std::make_tuple(-int(o.match), -o.context, o.otherOccurrence, o.distance, o.mark,
                              o.target);
    }
};

/// Case-folded words of a text, letters and digits only, joined by single spaces: the same
/// for a change whose extent moved by a punctuation mark or a letter's case.
QString normalised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text.toCaseFolded()) {
        if (c.isLetterOrNumber() || c.isMark()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            out += c;
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

QString key(const std::array<QString, 2> &text)
{
    return text[Left] + QChar(0x1F) + text[Right];
}

std::array<QString, 2> normalisedPair(const std::array<QString, 2> &text)
{
    return {normalised(text[Left]), normalised(text[Right])};
}

/// True when `a` holds `b` as whole words, or `b` holds `a` (both normalised).
bool wordsOverlap(const QString &a, const QString &b)
{
    const QString paddedA = QLatin1Char(' ') + a + QLatin1Char(' ');
    const QString paddedB = QLatin1Char(' ') + b + QLatin1Char(' ');
    return paddedA.contains(paddedB) || paddedB.contains(paddedA);
}

/// Overlap of both sides: at least one side holds the other's words, and no side where both
/// have words disagrees. Used once exact and normalised text find nothing (an options
/// change widened or narrowed the change).
bool overlaps(const std::array<QString, 2> &mark, const std::array<QString, 2> &candidate)
{
    bool some = false;
    for (int side = Left; side <= Right; ++side) {
        if (mark[side].isEmpty() || candidate[side].isEmpty())
            continue;
        if (!wordsOverlap(mark[side], candidate[side]))
            return false;
        some = true;
    }
    return some;
}

int agreeing(const QStringList &a, const QStringList &b, bool fromEnd)
{
    const int n = qMin(a.size(), b.size());
    int count = 0;
    for (int i = 0; i < n; ++i) {
        const QString &x = fromEnd ? a[a.size() - 1 - i] : a[i];
        const QString &y = fromEnd ? b[b.size() - 1 - i] : b[i];
        if (x.compare(y, Qt::CaseInsensitive) != 0)
            break;
        ++count;
    }
    return count;
}

void score(const MarkAnchor &mark, const MarkAnchor &place, Candidate *candidate)
{
    for (int side = Left; side <= Right; ++side) {
        candidate->context += agreeing(mark.before[side], place.before[side], true);
        candidate->context += agreeing(mark.after[side], place.after[side], false);
        if (mark.paragraph[side] >= 0 && place.paragraph[side] >= 0)
            candidate->distance += qAbs(mark.paragraph[side] - place.paragraph[side]);
    }
}

/// An overlapping text alone is weak evidence: it must also stand near the mark's place.
bool nearEnough(const Candidate &candidate)
{
    return candidate.context >= 2 || candidate.distance <= 2;
}

MarkAnchor swapped(MarkAnchor anchor)
{
    std::swap(anchor.text[Left], anchor.text[Right]);
    std::swap(anchor.before[Left], anchor.before[Right]);
    std::swap(anchor.after[Left], anchor.after[Right]);
    std::swap(anchor.paragraph[Left], anchor.paragraph[Right]);
    return anchor;
}

/// The anchors of a comparison's changes or findings, computed once each and on demand
/// (reading context tokenizes part of a paragraph).
class Places
{
public:
    Places(const Comparison &comparison, MarkTarget target)
        : m_comparison(comparison), m_target(target)
    {
    }

    const MarkAnchor &at(int index)
    {
        auto found = m_anchors.find(index);
        if (found == m_anchors.end())
            found = m_anchors
                        .emplace(index, m_target == MarkTarget::Change
                                            ? anchorOfChange(m_comparison, index)
                                            : anchorOfFinding(m_comparison, index))
                        .first;
        return found->second;
    }

private:
    const Comparison &m_comparison;
    MarkTarget m_target;
    // Only the places some mark is scored against: a vector of every change's anchor
    // cost tens of milliseconds at 250,000 changes.
    std::unordered_map<int, MarkAnchor> m_anchors;
};

/// The texts of each change or finding, exact and normalised, with indexes to look them up.
struct Texts
{
    QVector<std::array<QString, 2>> exact;
    QVector<std::array<QString, 2>> plain;
    QVector<QString> kind; ///< findings only
    QHash<QString, QVector<int>> byExact;
    QHash<QString, QVector<int>> byPlain;

    void add(const std::array<QString, 2> &text, const QString &findingKind)
    {
        const int index = exact.size();
        exact.append(text);
        plain.append(normalisedPair(text));
        kind.append(findingKind);
        byExact[findingKind + QChar(0x1E) + key(text)].append(index);
        byPlain[findingKind + QChar(0x1E) + key(plain.last())].append(index);
    }
};

Texts changeTexts(const Comparison &comparison)
{
    Texts texts;
    for (const Change &change : comparison.changes)
        texts.add({comparison.spanText(Left, change.sides[Left]),
                   comparison.spanText(Right, change.sides[Right])},
                  QString());
    return texts;
}

Texts findingTexts(const Comparison &comparison)
{
    Texts texts;
    for (const Finding &finding : comparison.findings)
        texts.add(finding.gist, toString(finding.kind));
    return texts;
}

/// The candidates of one mark: every place of the best text match found, scored.
void candidatesOf(int markIndex, const MarkAnchor &anchor, const Texts &texts, Places &places,
                  QVector<Candidate> *out)
{
    const auto add = [&](int target, TextMatch match, int occurrence = -1) {
        Candidate candidate;
        candidate.match = match;
        candidate.otherOccurrence = occurrence >= 0 && occurrence != anchor.occurrence ? 1 : 0;
        candidate.mark = markIndex;
        candidate.target = target;
        score(anchor, places.at(target), &candidate);
        if (match != TextMatch::Overlapping || nearEnough(candidate))
            out->append(candidate);
    };
    const QString prefix = anchor.findingKind + QChar(0x1E);
    if (const auto exact = texts.byExact.constFind(prefix + key(anchor.text));
        exact != texts.byExact.cend()) {
        // The list is in reading order: a place's rank in it is its occurrence.
        for (int rank = 0; rank < exact->size(); ++rank)
            add(exact->at(rank), TextMatch::Exact, rank);
        return;
    }
    const std::array<QString, 2> plain = normalisedPair(anchor.text);
    if (const auto similar = texts.byPlain.constFind(prefix + key(plain));
        similar != texts.byPlain.cend()) {
        for (int target : *similar)
            add(target, TextMatch::Normalised);
        return;
    }
    // Linear in the changes, for the few marks whose text no longer matches whole.
    for (int target = 0; target < texts.plain.size(); ++target)
        if (texts.kind[target] == anchor.findingKind && overlaps(plain, texts.plain[target]))
            add(target, TextMatch::Overlapping);
}

/// Gives each mark the best free place, best pairings first; returns per place its mark.
QVector<int> assign(QVector<Candidate> candidates, int places, QVector<bool> *resolved)
{
    std::sort(candidates.begin(), candidates.end());
    QVector<int> markOf(places, -1);
    for (const Candidate &candidate : candidates) {
        if ((*resolved)[candidate.mark] || markOf[candidate.target] >= 0)
            continue;
        markOf[candidate.target] = candidate.mark;
        (*resolved)[candidate.mark] = true;
    }
    return markOf;
}

} // namespace

MarkResolution ReviewMarks::resolve(const Comparison &comparison, std::array<int, 2> versions) const
{
    MarkResolution resolution;
    // Indexing every change's text costs about a second at 250,000 changes: only a mark of
    // this pair on a change (or on a finding) needs it.
    const auto ofPair = [&](MarkTarget target) {
        const std::array<int, 2> back{{versions[Right], versions[Left]}};
        return std::any_of(m_marks.cbegin(), m_marks.cend(), [&](const ReviewMark &mark) {
            return mark.target == target && (mark.versions == versions || mark.versions == back);
        });
    };
    const Texts changes = ofPair(MarkTarget::Change) ? changeTexts(comparison) : Texts();
    const Texts findings = ofPair(MarkTarget::Finding) ? findingTexts(comparison) : Texts();
    Places changePlaces(comparison, MarkTarget::Change);
    Places findingPlaces(comparison, MarkTarget::Finding);

    QVector<Candidate> onChanges;
    QVector<Candidate> onFindings;
    QVector<bool> resolved(m_marks.size(), false);
    QVector<bool> ofThisPair(m_marks.size(), false);
    const std::array<int, 2> reversed{{versions[Right], versions[Left]}};
    for (int i = 0; i < m_marks.size(); ++i) {
        const ReviewMark &mark = m_marks[i];
        if (mark.versions != versions && mark.versions != reversed) {
            resolution.otherPairs.append(i);
            continue;
        }
        ofThisPair[i] = true;
        const MarkAnchor anchor = mark.versions == versions ? mark.anchor : swapped(mark.anchor);
        if (mark.target == MarkTarget::Change)
            candidatesOf(i, anchor, changes, changePlaces, &onChanges);
        else
            candidatesOf(i, anchor, findings, findingPlaces, &onFindings);
    }
    resolution.changeMark = assign(onChanges, comparison.changes.size(), &resolved);
    resolution.findingMark = assign(onFindings, comparison.findings.size(), &resolved);
    for (int i = 0; i < m_marks.size(); ++i)
        if (ofThisPair[i] && !resolved[i])
            resolution.orphaned.append(i);
    return resolution;
}

} // namespace Recension
