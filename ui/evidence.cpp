#include "ui/evidence.h"

#include "ui/changestyle.h"

#include <QTextBoundaryFinder>

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
    if (paragraph.lastLine > paragraph.line)
        return tr("lines %1–%2").arg(paragraph.line).arg(paragraph.lastLine);
    return tr("line %1").arg(paragraph.line);
}

QString Evidence::text(const Comparison &comparison, const Change &change)
{
    QString qualifiers = tr("%1 severity").arg(ChangeStyle::severityName(change.severity));
    if (change.inQuote)
        qualifiers = tr("%1, inside a quotation").arg(qualifiers);
    QStringList out;
    out << tr("%1 (%2): %3")
               .arg(ChangeStyle::categoryName(change.category), qualifiers,
                    transition(comparison, change));

    for (Side side : {Left, Right}) {
        const DocumentPtr &doc = comparison.documents[side];
        const QString name = doc ? doc->displayName() : QString();
        const QString label = side == Left ? tr("Left ") : tr("Right");
        const Span &span = change.sides[side];
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
        const Link *link = change.link >= 0 && change.link < comparison.links.size()
            ? &comparison.links[change.link]
            : nullptr;
        if (doc && link && !link->paragraphs[side].isEmpty()
            && link->paragraphs[side].first() < doc->paragraphs.size()) {
            const Paragraph &paragraph = doc->paragraphs[link->paragraphs[side].first()];
            out << tr("%1 (%2, %3): absent from this passage")
                       .arg(label, name, lines(paragraph));
        } else {
            out << tr("%1 (%2): absent").arg(label, name);
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Recension::Ui
