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
        "h1, h2, th, .meta, .kind, .note, sup { font-family: 'DejaVu Sans', Arial, sans-serif; }\n"
        "h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #999; }\n"
        "table { border-collapse: collapse; }\n"
        "td, th { vertical-align: top; padding: 0.3em 0.5em; text-align: left; }\n"
        "table.grid td, table.grid th { border: 1px solid #ccc; }\n"
        // A SHA-256 is one 64-letter word: let it wrap rather than widen the page.
        "table.documents { width: 100%; table-layout: fixed; }\n"
        "table.documents th:first-child { width: 7em; }\n"
        "table.documents td { overflow-wrap: anywhere; }\n"
        "table.rows { width: 100%; table-layout: fixed; }\n"
        "table.rows td { border-top: 1px solid #ddd; }\n"
        "table.rows td.kind { width: 7em; color: #666; font-size: 0.8em; }\n"
        "td.gap { background: #f2f2f2; }\n"
        ".note, .elided { color: #666; font-size: 0.85em; font-style: italic; }\n"
        "sup { color: #444; font-size: 0.7em; }\n"
        ".q { text-decoration: overline #444; }\n"
        ".omitted td { text-align: center; color: #666; font-style: italic; }\n"
        "p { margin: 0 0 0.5em 0; }\n"
        ".big { font-size: 1.4em; font-weight: bold; }\n");
    for (int i = 0; i < CategoryCount; ++i) {
        const auto category = static_cast<Category>(i);
        const CategoryStyle style = categoryStyle(category);
        if (style.mark == Mark::SideBar) {
            css += QStringLiteral(".%1, td.moved { %2 }\n")
                       .arg(cssClass(category), markCss(style.mark, style.markColour));
            continue;
        }
        css += QStringLiteral(".%1 { background: %2; %3 }\n")
                   .arg(cssClass(category), style.fill.name(), markCss(style.mark, style.markColour));
    }
    return css;
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

private:
    void summary();
    void quoteAudit();
    void facts();
    void rows(const ReportProgress &progress);

    QString changeRef(int index) const
    {
        return QStringLiteral("<a href=\"#c%1\">#%1</a>").arg(m_comparison.changes[index].id);
    }
    QString fragments(const QVector<Fragment> &fragments, Side side, bool anchors) const;
    QString spanHtml(Side side, const Span &span) const;
    QString cell(const ReportRow &row, int rowIndex, Side side) const;

    const Comparison &m_comparison;
    const ReportOptions &m_options;
    ReportModel m_model;
    QString m_out;
};

QString HtmlWriter::fragments(const QVector<Fragment> &fragments, Side side, bool anchors) const
{
    QString html;
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
        // The left side carries the anchor the index links to; ids stay unique.
        const QString id = anchors && (side == Left || change.sides[Left].isNull())
            ? QStringLiteral(" id=\"c%1\"").arg(change.id)
            : QString();
        QString span = QStringLiteral("<span class=\"%1\"%2 title=\"%3\">%4</span>")
                           .arg(cssClass(change.category), id,
                                esc(changeSummary(m_comparison, change)), esc(fragment.text));
        if (change.inQuote)
            span = QStringLiteral("<span class=\"q\">") + span + QStringLiteral("</span>");
        html += span + QStringLiteral("<sup>#%1</sup>").arg(change.id);
    }
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

void HtmlWriter::summary()
{
    m_out += QStringLiteral("<h1>%1</h1>\n<table class=\"grid documents\">\n<tr><th></th><th>%2</th><th>%3</th></tr>\n")
                 .arg(esc(reportTitle()), esc(tr("Left version")), esc(tr("Right version")));
    for (const SummaryField &field : documentFields(m_comparison)) {
        m_out += QStringLiteral("<tr><th>%1</th><td>%2</td><td>%3</td></tr>\n")
                     .arg(esc(field.label), esc(field.values[Left]), esc(field.values[Right]));
    }
    m_out += QStringLiteral("</table>\n<p class=\"meta\">");
    if (m_options.generated.isValid()) {
        m_out += esc(tr("Report made %1").arg(m_options.generated.toUTC().toString(
                     QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))))
            + QStringLiteral("<br>");
    }
    QStringList options;
    for (const SummaryField &field : optionFields(m_comparison.options, m_options.scope))
        options << esc(field.label) + QStringLiteral(": ") + esc(field.values[0]);
    m_out += options.join(QStringLiteral(" · ")) + QStringLiteral("</p>\n");

    const auto severities = m_comparison.countBySeverity();
    m_out += QStringLiteral("<p><span class=\"big\">%1</span> %2</p>\n")
                 .arg(esc(tr("Similarity %1").arg(percent(m_comparison.similarity))),
                      esc(tr("Changes: %1 (%2 high, %3 medium, %4 low severity)")
                              .arg(m_comparison.changes.size())
                              .arg(severities[int(Severity::High)])
                              .arg(severities[int(Severity::Medium)])
                              .arg(severities[int(Severity::Low)])));

    m_out += QStringLiteral("<h2>%1</h2>\n<table class=\"grid\">\n<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                 .arg(esc(tr("Legend and changes by category")), esc(tr("Mark")), esc(tr("Meaning")),
                      esc(tr("Count")), esc(tr("Changes")));
    const auto counts = m_comparison.countByCategory();
    for (int i = 0; i < CategoryCount; ++i) {
        const auto category = static_cast<Category>(i);
        QStringList refs;
        for (int c = 0; c < m_comparison.changes.size(); ++c) {
            if (m_comparison.changes[c].category == category)
                refs << changeRef(c);
        }
        m_out += QStringLiteral("<tr><td><span class=\"%1\">%2</span></td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                     .arg(cssClass(category), esc(categoryName(category)), esc(categoryDescription(category)))
                     .arg(counts[i])
                     .arg(refs.join(QLatin1Char(' ')));
    }
    m_out += QStringLiteral("</table>\n<p class=\"note\">%1</p>\n")
                 .arg(esc(tr("Words inside a quotation carry a line above. A small #N after a change is its number.")));

    QStringList high;
    for (int c = 0; c < m_comparison.changes.size(); ++c) {
        const Change &change = m_comparison.changes[c];
        if (change.severity == Severity::High)
            high << QStringLiteral("<li>%1 %2</li>").arg(changeRef(c), esc(changeSummary(m_comparison, change)));
    }
    if (!high.isEmpty()) {
        m_out += QStringLiteral("<h2>%1</h2>\n<ul>\n%2\n</ul>\n")
                     .arg(esc(tr("High-severity changes")), high.join(QLatin1Char('\n')));
    }
}

void HtmlWriter::quoteAudit()
{
    m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Quote audit")));
    const auto counts = m_comparison.countByQuoteStatus();
    QStringList parts;
    for (int i = 0; i < QuoteStatusCount; ++i)
        parts << esc(QStringLiteral("%1: %2").arg(quoteStatusName(static_cast<QuoteStatus>(i))).arg(counts[i]));
    m_out += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(parts.join(QStringLiteral(" · ")));
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

QString HtmlWriter::cell(const ReportRow &row, int rowIndex, Side side) const
{
    const ReportCell &cell = row.cells[side];
    const QString id = row.movedChange >= 0 ? QString::number(m_comparison.changes[row.movedChange].id)
                                            : QStringLiteral("?");
    if (cell.movedAway) {
        const bool later = row.counterpart > rowIndex;
        const QString text = side == Right
            ? (later ? tr("moved down in the right version, see change #%1") : tr("moved up in the right version, see change #%1"))
            : (later ? tr("moved down from the left version, see change #%1") : tr("moved up from the left version, see change #%1"));
        return QStringLiteral("<td class=\"gap\"><a class=\"note\" href=\"#row%1\">%2</a></td>")
            .arg(row.counterpart).arg(esc(text.arg(id)));
    }
    if (cell.paragraphs.isEmpty()) {
        return QStringLiteral("<td class=\"gap\"><span class=\"note\">%1</span></td>")
            .arg(esc(side == Left ? tr("not in the left version") : tr("not in the right version")));
    }
    QString html = QStringLiteral("<td>");
    if (row.movedChange >= 0) {
        // The index links to a moved change's first half, in left order.
        const bool anchor = side == Left || row.counterpart < 0;
        html = anchor ? QStringLiteral("<td class=\"moved\" id=\"c%1\">").arg(id)
                      : QStringLiteral("<td class=\"moved\">");
    }
    for (const CellParagraph &paragraph : cell.paragraphs)
        html += QStringLiteral("<p>") + fragments(paragraph.fragments, side, true) + QStringLiteral("</p>");
    return html + QStringLiteral("</td>");
}

void HtmlWriter::rows(const ReportProgress &progress)
{
    m_out += QStringLiteral("<h2>%1</h2>\n<table class=\"rows\">\n<tr><th class=\"kind\"></th><th>%2</th><th>%3</th></tr>\n")
                 .arg(esc(tr("The two versions side by side")),
                      esc(m_comparison.documents[Left] ? m_comparison.documents[Left]->displayName() : QString()),
                      esc(m_comparison.documents[Right] ? m_comparison.documents[Right]->displayName() : QString()));
    const auto omitted = [&](int count) {
        if (count > 0) {
            m_out += QStringLiteral("<tr class=\"omitted\"><td colspan=\"3\">%1</td></tr>\n")
                         .arg(esc(tr("Unchanged passages left out: %1").arg(count)));
        }
    };
    const QVector<ReportRow> &rows = m_model.rows();
    for (int i = 0; i < rows.size(); ++i) {
        const ReportRow &row = rows[i];
        omitted(row.omittedBefore);
        const Link &link = m_comparison.links[row.link];
        const QString kind = link.kind == LinkKind::Identical ? QString() : esc(linkKindName(link.kind));
        m_out += QStringLiteral("<tr id=\"row%1\"><td class=\"kind\">%2</td>%3%4</tr>\n")
                     .arg(i).arg(kind, cell(row, i, Left), cell(row, i, Right));
        if (progress)
            progress(i + 1, int(rows.size()));
    }
    omitted(m_model.omittedAtEnd());
    m_out += QStringLiteral("</table>\n");
}

QString HtmlWriter::page(const ReportProgress &progress)
{
    const auto title = [&](Side side) {
        return m_comparison.documents[side] ? m_comparison.documents[side]->title : QString();
    };
    m_out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<title>%2</title>\n<style>\n%3</style>\n</head>\n<body>\n")
                .arg(esc(QLocale().bcp47Name()), esc(tr("%1 compared with %2").arg(title(Left), title(Right))),
                     styleSheet());
    summary();
    quoteAudit();
    facts();
    rows(progress);
    m_out += QStringLiteral("<p class=\"meta\">%1</p>\n</body>\n</html>\n")
                 .arg(esc(tr("Made by recension %1").arg(QStringLiteral(RECENSION_VERSION))));
    return m_out;
}

} // namespace

QByteArray htmlReport(const Comparison &comparison, const ReportOptions &options,
                      const ReportProgress &progress)
{
    return HtmlWriter(comparison, options).page(progress).toUtf8();
}

} // namespace Recension
