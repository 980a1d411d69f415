#include "reportfixture.h"

#include "report/pdfreport.h"

#include <QBuffer>

#include <QStringList>

namespace Recension::Test {

namespace {

// Invented text, written for these tests. U+0301 after "u" is a decomposed accent and
// U+1F309 an emoji outside the BMP: both shift code-point offsets against UTF-16.
const QString Decomposed = QStringLiteral("Lu\u0301cia");
const QString Bridge = QString::fromUcs4(U"\U0001F309");

DocumentPtr makeDocument(const QString &path, const QStringList &paragraphs)
{
    auto doc = std::make_shared<Document>();
    doc->path = path;
    doc->title = paragraphs.first();
    doc->encoding = QStringLiteral("UTF-8");
    doc->sha256 = QStringLiteral("%1").arg(path.size(), 64, 10, QLatin1Char('0'));
    int line = 1;
    for (const QString &text : paragraphs) {
        doc->paragraphs.append({text, line, line});
        line += 2;
        doc->wordCount += int(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    }
    return doc;
}

Span wholeParagraph(const Comparison &comparison, Side side, int paragraph)
{
    return {paragraph, 0, int(comparison.documents[side]->paragraphs[paragraph].text.size()), -1};
}

} // namespace

Span findSpan(const Comparison &comparison, Side side, int paragraph, const QString &needle)
{
    const QString &text = comparison.documents[side]->paragraphs[paragraph].text;
    const int at = int(text.indexOf(needle));
    Q_ASSERT(at >= 0);
    return {paragraph, at, at + int(needle.size()), -1};
}

ComparisonPtr handBuiltComparison()
{
    auto c = std::make_shared<Comparison>();
    c->documents[Left] = makeDocument(QStringLiteral("left.txt"), {
        QStringLiteral("Harbour council delays the bridge vote"),
        QStringLiteral("The council of Port Elden %1 postponed its vote on the new bridge until "
                       "March, officials said on Tuesday.").arg(Bridge),
        QStringLiteral("\u201cWe need more time to study the safety report,\u201d said Mayor Ana "
                       "%1 Ferreira.").arg(Decomposed),
        QStringLiteral("Some fifty residents attended the meeting, which lasted three hours."),
        QStringLiteral("The bridge would cost 12 million euros."),
        QStringLiteral("Critics, among them the anglers of \u00abРыбаки\u00bb and the club "
                       "\u00ab\u0391\u03bb\u03b9\u03b5\u03af\u03c2\u00bb, say the plan ignores "
                       "the harbour."),
        QStringLiteral("Readers typed <script> & </b> into the council's comment form."),
        QStringLiteral("The ferry pier is old. Its planks are worn. Repairs began in June. Workers "
                       "replaced the rails. The pier reopens soon.")});
    c->documents[Right] = makeDocument(QStringLiteral("right.txt"), {
        QStringLiteral("Harbour council postpones the bridge vote"),
        QStringLiteral("The council of Port Elden %1 delayed its vote on the new bridge until "
                       "April, officials said on Tuesday.").arg(Bridge),
        QStringLiteral("\u201cWe need more time to study the security report,\u201d said Mayor "
                       "Ana Lucia Ferreira."),
        QStringLiteral("The bridge would cost 15 million euros."),
        QStringLiteral("Some sixty residents attended the meeting, which lasted three hours."),
        QStringLiteral("A ferry service will start in May."),
        QStringLiteral("Readers typed <script> & </b> into the council's comment form."),
        QStringLiteral("The ferry pier is old. Its planks are worn. Repairs started in June. Workers "
                       "replaced the rails. The pier reopens soon.")});
    c->options.synonymsUnimportant = true;
    c->similarity = 0.876543;
    c->wordCounts = {c->documents[Left]->wordCount, c->documents[Right]->wordCount};

    const auto link = [&](LinkKind kind, QVector<int> left, QVector<int> right, double score) {
        Link l;
        l.kind = kind;
        l.paragraphs = {left, right};
        l.score = score;
        c->links.append(l);
    };
    link(LinkKind::Modified, {0}, {0}, 0.8);
    link(LinkKind::Modified, {1}, {1}, 0.9);
    link(LinkKind::Modified, {2}, {2}, 0.85);
    link(LinkKind::Moved, {3}, {4}, 0.95);
    link(LinkKind::Modified, {4}, {3}, 0.9);
    link(LinkKind::Deleted, {5}, {}, 0.0);
    link(LinkKind::Inserted, {}, {5}, 0.0);
    link(LinkKind::Identical, {6}, {6}, 1.0);
    link(LinkKind::Modified, {7}, {7}, 0.95);
    c->links[2].sentences.append({{QVector<int>{0}, QVector<int>{0}}, 0.123456});

    const auto change = [&](Category category, Severity severity, bool inQuote, Span left,
                            Span right, int linkIndex) {
        Change ch;
        ch.id = int(c->changes.size()) + 1;
        ch.category = category;
        ch.severity = severity;
        ch.inQuote = inQuote;
        ch.sides = {left, right};
        ch.link = linkIndex;
        c->changes.append(ch);
    };
    const auto words = [&](Side side, int paragraph, const char *needle) {
        return findSpan(*c, side, paragraph, QString::fromUtf8(needle));
    };
    change(Category::Synonym, Severity::Low, false, words(Left, 0, "delays"),
           words(Right, 0, "postpones"), 0);
    change(Category::Synonym, Severity::Low, false, words(Left, 1, "postponed"),
           words(Right, 1, "delayed"), 1);
    change(Category::Replaced, Severity::Medium, false, words(Left, 1, "March"),
           words(Right, 1, "April"), 1);
    change(Category::Synonym, Severity::High, true, words(Left, 2, "safety"),
           words(Right, 2, "security"), 2);
    change(Category::Name, Severity::High, false, findSpan(*c, Left, 2, Decomposed),
           words(Right, 2, "Lucia"), 2);
    change(Category::Number, Severity::High, false, words(Left, 3, "fifty"),
           words(Right, 4, "sixty"), 3);
    change(Category::Moved, Severity::Medium, false, wholeParagraph(*c, Left, 3),
           wholeParagraph(*c, Right, 4), 3);
    change(Category::Number, Severity::High, false, words(Left, 4, "12"),
           words(Right, 3, "15"), 4);
    change(Category::Deleted, Severity::Medium, false, wholeParagraph(*c, Left, 5), Span{}, 5);
    change(Category::Inserted, Severity::Medium, false, Span{}, wholeParagraph(*c, Right, 5), 6);
    change(Category::Synonym, Severity::Low, false, words(Left, 7, "began"),
           words(Right, 7, "started"), 8);

    Quote quote;
    quote.status = QuoteStatus::Altered;
    quote.speaker = QStringLiteral("Ferreira");
    quote.sides = {words(Left, 2, "We need more time to study the safety report,"),
                   words(Right, 2, "We need more time to study the security report,")};
    quote.similarity = 0.9;
    quote.changes = {4};
    c->quotes.append(quote);

    const auto fact = [&](FactKind kind, FactStatus status, Span left, Span right, int id) {
        Fact f;
        f.kind = kind;
        f.status = status;
        f.sides = {left, right};
        f.changes = {id};
        c->facts.append(f);
    };
    fact(FactKind::Number, FactStatus::Changed, words(Left, 3, "fifty"), words(Right, 4, "sixty"), 6);
    fact(FactKind::Number, FactStatus::Changed, words(Left, 4, "12"), words(Right, 3, "15"), 8);
    fact(FactKind::Name, FactStatus::Changed, findSpan(*c, Left, 2, Decomposed),
         words(Right, 2, "Lucia"), 5);

    return c;
}

ComparisonPtr reportComparison()
{
    auto c = std::make_shared<Comparison>(*handBuiltComparison());
    // High findings first, each in the left version's reading order, then medium ones.
    const auto finding = [&](FindingKind kind, Severity severity, const QString &left,
                             const QString &right, QVector<int> changes, int quoteIndex = -1) {
        Finding f;
        f.id = int(c->findings.size()) + 1;
        f.kind = kind;
        f.severity = severity;
        f.gist = {left, right};
        f.changes = changes;
        f.quote = quoteIndex;
        c->findings.append(f);
    };
    finding(FindingKind::Quote, Severity::High, QStringLiteral("We need more time to study the safety report,"),
            QStringLiteral("We need more time to study the security report,"), {4}, 0);
    finding(FindingKind::Name, Severity::High, Decomposed, QStringLiteral("Lucia"), {5});
    finding(FindingKind::Number, Severity::High, QStringLiteral("fifty"), QStringLiteral("sixty"), {6});
    finding(FindingKind::Number, Severity::High, QStringLiteral("12"), QStringLiteral("15"), {8});
    finding(FindingKind::Hedge, Severity::Medium, QStringLiteral("March"), QStringLiteral("April"), {3});
    finding(FindingKind::Claim, Severity::Medium, QString(), QStringLiteral("A ferry service will start in May."),
            {10});
    c->wordsKept = 0.61;
    return c;
}

ComparisonPtr reportComparisonWithClutter()
{
    auto comparison = std::make_shared<Comparison>(*reportComparison());
    const std::pair<Side, AsideParagraph> aside[] = {
        {Left, {Paragraph{QStringLiteral("Photo: Anna Reyes"), 4, 4}, 2, 2, ClutterKind::PhotoCredit}},
        {Right, {Paragraph{QStringLiteral("Share this article"), 2, 2}, 1, 1, ClutterKind::Share}}};
    for (const auto &[side, paragraph] : aside) {
        auto document = std::make_shared<Document>(*comparison->documents[side]);
        document->setAside.append(paragraph);
        comparison->documents[side] = document;
    }
    return comparison;
}

QByteArray pdfReportBytes(const Comparison &comparison, const ReportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!writePdfReport(comparison, options, &buffer, {}, &error))
        qWarning("%s", qPrintable(error));
    return buffer.data();
}

} // namespace Recension::Test
