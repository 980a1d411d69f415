#include "ui/panels/findingtext.h"

#include <algorithm>
#include <numeric>

namespace Recension::Ui {

QString FindingText::kindName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Name: return tr("name");
    case FindingKind::Number: return tr("number");
    case FindingKind::Speaker: return tr("speaker");
    case FindingKind::Polarity: return tr("negation");
    case FindingKind::Hedge: return tr("hedge");
    case FindingKind::Watched: return tr("watched term");
    case FindingKind::Quote: return tr("quotation");
    case FindingKind::Claim: return tr("claim");
    }
    return {};
}

QString FindingText::outcome(const Comparison &comparison, const Finding &finding)
{
    if (finding.kind == FindingKind::Quote && finding.quote >= 0
        && finding.quote < comparison.quotes.size()) {
        switch (comparison.quotes[finding.quote].status) {
        case QuoteStatus::Altered: return tr("altered");
        case QuoteStatus::Missing: return tr("missing");
        case QuoteStatus::Added: return tr("added");
        case QuoteStatus::Unquoted: return tr("no longer quoted");
        case QuoteStatus::Verbatim: return tr("verbatim");
        }
    }
    if (finding.kind == FindingKind::Claim)
        return finding.gist[Right].isEmpty() ? tr("dropped") : tr("added");
    return {};
}

QString FindingText::kindLabel(const Comparison &comparison, const Finding &finding)
{
    const QString happened = outcome(comparison, finding);
    if (happened.isEmpty())
        return kindName(finding.kind);
    //: a finding's kind and what happened to it: "quotation altered", "claim dropped"
    return tr("%1 %2").arg(kindName(finding.kind), happened);
}

QString FindingText::gist(const Finding &finding)
{
    const QString left = finding.gist[Left].simplified();
    const QString right = finding.gist[Right].simplified();
    if (right.isEmpty())
        return tr("%1 →").arg(left);
    if (left.isEmpty())
        return tr("→ %1").arg(right);
    return tr("%1 → %2").arg(left, right);
}

int FindingText::places(const Finding &finding)
{
    if (finding.kind == FindingKind::Quote || finding.kind == FindingKind::Claim)
        return 1;
    return std::max(1, int(finding.changes.size()));
}

QString FindingText::speaker(const Comparison &comparison, const Finding &finding)
{
    if (finding.quote >= 0 && finding.quote < comparison.quotes.size())
        return comparison.quotes[finding.quote].speaker;
    return {};
}

int FindingText::quoteOfChange(const Comparison &comparison, int changeId)
{
    for (int q = 0; q < comparison.quotes.size(); ++q) {
        if (comparison.quotes[q].changes.contains(changeId))
            return q;
    }
    return -1;
}

QVector<int> FindingText::order(const Comparison &comparison)
{
    QVector<int> indices(comparison.findings.size());
    std::iota(indices.begin(), indices.end(), 0);
    std::stable_sort(indices.begin(), indices.end(), [&comparison](int a, int b) {
        return comparison.findings[a].severity > comparison.findings[b].severity;
    });
    return indices;
}

} // namespace Recension::Ui
