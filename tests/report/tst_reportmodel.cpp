#include "report/reportmodel.h"

#include "reportfixture.h"

#include <QTest>

using namespace Recension;

namespace {

/// A cell written out: shared text as is, a change as [text], context left out as "…".
QString spelled(const ReportCell &cell)
{
    QStringList paragraphs;
    for (const CellParagraph &paragraph : cell.paragraphs) {
        QString text;
        for (const Fragment &f : paragraph.fragments) {
            if (f.elided)
                text += QChar(0x2026);
            else if (f.change >= 0)
                text += QLatin1Char('[') + f.text + QLatin1Char(']');
            else
                text += f.text;
        }
        paragraphs << text;
    }
    return paragraphs.join(QLatin1Char('|'));
}

/// "3 L" for link 3 showing its left side only, "4 LR" for both sides, "5 R" for the right.
QString shape(const ReportRow &row)
{
    QString sides;
    if (!row.cells[Left].movedAway)
        sides += QLatin1Char('L');
    if (!row.cells[Right].movedAway)
        sides += QLatin1Char('R');
    return QStringLiteral("%1 %2").arg(row.link).arg(sides);
}

} // namespace

class TestReportModel : public QObject
{
    Q_OBJECT
private slots:
    void rowOrder_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QStringList>("rows");
        // Link 3 is moved: its left half stands in left order, its right half where its
        // right paragraph (4) stands, after the deleted passage (the row layout's order).
        QTest::newRow("full text")
            << int(ReportScope::FullText)
            << QStringList{"0 LR", "1 LR", "2 LR", "3 L", "4 LR", "5 LR", "3 R", "6 LR", "7 LR", "8 LR"};
        QTest::newRow("changes only leaves the identical passage out")
            << int(ReportScope::ChangesOnly)
            << QStringList{"0 LR", "1 LR", "2 LR", "3 L", "4 LR", "5 LR", "3 R", "6 LR", "8 LR"};
        QTest::newRow("changes of fact only folds passages with low changes alone")
            << int(ReportScope::FactChanges)
            << QStringList{"1 LR", "2 LR", "3 L", "4 LR", "5 LR", "3 R", "6 LR"};
    }
    void rowOrder()
    {
        QFETCH(int, scope);
        QFETCH(QStringList, rows);
        const ComparisonPtr comparison = Test::reportComparison();
        const ReportModel model(*comparison, static_cast<ReportScope>(scope));
        QStringList actual;
        for (const ReportRow &row : model.rows())
            actual << shape(row);
        QCOMPARE(actual, rows);
    }

    void movedHalvesPointAtEachOther()
    {
        const ComparisonPtr comparison = Test::reportComparison();
        const ReportModel model(*comparison, ReportScope::FullText);
        QCOMPARE(model.rows()[3].counterpart, 6);
        QCOMPARE(model.rows()[6].counterpart, 3);
        QCOMPARE(model.rows()[3].movedChange, 6);
        QCOMPARE(model.rows()[6].movedChange, 6);
        QCOMPARE(model.rows()[4].counterpart, -1);
        // The moved change is drawn as a row mark, never inline.
        QCOMPARE(spelled(model.rows()[3].cells[Left]),
                 QStringLiteral("Some [fifty] residents attended the meeting, which lasted three hours."));
    }

    void cells_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("side");
        QTest::addColumn<QString>("text");
        QTest::newRow("two changes in a paragraph")
            << int(ReportScope::FullText) << 1 << int(Left)
            << QStringLiteral("The council of Port Elden %1 [postponed] its vote on the new bridge "
                              "until [March], officials said on Tuesday.")
                   .arg(QString::fromUcs4(U"\U0001F309"));
        QTest::newRow("deleted passage") << int(ReportScope::FullText) << 5 << int(Right) << QString();
        QTest::newRow("a change with a sentence of context either side")
            << int(ReportScope::ChangesOnly) << 8 << int(Left)
            << QStringLiteral("…Its planks are worn. Repairs [began] in June. Workers replaced the rails. …");
        QTest::newRow("full text keeps every sentence")
            << int(ReportScope::FullText) << 9 << int(Right)
            << QStringLiteral("The ferry pier is old. Its planks are worn. Repairs [started] in June. "
                              "Workers replaced the rails. The pier reopens soon.");
        QTest::newRow("changes only keeps an unmatched passage whole")
            << int(ReportScope::ChangesOnly) << 5 << int(Left)
            << QStringLiteral("[Critics, among them the anglers of «Рыбаки» and the club «Αλιείς», say "
                              "the plan ignores the harbour.]");
        QTest::newRow("changes of fact only leaves a low change unmarked")
            << int(ReportScope::FactChanges) << 0 << int(Left)
            << QStringLiteral("The council of Port Elden %1 postponed its vote on the new bridge "
                              "until [March], officials said on Tuesday.")
                   .arg(QString::fromUcs4(U"\U0001F309"));
    }
    void cells()
    {
        QFETCH(int, scope);
        QFETCH(int, row);
        QFETCH(int, side);
        QFETCH(QString, text);
        const ComparisonPtr comparison = Test::reportComparison();
        const ReportModel model(*comparison, static_cast<ReportScope>(scope));
        QCOMPARE(spelled(model.rows()[row].cells[side]), text);
    }

    void omittedParagraphsAreCounted_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<int>("firstBefore");
        QTest::addColumn<int>("lastBefore");
        QTest::addColumn<int>("atEnd");
        QTest::newRow("changes only") << int(ReportScope::ChangesOnly) << 0 << 1 << 0;
        QTest::newRow("changes of fact only") << int(ReportScope::FactChanges) << 1 << 0 << 2;
    }
    void omittedParagraphsAreCounted()
    {
        QFETCH(int, scope);
        QFETCH(int, firstBefore);
        QFETCH(int, lastBefore);
        QFETCH(int, atEnd);
        const ComparisonPtr comparison = Test::reportComparison();
        const ReportModel model(*comparison, static_cast<ReportScope>(scope));
        QCOMPARE(model.rows().first().omittedBefore, firstBefore);
        QCOMPARE(model.rows().last().omittedBefore, lastBefore);
        QCOMPARE(model.omittedAtEnd(), atEnd);
    }

    void findingsAreDrawnStrongerThanLowChanges_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<int>("weight");
        QTest::newRow("a low synonym recedes") << 0 << int(ChangeWeight::Light);
        QTest::newRow("a medium change outside a finding") << 8 << int(ChangeWeight::Normal);
        QTest::newRow("a medium change of a finding") << 2 << int(ChangeWeight::Strong);
        QTest::newRow("a high number") << 5 << int(ChangeWeight::Strong);
    }
    void findingsAreDrawnStrongerThanLowChanges()
    {
        QFETCH(int, change);
        QFETCH(int, weight);
        const ComparisonPtr comparison = Test::reportComparison();
        const ReportModel model(*comparison, ReportScope::FullText);
        QCOMPARE(int(model.weight(change)), weight);
    }

    void quotationFragments()
    {
        const ComparisonPtr comparison = Test::reportComparison();
        const ReportModel model(*comparison, ReportScope::FullText);
        const Quote &quote = comparison->quotes.first();
        ReportCell cell;
        cell.paragraphs = model.spanParagraphs(Right, quote.sides[Right]);
        QCOMPARE(spelled(cell), QStringLiteral("We need more time to study the [security] report,"));
    }
};

QTEST_GUILESS_MAIN(TestReportModel)
#include "tst_reportmodel.moc"
