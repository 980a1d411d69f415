#include "cli/findingstext.h"

#include "compare/findings.h"
#include "report/reportstrings.h"

#include <QCoreApplication>

namespace Recension::Cli {

/// Gives the findings' lines their translation context.
class FindingsText final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Cli::FindingsText)
};

namespace {

/// A side longer than this is cut at a word, so that a finding stays one readable line.
constexpr int kLongestGist = 100;

QString severityWord(Severity severity)
{
    //: a finding's severity, first on its line of `recension compare --findings`
    return severity == Severity::High ? FindingsText::tr("HIGH") : FindingsText::tr("MEDIUM");
}

QString kindWord(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Name:
        return FindingsText::tr("name");
    case FindingKind::Number:
        return FindingsText::tr("number");
    case FindingKind::Speaker:
        return FindingsText::tr("speaker");
    case FindingKind::Polarity:
        return FindingsText::tr("polarity");
    case FindingKind::Hedge:
        return FindingsText::tr("hedge");
    case FindingKind::Watched:
        return FindingsText::tr("watched");
    case FindingKind::Quote:
        return FindingsText::tr("quote");
    case FindingKind::Claim:
        return FindingsText::tr("claim");
    }
    return QString();
}

QString quoteStatusWords(QuoteStatus status)
{
    switch (status) {
    case QuoteStatus::Altered:
        return FindingsText::tr("quote altered");
    case QuoteStatus::Missing:
        return FindingsText::tr("quote missing");
    case QuoteStatus::Added:
        return FindingsText::tr("quote added");
    case QuoteStatus::Unquoted:
        return FindingsText::tr("quote unquoted");
    case QuoteStatus::Verbatim:
        break;
    }
    return FindingsText::tr("quote verbatim");
}

/// One line, cut at a word past kLongestGist characters.
QString shortened(const QString &text)
{
    QString line = text.simplified();
    if (line.size() <= kLongestGist)
        return line;
    int cut = line.lastIndexOf(QLatin1Char(' '), kLongestGist);
    if (cut < kLongestGist / 2)
        cut = kLongestGist;
    return line.left(cut) + QChar(0x2026);
}

QString side(const QString &text)
{
    //: stands for the empty side of a finding (a word dropped or added)
    return text.trimmed().isEmpty() ? FindingsText::tr("(nothing)") : shortened(text);
}

QString quoted(const QString &text)
{
    //: a quotation or sentence cited in a finding's line
    return FindingsText::tr("“%1”").arg(shortened(text));
}

QString quoteLine(const Comparison &comparison, const Finding &finding)
{
    const Quote &quote = comparison.quotes[finding.quote];
    QStringList details;
    if (!quote.speaker.isEmpty())
        details << quote.speaker;
    if (quote.status == QuoteStatus::Altered || quote.status == QuoteStatus::Unquoted)
        //: how much of a quotation's wording the other version kept
        details << FindingsText::tr("%1 of its words kept").arg(keptPercent(quote.similarity));
    const QString head = details.isEmpty()
        ? quoteStatusWords(quote.status)
        //: e.g. "quote altered (Solberg, 64.0 % of its words kept)"
        : FindingsText::tr("%1 (%2)").arg(quoteStatusWords(quote.status), details.join(QStringLiteral(", ")));
    QString body;
    switch (quote.status) {
    case QuoteStatus::Missing:
        body = quoted(finding.gist[Left]);
        break;
    case QuoteStatus::Added:
        body = quoted(finding.gist[Right]);
        break;
    default:
        //: the left and the right side of a finding
        body = FindingsText::tr("%1 -> %2").arg(quoted(finding.gist[Left]), quoted(finding.gist[Right]));
    }
    //: one line of --findings: severity, what, then the text
    return FindingsText::tr("%1 %2: %3").arg(severityWord(finding.severity), head, body);
}

QString findingLine(const Comparison &comparison, const Finding &finding)
{
    if (finding.kind == FindingKind::Quote && finding.quote >= 0 && finding.quote < comparison.quotes.size())
        return quoteLine(comparison, finding);
    if (finding.kind == FindingKind::Claim) {
        const bool dropped = !finding.gist[Left].isEmpty();
        return FindingsText::tr("%1 %2: %3")
            .arg(severityWord(finding.severity),
                 dropped ? FindingsText::tr("claim dropped") : FindingsText::tr("claim added"),
                 quoted(dropped ? finding.gist[Left] : finding.gist[Right]));
    }
    QString line = FindingsText::tr("%1 %2: %3")
                       .arg(severityWord(finding.severity), kindWord(finding.kind),
                            FindingsText::tr("%1 -> %2").arg(side(finding.gist[Left]), side(finding.gist[Right])));
    if (finding.changes.size() > 1)
        //: appended to a finding made in several places
        line += QLatin1Char(' ') + FindingsText::tr("(%n places)", nullptr, int(finding.changes.size()));
    return line;
}

} // namespace

QString findingsText(const Comparison &comparison)
{
    if (comparison.findings.isEmpty())
        return FindingsText::tr("No findings.") + QLatin1Char('\n');
    QString text;
    for (const Finding &finding : comparison.findings)
        text += findingLine(comparison, finding) + QLatin1Char('\n');
    return text;
}

} // namespace Recension::Cli
