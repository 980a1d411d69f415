// The fact audit: the numbers, dates, names, titles and organisations of a version and
// their fate in the other, on sentences written for these tests.
#include "comparetesthelpers.h"

using namespace Recension;
using namespace Recension::TestSupport;

Q_DECLARE_METATYPE(Recension::FactKind)
Q_DECLARE_METATYPE(Recension::FactStatus)
Q_DECLARE_METATYPE(Recension::Side)
Q_DECLARE_METATYPE(Recension::Category)

namespace {

QString describeFacts(const Comparison &c)
{
    QStringList lines{describe(c)};
    for (const Fact &fact : c.facts) {
        QStringList ids;
        for (int id : fact.changes)
            ids << QString::number(id);
        lines << QStringLiteral("fact %1 %2 [%3]: «%4» / «%5»")
                     .arg(toString(fact.kind), toString(fact.status), ids.join(QLatin1Char(',')),
                          c.spanText(Left, fact.sides[Left]), c.spanText(Right, fact.sides[Right]));
    }
    return lines.join(QLatin1Char('\n'));
}

/// The fact whose text on `side` is `text`, or null.
const Fact *factWithText(const Comparison &c, Side side, const QString &text)
{
    for (const Fact &fact : c.facts)
        if (c.spanText(side, fact.sides[side]) == text)
            return &fact;
    return nullptr;
}

} // namespace

class TestFactAudit : public QObject
{
    Q_OBJECT
private slots:
    void factsFound_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QString>("text");
        QTest::addColumn<FactKind>("kind");

        const QString sentence = QStringLiteral(
            "On Thursday the Port Authority said that Mayor Ingrid Solberg had ordered "
            "2.5 metres of new wall, 3,600 containers had been moved since January 5, 2022, "
            "and five hundred people had helped.");
        QTest::newRow("weekday") << sentence << QStringLiteral("Thursday") << FactKind::Date;
        QTest::newRow("organisation") << sentence << QStringLiteral("Port Authority") << FactKind::Organisation;
        QTest::newRow("title before a name") << sentence << QStringLiteral("Mayor") << FactKind::Title;
        QTest::newRow("name after a title") << sentence << QStringLiteral("Ingrid Solberg") << FactKind::Name;
        QTest::newRow("decimal with a unit") << sentence << QStringLiteral("2.5 metres") << FactKind::Number;
        QTest::newRow("thousands with a unit") << sentence << QStringLiteral("3,600 containers") << FactKind::Number;
        QTest::newRow("full date") << sentence << QStringLiteral("January 5, 2022") << FactKind::Date;
        QTest::newRow("number words") << sentence << QStringLiteral("five hundred people") << FactKind::Number;
        QTest::newRow("lower-case title before a name")
            << QStringLiteral("The plan came from spokesperson Marta Olsen on Monday.")
            << QStringLiteral("spokesperson") << FactKind::Title;
        QTest::newRow("organisation with of")
            << QStringLiteral("A letter from the Ministry of Fisheries arrived on Monday.")
            << QStringLiteral("Ministry of Fisheries") << FactKind::Organisation;
    }
    void factsFound()
    {
        QFETCH(QString, paragraph);
        QFETCH(QString, text);
        QFETCH(FactKind, kind);
        const ComparisonPtr c = compareParagraphs({paragraph}, {paragraph});
        QVERIFY(c);
        const Fact *fact = factWithText(*c, Left, text);
        QVERIFY2(fact, qPrintable(describeFacts(*c)));
        QCOMPARE(toString(fact->kind), toString(kind));
        QCOMPARE(toString(fact->status), toString(FactStatus::Same));
        QCOMPARE(c->spanText(Right, fact->sides[Right]), text);
        QVERIFY(fact->changes.isEmpty());
    }

    void noFactsInPlainWords()
    {
        const QString plain = QStringLiteral("One of the boats came back and the others stayed out at sea.");
        const ComparisonPtr c = compareParagraphs({plain}, {plain});
        QVERIFY(c);
        QVERIFY2(c->facts.isEmpty(), qPrintable(describeFacts(*c)));
    }

    void fate_data()
    {
        QTest::addColumn<QStringList>("left");
        QTest::addColumn<QStringList>("right");
        QTest::addColumn<Side>("side");
        QTest::addColumn<QString>("text");
        QTest::addColumn<FactStatus>("status");
        QTest::addColumn<Category>("category");
        QTest::addColumn<QString>("otherText");

        QTest::newRow("changed number")
            << QStringList{QStringLiteral("The port moved 3,600 containers last week despite the storm.")}
            << QStringList{QStringLiteral("The port moved 6,300 containers last week despite the storm.")}
            << Left << QStringLiteral("3,600 containers") << FactStatus::Changed << Category::Number
            << QStringLiteral("6,300 containers");
        QTest::newRow("respelled name")
            << QStringList{QStringLiteral("The plan was presented by engineer Marta Olsen to the council.")}
            << QStringList{QStringLiteral("The plan was presented by engineer Marta Olssen to the council.")}
            << Left << QStringLiteral("Marta Olsen") << FactStatus::Changed << Category::Name
            << QStringLiteral("Marta Olssen");
        QTest::newRow("dropped name")
            << QStringList{QStringLiteral("The plan was presented on Monday to the council by engineer Marta Olsen.")}
            << QStringList{QStringLiteral("The plan was presented on Monday to the council.")}
            << Left << QStringLiteral("Marta Olsen") << FactStatus::Missing << Category::Deleted << QString();
        QTest::newRow("name in a dropped paragraph")
            << QStringList{QStringLiteral("The plan was presented on Monday to the council."),
                           QStringLiteral("Fisherman Per Lund had warned about the tide for years.")}
            << QStringList{QStringLiteral("The plan was presented on Monday to the council.")}
            << Left << QStringLiteral("Per Lund") << FactStatus::Missing << Category::Deleted << QString();
        QTest::newRow("name moved in its sentence and respelled")
            << QStringList{QStringLiteral("Last week Harbour Board chair Tomasz Wierzbicki opened the new ferry terminal in the town.")}
            << QStringList{QStringLiteral("Last week the new ferry terminal in the town was opened by Tomasz Wierzbiki, the Harbour Board chair.")}
            << Left << QStringLiteral("Tomasz Wierzbicki") << FactStatus::Changed << Category::Deleted
            << QStringLiteral("Tomasz Wierzbiki");
        QTest::newRow("new organisation")
            << QStringList{QStringLiteral("The plan was presented on Monday to the council.")}
            << QStringList{QStringLiteral("The plan was presented on Monday to the council and the Harbour Authority.")}
            << Right << QStringLiteral("Harbour Authority") << FactStatus::Added << Category::Inserted << QString();
    }
    void fate()
    {
        QFETCH(QStringList, left);
        QFETCH(QStringList, right);
        QFETCH(Side, side);
        QFETCH(QString, text);
        QFETCH(FactStatus, status);
        QFETCH(Category, category);
        QFETCH(QString, otherText);
        const ComparisonPtr c = compareParagraphs(left, right);
        QVERIFY(c);
        const Fact *fact = factWithText(*c, side, text);
        QVERIFY2(fact, qPrintable(describeFacts(*c)));
        QVERIFY2(fact->status == status, qPrintable(describeFacts(*c)));
        QVERIFY2(!fact->changes.isEmpty(), qPrintable(describeFacts(*c)));
        bool found = false;
        for (const Change &change : c->changes)
            found = found || (fact->changes.contains(change.id) && change.category == category);
        QVERIFY2(found, qPrintable(describeFacts(*c)));
        const Side other = otherSide(side);
        QCOMPARE(c->spanText(other, fact->sides[other]), otherText);
        QCOMPARE(fact->sides[other].isNull(), otherText.isNull());
    }

    // The fact list agrees with the changes: a word of a title or a name changed, however
    // close a synonym, makes the fact changed, never the same.
    void changedWordMakesFactChanged_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("otherText");

        QTest::newRow("title's office swapped for a synonym")
            << QStringLiteral("The plan was approved by Health Minister Anna Berg on Monday.")
            << QStringLiteral("The plan was approved by Wellness Minister Anna Berg on Monday.")
            << QStringLiteral("Health Minister") << QStringLiteral("Wellness Minister");
        QTest::newRow("title's office replaced")
            << QStringLiteral("The plan was approved by Trade Minister Anna Berg on Monday.")
            << QStringLiteral("The plan was approved by Commerce Minister Anna Berg on Monday.")
            << QStringLiteral("Trade Minister") << QStringLiteral("Commerce Minister");
        QTest::newRow("word swapped inside an organisation")
            << QStringLiteral("The plan was approved by the Harbour Safety Board on Monday.")
            << QStringLiteral("The plan was approved by the Harbour Security Board on Monday.")
            << QStringLiteral("Harbour Safety Board") << QStringLiteral("Harbour Security Board");
    }
    void changedWordMakesFactChanged()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, text);
        QFETCH(QString, otherText);
        const ComparisonPtr c = compareParagraphs({left}, {right});
        QVERIFY(c);
        const Fact *fact = factWithText(*c, Left, text);
        QVERIFY2(fact, qPrintable(describeFacts(*c)));
        QVERIFY2(fact->status == FactStatus::Changed, qPrintable(describeFacts(*c)));
        QVERIFY2(!fact->changes.isEmpty(), qPrintable(describeFacts(*c)));
        QCOMPARE(c->spanText(Right, fact->sides[Right]), otherText);
    }

    void sameValueWrittenDifferentlyIsSame()
    {
        const ComparisonPtr c = compareParagraphs(
            {QStringLiteral("\"We saw five boats sink,\" the harbour master said on Monday.")},
            {QStringLiteral("\"We saw 5 boats sink,\" the harbour master said on Monday.")});
        QVERIFY(c);
        const Fact *fact = factWithText(*c, Left, QStringLiteral("five boats"));
        QVERIFY2(fact, qPrintable(describeFacts(*c)));
        QCOMPARE(toString(fact->status), toString(FactStatus::Same));
        QCOMPARE(c->spanText(Right, fact->sides[Right]), QStringLiteral("5 boats"));
    }

    void nameMovedWithinItsSentenceIsSame()
    {
        const ComparisonPtr c = compareParagraphs(
            {QStringLiteral("Storms and floods in Norway that have closed roads worried the drivers on Monday.")},
            {QStringLiteral("Storms and floods closed roads in Norway, which worried the drivers on Monday.")});
        QVERIFY(c);
        const Fact *fact = factWithText(*c, Left, QStringLiteral("Norway"));
        QVERIFY2(fact, qPrintable(describeFacts(*c)));
        QVERIFY2(fact->status == FactStatus::Same, qPrintable(describeFacts(*c)));
        QCOMPARE(c->spanText(Right, fact->sides[Right]), QStringLiteral("Norway"));
        for (const Fact &f : c->facts)
            QVERIFY2(f.status != FactStatus::Added, qPrintable(describeFacts(*c)));
    }

    void rightFactsOnlyOnce()
    {
        const QString text = QStringLiteral(
            "Mayor Ingrid Solberg met the Port Authority on Thursday to talk about the wall and the boats.");
        const ComparisonPtr c = compareParagraphs({text}, {text});
        QVERIFY(c);
        for (const Fact &fact : c->facts) {
            QVERIFY(!fact.sides[Left].isNull());
            QCOMPARE(toString(fact.status), toString(FactStatus::Same));
        }
        QVERIFY2(c->facts.size() == 4, qPrintable(describeFacts(*c)));
    }
};

QTEST_GUILESS_MAIN(TestFactAudit)
#include "tst_factaudit.moc"
