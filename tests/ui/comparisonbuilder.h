#pragma once

#include "compare/comparison.h"

#include <QStringList>

namespace Recension::Test {

/// Builds Documents and a Comparison by hand, so that the window's tests need no engine.
/// Paragraph i of a built document starts on source line 2i+1 (one blank line between).
class ComparisonBuilder
{
public:
    static DocumentPtr document(const QStringList &paragraphs, const QString &path);

    ComparisonBuilder &left(const QStringList &paragraphs,
                            const QString &path = QStringLiteral("story-a.txt"));
    ComparisonBuilder &right(const QStringList &paragraphs,
                             const QString &path = QStringLiteral("story-b.txt"));
    ComparisonBuilder &link(LinkKind kind, const QVector<int> &left, const QVector<int> &right);
    /// A change given by the words it covers: the first occurrence of `leftWords` in left
    /// paragraph `leftParagraph` (-1: no left side), likewise on the right.
    ComparisonBuilder &change(Category category, Severity severity, int leftParagraph,
                              const QString &leftWords, int rightParagraph,
                              const QString &rightWords, bool inQuote = false);
    ComparisonBuilder &similarity(double value);
    ComparisonBuilder &wordsKept(double value);
    /// Marks the last change added as touching a watched term.
    ComparisonBuilder &watched();
    /// A quotation over the words given on each side (-1: that side has none), holding
    /// the changes of `changeIds`.
    ComparisonBuilder &quote(QuoteStatus status, const QString &speaker, int leftParagraph,
                             const QString &leftWords, int rightParagraph,
                             const QString &rightWords, const QVector<int> &changeIds = {});
    /// A finding over changes (ids); its gist is the text of its first change's sides
    /// unless given.
    ComparisonBuilder &finding(FindingKind kind, Severity severity, const QVector<int> &changeIds,
                               int quote = -1, const std::array<QString, 2> &gist = {});
    ComparisonPtr build() const;

private:
    Span span(Side side, int paragraph, const QString &words) const;

    Comparison m_comparison;
};

} // namespace Recension::Test
