#pragma once

#include "compare/comparison.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>

namespace Recension {

/// What a reviewer concluded about a change or a finding.
enum class MarkState { Checked, Disputed };

/// What a mark is set on.
enum class MarkTarget { Change, Finding };

/// Where a mark points, by text rather than by number, so that it finds its change or
/// finding again after an options change or a reload renumbers them.
/// Invariant: each side's fields describe that side's version; a side with no text (the
/// missing side of an insertion or deletion) has an empty `text`, no context and
/// `paragraph` -1.
struct MarkAnchor
{
    QString findingKind;              ///< a finding's kind (its JSON name); empty for a change
    std::array<QString, 2> text;      ///< a change's words, or a finding's gist, on each side
    std::array<QStringList, 2> before; ///< up to contextWords words before, nearest last
    std::array<QStringList, 2> after;  ///< up to contextWords words after, nearest first
    std::array<int, 2> paragraph{{-1, -1}}; ///< paragraph index (0-based) as a hint only
    /// Among the changes (findings of the kind) with the same text, the 0-based rank of
    /// this one in reading order: tells repeated identical passages apart.
    int occurrence = 0;

    static constexpr int contextWords = 4;

    bool operator==(const MarkAnchor &o) const
    {
        return findingKind == o.findingKind && text == o.text && before == o.before
            && after == o.after && paragraph == o.paragraph && occurrence == o.occurrence;
    }
    bool operator!=(const MarkAnchor &o) const { return !(*this == o); }
};

/// One review mark. `versions` are the indices of the two versions compared (left, right)
/// in the workspace or session that holds the mark.
struct ReviewMark
{
    MarkTarget target = MarkTarget::Change;
    MarkState state = MarkState::Checked;
    QString note; ///< the reviewer's words, as typed; may be empty
    std::array<int, 2> versions{{0, 1}};
    MarkAnchor anchor;

    bool operator==(const ReviewMark &o) const
    {
        return target == o.target && state == o.state && note == o.note
            && versions == o.versions && anchor == o.anchor;
    }
    bool operator!=(const ReviewMark &o) const { return !(*this == o); }
};

/// Which mark each change and finding of one Comparison carries.
/// Invariant: a mark resolves to at most one change or finding, and each change or finding
/// carries at most one mark; indices are into ReviewMarks::marks().
struct MarkResolution
{
    QVector<int> changeMark;  ///< per index into Comparison::changes: a mark index or -1
    QVector<int> findingMark; ///< per index into Comparison::findings: a mark index or -1
    QVector<int> orphaned;    ///< marks of this pair whose text is gone, ascending
    QVector<int> otherPairs;  ///< marks of other pairs of versions, ascending

    /// @brief The mark index on a change (index into Comparison::changes), or -1.
    int forChange(int changeIndex) const
    {
        return changeIndex >= 0 && changeIndex < changeMark.size() ? changeMark[changeIndex] : -1;
    }
    /// @brief The mark index on a finding (index into Comparison::findings), or -1.
    int forFinding(int findingIndex) const
    {
        return findingIndex >= 0 && findingIndex < findingMark.size() ? findingMark[findingIndex]
                                                                       : -1;
    }
};

/// A mark as a view or a report shows it on one change or finding.
struct PlacedMark
{
    MarkState state = MarkState::Checked;
    QString note;

    bool operator==(const PlacedMark &o) const { return state == o.state && note == o.note; }
};

/// @brief The marks of one comparison, by index into its changes and findings: what the
/// reports print (ReportOptions::marks).
struct ComparisonMarks
{
    QHash<int, PlacedMark> changes;  ///< key: index into Comparison::changes
    QHash<int, PlacedMark> findings; ///< key: index into Comparison::findings

    bool isEmpty() const { return changes.isEmpty() && findings.isEmpty(); }
    const PlacedMark *change(int index) const
    {
        const auto it = changes.constFind(index);
        return it == changes.cend() ? nullptr : &*it;
    }
    const PlacedMark *finding(int index) const
    {
        const auto it = findings.constFind(index);
        return it == findings.cend() ? nullptr : &*it;
    }
};

/// @brief The review marks of a workspace: set, cleared and resolved against comparisons.
/// A plain value; marks keep the order in which they were first set.
class ReviewMarks final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::ReviewMarks)
public:
    const QVector<ReviewMark> &marks() const { return m_marks; }
    bool isEmpty() const { return m_marks.isEmpty(); }
    int size() const { return m_marks.size(); }
    const ReviewMark &at(int index) const { return m_marks.at(index); }

    /// @brief Sets the mark of a change (index into Comparison::changes) of the pair
    /// `versions`, replacing the one `resolution` finds on it; returns the mark's index.
    int markChange(const Comparison &comparison, const MarkResolution &resolution,
                   std::array<int, 2> versions, int changeIndex, MarkState state,
                   const QString &note);
    /// @brief Sets the mark of a finding (index into Comparison::findings); as markChange.
    int markFinding(const Comparison &comparison, const MarkResolution &resolution,
                    std::array<int, 2> versions, int findingIndex, MarkState state,
                    const QString &note);
    /// @brief Replaces the note of a mark.
    void setNote(int markIndex, const QString &note);
    /// @brief Removes a mark; later marks move down by one (resolve again afterwards).
    void remove(int markIndex);
    /// @brief Drops the marks of a version removed from the workspace and renumbers the
    /// versions after it.
    void removeVersion(int version);
    void clear() { m_marks.clear(); }
    /// @brief Appends a mark as it is (used when reading a session).
    void append(const ReviewMark &mark) { m_marks.append(mark); }

    /// @brief Which mark each change and finding of `comparison` (of the versions `versions`,
    /// left and right) carries. Deterministic: the same marks and comparison give the same
    /// answer. Marks of the pair taken the other way round resolve with their sides swapped.
    MarkResolution resolve(const Comparison &comparison, std::array<int, 2> versions) const;
    /// @brief The state and note of each resolved mark, by change and finding index.
    ComparisonMarks placed(const MarkResolution &resolution) const;

    /// @brief The marks as a JSON array of the session format (recension-session.md).
    QJsonArray toJson() const;
    /// @brief Reads marks written by toJson; on a malformed entry returns false and sets
    /// `error` to a translated reason naming the entry, leaving `marks` unchanged.
    static bool fromJson(const QJsonValue &value, ReviewMarks *marks, QString *error);

    bool operator==(const ReviewMarks &o) const { return m_marks == o.m_marks; }
    bool operator!=(const ReviewMarks &o) const { return !(*this == o); }

private:
    int setMark(int existing, ReviewMark mark);

    QVector<ReviewMark> m_marks;
};

/// @brief The anchor of a change (index into Comparison::changes) in its comparison.
MarkAnchor anchorOfChange(const Comparison &comparison, int changeIndex);
/// @brief The anchor of a finding (index into Comparison::findings): its kind, its gist and
/// the context of its first place.
MarkAnchor anchorOfFinding(const Comparison &comparison, int findingIndex);

/// @brief Lower-case names as in the session file: "checked"/"disputed", "change"/"finding".
QString toString(MarkState state);
QString toString(MarkTarget target);
/// @brief A sign for a state that does not rely on colour: ✓ checked, ✗ disputed.
QString markSign(MarkState state);
/// @brief The translated name of a state ("Checked", "Disputed").
QString markStateName(MarkState state);

} // namespace Recension
