#include "ui/view/findingsummary.h"

#include "ui/panels/findingtext.h"

#include <QCoreApplication>

#include <array>

namespace Recension::Ui {

namespace {

constexpr const char *Context = "Recension::Ui::FindingSummary";

/// The groups of the line, in the order they are read. Both forms are marked plural
/// ("%n") so that every language gets its own forms, and English reads right without a
/// translation.
struct Group
{
    const char *one;
    const char *many;
};

enum GroupId {
    Names, Numbers, Speakers, Negations, Hedges, Watched, QuotesAltered, QuotesAdded,
    QuotesMissing, QuotesUnquoted, ClaimsDropped, ClaimsAdded, GroupCount
};

const std::array<Group, GroupCount> Groups{{
    {QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n name"),
     QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n names")},
    {QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n number"),
     QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n numbers")},
    {QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n speaker"),
     QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n speakers")},
    {QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n negation"),
     QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n negations")},
    {QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n hedge"),
     QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n hedges")},
    {QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n watched term"),
     QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n watched terms")},
    {QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n quotation altered"),
     QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n quotations altered")},
    {QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n quotation added"),
     QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n quotations added")},
    {QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n quotation missing"),
     QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n quotations missing")},
    {QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n quotation no longer quoted"),
     QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n quotations no longer quoted")},
    {QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n claim dropped"),
     QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n claims dropped")},
    {QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n claim added"),
     QT_TRANSLATE_N_NOOP("Recension::Ui::FindingSummary", "%n claims added")},
}};

GroupId groupOf(const Comparison &comparison, const Finding &finding)
{
    switch (finding.kind) {
    case FindingKind::Name: return Names;
    case FindingKind::Number: return Numbers;
    case FindingKind::Speaker: return Speakers;
    case FindingKind::Polarity: return Negations;
    case FindingKind::Hedge: return Hedges;
    case FindingKind::Watched: return Watched;
    case FindingKind::Claim: return finding.gist[Right].isEmpty() ? ClaimsDropped : ClaimsAdded;
    case FindingKind::Quote: break;
    }
    const QuoteStatus status = finding.quote >= 0 && finding.quote < comparison.quotes.size()
        ? comparison.quotes[finding.quote].status
        : QuoteStatus::Altered;
    switch (status) {
    case QuoteStatus::Added: return QuotesAdded;
    case QuoteStatus::Missing: return QuotesMissing;
    case QuoteStatus::Unquoted: return QuotesUnquoted;
    default: return QuotesAltered;
    }
}

} // namespace

FindingSummary::FindingSummary(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("findingSummary"));
    setAccessibleName(tr("Summary of the findings"));
    setToolTip(tr("What a fact-checker must look at. Click a part to go to its first "
                  "finding; F8 steps through all of them."));
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setContentsMargins(8, 3, 8, 3);
    connect(this, &QLabel::linkActivated, this,
            [this](const QString &link) { emit findingRequested(link.toInt()); });
}

QVector<FindingSummary::Part> FindingSummary::parts(const Comparison &comparison)
{
    std::array<int, GroupCount> counts{};
    std::array<int, GroupCount> first;
    first.fill(-1);
    for (int index : FindingText::order(comparison)) {
        const GroupId group = groupOf(comparison, comparison.findings[index]);
        if (counts[group]++ == 0)
            first[group] = index;
    }
    QVector<Part> result;
    for (int g = 0; g < GroupCount; ++g) {
        if (counts[g] == 0)
            continue;
        const char *source = counts[g] == 1 ? Groups[g].one : Groups[g].many;
        result.append({QCoreApplication::translate(Context, source, nullptr, counts[g]), first[g]});
    }
    return result;
}

QString FindingSummary::plainText(const Comparison &comparison)
{
    QStringList texts;
    for (const Part &part : parts(comparison))
        texts << part.text;
    if (texts.isEmpty())
        return tr("No findings: no change of fact, quotation or claim to check.");
    return texts.join(QStringLiteral(" · "));
}

void FindingSummary::setComparison(const ComparisonPtr &comparison)
{
    if (!comparison) {
        clear();
        hide();
        return;
    }
    const QVector<Part> all = parts(*comparison);
    QStringList links;
    for (const Part &part : all) {
        links << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(part.firstFinding)
                     .arg(part.text.toHtmlEscaped());
    }
    const QString line = links.isEmpty() ? plainText(*comparison).toHtmlEscaped()
                                         : links.join(QStringLiteral(" · "));
    setText(tr("<b>Findings:</b> %1").arg(line));
    setAccessibleDescription(plainText(*comparison));
    show();
}

} // namespace Recension::Ui
