#pragma once

#include "compare/comparator.h"
#include "document/documentloader.h"

#include <QStringList>
#include <QTest>

namespace Recension::TestSupport {

/// A document from paragraphs given one per line, as text copied from the web.
inline DocumentPtr webDocument(const QStringList &paragraphs, const QString &name = QStringLiteral("doc.txt"))
{
    const LoadResult result = documentFromText(paragraphs.join(QStringLiteral("\n\n")), name);
    if (!result.document)
        qFatal("fixture did not load: %s", qPrintable(result.error));
    return result.document;
}

inline ComparisonPtr compareParagraphs(const QStringList &left, const QStringList &right,
                                       const CompareOptions &options = {})
{
    return compareDocuments(webDocument(left, QStringLiteral("left.txt")),
                            webDocument(right, QStringLiteral("right.txt")), options);
}

/// The changes of one category, as "left text → right text" strings.
inline QStringList changesOf(const Comparison &c, Category category)
{
    QStringList out;
    for (const Change &change : c.changes)
        if (change.category == category)
            out << c.spanText(Left, change.sides[Left]) + QStringLiteral(" → ")
                    + c.spanText(Right, change.sides[Right]);
    return out;
}

inline QString describe(const Comparison &c)
{
    QStringList lines;
    for (const Link &link : c.links) {
        QStringList l, r;
        for (int p : link.paragraphs[Left]) l << QString::number(p);
        for (int p : link.paragraphs[Right]) r << QString::number(p);
        lines << QStringLiteral("%1 [%2] [%3] %4").arg(toString(link.kind), l.join(QLatin1Char(',')),
                                                    r.join(QLatin1Char(',')))
                     .arg(link.score, 0, 'f', 2);
    }
    for (const Change &change : c.changes)
        lines << QStringLiteral("#%1 %2/%3%4: %5 → %6").arg(change.id).arg(toString(change.category),
                 toString(change.severity), change.inQuote ? QStringLiteral(" quote") : QString(),
                 c.spanText(Left, change.sides[Left]), c.spanText(Right, change.sides[Right]));
    return lines.join(QLatin1Char('\n'));
}

/// @brief True when the comparison holds exactly one change, of this category and severity.
inline bool isSingleChange(const Comparison &c, Category category, Severity severity)
{
    return c.changes.size() == 1 && c.changes.first().category == category
        && c.changes.first().severity == severity;
}

} // namespace Recension::TestSupport
