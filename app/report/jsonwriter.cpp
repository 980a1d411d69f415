#include "report/jsonwriter.h"

#include "compare/quoteaudit.h"
#include "document/clutter.h"
#include "report/codepointtable.h"
#include "report/jsonstream.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Recension {

namespace {

/// Floats keep 4 decimals so that the output does not vary with the last bits of a sum.
double rounded(double value)
{
    return std::round(value * 1e4) / 1e4;
}

/// Enumeration names made once per document written, not once per value.
template<typename Enum, int N>
std::array<QString, N> namesOf()
{
    std::array<QString, N> names;
    for (int i = 0; i < N; ++i)
        names[i] = toString(static_cast<Enum>(i));
    return names;
}

class ComparisonWriter
{
public:
    ComparisonWriter(const Comparison &comparison, JsonStream &out)
        : m_comparison(comparison)
        , m_out(out)
        , m_categories(namesOf<Category, CategoryCount>())
        , m_severities(namesOf<Severity, SeverityCount>())
        , m_quoteStatuses(namesOf<QuoteStatus, QuoteStatusCount>())
    {
        for (Side side : {Left, Right}) {
            if (const DocumentPtr &doc = comparison.documents[side])
                m_tables[side] = CodePointTable(*doc);
        }
    }

    // Keys of every object below are written in alphabetical order (see jsonwriter.h).
    void write(const JsonOptions &options)
    {
        m_out.beginObject();
        m_out.key("alignment");
        writeAlignment();
        m_out.key("changes");
        writeChanges();
        m_out.key("facts");
        writeFacts();
        m_out.key("findings");
        writeFindings();
        m_out.key("format");
        m_out.value(QStringView(u"recension-comparison"));
        if (options.generated.isValid()) {
            m_out.key("generated");
            m_out.value(options.generated.toUTC().toString(Qt::ISODate));
        }
        m_out.key("generator");
        m_out.value(QStringLiteral("recension " RECENSION_VERSION));
        m_out.key("left");
        writeDocument(m_comparison.documents[Left]);
        m_out.key("options");
        writeOptions();
        m_out.key("quotes");
        writeQuotes();
        m_out.key("right");
        writeDocument(m_comparison.documents[Right]);
        m_out.key("summary");
        writeSummary();
        m_out.key("version");
        m_out.value(2);
        m_out.endObject();
    }

private:
    void intArray(const QVector<int> &values)
    {
        m_out.beginArray();
        for (int value : values)
            m_out.value(value);
        m_out.endArray();
    }

    /// The counts of an enumeration keyed by its names, which sort differently from its values.
    template<std::size_t N>
    void counts(const std::array<QString, N> &names, const std::array<int, N> &values)
    {
        std::array<int, N> order;
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return names[a] < names[b]; });
        m_out.beginObject();
        for (int i : order) {
            const QByteArray key = names[i].toLatin1();
            m_out.key(std::string_view(key.constData(), size_t(key.size())));
            m_out.value(values[i]);
        }
        m_out.endObject();
    }

    void writeDocument(const DocumentPtr &document)
    {
        static const Document empty;
        const Document &doc = document ? *document : empty;
        m_out.beginObject();
        m_out.key("encoding");
        m_out.value(doc.encoding);
        m_out.key("language");
        m_out.value(doc.language);
        m_out.key("paragraphs");
        m_out.beginArray();
        for (int i = 0; i < doc.paragraphs.size(); ++i) {
            const Paragraph &p = doc.paragraphs[i];
            m_out.beginObject();
            m_out.key("index");
            m_out.value(i);
            m_out.key("lastLine");
            m_out.value(p.lastLine);
            // Only a paginated source (PDF) adds its pages; other outputs stay as they were.
            if (p.page > 0) {
                m_out.key("lastPage");
                m_out.value(p.lastPage);
            }
            m_out.key("line");
            m_out.value(p.line);
            if (p.page > 0) {
                m_out.key("page");
                m_out.value(p.page);
            }
            m_out.key("text");
            m_out.value(p.text);
            m_out.endObject();
        }
        m_out.endArray();
        m_out.key("path");
        m_out.value(doc.path);
        if (!doc.provenance.isEmpty()) {
            // An optional extension of DOCUMENT (resources/formats/provenance.md): the
            // keys in the order of the others, only those known.
            m_out.key("provenance");
            m_out.beginObject();
            const std::array<std::pair<std::string_view, const QString *>, 4> fields{{
                {"outlet", &doc.provenance.outlet},
                {"published", &doc.provenance.published},
                {"retrieved", &doc.provenance.retrieved},
                {"url", &doc.provenance.url},
            }};
            for (const auto &[key, value] : fields) {
                if (value->isEmpty())
                    continue;
                m_out.key(key);
                m_out.value(*value);
            }
            m_out.endObject();
        }
        // Added field: the page clutter set aside, only when there is some.
        if (!doc.setAside.isEmpty()) {
            m_out.key("setAside");
            m_out.beginArray();
            for (const AsideParagraph &aside : doc.setAside) {
                m_out.beginObject();
                m_out.key("before");
                m_out.value(aside.before);
                m_out.key("kind");
                m_out.value(toString(aside.kind));
                m_out.key("lastLine");
                m_out.value(aside.paragraph.lastLine);
                m_out.key("line");
                m_out.value(aside.paragraph.line);
                m_out.key("text");
                m_out.value(aside.paragraph.text);
                m_out.endObject();
            }
            m_out.endArray();
        }
        m_out.key("sha256");
        m_out.value(doc.sha256);
        m_out.key("title");
        m_out.value(doc.title);
        m_out.key("words");
        m_out.value(doc.wordCount);
        m_out.endObject();
    }

    void writeOptions()
    {
        const CompareOptions &options = m_comparison.options;
        m_out.beginObject();
        m_out.key("ignoreCase");
        m_out.value(options.ignoreCase);
        m_out.key("ignorePunctuation");
        m_out.value(options.ignorePunctuation);
        m_out.key("language");
        m_out.value(options.language);
        m_out.key("synonymsUnimportant");
        m_out.value(options.synonymsUnimportant);
        m_out.key("watch");
        if (options.watch.isEmpty()) {
            m_out.null();
        } else {
            m_out.beginObject();
            m_out.key("sha256");
            m_out.value(QString::fromLatin1(options.watch.sha256));
            m_out.key("terms");
            m_out.value(int(options.watch.terms.size()));
            m_out.endObject();
        }
        m_out.endObject();
    }

    void writeSummary()
    {
        const Comparison &c = m_comparison;
        const auto findings = c.countFindingsBySeverity();
        m_out.beginObject();
        m_out.key("byCategory");
        counts(m_categories, c.countByCategory());
        m_out.key("bySeverity");
        counts(m_severities, c.countBySeverity());
        m_out.key("changes");
        m_out.value(int(c.changes.size()));
        m_out.key("findings");
        m_out.beginObject();
        m_out.key("high");
        m_out.value(findings[int(Severity::High)]);
        m_out.key("medium");
        m_out.value(findings[int(Severity::Medium)]);
        m_out.endObject();
        m_out.key("quotes");
        counts(m_quoteStatuses, c.countByQuoteStatus());
        m_out.key("similarity");
        m_out.value(rounded(c.similarity));
        m_out.key("wordsKept");
        m_out.value(rounded(c.wordsKept));
        m_out.endObject();
    }

    void writeAlignment()
    {
        static const std::array<QString, 6> kinds = namesOf<LinkKind, 6>();
        m_out.beginArray();
        for (const Link &link : m_comparison.links) {
            m_out.beginObject();
            m_out.key("kind");
            m_out.value(kinds[int(link.kind)]);
            m_out.key("left");
            intArray(link.paragraphs[Left]);
            m_out.key("right");
            intArray(link.paragraphs[Right]);
            m_out.key("score");
            m_out.value(rounded(link.score));
            if (!link.sentences.isEmpty()) {
                m_out.key("sentences");
                m_out.beginArray();
                for (const SentenceLink &sentence : link.sentences) {
                    m_out.beginObject();
                    m_out.key("left");
                    intArray(sentence.sentences[Left]);
                    m_out.key("right");
                    intArray(sentence.sentences[Right]);
                    m_out.key("score");
                    m_out.value(rounded(sentence.score));
                    m_out.endObject();
                }
                m_out.endArray();
            }
            m_out.endObject();
        }
        m_out.endArray();
    }

    /// A SPAN or null. Mirrors Comparison::spanText (clamped, paragraphs joined by a
    /// line feed) without building the string.
    void span(Side side, const Span &span)
    {
        const DocumentPtr &doc = m_comparison.documents[side];
        if (span.isNull() || !doc) {
            m_out.null();
            return;
        }
        const QVector<Paragraph> &paragraphs = doc->paragraphs;
        const int count = int(paragraphs.size());
        const int last = span.lastParagraph();
        const CodePointTable &table = m_tables[side];
        m_out.beginObject();
        m_out.key("end");
        m_out.value(table.codePoint(last, span.end));
        if (last != span.paragraph) {
            m_out.key("endParagraph");
            m_out.value(last);
        }
        m_out.key("paragraph");
        m_out.value(span.paragraph);
        m_out.key("start");
        m_out.value(table.codePoint(span.paragraph, span.start));
        m_out.key("text");
        m_out.beginString();
        if (span.paragraph < count) {
            const QStringView first(paragraphs[span.paragraph].text);
            const auto clamp = [](int value, qsizetype size) {
                return std::clamp<qsizetype>(value, 0, size);
            };
            if (last == span.paragraph) {
                const qsizetype from = clamp(span.start, first.size());
                m_out.stringPiece(first.mid(from, clamp(span.end - span.start, first.size() - from)));
            } else {
                m_out.stringPiece(first.mid(clamp(span.start, first.size())));
                for (int p = span.paragraph + 1; p < last && p < count; ++p) {
                    m_out.stringPiece(u"\n");
                    m_out.stringPiece(paragraphs[p].text);
                }
                if (last < count) {
                    const QStringView end(paragraphs[last].text);
                    m_out.stringPiece(u"\n");
                    m_out.stringPiece(end.left(clamp(span.end, end.size())));
                }
            }
        }
        m_out.endString();
        m_out.endObject();
    }

    /// "left" and "right", adjacent in the alphabetical order of every object that has them.
    void sides(const std::array<Span, 2> &spans)
    {
        m_out.key("left");
        span(Left, spans[Left]);
        m_out.key("right");
        span(Right, spans[Right]);
    }

    void writeChanges()
    {
        m_out.beginArray();
        for (const Change &change : m_comparison.changes) {
            m_out.beginObject();
            m_out.key("category");
            m_out.value(m_categories[int(change.category)]);
            m_out.key("id");
            m_out.value(change.id);
            m_out.key("inQuote");
            m_out.value(change.inQuote);
            sides(change.sides);
            m_out.key("severity");
            m_out.value(m_severities[int(change.severity)]);
            m_out.endObject();
        }
        m_out.endArray();
    }

    void writeQuotes()
    {
        m_out.beginArray();
        for (const Quote &quote : m_comparison.quotes) {
            m_out.beginObject();
            m_out.key("changes");
            intArray(quote.changes);
            sides(quote.sides);
            m_out.key("severity");
            m_out.value(m_severities[int(quoteSeverity(quote.status))]);
            m_out.key("similarity");
            m_out.value(rounded(quote.similarity));
            m_out.key("speaker");
            if (quote.speaker.isEmpty())
                m_out.null();
            else
                m_out.value(quote.speaker);
            m_out.key("status");
            m_out.value(m_quoteStatuses[int(quote.status)]);
            m_out.endObject();
        }
        m_out.endArray();
    }

    void writeFacts()
    {
        static const std::array<QString, 5> kinds = namesOf<FactKind, 5>();
        static const std::array<QString, 4> statuses = namesOf<FactStatus, 4>();
        m_out.beginArray();
        for (const Fact &fact : m_comparison.facts) {
            m_out.beginObject();
            m_out.key("changes");
            intArray(fact.changes);
            m_out.key("kind");
            m_out.value(kinds[int(fact.kind)]);
            sides(fact.sides);
            m_out.key("status");
            m_out.value(statuses[int(fact.status)]);
            m_out.endObject();
        }
        m_out.endArray();
    }

    void writeFindings()
    {
        static const std::array<QString, FindingKindCount> kinds =
            namesOf<FindingKind, FindingKindCount>();
        m_out.beginArray();
        for (const Finding &finding : m_comparison.findings) {
            m_out.beginObject();
            m_out.key("changes");
            intArray(finding.changes);
            m_out.key("id");
            m_out.value(finding.id);
            m_out.key("kind");
            m_out.value(kinds[int(finding.kind)]);
            m_out.key("left");
            m_out.value(finding.gist[Left]);
            if (finding.quote >= 0) {
                m_out.key("quote");
                m_out.value(finding.quote);
            }
            m_out.key("right");
            m_out.value(finding.gist[Right]);
            m_out.key("severity");
            m_out.value(m_severities[int(finding.severity)]);
            m_out.endObject();
        }
        m_out.endArray();
    }

    const Comparison &m_comparison;
    JsonStream &m_out;
    const std::array<QString, CategoryCount> m_categories;
    const std::array<QString, SeverityCount> m_severities;
    const std::array<QString, QuoteStatusCount> m_quoteStatuses;
    std::array<CodePointTable, 2> m_tables;
};

} // namespace

QJsonObject provenanceToJson(const Provenance &provenance)
{
    QJsonObject object;
    const std::array<std::pair<QString, const QString *>, 4> fields{{
        {QStringLiteral("outlet"), &provenance.outlet},
        {QStringLiteral("url"), &provenance.url},
        {QStringLiteral("published"), &provenance.published},
        {QStringLiteral("retrieved"), &provenance.retrieved},
    }};
    for (const auto &[key, value] : fields) {
        if (!value->isEmpty())
            object.insert(key, *value);
    }
    return object;
}

QJsonObject documentToJson(const Document &document)
{
    QJsonArray paragraphs;
    for (int i = 0; i < document.paragraphs.size(); ++i) {
        const Paragraph &p = document.paragraphs[i];
        QJsonObject paragraph{{QStringLiteral("index"), i},
                              {QStringLiteral("line"), p.line},
                              {QStringLiteral("lastLine"), p.lastLine},
                              {QStringLiteral("text"), p.text}};
        if (p.page > 0) {
            paragraph.insert(QStringLiteral("page"), p.page);
            paragraph.insert(QStringLiteral("lastPage"), p.lastPage);
        }
        paragraphs.append(paragraph);
    }
    QJsonObject object{{QStringLiteral("path"), document.path},
                       {QStringLiteral("title"), document.title},
                       {QStringLiteral("sha256"), document.sha256},
                       {QStringLiteral("encoding"), document.encoding},
                       {QStringLiteral("language"), document.language},
                       {QStringLiteral("words"), document.wordCount},
                       {QStringLiteral("paragraphs"), paragraphs}};
    if (!document.provenance.isEmpty())
        object.insert(QStringLiteral("provenance"), provenanceToJson(document.provenance));
    return object;
}

QByteArray comparisonToJsonBytes(const Comparison &comparison, const JsonOptions &options)
{
    JsonStream out;
    ComparisonWriter(comparison, out).write(options);
    out.finish();
    return out.takeBytes();
}

bool writeComparisonJson(const Comparison &comparison, const JsonOptions &options,
                         QIODevice *device)
{
    JsonStream out(device);
    ComparisonWriter(comparison, out).write(options);
    return out.finish();
}

} // namespace Recension
