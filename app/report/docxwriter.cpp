#include "report/docxwriter.h"

#include "report/reportmodel.h"
#include "report/reportstrings.h"

#include <QXmlStreamWriter>

#include <algorithm>

#if __has_include("document/ziparchive.h")
#include "document/ziparchive.h"
#define RECENSION_HAS_ZIP 1
#endif

namespace Recension {

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString Author = QStringLiteral("Recension");

enum class RunKind { Plain, Inserted, Deleted };

/// A stretch of one paragraph of the Word document.
struct Run
{
    RunKind kind = RunKind::Plain;
    QString text;
    QVector<int> commentsStarting; ///< findings whose comment range opens before the run
    QVector<int> commentsEnding;   ///< findings whose comment range closes after the run
};

/// One paragraph of the Word document; `mark` tells whether the paragraph itself is new
/// (a passage only the right version has) or gone (only the left has).
struct WordParagraph
{
    RunKind mark = RunKind::Plain;
    QVector<Run> runs;
};

/// Builds the paragraphs: the right version in the layout's order, with the left
/// version's words deleted where they stood.
class TrackedText
{
public:
    TrackedText(const Comparison &comparison)
        : m_comparison(comparison), m_model(comparison, ReportScope::FullText)
    {
        m_findingOfChange.fill(-1, comparison.changes.size());
        for (int f = 0; f < comparison.findings.size(); ++f) {
            const QVector<int> &ids = comparison.findings[f].changes;
            const auto first = std::min_element(ids.cbegin(), ids.cend());
            if (first != ids.cend() && *first >= 1 && *first <= comparison.changes.size()
                && m_findingOfChange[*first - 1] < 0)
                m_findingOfChange[*first - 1] = f;
        }
    }

    QVector<WordParagraph> paragraphs();

private:
    QString text(Side side, int paragraph) const
    {
        const DocumentPtr &doc = m_comparison.documents[side];
        return doc && paragraph >= 0 && paragraph < doc->paragraphs.size() ? doc->paragraphs[paragraph].text
                                                                             : QString();
    }
    WordParagraph whole(Side side, int paragraph, RunKind kind) const
    {
        // A finding in a passage inserted or deleted whole comments on the whole passage,
        // on the right side when its change has one.
        QVector<int> findings;
        for (int c = 0; c < m_findingOfChange.size(); ++c) {
            const Change &change = m_comparison.changes[c];
            const Side shown = change.sides[Right].isNull() ? Left : Right;
            if (m_findingOfChange[c] >= 0 && shown == side && change.sides[side].paragraph == paragraph)
                findings.append(m_findingOfChange[c]);
        }
        return {kind, {{kind, text(side, paragraph), findings, findings}}};
    }
    WordParagraph tracked(int rightParagraph, const QVector<int> &changes) const;

    const Comparison &m_comparison;
    ReportModel m_model;
    QVector<int> m_findingOfChange; ///< the finding a change opens, or -1
};

QVector<WordParagraph> TrackedText::paragraphs()
{
    QVector<WordParagraph> result;
    for (const LayoutRow &row : m_model.layout().rows()) {
        const bool moved = row.kind == LinkKind::Moved;
        if (!row.hasSide(Right) || !row.hasSide(Left) || moved) {
            // A passage one version alone has, or one half of a moved passage: the left
            // half deleted where it stood, the right half inserted where it stands.
            const Side side = row.hasSide(Right) ? Right : Left;
            for (int p : row.paragraphs[side])
                result.append(whole(side, p, side == Right ? RunKind::Inserted : RunKind::Deleted));
            continue;
        }
        // Word changes of the passage, each placed in one right paragraph; a deletion in
        // the right paragraph facing its left one.
        QVector<QVector<int>> perParagraph(row.paragraphs[Right].size());
        for (int c = 0; c < m_comparison.changes.size(); ++c) {
            const Change &change = m_comparison.changes[c];
            if (change.category == Category::Moved)
                continue;
            int slot = -1;
            if (!change.sides[Right].isNull()) {
                slot = int(row.paragraphs[Right].indexOf(change.sides[Right].paragraph));
            } else if (!change.sides[Left].isNull()) {
                const int k = int(row.paragraphs[Left].indexOf(change.sides[Left].paragraph));
                slot = k < 0 ? -1 : std::min(k, int(perParagraph.size()) - 1);
            }
            if (slot >= 0)
                perParagraph[slot].append(c);
        }
        for (int i = 0; i < perParagraph.size(); ++i)
            result.append(tracked(row.paragraphs[Right][i], perParagraph[i]));
    }
    return result;
}

WordParagraph TrackedText::tracked(int rightParagraph, const QVector<int> &changes) const
{
    const QString right = text(Right, rightParagraph);
    // Where each change stands in the right paragraph. A deletion has no right side: it
    // stands after the shared words that follow the nearest change before it on the left.
    struct Placed
    {
        int at = 0;
        int change = 0;
    };
    QVector<Placed> placed;
    for (int c : changes) {
        const Change &change = m_comparison.changes[c];
        if (!change.sides[Right].isNull()) {
            placed.append({change.sides[Right].start, c});
            continue;
        }
        const Span &left = change.sides[Left];
        int at = left.start;
        int nearest = -1;
        for (int o : changes) {
            const Change &other = m_comparison.changes[o];
            const Span &l = other.sides[Left];
            if (o == c || other.sides[Right].isNull() || l.isNull() || l.paragraph != left.paragraph
                || l.end > left.start)
                continue;
            if (nearest < 0 || l.end > m_comparison.changes[nearest].sides[Left].end)
                nearest = o;
        }
        if (nearest >= 0) {
            const Change &n = m_comparison.changes[nearest];
            at = n.sides[Right].end + (left.start - n.sides[Left].end);
        }
        at = std::clamp(at, 0, int(right.size()));
        // Never inside another change's right words.
        for (int o : changes) {
            const Span &r = m_comparison.changes[o].sides[Right];
            if (!r.isNull() && at > r.start && at < r.end)
                at = r.end;
        }
        placed.append({at, c});
    }
    std::stable_sort(placed.begin(), placed.end(), [&](const Placed &a, const Placed &b) {
        if (a.at != b.at)
            return a.at < b.at;
        // At one place a deletion comes before an insertion, as Word shows a replacement.
        return m_comparison.changes[a.change].sides[Right].isNull()
            && !m_comparison.changes[b.change].sides[Right].isNull();
    });

    WordParagraph paragraph;
    int position = 0;
    for (const Placed &p : std::as_const(placed)) {
        const Change &change = m_comparison.changes[p.change];
        const int at = std::max(p.at, position);
        if (at > position)
            paragraph.runs.append({RunKind::Plain, right.mid(position, at - position), {}, {}});
        const int finding = m_findingOfChange[p.change];
        const int firstRun = int(paragraph.runs.size());
        if (!change.sides[Left].isNull())
            paragraph.runs.append({RunKind::Deleted, m_comparison.spanText(Left, change.sides[Left]), {}, {}});
        const Span &r = change.sides[Right];
        if (!r.isNull()) {
            const int end = std::max(r.end, at);
            paragraph.runs.append({RunKind::Inserted, right.mid(at, end - at), {}, {}});
            position = end;
        } else {
            position = at;
        }
        if (finding >= 0 && paragraph.runs.size() > firstRun) {
            paragraph.runs[firstRun].commentsStarting.append(finding);
            paragraph.runs.last().commentsEnding.append(finding);
        }
    }
    if (position < right.size())
        paragraph.runs.append({RunKind::Plain, right.mid(position), {}, {}});
    return paragraph;
}

class DocxXml
{
public:
    DocxXml(const Comparison &comparison, const ReportOptions &options)
        : m_comparison(comparison)
        // Word needs a date on every revision; a fixed one keeps --no-timestamp output stable.
        , m_date((options.generated.isValid() ? options.generated.toUTC()
                                              : QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC))
                     .toString(Qt::ISODate))
    {
    }

    QByteArray document(const QVector<WordParagraph> &paragraphs);
    QByteArray comments() const;

private:
    void revisionAttributes(QXmlStreamWriter &xml)
    {
        xml.writeAttribute(W, QStringLiteral("id"), QString::number(m_nextId++));
        xml.writeAttribute(W, QStringLiteral("author"), Author);
        xml.writeAttribute(W, QStringLiteral("date"), m_date);
    }
    void run(QXmlStreamWriter &xml, const Run &run);

    const Comparison &m_comparison;
    QString m_date;
    int m_nextId = 0;
};

void DocxXml::run(QXmlStreamWriter &xml, const Run &r)
{
    for (int finding : r.commentsStarting) {
        xml.writeEmptyElement(W, QStringLiteral("commentRangeStart"));
        xml.writeAttribute(W, QStringLiteral("id"), QString::number(finding));
    }
    if (r.kind == RunKind::Inserted || r.kind == RunKind::Deleted) {
        xml.writeStartElement(W, r.kind == RunKind::Inserted ? QStringLiteral("ins") : QStringLiteral("del"));
        revisionAttributes(xml);
    }
    xml.writeStartElement(W, QStringLiteral("r"));
    xml.writeStartElement(W, r.kind == RunKind::Deleted ? QStringLiteral("delText") : QStringLiteral("t"));
    xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    xml.writeCharacters(r.text);
    xml.writeEndElement();
    xml.writeEndElement();
    if (r.kind != RunKind::Plain)
        xml.writeEndElement();
    for (int finding : r.commentsEnding) {
        xml.writeEmptyElement(W, QStringLiteral("commentRangeEnd"));
        xml.writeAttribute(W, QStringLiteral("id"), QString::number(finding));
        xml.writeStartElement(W, QStringLiteral("r"));
        xml.writeEmptyElement(W, QStringLiteral("commentReference"));
        xml.writeAttribute(W, QStringLiteral("id"), QString::number(finding));
        xml.writeEndElement();
    }
}

QByteArray DocxXml::document(const QVector<WordParagraph> &paragraphs)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeNamespace(W, QStringLiteral("w"));
    xml.writeStartElement(W, QStringLiteral("document"));
    xml.writeStartElement(W, QStringLiteral("body"));
    for (const WordParagraph &paragraph : paragraphs) {
        xml.writeStartElement(W, QStringLiteral("p"));
        if (paragraph.mark != RunKind::Plain) {
            // The paragraph mark itself is inserted or deleted, so the passage comes or
            // goes whole when the revision is accepted.
            xml.writeStartElement(W, QStringLiteral("pPr"));
            xml.writeStartElement(W, QStringLiteral("rPr"));
            xml.writeEmptyElement(W, paragraph.mark == RunKind::Inserted ? QStringLiteral("ins") : QStringLiteral("del"));
            revisionAttributes(xml);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        for (const Run &r : paragraph.runs)
            run(xml, r);
        xml.writeEndElement();
    }
    xml.writeEmptyElement(W, QStringLiteral("sectPr"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray DocxXml::comments() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeNamespace(W, QStringLiteral("w"));
    xml.writeStartElement(W, QStringLiteral("comments"));
    for (int f = 0; f < m_comparison.findings.size(); ++f) {
        const Finding &finding = m_comparison.findings[f];
        xml.writeStartElement(W, QStringLiteral("comment"));
        xml.writeAttribute(W, QStringLiteral("id"), QString::number(f));
        xml.writeAttribute(W, QStringLiteral("author"), Author);
        xml.writeAttribute(W, QStringLiteral("date"), m_date);
        xml.writeAttribute(W, QStringLiteral("initials"), QStringLiteral("R"));
        xml.writeStartElement(W, QStringLiteral("p"));
        xml.writeStartElement(W, QStringLiteral("r"));
        xml.writeStartElement(W, QStringLiteral("t"));
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        //: a Word comment on a finding: number, kind, severity, then its gist
        xml.writeCharacters(ReportText::tr("Finding %1: %2, %3 severity. %4")
                                .arg(finding.id)
                                .arg(findingKindName(finding.kind), severityName(finding.severity),
                                     findingGist(finding)));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray contentTypes()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/comments.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
        "</Types>\n");
}

QByteArray packageRelationships()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"word/document.xml\"/>"
        "</Relationships>\n");
}

QByteArray documentRelationships()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/comments\" Target=\"comments.xml\"/>"
        "</Relationships>\n");
}

} // namespace

QVector<DocxPart> docxParts(const Comparison &comparison, const ReportOptions &options)
{
    TrackedText text(comparison);
    DocxXml xml(comparison, options);
    const QByteArray document = xml.document(text.paragraphs());
    return {{QStringLiteral("[Content_Types].xml"), contentTypes()},
            {QStringLiteral("_rels/.rels"), packageRelationships()},
            {QStringLiteral("word/document.xml"), document},
            {QStringLiteral("word/_rels/document.xml.rels"), documentRelationships()},
            {QStringLiteral("word/comments.xml"), xml.comments()}};
}

QByteArray docxPackage(const Comparison &comparison, const ReportOptions &options, QString *error)
{
#ifdef RECENSION_HAS_ZIP
    QVector<ZipEntry> entries;
    for (const DocxPart &part : docxParts(comparison, options))
        entries.append({part.name, part.data, true});
    const std::optional<QByteArray> bytes = ZipArchive::write(entries, error);
    return bytes.value_or(QByteArray());
#else
    Q_UNUSED(comparison);
    Q_UNUSED(options);
    if (error)
        *error = ReportText::tr("This build cannot write zip packages, so not a Word file either.");
    return {};
#endif
}

} // namespace Recension
