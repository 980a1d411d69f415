#include "ui/panels/evidence.h"

#include "ui/view/changestyle.h"
#include "ui/panels/findingtext.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace Recension::Ui {

namespace {

constexpr int MaxContext = 320; // characters of a quoted sentence before it is shortened

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QString Evidence::transition(const Comparison &comparison, const Change &change)
{
    const QString left = comparison.spanText(Left, change.sides[Left]).simplified();
    const QString right = comparison.spanText(Right, change.sides[Right]).simplified();
    if (change.sides[Left].isNull())
        return tr("→ %1").arg(right);
    if (change.sides[Right].isNull())
        return tr("%1 →").arg(left);
    return tr("%1 → %2").arg(left, right);
}

QString Evidence::summary(const Comparison &comparison, const Change &change)
{
    return tr("%1: %2").arg(ChangeStyle::categoryName(change.category),
                            transition(comparison, change));
}

QString Evidence::context(const QString &text, int start, int end)
{
    start = qBound(0, start, int(text.size()));
    end = qBound(start, end, int(text.size()));
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    int from = 0;
    finder.setPosition(start);
    if (!finder.isAtBoundary() || start == int(text.size()))
        from = qMax(0, int(finder.toPreviousBoundary()));
    else
        from = start;
    finder.setPosition(qMax(end, from + 1) - 1);
    int to = int(finder.toNextBoundary());
    if (to < 0)
        to = int(text.size());
    to = qMax(to, end);

    QString prefix;
    QString suffix;
    if (to - from > MaxContext) {
        // Keep the span and as much around it as fits, cut at spaces.
        const int room = qMax(0, (MaxContext - (end - start)) / 2);
        const int cutFrom = qMax(from, start - room);
        const int cutTo = qMin(to, end + room);
        int f = cutFrom > from ? int(text.indexOf(QLatin1Char(' '), cutFrom)) : from;
        if (f < 0 || f > start)
            f = cutFrom;
        int t = cutTo < to ? int(text.lastIndexOf(QLatin1Char(' '), cutTo)) : to;
        if (t < end)
            t = cutTo;
        if (f > from)
            prefix = QStringLiteral("…");
        if (t < to)
            suffix = QStringLiteral("…");
        from = f;
        to = t;
    }
    return prefix + text.mid(from, to - from).trimmed() + suffix;
}

QString Evidence::lines(const Paragraph &paragraph)
{
    if (paragraph.page > 0 && paragraph.lastPage > paragraph.page) {
        return tr("page %1 line %2 to page %3 line %4")
            .arg(paragraph.page)
            .arg(paragraph.line)
            .arg(paragraph.lastPage)
            .arg(paragraph.lastLine);
    }
    if (paragraph.page > 0 && paragraph.lastLine > paragraph.line)
        return tr("page %1, lines %2–%3").arg(paragraph.page).arg(paragraph.line).arg(paragraph.lastLine);
    if (paragraph.page > 0)
        return tr("page %1, line %2").arg(paragraph.page).arg(paragraph.line);
    if (paragraph.lastLine > paragraph.line)
        return tr("lines %1–%2").arg(paragraph.line).arg(paragraph.lastLine);
    return tr("line %1").arg(paragraph.line);
}

QString Evidence::qualifiers(const Comparison &comparison, const Change &change)
{
    QString result = tr("%1 severity").arg(ChangeStyle::severityName(change.severity));
    if (change.watched)
        result = tr("%1, watched term").arg(result);
    if (!change.inQuote)
        return result;
    const int quote = FindingText::quoteOfChange(comparison, change.id);
    const QString speaker = quote >= 0 ? comparison.quotes[quote].speaker : QString();
    if (speaker.isEmpty())
        return tr("%1, inside a quotation").arg(result);
    return tr("%1, inside a quotation by %2").arg(result, speaker);
}

QStringList Evidence::sideLines(const Comparison &comparison, const std::array<Span, 2> &sides,
                                int link)
{
    QStringList out;
    for (Side side : {Left, Right}) {
        const DocumentPtr &doc = comparison.documents[side];
        const QString name = doc ? doc->label() : QString();
        const QString label = side == Left ? tr("Left ") : tr("Right");
        const Span &span = sides[side];
        if (doc && !span.isNull() && span.paragraph < doc->paragraphs.size()) {
            const Paragraph &paragraph = doc->paragraphs[span.paragraph];
            const int end = span.lastParagraph() == span.paragraph ? span.end
                                                                   : int(paragraph.text.size());
            out << tr("%1 (%2, %3): %4")
                       .arg(label, name, lines(paragraph),
                            quoted(context(paragraph.text, span.start, end)));
            continue;
        }
        // The side has nothing: say where the passage stands, if the change lies in one.
        const Link *passage = link >= 0 && link < comparison.links.size()
            ? &comparison.links[link]
            : nullptr;
        if (doc && passage && !passage->paragraphs[side].isEmpty()
            && passage->paragraphs[side].first() < doc->paragraphs.size()) {
            const Paragraph &paragraph = doc->paragraphs[passage->paragraphs[side].first()];
            out << tr("%1 (%2, %3): absent from this passage")
                       .arg(label, name, lines(paragraph));
        } else {
            out << tr("%1 (%2): absent").arg(label, name);
        }
    }
    return out;
}

QStringList Evidence::sources(const Comparison &comparison)
{
    QStringList out;
    for (Side side : {Left, Right}) {
        const DocumentPtr &doc = comparison.documents[side];
        const QString citation = doc ? doc->citation() : QString();
        if (citation.isEmpty())
            continue;
        out << (side == Left ? tr("Left source:  %1 (%2)") : tr("Right source: %1 (%2)"))
                   .arg(citation, doc->displayName());
    }
    return out;
}

QString Evidence::withSources(const Comparison &comparison, QStringList lines)
{
    const QStringList cited = sources(comparison);
    if (!cited.isEmpty())
        lines << QString() << cited;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString Evidence::text(const Comparison &comparison, const Change &change)
{
    return withSources(comparison, changeLines(comparison, change));
}

QStringList Evidence::changeLines(const Comparison &comparison, const Change &change)
{
    QStringList out;
    out << tr("%1 (%2): %3")
               .arg(ChangeStyle::categoryName(change.category), qualifiers(comparison, change),
                    transition(comparison, change));
    out << sideLines(comparison, change.sides, change.link);
    return out;
}

QString Evidence::text(const Comparison &comparison, const QVector<int> &changeIndices)
{
    QVector<int> indices;
    for (int index : changeIndices) {
        if (index >= 0 && index < comparison.changes.size() && !indices.contains(index))
            indices.append(index);
    }
    std::sort(indices.begin(), indices.end());
    if (indices.size() == 1)
        return text(comparison, comparison.changes[indices.first()]);
    QStringList lines;
    for (int index : std::as_const(indices)) {
        const Change &change = comparison.changes[index];
        if (!lines.isEmpty())
            lines << QString();
        lines << tr("Change %1 of %2").arg(change.id).arg(comparison.changes.size());
        lines << changeLines(comparison, change);
    }
    return withSources(comparison, lines);
}

QString Evidence::text(const Comparison &comparison, const Finding &finding)
{
    QStringList out;
    out << tr("Finding %1 (%2 severity): %3: %4")
               .arg(finding.id)
               .arg(ChangeStyle::severityName(finding.severity),
                    FindingText::kindLabel(comparison, finding), FindingText::gist(finding));
    const QString speaker = FindingText::speaker(comparison, finding);
    if (!speaker.isEmpty())
        out << tr("Quotation by %1").arg(speaker);
    QVector<int> places;
    for (int id : finding.changes) {
        if (id >= 1 && id <= comparison.changes.size())
            places.append(id - 1);
    }
    if (finding.kind == FindingKind::Quote && finding.quote >= 0
        && finding.quote < comparison.quotes.size()) {
        // The quotation as a whole first: the reader sees what was said, then each change.
        const Quote &quote = comparison.quotes[finding.quote];
        const int link = places.isEmpty() ? -1 : comparison.changes[places.first()].link;
        out << sideLines(comparison, quote.sides, link);
    }
    for (int p = 0; p < places.size(); ++p) {
        const Change &change = comparison.changes[places[p]];
        out << QString();
        out << tr("Place %1 of %2: %3 (%4): %5")
                   .arg(p + 1)
                   .arg(places.size())
                   .arg(ChangeStyle::categoryName(change.category),
                        qualifiers(comparison, change), transition(comparison, change));
        if (finding.kind != FindingKind::Quote)
            out << sideLines(comparison, change.sides, change.link);
    }
    return withSources(comparison, out);
}

} // namespace Recension::Ui
