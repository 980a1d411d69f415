#include "specchecker.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace Recension::Test {

namespace {

const QStringList Categories{"inserted", "deleted",     "replaced", "synonym", "inflection",
                             "spelling", "number",      "name",     "speaker", "punctuation",
                             "case",     "moved",       "format",   "polarity", "hedge"};
/// The categories that may remain while a similarity figure reads 1.0.
const QStringList Cosmetic{"case", "punctuation", "format"};
const QStringList Severities{"low", "medium", "high"};
const QStringList QuoteStatuses{"verbatim", "altered", "missing", "added", "unquoted"};
const QStringList LinkKinds{"identical", "modified", "paraphrased", "moved", "deleted", "inserted"};
const QStringList FactKinds{"number", "name", "title", "organisation", "date"};
const QStringList FactStatuses{"same", "changed", "missing", "added"};
const QStringList FindingKinds{"name", "number", "speaker", "polarity", "hedge", "watched", "quote", "claim"};
const QStringList FindingSeverities{"medium", "high"};
const QHash<QString, QString> QuoteSeverity{{"verbatim", "low"},  {"altered", "high"},
                                            {"added", "high"},    {"missing", "medium"},
                                            {"unquoted", "medium"}};

class Checker
{
public:
    QStringList problems;

    void fail(const QString &where, const QString &what) { problems << where + QLatin1String(": ") + what; }

    bool require(const QJsonObject &o, const QString &where, const QString &key,
                 QJsonValue::Type type)
    {
        if (!o.contains(key)) {
            fail(where, QStringLiteral("missing \"%1\"").arg(key));
            return false;
        }
        const QJsonValue::Type actual = o.value(key).type();
        if (actual != type) {
            fail(where, QStringLiteral("\"%1\" has JSON type %2, expected %3").arg(key).arg(actual).arg(type));
            return false;
        }
        return true;
    }

    void integer(const QJsonObject &o, const QString &where, const QString &key, int minimum)
    {
        if (!require(o, where, key, QJsonValue::Double))
            return;
        const double value = o.value(key).toDouble();
        if (value != double(qint64(value)) || value < minimum)
            fail(where, QStringLiteral("\"%1\" = %2 is not an integer >= %3").arg(key).arg(value).arg(minimum));
    }

    void fraction(const QJsonObject &o, const QString &where, const QString &key)
    {
        if (!require(o, where, key, QJsonValue::Double))
            return;
        const double value = o.value(key).toDouble();
        if (value < 0.0 || value > 1.0)
            fail(where, QStringLiteral("\"%1\" = %2 is outside 0..1").arg(key).arg(value));
        // Rounded to 4 decimals: value * 1e4 is (nearly) an integer.
        const double scaled = value * 1e4;
        if (std::abs(scaled - std::round(scaled)) > 1e-6)
            fail(where, QStringLiteral("\"%1\" = %2 has more than 4 decimals").arg(key).arg(value, 0, 'g', 17));
    }

    void enumeration(const QJsonObject &o, const QString &where, const QString &key,
                     const QStringList &allowed)
    {
        if (require(o, where, key, QJsonValue::String) && !allowed.contains(o.value(key).toString()))
            fail(where, QStringLiteral("\"%1\" = \"%2\" is not one of the spec's values")
                            .arg(key, o.value(key).toString()));
    }

    void intArray(const QJsonObject &o, const QString &where, const QString &key)
    {
        if (!require(o, where, key, QJsonValue::Array))
            return;
        for (const QJsonValue &v : o.value(key).toArray()) {
            if (!v.isDouble())
                fail(where, QStringLiteral("\"%1\" holds a non-number").arg(key));
        }
    }

    void counts(const QJsonObject &o, const QString &where, const QString &key,
                const QStringList &names)
    {
        if (!require(o, where, key, QJsonValue::Object))
            return;
        const QJsonObject counts = o.value(key).toObject();
        for (const QString &name : names)
            integer(counts, where + QLatin1Char('.') + key, name, 0);
    }

    /// The optional extension of DOCUMENT (resources/formats/provenance.md): an object of
    /// known, non-empty strings, never empty itself.
    void provenance(const QJsonValue &value, const QString &where)
    {
        if (!value.isObject()) {
            fail(where, QStringLiteral("is not an object"));
            return;
        }
        const QJsonObject o = value.toObject();
        if (o.isEmpty())
            fail(where, QStringLiteral("is empty (it should be left out)"));
        static const QStringList known{QStringLiteral("outlet"), QStringLiteral("url"),
                                       QStringLiteral("published"), QStringLiteral("retrieved")};
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                fail(where, QStringLiteral("has an unknown member %1").arg(it.key()));
            else if (!it.value().isString() || it.value().toString().isEmpty())
                fail(where + QLatin1Char('.') + it.key(), QStringLiteral("is not a non-empty string"));
        }
    }

    /// The document's paragraph texts, for checking spans.
    QStringList document(const QJsonObject &o, const QString &where)
    {
        for (const char *key : {"path", "title", "sha256", "encoding", "language"})
            require(o, where, QString::fromLatin1(key), QJsonValue::String);
        integer(o, where, QStringLiteral("words"), 0);
        if (o.contains(QStringLiteral("provenance")))
            provenance(o.value(QStringLiteral("provenance")), where + QStringLiteral(".provenance"));
        QStringList texts;
        if (!require(o, where, QStringLiteral("paragraphs"), QJsonValue::Array))
            return texts;
        const QJsonArray paragraphs = o.value(QStringLiteral("paragraphs")).toArray();
        for (int i = 0; i < paragraphs.size(); ++i) {
            const QString at = QStringLiteral("%1.paragraphs[%2]").arg(where).arg(i);
            const QJsonObject p = paragraphs.at(i).toObject();
            integer(p, at, QStringLiteral("index"), 0);
            if (p.value(QStringLiteral("index")).toInt() != i)
                fail(at, QStringLiteral("index is not its position"));
            integer(p, at, QStringLiteral("line"), 1);
            integer(p, at, QStringLiteral("lastLine"), 1);
            require(p, at, QStringLiteral("text"), QJsonValue::String);
            texts << p.value(QStringLiteral("text")).toString();
        }
        return texts;
    }

    void span(const QJsonValue &value, const QString &where, const QStringList &paragraphs,
              bool mayRunOn)
    {
        if (value.isNull())
            return;
        if (!value.isObject()) {
            fail(where, QStringLiteral("is neither a SPAN nor null"));
            return;
        }
        const QJsonObject o = value.toObject();
        integer(o, where, QStringLiteral("paragraph"), 0);
        integer(o, where, QStringLiteral("start"), 0);
        integer(o, where, QStringLiteral("end"), 0);
        require(o, where, QStringLiteral("text"), QJsonValue::String);
        const int first = o.value(QStringLiteral("paragraph")).toInt();
        int last = first;
        if (o.contains(QStringLiteral("endParagraph"))) {
            if (!mayRunOn)
                fail(where, QStringLiteral("a change's span must not carry endParagraph"));
            integer(o, where, QStringLiteral("endParagraph"), first + 1);
            last = o.value(QStringLiteral("endParagraph")).toInt();
        }
        if (last >= paragraphs.size()) {
            fail(where, QStringLiteral("paragraph %1 does not exist").arg(last));
            return;
        }
        // Offsets count code points: slice the UCS-4 form of the paragraph text.
        const QList<uint> firstText = paragraphs.at(first).toUcs4();
        const QList<uint> lastText = paragraphs.at(last).toUcs4();
        const int start = o.value(QStringLiteral("start")).toInt();
        const int end = o.value(QStringLiteral("end")).toInt();
        if (start > firstText.size() || end > lastText.size() || (first == last && start > end)) {
            fail(where, QStringLiteral("offsets %1..%2 fall outside the paragraph").arg(start).arg(end));
            return;
        }
        QString expected;
        if (first == last) {
            expected = QString::fromUcs4(reinterpret_cast<const char32_t *>(firstText.constData()) + start,
                                         end - start);
        } else {
            expected = QString::fromUcs4(reinterpret_cast<const char32_t *>(firstText.constData()) + start,
                                         firstText.size() - start);
            for (int p = first + 1; p < last; ++p)
                expected += QLatin1Char('\n') + paragraphs.at(p);
            expected += QLatin1Char('\n')
                + QString::fromUcs4(reinterpret_cast<const char32_t *>(lastText.constData()), end);
        }
        if (o.value(QStringLiteral("text")).toString() != expected)
            fail(where, QStringLiteral("code points %1..%2 select \"%3\", not its text \"%4\"")
                            .arg(start).arg(end).arg(expected, o.value(QStringLiteral("text")).toString()));
    }

    void sides(const QJsonObject &o, const QString &where, const std::array<QStringList, 2> &docs,
               bool mayRunOn)
    {
        for (int side = 0; side < 2; ++side) {
            const QString key = side == 0 ? QStringLiteral("left") : QStringLiteral("right");
            if (!o.contains(key))
                fail(where, QStringLiteral("missing \"%1\" (a SPAN or null)").arg(key));
            else
                span(o.value(key), where + QLatin1Char('.') + key, docs[side], mayRunOn);
        }
    }
    /// Each count of a summary group equals the number of items that carry that value.
    void tally(const QJsonObject &summary, const QString &group, const QJsonArray &items,
               const QString &field, const QStringList &names)
    {
        const QJsonObject counts = summary.value(group).toObject();
        for (const QString &name : names) {
            int actual = 0;
            for (const QJsonValue &item : items)
                actual += item.toObject().value(field).toString() == name ? 1 : 0;
            if (counts.contains(name) && counts.value(name).toInt() != actual)
                fail(QStringLiteral("summary.") + group,
                     QStringLiteral("\"%1\" = %2 but %3 items say so")
                         .arg(name).arg(counts.value(name).toInt()).arg(actual));
        }
    }

    void summary(const QJsonObject &summary, const QJsonObject &root)
    {
        const QString at = QStringLiteral("summary");
        const QJsonArray changes = root.value(QStringLiteral("changes")).toArray();
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        fraction(summary, at, QStringLiteral("similarity"));
        fraction(summary, at, QStringLiteral("wordsKept"));
        integer(summary, at, QStringLiteral("changes"), 0);
        if (summary.value(QStringLiteral("changes")).toInt() != changes.size())
            fail(at, QStringLiteral("changes does not count the change list"));
        counts(summary, at, QStringLiteral("byCategory"), Categories);
        counts(summary, at, QStringLiteral("bySeverity"), Severities);
        counts(summary, at, QStringLiteral("quotes"), QuoteStatuses);
        counts(summary, at, QStringLiteral("findings"), FindingSeverities);
        tally(summary, QStringLiteral("byCategory"), changes, QStringLiteral("category"), Categories);
        tally(summary, QStringLiteral("bySeverity"), changes, QStringLiteral("severity"), Severities);
        tally(summary, QStringLiteral("quotes"), root.value(QStringLiteral("quotes")).toArray(),
              QStringLiteral("status"), QuoteStatuses);
        tally(summary, QStringLiteral("findings"), findings, QStringLiteral("severity"),
              FindingSeverities);

        // Neither figure reads 1.0 while a change other than case, punctuation or format remains.
        for (const char *figure : {"similarity", "wordsKept"}) {
            if (summary.value(QLatin1String(figure)).toDouble() < 1.0)
                continue;
            for (const QJsonValue &change : changes) {
                const QString category = change.toObject().value(QStringLiteral("category")).toString();
                if (!Cosmetic.contains(category)) {
                    fail(at, QStringLiteral("%1 is 1.0 while a %2 change remains")
                                 .arg(QLatin1String(figure), category));
                    break;
                }
            }
        }
    }

    /// Where a finding stands in the left version's reading order: its first change's (or
    /// its quotation's) left span; invalid when it has no left side.
    static std::pair<int, int> leftPosition(const QJsonObject &finding, const QJsonArray &changes,
                                            const QJsonArray &quotes)
    {
        std::pair<int, int> best{-1, -1};
        const auto consider = [&](const QJsonValue &span) {
            if (!span.isObject())
                return;
            const std::pair<int, int> at{span[QStringLiteral("paragraph")].toInt(),
                                         span[QStringLiteral("start")].toInt()};
            if (best.first < 0 || at < best)
                best = at;
        };
        for (const QJsonValue &id : finding.value(QStringLiteral("changes")).toArray())
            consider(changes.at(id.toInt() - 1)[QStringLiteral("left")]);
        if (finding.contains(QStringLiteral("quote")))
            consider(quotes.at(finding.value(QStringLiteral("quote")).toInt())[QStringLiteral("left")]);
        return best;
    }

    void findings(const QJsonObject &root)
    {
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        const QJsonArray changes = root.value(QStringLiteral("changes")).toArray();
        const QJsonArray quotes = root.value(QStringLiteral("quotes")).toArray();
        QString previousSeverity;
        std::pair<int, int> previousPosition{-1, -1};
        for (int i = 0; i < findings.size(); ++i) {
            const QString at = QStringLiteral("findings[%1]").arg(i);
            const QJsonObject finding = findings.at(i).toObject();
            integer(finding, at, QStringLiteral("id"), 1);
            if (finding.value(QStringLiteral("id")).toInt() != i + 1)
                fail(at, QStringLiteral("id is not its position + 1"));
            enumeration(finding, at, QStringLiteral("kind"), FindingKinds);
            enumeration(finding, at, QStringLiteral("severity"), FindingSeverities);
            require(finding, at, QStringLiteral("left"), QJsonValue::String);
            require(finding, at, QStringLiteral("right"), QJsonValue::String);
            intArray(finding, at, QStringLiteral("changes"));
            const QString kind = finding.value(QStringLiteral("kind")).toString();
            bool validReferences = true;
            int previousId = 0;
            for (const QJsonValue &id : finding.value(QStringLiteral("changes")).toArray()) {
                const int change = id.toInt();
                if (change < 1 || change > changes.size() || change <= previousId) {
                    fail(at, QStringLiteral("change %1 does not exist or is out of order").arg(change));
                    validReferences = false;
                    continue;
                }
                previousId = change;
                if (changes.at(change - 1)[QStringLiteral("severity")].toString() == QLatin1String("low"))
                    fail(at, QStringLiteral("lists change %1, which is low").arg(change));
            }
            if (finding.contains(QStringLiteral("quote"))) {
                const int quote = finding.value(QStringLiteral("quote")).toInt(-1);
                if (kind != QLatin1String("quote"))
                    fail(at, QStringLiteral("only a quote finding names a quotation"));
                if (quote < 0 || quote >= quotes.size()) {
                    fail(at, QStringLiteral("quote %1 does not exist").arg(quote));
                    validReferences = false;
                }
            }

            // All high findings first, then medium; within one, the left version's order.
            const QString severity = finding.value(QStringLiteral("severity")).toString();
            if (previousSeverity == QLatin1String("medium") && severity == QLatin1String("high"))
                fail(at, QStringLiteral("a high finding follows a medium one"));
            if (severity != previousSeverity)
                previousPosition = {-1, -1};
            previousSeverity = severity;
            if (!validReferences)
                continue;
            const std::pair<int, int> position = leftPosition(finding, changes, quotes);
            if (position.first < 0)
                continue;
            if (position < previousPosition)
                fail(at, QStringLiteral("stands before the previous finding in the left version"));
            previousPosition = position;
        }
    }
};

} // namespace

QStringList specProblems(const QJsonObject &root)
{
    Checker c;
    const QString top = QStringLiteral("root");
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("recension-comparison"))
        c.fail(top, QStringLiteral("format is not \"recension-comparison\""));
    if (root.value(QStringLiteral("version")).toInt() != 2)
        c.fail(top, QStringLiteral("version is not 2"));
    if (c.require(root, top, QStringLiteral("generator"), QJsonValue::String)
        && !root.value(QStringLiteral("generator")).toString().startsWith(QLatin1String("recension ")))
        c.fail(top, QStringLiteral("generator does not start with \"recension \""));
    if (root.contains(QStringLiteral("generated"))) {
        const QString generated = root.value(QStringLiteral("generated")).toString();
        if (!generated.endsWith(QLatin1Char('Z')) || generated.size() != 20)
            c.fail(top, QStringLiteral("generated \"%1\" is not a UTC ISO time").arg(generated));
    }

    if (c.require(root, top, QStringLiteral("options"), QJsonValue::Object)) {
        const QJsonObject options = root.value(QStringLiteral("options")).toObject();
        const QString at = QStringLiteral("options");
        for (const char *key : {"ignoreCase", "ignorePunctuation", "synonymsUnimportant"})
            c.require(options, at, QString::fromLatin1(key), QJsonValue::Bool);
        c.require(options, at, QStringLiteral("language"), QJsonValue::String);
        if (!options.contains(QStringLiteral("watch"))) {
            c.fail(at, QStringLiteral("missing \"watch\" (an object or null)"));
        } else if (!options.value(QStringLiteral("watch")).isNull()) {
            const QJsonObject watch = options.value(QStringLiteral("watch")).toObject();
            c.integer(watch, at + QStringLiteral(".watch"), QStringLiteral("terms"), 1);
            if (c.require(watch, at + QStringLiteral(".watch"), QStringLiteral("sha256"), QJsonValue::String)
                && watch.value(QStringLiteral("sha256")).toString().contains(QRegularExpression(QStringLiteral("[^0-9a-f]"))))
                c.fail(at + QStringLiteral(".watch"), QStringLiteral("sha256 is not lower-case hex"));
        }
    }

    std::array<QStringList, 2> docs;
    if (c.require(root, top, QStringLiteral("left"), QJsonValue::Object))
        docs[0] = c.document(root.value(QStringLiteral("left")).toObject(), QStringLiteral("left"));
    if (c.require(root, top, QStringLiteral("right"), QJsonValue::Object))
        docs[1] = c.document(root.value(QStringLiteral("right")).toObject(), QStringLiteral("right"));

    for (const char *key : {"alignment", "changes", "quotes", "facts", "findings"})
        c.require(root, top, QString::fromLatin1(key), QJsonValue::Array);
    if (c.require(root, top, QStringLiteral("summary"), QJsonValue::Object))
        c.summary(root.value(QStringLiteral("summary")).toObject(), root);

    const QJsonArray links = root.value(QStringLiteral("alignment")).toArray();
    for (int i = 0; i < links.size(); ++i) {
        const QString at = QStringLiteral("alignment[%1]").arg(i);
        const QJsonObject link = links.at(i).toObject();
        c.enumeration(link, at, QStringLiteral("kind"), LinkKinds);
        c.intArray(link, at, QStringLiteral("left"));
        c.intArray(link, at, QStringLiteral("right"));
        c.fraction(link, at, QStringLiteral("score"));
        const QString kind = link.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("inserted") && !link.value(QStringLiteral("left")).toArray().isEmpty())
            c.fail(at, QStringLiteral("an inserted link has a left side"));
        if (kind == QLatin1String("deleted") && !link.value(QStringLiteral("right")).toArray().isEmpty())
            c.fail(at, QStringLiteral("a deleted link has a right side"));
        if (link.contains(QStringLiteral("sentences")))
            c.require(link, at, QStringLiteral("sentences"), QJsonValue::Array);
    }

    const QJsonArray changes = root.value(QStringLiteral("changes")).toArray();
    for (int i = 0; i < changes.size(); ++i) {
        const QString at = QStringLiteral("changes[%1]").arg(i);
        const QJsonObject change = changes.at(i).toObject();
        c.integer(change, at, QStringLiteral("id"), 1);
        if (change.value(QStringLiteral("id")).toInt() != i + 1)
            c.fail(at, QStringLiteral("id is not its position + 1"));
        c.enumeration(change, at, QStringLiteral("category"), Categories);
        c.enumeration(change, at, QStringLiteral("severity"), Severities);
        c.require(change, at, QStringLiteral("inQuote"), QJsonValue::Bool);
        c.sides(change, at, docs, false);
    }

    const QJsonArray quotes = root.value(QStringLiteral("quotes")).toArray();
    for (int i = 0; i < quotes.size(); ++i) {
        const QString at = QStringLiteral("quotes[%1]").arg(i);
        const QJsonObject quote = quotes.at(i).toObject();
        c.enumeration(quote, at, QStringLiteral("status"), QuoteStatuses);
        c.enumeration(quote, at, QStringLiteral("severity"), Severities);
        const QString status = quote.value(QStringLiteral("status")).toString();
        const QString expected = QuoteSeverity.value(status);
        if (!expected.isEmpty() && quote.value(QStringLiteral("severity")).toString() != expected)
            c.fail(at, QStringLiteral("a quotation %1 is %2").arg(status, expected));
        if (!quote.contains(QStringLiteral("speaker"))
            || !(quote.value(QStringLiteral("speaker")).isString()
                 || quote.value(QStringLiteral("speaker")).isNull()))
            c.fail(at, QStringLiteral("speaker is neither a string nor null"));
        c.fraction(quote, at, QStringLiteral("similarity"));
        c.intArray(quote, at, QStringLiteral("changes"));
        c.sides(quote, at, docs, true);
    }

    const QJsonArray facts = root.value(QStringLiteral("facts")).toArray();
    for (int i = 0; i < facts.size(); ++i) {
        const QString at = QStringLiteral("facts[%1]").arg(i);
        const QJsonObject fact = facts.at(i).toObject();
        c.enumeration(fact, at, QStringLiteral("kind"), FactKinds);
        c.enumeration(fact, at, QStringLiteral("status"), FactStatuses);
        c.intArray(fact, at, QStringLiteral("changes"));
        c.sides(fact, at, docs, true);
    }
    c.findings(root);
    return c.problems;
}

} // namespace Recension::Test
