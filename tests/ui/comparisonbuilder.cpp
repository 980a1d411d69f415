#include "comparisonbuilder.h"

#include <QtGlobal>

namespace Recension::Test {

DocumentPtr ComparisonBuilder::document(const QStringList &paragraphs, const QString &path)
{
    auto doc = std::make_shared<Document>();
    doc->path = path;
    doc->title = paragraphs.value(0);
    doc->encoding = QStringLiteral("UTF-8");
    for (int i = 0; i < paragraphs.size(); ++i) {
        doc->paragraphs.append({paragraphs[i], 2 * i + 1, 2 * i + 1});
        doc->wordCount += int(paragraphs[i].split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    }
    return doc;
}

ComparisonBuilder &ComparisonBuilder::left(const QStringList &paragraphs, const QString &path)
{
    m_comparison.documents[Left] = document(paragraphs, path);
    return *this;
}

ComparisonBuilder &ComparisonBuilder::right(const QStringList &paragraphs, const QString &path)
{
    m_comparison.documents[Right] = document(paragraphs, path);
    return *this;
}

ComparisonBuilder &ComparisonBuilder::link(LinkKind kind, const QVector<int> &left,
                                           const QVector<int> &right)
{
    Link l;
    l.kind = kind;
    l.paragraphs = {left, right};
    l.score = kind == LinkKind::Identical ? 1.0 : 0.5;
    m_comparison.links.append(l);
    return *this;
}

Span ComparisonBuilder::span(Side side, int paragraph, const QString &words) const
{
    if (paragraph < 0)
        return {};
    const QString &text = m_comparison.documents[side]->paragraphs.at(paragraph).text;
    const int start = int(text.indexOf(words));
    Q_ASSERT_X(start >= 0, "ComparisonBuilder", "words not found in the paragraph");
    return {paragraph, start, start + int(words.size()), -1};
}

ComparisonBuilder &ComparisonBuilder::change(Category category, Severity severity,
                                             int leftParagraph, const QString &leftWords,
                                             int rightParagraph, const QString &rightWords,
                                             bool inQuote)
{
    Change c;
    c.id = int(m_comparison.changes.size()) + 1;
    c.category = category;
    c.severity = severity;
    c.inQuote = inQuote;
    c.sides = {span(Left, leftParagraph, leftWords), span(Right, rightParagraph, rightWords)};
    for (int l = 0; l < m_comparison.links.size(); ++l) {
        const Link &link = m_comparison.links[l];
        if ((leftParagraph >= 0 && link.paragraphs[Left].contains(leftParagraph))
            || (rightParagraph >= 0 && link.paragraphs[Right].contains(rightParagraph))) {
            c.link = l;
            break;
        }
    }
    m_comparison.changes.append(c);
    return *this;
}

ComparisonBuilder &ComparisonBuilder::similarity(double value)
{
    m_comparison.similarity = value;
    return *this;
}

ComparisonBuilder &ComparisonBuilder::wordsKept(double value)
{
    m_comparison.wordsKept = value;
    return *this;
}

ComparisonBuilder &ComparisonBuilder::watched()
{
    Q_ASSERT(!m_comparison.changes.isEmpty());
    m_comparison.changes.last().watched = true;
    return *this;
}

ComparisonBuilder &ComparisonBuilder::quote(QuoteStatus status, const QString &speaker,
                                            int leftParagraph, const QString &leftWords,
                                            int rightParagraph, const QString &rightWords,
                                            const QVector<int> &changeIds)
{
    Quote q;
    q.status = status;
    q.speaker = speaker;
    q.sides = {span(Left, leftParagraph, leftWords), span(Right, rightParagraph, rightWords)};
    q.similarity = status == QuoteStatus::Verbatim ? 1.0 : 0.5;
    q.changes = changeIds;
    for (int id : changeIds)
        m_comparison.changes[id - 1].inQuote = true;
    m_comparison.quotes.append(q);
    return *this;
}

ComparisonBuilder &ComparisonBuilder::finding(FindingKind kind, Severity severity,
                                              const QVector<int> &changeIds, int quote,
                                              const std::array<QString, 2> &gist)
{
    Finding f;
    f.id = int(m_comparison.findings.size()) + 1;
    f.kind = kind;
    f.severity = severity;
    f.changes = changeIds;
    f.quote = quote;
    f.gist = gist;
    if (gist[Left].isEmpty() && gist[Right].isEmpty() && !changeIds.isEmpty()) {
        const Change &first = m_comparison.changes[changeIds.first() - 1];
        for (Side side : {Left, Right})
            f.gist[side] = m_comparison.spanText(side, first.sides[side]);
    }
    m_comparison.findings.append(f);
    return *this;
}

ComparisonPtr ComparisonBuilder::build() const
{
    auto result = std::make_shared<Comparison>(m_comparison);
    for (Side side : {Left, Right})
        result->wordCounts[side] = result->documents[side] ? result->documents[side]->wordCount : 0;
    return result;
}

} // namespace Recension::Test
