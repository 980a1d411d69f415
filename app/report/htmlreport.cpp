#include "report/htmlreport.h"

#include "report/reportmodel.h"
#include "report/reportpalette.h"
#include "report/reportstrings.h"

#include <QCoreApplication>
#include <QLocale>

namespace Recension {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cssClass(Category category)
{
    return QStringLiteral("c-") + toString(category);
}

QString markCss(Mark mark, const QColor &colour)
{
    const QString c = colour.name();
    const auto underline = [&](const char *style) {
        return QStringLiteral("text-decoration: underline %1 %2;").arg(QLatin1String(style), c);
    };
    const auto box = [&](const char *style) {
        return QStringLiteral("border: 1px %1 %2; font-weight: bold;").arg(QLatin1String(style), c);
    };
    switch (mark) {
    case Mark::Underline: return underline("solid");
    case Mark::StrikeOut: return QStringLiteral("text-decoration: line-through %1;").arg(c);
    case Mark::DashUnderline: return underline("dashed");
    case Mark::DotUnderline: return underline("dotted");
    // CSS has no dash-dot line: dotted over dashed is the nearest that stays distinct.
    case Mark::DashDotUnderline: return underline("dashed") + QStringLiteral(" text-decoration-thickness: 2px;");
    case Mark::WaveUnderline: return underline("wavy");
    case Mark::DashDotDotUnderline: return underline("dotted") + QStringLiteral(" text-decoration-thickness: 2px;");
    case Mark::DoubleUnderline: return underline("double");
    case Mark::SolidBox: return box("solid");
    case Mark::DashedBox: return box("dashed");
    case Mark::DottedBox: return box("dotted");
    case Mark::SideBar: return QStringLiteral("border-left: 4px solid %1;").arg(c);
    case Mark::Brackets: return QStringLiteral("border-left: 1px solid %1; border-right: 1px solid %1;").arg(c);
    case Mark::DoubleBox: return QStringLiteral("border: 3px double %1; font-weight: bold;").arg(c);
    case Mark::ThickUnderline: return underline("solid") + QStringLiteral(" text-decoration-thickness: 3px;");
    }
    return {};
}

QString styleSheet()
{
    QString css = QStringLiteral(
        "body { font-family: 'DejaVu Serif', Georgia, serif; margin: 2em; color: #111; }\n"
        "h1, h2, th, .meta, .kind, .note, .n, .figures, .findings { font-family: 'DejaVu Sans', Arial, sans-serif; }\n"
        "h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #999; }\n"
        "table { border-collapse: collapse; }\n"
        "td, th { vertical-align: top; padding: 0.3em 0.5em; text-align: left; }\n"
        "table.grid td, table.grid th { border: 1px solid #ccc; }\n"
        // A SHA-256 is one 64-letter word: let it wrap rather than widen the page.
        "table.documents { width: 100%; table-layout: fixed; }\n"
        "table.documents th:first-child { width: 7em; }\n"
        "table.documents td { overflow-wrap: anywhere; }\n"
        "table.rows { width: 100%; table-layout: fixed; }\n"
        "table.rows td.kind { width: 7em; color: #666; font-size: 0.8em; }\n"
        ".figures { font-size: 1.4em; font-weight: bold; }\n"
        ".figures span { margin-right: 1.5em; white-space: nowrap; }\n"
        ".findings li { margin: 0.3em 0; }\n"
        ".findings .sev { font-weight: bold; }\n"
        ".findings .gist { font-family: 'DejaVu Serif', Georgia, serif; }\n"
        ".review { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 0.9em; white-space: normal; }\n"
        ".review b { font-weight: bold; }\n"
        // The texts: two columns at full width, change numbers in the margins beside
        // their line. A number is generated content: it is never copied or found with
        // the words.
        ".texts { width: 100%; }\n"
        ".row, .head { display: grid; grid-template-columns: 1fr 1fr; column-gap: 1em; }\n"
        ".row { border-top: 1px solid #ddd; padding: 0.3em 0; }\n"
        ".head div { font-family: 'DejaVu Sans', Arial, sans-serif; font-weight: bold; font-size: 0.9em; }\n"
        ".cell { position: relative; padding: 0 2.8em; overflow-wrap: anywhere; }\n"
        ".cell p { position: relative; }\n"
        ".gap { background: #f2f2f2; }\n"
        ".n { position: absolute; font-size: 0.7em; color: #555; text-decoration: none; user-select: none; "
        "width: 3.6em; line-height: 1.9; }\n"
        ".n::before { content: attr(data-n); }\n"
        ".left .n { left: -4em; text-align: right; }\n"
        ".right .n { right: -4em; text-align: left; }\n"
        ".n.strong { color: #8b1010; font-weight: bold; }\n"
        ".w-strong { font-weight: bold; }\n"
        ".w-light { background: transparent !important; text-decoration-color: #aaa !important; }\n"
        ".note, .elided { color: #666; font-size: 0.85em; font-style: italic; }\n"
        ".q { text-decoration: overline #444; }\n"
        ".omitted { text-align: center; color: #666; font-style: italic; border-top: 1px solid #ddd; padding: 0.3em; }\n"
        "p { margin: 0 0 0.5em 0; }\n"
        ".side { display: none; }\n"
        // A phone's width: one column, each passage labelled with its version.
        "@media (max-width: 45em) {\n"
        "  body { margin: 0.6em; overflow-wrap: anywhere; }\n"
        "  table.grid:not(.documents) { display: block; overflow-x: auto; }\n"
        "  .row { grid-template-columns: 1fr; }\n"
        "  .head { display: none; }\n"
        "  .side { display: block; font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 0.75em; color: #666; }\n"
        "  .cell { padding: 0 0 0 2.4em; }\n"
        "  .right .n { left: -3.8em; right: auto; text-align: right; }\n"
        "  .left .n { left: -3.8em; }\n"
        "  table.rows td.kind { width: 4.5em; }\n"
        "}\n");
    for (int i = 0; i < CategoryCount; ++i) {
        const auto category = static_cast<Category>(i);
        const CategoryStyle style = categoryStyle(category);
        if (style.mark == Mark::SideBar) {
            css += QStringLiteral(".%1, .moved { %2 }\n")
                       .arg(cssClass(category), markCss(style.mark, style.markColour));
            continue;
        }
        css += QStringLiteral(".%1 { background: %2; %3 }\n")
                   .arg(cssClass(category), style.fill.name(), markCss(style.mark, style.markColour));
    }
    return css;
}

/// A review mark on its own line under what it marks; empty for none.
QString reviewMark(const PlacedMark *mark)
{
    if (!mark)
        return {};
    const QString note = mark->note.simplified();
    return QStringLiteral("<br><span class=\"review\"><b>%1 %2</b>%3</span>")
        .arg(markSign(mark->state), esc(markStateName(mark->state)),
             note.isEmpty() ? QString() : QStringLiteral(": ") + esc(note));
}

class HtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Report)
public:
    HtmlWriter(const Comparison &comparison, const ReportOptions &options)
        : m_comparison(comparison), m_options(options), m_model(comparison, options.scope)
    {
    }

    QString page(const ReportProgress &progress);
    QString body(const ReportProgress &progress);

private:
    void pageOne();
    void findings();
    void rows(const ReportProgress &progress);
    void quoteAudit();
    void facts();
    void setAside();
    void changeTable();
    void about();

    QString changeRef(int index) const
    {
        return QStringLiteral("<a href=\"#c%1\">%1</a>").arg(m_comparison.changes[index].id);
    }
    QString fragments(const QVector<Fragment> &fragments, Side side, bool inText) const;
    QString spanHtml(Side side, const Span &span) const;
    QString cell(const ReportRow &row, int rowIndex, Side side) const;
    QString findingTarget(const Finding &finding) const;

    const Comparison &m_comparison;
    const ReportOptions &m_options;
    ReportModel m_model;
    QString m_out;
};

QString HtmlWriter::fragments(const QVector<Fragment> &fragments, Side side, bool inText) const
{
    // Changes close together share one margin label: labels of one line would overlap.
    constexpr int NearEnough = 60;
    QString html;
    QStringList pending;
    bool pendingStrong = false;
    int labelAt = 0;
    int lastEnd = 0;
    const auto placeLabel = [&] {
        if (pending.isEmpty())
            return;
        html.insert(labelAt, QStringLiteral("<a class=\"n%1\" href=\"#c%2\" data-n=\"%3\" aria-label=\"%4\"></a>")
                                 .arg(pendingStrong ? QStringLiteral(" strong") : QString(), pending.first(),
                                      pending.join(QLatin1Char(' ')),
                                      esc(tr("changes %1").arg(pending.join(QStringLiteral(", "))))));
        pending.clear();
        pendingStrong = false;
    };
    for (const Fragment &fragment : fragments) {
        if (fragment.elided) {
            html += QStringLiteral("<span class=\"elided\">[\u2026]</span> ");
            continue;
        }
        if (fragment.change < 0) {
            html += esc(fragment.text);
            continue;
        }
        const Change &change = m_comparison.changes[fragment.change];
        const ChangeWeight weight = m_model.weight(fragment.change);
        if (inText) {
            if (!pending.isEmpty() && fragment.start - lastEnd > NearEnough)
                placeLabel();
            if (pending.isEmpty())
                labelAt = int(html.size());
            pending << QString::number(change.id);
            pendingStrong = pendingStrong || weight == ChangeWeight::Strong;
            lastEnd = fragment.end;
        }
        // The left side carries the anchor links point at; ids stay unique.
        const QString id = inText && (side == Left || change.sides[Left].isNull())
            ? QStringLiteral(" id=\"c%1\"").arg(change.id)
            : QString();
        const QString weightClass = weight == ChangeWeight::Strong ? QStringLiteral(" w-strong")
            : weight == ChangeWeight::Light                        ? QStringLiteral(" w-light")
                                                                   : QString();
        QString span = QStringLiteral("<span class=\"%1%2\"%3 title=\"%4\">%5</span>")
                           .arg(cssClass(change.category), weightClass, id,
                                esc(QStringLiteral("%1 · ").arg(change.id) + changeSummary(m_comparison, change)),
                                esc(fragment.text));
        if (change.inQuote)
            span = QStringLiteral("<span class=\"q\">") + span + QStringLiteral("</span>");
        html += span;
    }
    placeLabel();
    return html;
}

QString HtmlWriter::spanHtml(Side side, const Span &span) const
{
    if (span.isNull())
        return QStringLiteral("<span class=\"note\">%1</span>").arg(esc(tr("not in this version")));
    QStringList parts;
    for (const CellParagraph &paragraph : m_model.spanParagraphs(side, span))
        parts << fragments(paragraph.fragments, side, false);
    return parts.join(QStringLiteral("<br>"));
}

void HtmlWriter::pageOne()
{
    m_out += QStringLiteral("<h1>%1</h1>\n<table class=\"grid documents\">\n<tr><th></th><th>%2</th><th>%3</th></tr>\n")
                 .arg(esc(reportTitle()), esc(tr("Left version")), esc(tr("Right version")));
    for (const SummaryField &field : pageOneDocumentFields(m_comparison)) {
        m_out += QStringLiteral("<tr><th>%1</th><td>%2</td><td>%3</td></tr>\n")
                     .arg(esc(field.label), esc(field.values[Left]), esc(field.values[Right]));
    }
    m_out += QStringLiteral("</table>\n<p class=\"figures\"><span>%1</span> <span>%2</span></p>\n")
                 .arg(esc(tr("Meaning kept %1").arg(keptPercent(m_comparison.similarity))),
                      esc(tr("Wording kept %1").arg(keptPercent(m_comparison.wordsKept))));
    m_out += QStringLiteral("<p class=\"note\">%1</p>\n")
                 .arg(esc(tr("Meaning kept counts the words both versions share or say with a synonym or "
                             "another form; wording kept counts only the words they share as written.")));
    const auto severities = m_comparison.countBySeverity();
    const auto quotes = m_comparison.countByQuoteStatus();
    m_out += QStringLiteral("<p class=\"meta\">%1</p>\n")
                 .arg(esc(tr("%1 changes: %2 high, %3 medium, %4 low. Quotations: %5 verbatim, %6 altered, "
                             "%7 missing, %8 added, %9 unquoted.")
                              .arg(m_comparison.changes.size())
                              .arg(severities[int(Severity::High)])
                              .arg(severities[int(Severity::Medium)])
                              .arg(severities[int(Severity::Low)])
                              .arg(quotes[int(QuoteStatus::Verbatim)])
                              .arg(quotes[int(QuoteStatus::Altered)])
                              .arg(quotes[int(QuoteStatus::Missing)])
                              .arg(quotes[int(QuoteStatus::Added)])
                              .arg(quotes[int(QuoteStatus::Unquoted)])));
    findings();
}

QString HtmlWriter::findingTarget(const Finding &finding) const
{
    for (int id : finding.changes) {
        if (id >= 1 && id <= m_comparison.changes.size() && m_model.isShown(id - 1))
            return QStringLiteral("#c%1").arg(id);
    }
    if (finding.quote >= 0 && finding.quote < m_comparison.quotes.size()) {
        const Quote &quote = m_comparison.quotes[finding.quote];
        for (Side side : {Left, Right}) {
            const int row = quote.sides[side].isNull() ? -1 : m_model.rowOfParagraph(side, quote.sides[side].paragraph);
            if (row >= 0)
                return QStringLiteral("#row%1").arg(row);
        }
    }
    return {};
}

void HtmlWriter::findings()
{
    const auto counts = m_comparison.countFindingsBySeverity();
    m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Findings: %1 high, %2 medium")
                                                        .arg(counts[int(Severity::High)])
                                                        .arg(counts[int(Severity::Medium)])));
    if (m_comparison.findings.isEmpty()) {
        m_out += QStringLiteral("<p class=\"note\">%1</p>\n")
                     .arg(esc(tr("No findings: no change of fact, quotation or claim to check.")));
        return;
    }
    QVector<const Finding *> order;
    for (const Finding &finding : m_comparison.findings)
        order << &finding;
    std::stable_sort(order.begin(), order.end(),
                     [](const Finding *a, const Finding *b) { return a->severity > b->severity; });
    m_out += QStringLiteral("<ol class=\"findings\">\n");
    for (const Finding *finding : std::as_const(order)) {
        const QString target = findingTarget(*finding);
        QString gist = QStringLiteral("<span class=\"gist\">%1</span>").arg(esc(findingGist(*finding, 120)));
        if (!target.isEmpty())
            gist = QStringLiteral("<a href=\"%1\">%2</a>").arg(target, gist);
        QStringList ids;
        for (int id : finding->changes) {
            if (id >= 1 && id <= m_comparison.changes.size())
                ids << changeRef(id - 1);
        }
        const PlacedMark *mark = m_options.marks.finding(finding->id - 1);
        m_out += QStringLiteral("<li value=\"%1\" id=\"f%1\"><span class=\"sev\">%2</span> %3: %4%5%6</li>\n")
                     .arg(finding->id)
                     .arg(esc(severityName(finding->severity)), esc(findingKindName(finding->kind)), gist,
                          ids.isEmpty() ? QString()
                                        : QStringLiteral(" <span class=\"meta\">(%1 %2)</span>")
                                              .arg(esc(tr("changes")), ids.join(QLatin1Char(' '))),
                          reviewMark(mark));
    }
    m_out += QStringLiteral("</ol>\n");
}

QString HtmlWriter::cell(const ReportRow &row, int rowIndex, Side side) const
{
    const ReportCell &cell = row.cells[side];
    const QString sideClass = side == Left ? QStringLiteral("left") : QStringLiteral("right");
    const QString label = QStringLiteral("<span class=\"side\">%1</span>")
                              .arg(esc(side == Left ? tr("Left version") : tr("Right version")));
    const QString id = row.movedChange >= 0 ? QString::number(m_comparison.changes[row.movedChange].id)
                                            : QStringLiteral("?");
    if (cell.movedAway) {
        const bool later = row.counterpart > rowIndex;
        const QString text = side == Right
            ? (later ? tr("moved down in the right version, see change %1") : tr("moved up in the right version, see change %1"))
            : (later ? tr("moved down from the left version, see change %1") : tr("moved up from the left version, see change %1"));
        return QStringLiteral("<div class=\"cell gap %1\">%2<a class=\"note\" href=\"#row%3\">%4</a></div>")
            .arg(sideClass, label).arg(row.counterpart).arg(esc(text.arg(id)));
    }
    if (cell.paragraphs.isEmpty()) {
        return QStringLiteral("<div class=\"cell gap %1\">%2<span class=\"note\">%3</span></div>")
            .arg(sideClass, label, esc(side == Left ? tr("not in the left version") : tr("not in the right version")));
    }
    QString html = QStringLiteral("<div class=\"cell %1\">").arg(sideClass);
    if (row.movedChange >= 0) {
        // Links point at a moved change's first half, in left order.
        const bool anchor = side == Left || row.counterpart < 0;
        html = anchor ? QStringLiteral("<div class=\"cell moved %1\" id=\"c%2\">").arg(sideClass, id)
                      : QStringLiteral("<div class=\"cell moved %1\">").arg(sideClass);
    }
    html += label;
    for (const CellParagraph &paragraph : cell.paragraphs)
        html += QStringLiteral("<p>") + fragments(paragraph.fragments, side, true) + QStringLiteral("</p>");
    return html + QStringLiteral("</div>");
}

void HtmlWriter::rows(const ReportProgress &progress)
{
    m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("The two versions side by side")));
    if (m_options.scope == ReportScope::FactChanges)
        m_out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(tr("Changes of fact only: low changes are left unmarked.")));
    m_out += QStringLiteral("<div class=\"texts\">\n<div class=\"head\"><div>%1</div><div>%2</div></div>\n")
                 .arg(esc(m_comparison.documents[Left] ? m_comparison.documents[Left]->displayName() : QString()),
                      esc(m_comparison.documents[Right] ? m_comparison.documents[Right]->displayName() : QString()));
    const auto omitted = [&](int count) {
        if (count > 0) {
            m_out += QStringLiteral("<div class=\"omitted\">%1</div>\n")
                         .arg(esc(count == 1 ? tr("1 unchanged paragraph") : tr("%1 unchanged paragraphs").arg(count)));
        }
    };
    const QVector<ReportRow> &rows = m_model.rows();
    for (int i = 0; i < rows.size(); ++i) {
        const ReportRow &row = rows[i];
        omitted(row.omittedBefore);
        m_out += QStringLiteral("<div class=\"row\" id=\"row%1\" data-layout=\"%2\">%3%4</div>\n")
                     .arg(i).arg(row.layoutRow).arg(cell(row, i, Left), cell(row, i, Right));
        if (progress)
            progress(i + 1, int(rows.size()));
    }
    omitted(m_model.omittedAtEnd());
    m_out += QStringLiteral("</div>\n");
}

void HtmlWriter::quoteAudit()
{
    m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Appendix: quote audit")));
    if (m_comparison.quotes.isEmpty()) {
        m_out += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No quotations found.")));
        return;
    }
    m_out += QStringLiteral("<table class=\"grid rows\">\n<tr><th class=\"kind\">%1</th><th>%2</th><th>%3</th></tr>\n")
                 .arg(esc(tr("Status")), esc(tr("Left version")), esc(tr("Right version")));
    for (const Quote &quote : m_comparison.quotes) {
        QString status = esc(quoteStatusName(quote.status));
        if (!quote.speaker.isEmpty())
            status += QStringLiteral("<br>") + esc(quote.speaker);
        status += QStringLiteral("<br>") + esc(tr("similarity %1").arg(percent(quote.similarity)));
        m_out += QStringLiteral("<tr><td class=\"kind\">%1</td><td>%2</td><td>%3</td></tr>\n")
                     .arg(status, spanHtml(Left, quote.sides[Left]), spanHtml(Right, quote.sides[Right]));
    }
    m_out += QStringLiteral("</table>\n");
}

void HtmlWriter::facts()
{
    m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Facts")));
    int unchanged = 0;
    QString rows;
    for (const Fact &fact : m_comparison.facts) {
        if (fact.status == FactStatus::Same) {
            ++unchanged;
            continue;
        }
        QStringList refs;
        for (int id : fact.changes) {
            if (id >= 1 && id <= m_comparison.changes.size())
                refs << changeRef(id - 1);
        }
        rows += QStringLiteral("<tr><td class=\"kind\">%1<br>%2 %3</td><td>%4</td><td>%5</td></tr>\n")
                    .arg(esc(factKindName(fact.kind)), esc(factStatusName(fact.status)), refs.join(QLatin1Char(' ')),
                         spanHtml(Left, fact.sides[Left]), spanHtml(Right, fact.sides[Right]));
    }
    if (rows.isEmpty()) {
        m_out += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No changed numbers, names, titles or organisations found.")));
    } else {
        m_out += QStringLiteral("<table class=\"grid rows\">\n<tr><th class=\"kind\">%1</th><th>%2</th><th>%3</th></tr>\n%4</table>\n")
                     .arg(esc(tr("Fact")), esc(tr("Left version")), esc(tr("Right version")), rows);
    }
    if (unchanged > 0)
        m_out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(tr("Facts the same in both versions: %1").arg(unchanged)));
}

void HtmlWriter::setAside()
{
    const QVector<AsideEntry> entries = asideEntries(m_comparison);
    if (entries.isEmpty())
        return;
    m_out += QStringLiteral("<h2>%1</h2>\n<p class=\"note\">%2</p>\n<table class=\"grid rows\">\n"
                            "<tr><th class=\"kind\">%3</th><th>%4</th></tr>\n")
                 .arg(esc(tr("Set aside as page clutter")),
                      esc(tr("Left out of the comparison and its figures.")), esc(tr("Version")),
                      esc(tr("Paragraph")));
    for (const AsideEntry &entry : entries) {
        m_out += QStringLiteral("<tr><td class=\"kind\">%1<br>%2<br>%3</td><td>%4</td></tr>\n")
                     .arg(esc(entry.side == Left ? tr("Left version") : tr("Right version")),
                          esc(entry.place), esc(entry.kind), esc(entry.text));
    }
    m_out += QStringLiteral("</table>\n");
}

void HtmlWriter::changeTable()
{
    m_out += QStringLiteral("<h2>%1</h2>\n<table class=\"grid rows\">\n<tr><th class=\"kind\">%2</th><th>%3</th><th>%4</th></tr>\n")
                 .arg(esc(tr("Every change")), esc(tr("Change")), esc(tr("Left version")), esc(tr("Right version")));
    for (int c = 0; c < m_comparison.changes.size(); ++c) {
        const Change &change = m_comparison.changes[c];
        QStringList sides;
        for (Side side : {Left, Right}) {
            sides << (change.sides[side].isNull() ? QStringLiteral("—")
                                                  : esc(m_comparison.spanText(side, change.sides[side]).simplified()));
        }
        m_out += QStringLiteral("<tr><td class=\"kind\">%1<br>%2, %3%4</td><td>%5</td><td>%6</td></tr>\n")
                     .arg(changeRef(c), esc(categoryName(change.category)), esc(severityName(change.severity)),
                          reviewMark(m_options.marks.change(c)), sides[0], sides[1]);
    }
    m_out += QStringLiteral("</table>\n");
}

void HtmlWriter::about()
{
    m_out += QStringLiteral("<h2>%1</h2>\n<table class=\"grid\">\n<tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                 .arg(esc(tr("Legend and options")), esc(tr("Mark")), esc(tr("Meaning")), esc(tr("Count")));
    const auto counts = m_comparison.countByCategory();
    for (int i = 0; i < CategoryCount; ++i) {
        const auto category = static_cast<Category>(i);
        m_out += QStringLiteral("<tr><td><span class=\"%1\">%2</span></td><td>%3</td><td>%4</td></tr>\n")
                     .arg(cssClass(category), esc(categoryName(category)), esc(categoryDescription(category)))
                     .arg(counts[i]);
    }
    m_out += QStringLiteral("</table>\n<p class=\"note\">%1</p>\n")
                 .arg(esc(tr("Words inside a quotation carry a line above. Bold marks and bold red numbers are "
                             "changes of fact and other findings; pale marks are low changes. The number beside "
                             "a line is the change's number.")));
    const QList<SummaryField> documents = documentFields(m_comparison);
    QStringList lines;
    for (int i : {6, 3, 4})
        lines << esc(QStringLiteral("%1: %2 · %3").arg(documents[i].label, documents[i].values[Left], documents[i].values[Right]));
    QStringList options;
    for (const SummaryField &field : optionFields(m_comparison.options, m_options.scope))
        options << esc(field.label) + QStringLiteral(": ") + esc(field.values[0]);
    lines << options.join(QStringLiteral(" · "));
    if (m_options.generated.isValid()) {
        lines << esc(tr("Report made %1").arg(m_options.generated.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    }
    m_out += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(lines.join(QStringLiteral("<br>")));
}

QString HtmlWriter::page(const ReportProgress &progress)
{
    const auto title = [&](Side side) {
        return m_comparison.documents[side] ? m_comparison.documents[side]->title : QString();
    };
    m_out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                           "<title>%2</title>\n<style>\n%3</style>\n</head>\n<body>\n")
                .arg(esc(QLocale().bcp47Name()), esc(tr("%1 compared with %2").arg(title(Left), title(Right))),
                     styleSheet());
    const QString head = m_out;
    m_out = head + body(progress);
    m_out += QStringLiteral("<p class=\"meta\">%1</p>\n</body>\n</html>\n")
                 .arg(esc(tr("Made by recension %1").arg(QStringLiteral(RECENSION_VERSION))));
    return m_out;
}

QString HtmlWriter::body(const ReportProgress &progress)
{
    m_out.clear();
    pageOne();
    rows(progress);
    quoteAudit();
    facts();
    setAside();
    if (m_options.changesTable)
        changeTable();
    about();
    return m_out;
}

} // namespace

QByteArray htmlReport(const Comparison &comparison, const ReportOptions &options,
                      const ReportProgress &progress)
{
    return HtmlWriter(comparison, options).page(progress).toUtf8();
}

QString htmlReportStyleSheet()
{
    return styleSheet();
}

QString htmlReportBody(const Comparison &comparison, const ReportOptions &options,
                       const ReportProgress &progress)
{
    return HtmlWriter(comparison, options).body(progress);
}

} // namespace Recension
