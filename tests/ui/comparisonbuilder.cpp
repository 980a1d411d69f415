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

ComparisonPtr ComparisonBuilder::build() const
{
    auto result = std::make_shared<Comparison>(m_comparison);
    for (Side side : {Left, Right})
        result->wordCounts[side] = result->documents[side] ? result->documents[side]->wordCount : 0;
    return result;
}

} // namespace Recension::Test
