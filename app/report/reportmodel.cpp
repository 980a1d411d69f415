#include "report/reportmodel.h"

#include <QHash>
#include <QSet>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace Recension {

namespace {

/// Sentence boundaries of a paragraph, 0 and its length included.
QVector<int> sentenceBounds(const QString &text)
{
    QVector<int> bounds{0};
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    while (finder.toNextBoundary() > 0) {
        if (finder.position() > bounds.last())
            bounds.append(finder.position());
    }
    if (bounds.last() < text.size())
        bounds.append(text.size());
    return bounds;
}

bool hasChange(const QVector<Fragment> &fragments)
{
    return std::any_of(fragments.cbegin(), fragments.cend(),
                       [](const Fragment &f) { return f.change >= 0; });
}

Fragment elision(int at)
{
    Fragment fragment;
    fragment.start = fragment.end = at;
    fragment.elided = true;
    return fragment;
}

/// Keeps the sentences that hold a change, with one sentence of context on either side;
/// each run left out becomes one elided fragment.
QVector<Fragment> withContext(const QString &text, const QVector<Fragment> &fragments)
{
    const QVector<int> bounds = sentenceBounds(text);
    const int sentences = bounds.size() - 1;
    QVector<bool> changed(sentences, false);
    for (const Fragment &f : fragments) {
        if (f.change < 0)
            continue;
        for (int k = 0; k < sentences; ++k) {
            if (f.start < bounds[k + 1] && f.end > bounds[k])
                changed[k] = true;
        }
    }
    QVector<Fragment> result;
    int k = 0;
    while (k < sentences) {
        const auto kept = [&](int i) {
            return changed[i] || (i > 0 && changed[i - 1]) || (i + 1 < sentences && changed[i + 1]);
        };
        if (!kept(k)) {
            result.append(elision(bounds[k]));
            while (k < sentences && !kept(k))
                ++k;
            continue;
        }
        const int from = bounds[k];
        while (k < sentences && kept(k))
            ++k;
        const int to = bounds[k];
        for (const Fragment &f : fragments) {
            const int start = std::max(f.start, from);
            const int end = std::min(f.end, to);
            if (start >= end)
                continue;
            Fragment piece = f;
            piece.start = start;
            piece.end = end;
            piece.text = text.mid(start, end - start);
            result.append(piece);
        }
    }
    return result;
}

} // namespace

ReportModel::ReportModel(const Comparison &comparison, ReportScope scope)
    : m_comparison(comparison)
    , m_layout(comparison)
    , m_scope(scope)
{
    m_inFinding.fill(false, comparison.changes.size());
    for (const Finding &finding : comparison.findings) {
        for (int id : finding.changes) {
            if (id >= 1 && id <= m_inFinding.size())
                m_inFinding[id - 1] = true;
        }
    }
    for (Side side : {Left, Right}) {
        const DocumentPtr &doc = comparison.documents[side];
        m_changesByParagraph[side].resize(doc ? doc->paragraphs.size() : 0);
    }
    for (int i = 0; i < comparison.changes.size(); ++i) {
        const Change &change = comparison.changes[i];
        if (change.category == Category::Moved || !isShown(i))
            continue;
        for (Side side : {Left, Right}) {
            const Span &span = change.sides[side];
            if (!span.isNull() && span.paragraph < m_changesByParagraph[side].size())
                m_changesByParagraph[side][span.paragraph].append(i);
        }
    }
    for (Side side : {Left, Right}) {
        for (QVector<int> &list : m_changesByParagraph[side]) {
            std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
                return comparison.changes[a].sides[side].start
                    < comparison.changes[b].sides[side].start;
            });
        }
    }

    for (int r = 0; r < m_layout.rowCount(); ++r)
        m_rows.append(makeRow(r, scope));
    if (scope != ReportScope::FullText)
        dropUnchangedRows(scope);
    QHash<int, QVector<int>> rowsOfLink;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].link >= 0)
            rowsOfLink[m_rows[i].link].append(i);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows[i].cells[Left].movedAway && !m_rows[i].cells[Right].movedAway)
            continue;
        for (int j : rowsOfLink.value(m_rows[i].link)) {
            if (j != i)
                m_rows[i].counterpart = j;
        }
    }
}

bool ReportModel::isShown(int change) const
{
    return m_scope != ReportScope::FactChanges
        || m_comparison.changes[change].severity != Severity::Low;
}

ChangeWeight ReportModel::weight(int change) const
{
    const Change &c = m_comparison.changes[change];
    if (c.severity == Severity::High || m_inFinding.value(change))
        return ChangeWeight::Strong;
    return c.severity == Severity::Low ? ChangeWeight::Light : ChangeWeight::Normal;
}

int ReportModel::rowOfParagraph(Side side, int paragraph) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        for (const CellParagraph &cell : m_rows[i].cells[side].paragraphs) {
            if (cell.index == paragraph)
                return i;
        }
    }
    return -1;
}

QString ReportModel::paragraphText(Side side, int paragraph) const
{
    const DocumentPtr &doc = m_comparison.documents[side];
    if (!doc || paragraph < 0 || paragraph >= doc->paragraphs.size())
        return {};
    return doc->paragraphs[paragraph].text;
}

QVector<Fragment> ReportModel::fragments(Side side, int paragraph, int from, int to) const
{
    const QString text = paragraphText(side, paragraph);
    to = (to < 0 || to > text.size()) ? int(text.size()) : to;
    from = std::clamp(from, 0, to);
    QVector<Fragment> result;
    const auto append = [&](int start, int end, int change) {
        if (start < end)
            result.append({start, end, text.mid(start, end - start), change, false});
    };
    int position = from;
    if (paragraph >= 0 && paragraph < m_changesByParagraph[side].size()) {
        for (int index : m_changesByParagraph[side][paragraph]) {
            const Span &span = m_comparison.changes[index].sides[side];
            // Changes never overlap by contract; clipping keeps a faulty one from
            // repeating text.
            const int start = std::max(span.start, position);
            const int end = std::min(span.end, to);
            if (start >= end)
                continue;
            append(position, start, -1);
            append(start, end, index);
            position = end;
        }
    }
    append(position, to, -1);
    return result;
}

QVector<CellParagraph> ReportModel::spanParagraphs(Side side, const Span &span) const
{
    QVector<CellParagraph> result;
    if (span.isNull())
        return result;
    for (int p = span.paragraph; p <= span.lastParagraph(); ++p) {
        const int from = p == span.paragraph ? span.start : 0;
        const int to = p == span.lastParagraph() ? span.end : -1;
        result.append({p, fragments(side, p, from, to)});
    }
    return result;
}

ReportCell ReportModel::makeCell(Side side, const QVector<int> &paragraphs, ReportScope scope) const
{
    ReportCell cell;
    for (int p : paragraphs)
        cell.paragraphs.append({p, fragments(side, p)});
    const bool anyChange = std::any_of(cell.paragraphs.cbegin(), cell.paragraphs.cend(),
                                       [](const CellParagraph &c) { return hasChange(c.fragments); });
    // A side without a change of its own keeps its whole text: it is the context of the
    // other side's changes.
    if (scope != ReportScope::ChangesOnly || !anyChange)
        return cell;
    QVector<CellParagraph> kept;
    for (const CellParagraph &paragraph : std::as_const(cell.paragraphs)) {
        if (hasChange(paragraph.fragments)) {
            kept.append({paragraph.index, withContext(paragraphText(side, paragraph.index),
                                                      paragraph.fragments)});
        } else if (kept.isEmpty() || hasChange(kept.last().fragments)) {
            kept.append({paragraph.index, {elision(0)}});
        }
    }
    cell.paragraphs = kept;
    return cell;
}

ReportRow ReportModel::makeRow(int layoutRow, ReportScope scope) const
{
    const LayoutRow &shape = m_layout.row(layoutRow);
    ReportRow row;
    row.link = shape.link;
    row.kind = shape.kind;
    row.layoutRow = layoutRow;
    for (Side side : {Left, Right}) {
        if (shape.hasSide(side))
            row.cells[side] = makeCell(side, shape.paragraphs[side], scope);
        else
            row.cells[side].movedAway = shape.split;
        for (const CellParagraph &paragraph : std::as_const(row.cells[side].paragraphs)) {
            for (const Fragment &fragment : paragraph.fragments) {
                if (fragment.change >= 0)
                    row.changes.append(fragment.change);
            }
        }
    }
    if (shape.kind == LinkKind::Moved) {
        const Link &link = m_comparison.links[shape.link];
        for (int i = 0; i < m_comparison.changes.size(); ++i) {
            const Change &change = m_comparison.changes[i];
            const bool here = change.link == shape.link
                || (change.link < 0 && !change.sides[Left].isNull()
                    && link.paragraphs[Left].contains(change.sides[Left].paragraph));
            if (change.category == Category::Moved && here) {
                row.movedChange = i;
                if (isShown(i))
                    row.changes.append(i);
                break;
            }
        }
    }
    std::sort(row.changes.begin(), row.changes.end());
    row.changes.erase(std::unique(row.changes.begin(), row.changes.end()), row.changes.end());
    return row;
}

void ReportModel::dropUnchangedRows(ReportScope scope)
{
    // Both halves of a moved passage stay when either shows a change, so that each can
    // say where the other stands.
    QSet<int> changedLinks;
    for (const ReportRow &row : std::as_const(m_rows)) {
        if (!row.changes.isEmpty() && row.link >= 0)
            changedLinks.insert(row.link);
    }
    QVector<ReportRow> kept;
    int omitted = 0;
    for (ReportRow &row : m_rows) {
        // Changes only keeps an unmatched passage whole even without a change of its own;
        // facts only folds whatever shows no medium or high change.
        const bool unmatched = row.kind == LinkKind::Inserted || row.kind == LinkKind::Deleted
            || row.kind == LinkKind::Moved || row.link < 0;
        const bool otherHalfShown = row.kind == LinkKind::Moved && changedLinks.contains(row.link);
        if (row.changes.isEmpty() && !otherHalfShown && (scope == ReportScope::FactChanges || !unmatched)) {
            omitted += std::max(row.cells[Left].paragraphs.size(), row.cells[Right].paragraphs.size());
            continue;
        }
        row.omittedBefore = omitted;
        omitted = 0;
        kept.append(std::move(row));
    }
    m_rows = kept;
    m_omittedAtEnd = omitted;
}

} // namespace Recension
