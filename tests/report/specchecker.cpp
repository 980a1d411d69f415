#include "specchecker.h"

#include <QJsonArray>

#include <cmath>

namespace Recension::Test {

namespace {

const QStringList Categories{"inserted", "deleted", "replaced", "synonym", "inflection", "spelling",
                             "number", "name", "speaker", "punctuation", "case", "moved"};
const QStringList Severities{"low", "medium", "high"};
const QStringList QuoteStatuses{"verbatim", "altered", "missing", "added", "unquoted"};
const QStringList LinkKinds{"identical", "modified", "paraphrased", "moved", "deleted", "inserted"};
const QStringList FactKinds{"number", "name", "title", "organisation", "date"};
const QStringList FactStatuses{"same", "changed", "missing", "added"};

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

    /// The document's paragraph texts, for checking spans.
    QStringList document(const QJsonObject &o, const QString &where)
    {
        for (const char *key : {"path", "title", "sha256", "encoding", "language"})
            require(o, where, QString::fromLatin1(key), QJsonValue::String);
        integer(o, where, QStringLiteral("words"), 0);
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
};

} // namespace

QStringList specProblems(const QJsonObject &root)
{
    Checker c;
    const QString top = QStringLiteral("root");
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("recension-comparison"))
        c.fail(top, QStringLiteral("format is not \"recension-comparison\""));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        c.fail(top, QStringLiteral("version is not 1"));
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
        for (const char *key : {"ignoreCase", "ignorePunctuation", "synonymsUnimportant"})
            c.require(options, QStringLiteral("options"), QString::fromLatin1(key), QJsonValue::Bool);
        c.require(options, QStringLiteral("options"), QStringLiteral("language"), QJsonValue::String);
    }

    std::array<QStringList, 2> docs;
    if (c.require(root, top, QStringLiteral("left"), QJsonValue::Object))
        docs[0] = c.document(root.value(QStringLiteral("left")).toObject(), QStringLiteral("left"));
    if (c.require(root, top, QStringLiteral("right"), QJsonValue::Object))
        docs[1] = c.document(root.value(QStringLiteral("right")).toObject(), QStringLiteral("right"));

    const QJsonArray changes = root.value(QStringLiteral("changes")).toArray();
    if (c.require(root, top, QStringLiteral("summary"), QJsonValue::Object)) {
        const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
        const QString at = QStringLiteral("summary");
        c.fraction(summary, at, QStringLiteral("similarity"));
        c.integer(summary, at, QStringLiteral("changes"), 0);
        if (summary.value(QStringLiteral("changes")).toInt() != changes.size())
            c.fail(at, QStringLiteral("changes does not count the change list"));
        c.counts(summary, at, QStringLiteral("byCategory"), Categories);
        c.counts(summary, at, QStringLiteral("bySeverity"), Severities);
        c.counts(summary, at, QStringLiteral("quotes"), QuoteStatuses);
    }

    if (c.require(root, top, QStringLiteral("alignment"), QJsonValue::Array)) {
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
    }

    if (c.require(root, top, QStringLiteral("changes"), QJsonValue::Array)) {
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
    }

    if (c.require(root, top, QStringLiteral("quotes"), QJsonValue::Array)) {
        const QJsonArray quotes = root.value(QStringLiteral("quotes")).toArray();
        for (int i = 0; i < quotes.size(); ++i) {
            const QString at = QStringLiteral("quotes[%1]").arg(i);
            const QJsonObject quote = quotes.at(i).toObject();
            c.enumeration(quote, at, QStringLiteral("status"), QuoteStatuses);
            if (!quote.contains(QStringLiteral("speaker"))
                || !(quote.value(QStringLiteral("speaker")).isString()
                     || quote.value(QStringLiteral("speaker")).isNull()))
                c.fail(at, QStringLiteral("speaker is neither a string nor null"));
            c.fraction(quote, at, QStringLiteral("similarity"));
            c.intArray(quote, at, QStringLiteral("changes"));
            c.sides(quote, at, docs, true);
        }
    }

    if (c.require(root, top, QStringLiteral("facts"), QJsonValue::Array)) {
        const QJsonArray facts = root.value(QStringLiteral("facts")).toArray();
        for (int i = 0; i < facts.size(); ++i) {
            const QString at = QStringLiteral("facts[%1]").arg(i);
            const QJsonObject fact = facts.at(i).toObject();
            c.enumeration(fact, at, QStringLiteral("kind"), FactKinds);
            c.enumeration(fact, at, QStringLiteral("status"), FactStatuses);
            c.intArray(fact, at, QStringLiteral("changes"));
            c.sides(fact, at, docs, true);
        }
    }
    return c.problems;
}

} // namespace Recension::Test
