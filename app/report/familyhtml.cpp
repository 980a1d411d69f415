#include "report/familyhtml.h"

#include "report/familytext.h"
#include "report/htmlreport.h"
#include "report/reportstrings.h"

#include <QLocale>

namespace Recension {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *const kFamilyCss =
    "table.family{border-collapse:collapse;margin:.5em 0;font-size:.9em}\n"
    "table.family th,table.family td{border:1px solid #bbb;padding:.25em .4em;vertical-align:top}\n"
    "table.family td.band0{background:#dff3df}table.family td.band1{background:#dde8f8}\n"
    "table.family td.band2{background:#f8ecd5}table.family td.band3{background:#f2f2f2}\n"
    "ul.lineage{line-height:1.5}ul.lineage .evidence{color:#444;font-size:.9em}\n"
    ".family-scroll{overflow-x:auto}\n"
    // On a phone the page breaks words anywhere; a grid's cells keep their words whole
    // and the grid scrolls sideways in its box instead.
    "table.family th,table.family td{overflow-wrap:normal;word-break:normal;min-width:5em}\n"
    "table.family td:first-child,table.family th:first-child{min-width:9em}\n"
    "section.pair{border-top:3px solid #888;margin-top:2em;padding-top:1em}\n";

class FamilyHtml
{
public:
    FamilyHtml(const FamilyAnalysis &family, const ReportOptions &options)
        : m_family(family), m_options(options)
    {
        for (int i = 0; i < family.versions.size(); ++i)
            if (i != family.base)
                m_copies.append(i);
    }

    QString page()
    {
        const QString title = FamilyText::tr("Family of versions: %1")
                                  .arg(m_family.versions[m_family.base]->title);
        m_out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                               "<title>%2</title>\n<style>\n%3%4</style>\n</head>\n<body>\n")
                    .arg(esc(QLocale().bcp47Name()), esc(title), htmlReportStyleSheet(),
                         QString::fromLatin1(kFamilyCss));
        m_out += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
        matrix();
        lineage();
        verdicts();
        quoteGrid();
        factGrid();
        pairs();
        QString meta = esc(FamilyText::tr("Made by recension %1").arg(QStringLiteral(RECENSION_VERSION)));
        if (m_options.generated.isValid())
            meta += QStringLiteral("<br>") + esc(ReportText::tr("Report made %1").arg(
                        m_options.generated.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
        m_out += QStringLiteral("<p class=\"meta\">%1</p>\n</body>\n</html>\n").arg(meta);
        return m_out;
    }

private:
    QString label(int version) const { return esc(versionLabel(m_family, version)); }

    void matrix()
    {
        m_out += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<div class=\"family-scroll\"><table class=\"family matrix\">\n<tr><th></th>")
                     .arg(esc(FamilyText::tr("Every pair")),
                          esc(FamilyText::tr("Meaning kept / wording kept. \u2261 same text, "
                                             "\u2248 same meaning reworded, \u223c partly the same, "
                                             "\u2260 different.")));
        const int n = int(m_family.versions.size());
        for (int c = 0; c < n; ++c)
            m_out += QStringLiteral("<th scope=\"col\" title=\"%1\">V%2</th>").arg(label(c)).arg(c + 1);
        m_out += QStringLiteral("</tr>\n");
        for (int r = 0; r < n; ++r) {
            m_out += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(label(r));
            for (int c = 0; c < n; ++c) {
                const FamilyPair *pair = r == c ? nullptr : m_family.pair(r, c);
                if (!pair || !pair->comparison) {
                    m_out += QStringLiteral("<td>\u2014</td>");
                    continue;
                }
                const double meaning = pair->comparison->similarity;
                const double wording = pair->comparison->wordsKept;
                const KeptBand band = keptBand(meaning, wording);
                m_out += QStringLiteral("<td class=\"band%1\" title=\"%2\">%3 %4</td>")
                             .arg(int(band))
                             .arg(esc(keptSentence(versionLabel(m_family, r), versionLabel(m_family, c),
                                                   meaning, wording)),
                                  keptBandGlyph(band), esc(keptPair(meaning, wording)));
            }
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</table></div>\n");
    }

    void subtree(int version)
    {
        for (const LineageEdge &edge : m_family.lineage.edges) {
            if (edge.parent != version)
                continue;
            m_out += QStringLiteral("<li>%1 (%2) <span class=\"evidence\">\u2190 %3: %4%5</span>")
                         .arg(label(edge.child), esc(verdictName(m_family.verdicts.value(edge.child).kind)),
                              label(edge.parent), esc(edgeEvidence(m_family, edge)),
                              edge.examples.isEmpty() ? QString()
                                  : QStringLiteral("; ") + esc(edge.examples.mid(0, 3).join(QStringLiteral("; "))));
            const qsizetype before = m_out.size();
            m_out += QStringLiteral("<ul>");
            subtree(edge.child);
            if (m_out.size() == before + 4)
                m_out.chop(4);
            else
                m_out += QStringLiteral("</ul>");
            m_out += QStringLiteral("</li>\n");
        }
    }

    void lineage()
    {
        m_out += QStringLiteral("<h2>%1</h2>\n<ul class=\"lineage\"><li>%2 (%3)<ul>\n")
                     .arg(esc(FamilyText::tr("Lineage: which copy was made from which")),
                          label(m_family.base), esc(verdictName(CopyVerdict::Base)));
        subtree(m_family.base);
        m_out += QStringLiteral("</ul></li></ul>\n");
        if (!m_family.lineage.outside.isEmpty()) {
            m_out += QStringLiteral("<p>%1</p>\n<ul>").arg(esc(FamilyText::tr("Not copies of the base (other articles):")));
            for (int version : m_family.lineage.outside)
                m_out += QStringLiteral("<li>%1 (%2)</li>").arg(label(version),
                                                               esc(verdictName(m_family.verdicts.value(version).kind)));
            m_out += QStringLiteral("</ul>\n");
        }
    }

    void verdicts()
    {
        m_out += QStringLiteral("<h2>%1</h2>\n<div class=\"family-scroll\"><table class=\"family\">\n"
                                "<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                     .arg(esc(FamilyText::tr("Verdicts against the base")), esc(FamilyText::tr("Version")),
                          esc(FamilyText::tr("Verdict")), esc(FamilyText::tr("Figures")),
                          esc(FamilyText::tr("Examples")));
        for (int version : m_copies) {
            const Verdict &verdict = m_family.verdicts.value(version);
            m_out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                         .arg(label(version), esc(verdictName(verdict.kind)), esc(verdictFigures(verdict)),
                              esc(verdict.examples.join(QStringLiteral("; "))));
        }
        m_out += QStringLiteral("</table></div>\n");
    }

    void gridHeader(const QString &title, const QString &first, const QString &second)
    {
        m_out += QStringLiteral("<h2>%1</h2>\n<div class=\"family-scroll\"><table class=\"family\">\n<tr><th>%2</th><th>%3</th>")
                     .arg(esc(title), esc(first), esc(second));
        for (int version : m_copies)
            m_out += QStringLiteral("<th scope=\"col\">%1</th>").arg(label(version));
        m_out += QStringLiteral("</tr>\n");
    }

    void quoteGrid()
    {
        gridHeader(FamilyText::tr("Quotations across the family"), FamilyText::tr("Quotation in the base"),
                   FamilyText::tr("Speaker"));
        for (const QuoteRow &quote : m_family.quotes) {
            m_out += QStringLiteral("<tr><td>%1</td><td>%2</td>").arg(esc(quote.text), esc(quote.speaker));
            for (int version : m_copies) {
                QString cell;
                for (const QuoteCell &c : quote.cells)
                    if (c.version == version)
                        cell = quoteCellText(c);
                m_out += QStringLiteral("<td>%1</td>").arg(esc(cell));
            }
            m_out += QStringLiteral("</tr>\n");
        }
        for (const CopyQuote &quote : m_family.copyQuotes) {
            m_out += QStringLiteral("<tr><td>%1</td><td>%2</td>")
                         .arg(esc(FamilyText::tr("only in copies: %1").arg(quote.text)), esc(quote.speaker));
            for (int version : m_copies)
                m_out += QStringLiteral("<td>%1</td>").arg(esc(quote.versions.contains(version)
                                                                   ? FamilyText::tr("has it")
                                                                   : FamilyText::tr("\u2014 not there")));
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</table></div>\n");
    }

    void factGrid()
    {
        gridHeader(FamilyText::tr("Names, numbers and titles across the family"), FamilyText::tr("Kind"),
                   FamilyText::tr("In the base"));
        for (const FactRow &fact : m_family.facts) {
            m_out += QStringLiteral("<tr><td>%1</td><td>%2</td>").arg(esc(factKindName(fact.kind)), esc(fact.text));
            for (int version : m_copies) {
                QString cell;
                for (const FactCell &c : fact.cells)
                    if (c.version == version)
                        cell = factCellText(c);
                m_out += QStringLiteral("<td>%1</td>").arg(esc(cell));
            }
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</table></div>\n");
    }

    void pairs()
    {
        for (int version : m_copies) {
            const FamilyPair *pair = m_family.pair(m_family.base, version);
            if (!pair || !pair->comparison)
                continue;
            QString body = htmlReportBody(*pair->comparison, m_options);
            // Each pair's ids are its own: prefix them so that links stay inside their section.
            // Text is escaped ("&quot;"), so these two sequences occur only in the markup.
            const QString prefix = QStringLiteral("v%1-").arg(version + 1);
            body.replace(QStringLiteral("id=\""), QStringLiteral("id=\"") + prefix);
            body.replace(QStringLiteral("href=\"#"), QStringLiteral("href=\"#") + prefix);
            m_out += QStringLiteral("<section class=\"pair\" id=\"pair-v%1\">\n<h2>%2</h2>\n%3</section>\n")
                         .arg(version + 1)
                         .arg(esc(FamilyText::tr("%1 against the base").arg(versionLabel(m_family, version))),
                              body);
        }
    }

    const FamilyAnalysis &m_family;
    const ReportOptions &m_options;
    QVector<int> m_copies;
    QString m_out;
};

} // namespace

QByteArray familyHtmlReport(const FamilyAnalysis &family, const ReportOptions &options)
{
    return FamilyHtml(family, options).page().toUtf8();
}

} // namespace Recension
