#include "comparisonbuilder.h"
#include "ui/view/rowmodel.h"

#include <QTest>

using namespace Recension;
using namespace Recension::Ui;
using Recension::Test::ComparisonBuilder;

Q_DECLARE_METATYPE(Recension::LinkKind)

namespace {

/// One link as test data: "kind:left>right", paragraphs joined by '+', '-' for none.
struct LinkSpec
{
    LinkKind kind;
    QVector<int> left;
    QVector<int> right;
};

QVector<int> parseParagraphs(const QString &text)
{
    QVector<int> result;
    if (text == QLatin1String("-"))
        return result;
    for (const QString &p : text.split(QLatin1Char('+')))
        result.append(p.toInt());
    return result;
}

QString formatParagraphs(const QVector<int> &paragraphs)
{
    if (paragraphs.isEmpty())
        return QStringLiteral("-");
    QStringList parts;
    for (int p : paragraphs)
        parts << QString::number(p);
    return parts.join(QLatin1Char('+'));
}

/// Rows as "left|right", a split row (one side of a link shown on two rows) marked "*".
QStringList describe(const RowModel &model)
{
    QStringList rows;
    for (const Row &row : model.rows()) {
        rows << formatParagraphs(row.paragraphs[Left]) + QLatin1Char('|')
                + formatParagraphs(row.paragraphs[Right])
                + (row.split ? QStringLiteral("*") : QString());
    }
    return rows;
}

QStringList paragraphs(int count)
{
    QStringList result;
    for (int i = 0; i < count; ++i)
        result << QStringLiteral("Paragraph number %1 of the story.").arg(i);
    return result;
}

} // namespace

class TestRowModel : public QObject
{
    Q_OBJECT

private slots:
    void rows_data();
    void rows();
    void everyParagraphOnceInOrder_data() { rows_data(); }
    void everyParagraphOnceInOrder();
    void movedLinkRows();
    void changeRows();
    void emptyComparison();
    void clutterRows_data();
    void clutterRows();
};

void TestRowModel::rows_data()
{
    QTest::addColumn<int>("leftCount");
    QTest::addColumn<int>("rightCount");
    QTest::addColumn<QStringList>("links"); // kind letter, left, right: "i 0 0"
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("identical versions face each other")
        << 3 << 3 << QStringList{"i 0 0", "i 1 1", "i 2 2"}
        << QStringList{"0|0", "1|1", "2|2"};
    QTest::newRow("deleted passage faces a gap")
        << 3 << 2 << QStringList{"i 0 0", "d 1 -", "m 2 1"}
        << QStringList{"0|0", "1|-", "2|1"};
    QTest::newRow("inserted passage faces a gap")
        << 2 << 3 << QStringList{"i 0 0", "n - 1", "p 1 2"}
        << QStringList{"0|0", "-|1", "1|2"};
    QTest::newRow("moved passage stands on two rows, each facing a gap")
        << 4 << 4 << QStringList{"i 0 0", "v 1 3", "i 2 1", "i 3 2"}
        << QStringList{"0|0", "1|-*", "2|1", "3|2", "-|3*"};
    QTest::newRow("merged paragraphs share one row")
        << 3 << 2 << QStringList{"i 0 0", "m 1+2 1"} << QStringList{"0|0", "1+2|1"};
    QTest::newRow("split paragraph shares one row")
        << 2 << 3 << QStringList{"i 0 0", "m 1 1+2"} << QStringList{"0|0", "1|1+2"};
    QTest::newRow("paragraph no link covers still shows")
        << 3 << 3 << QStringList{"i 0 0", "i 2 2"} << QStringList{"0|0", "1|-", "-|1", "2|2"};
    QTest::newRow("link out of order is split like a moved one")
        << 3 << 3 << QStringList{"i 0 2", "i 1 0", "i 2 1"}
        << QStringList{"0|-*", "1|0", "2|1", "-|2*"};
    QTest::newRow("deletion and insertion at one place keep link order")
        << 3 << 3 << QStringList{"i 0 0", "n - 1", "d 1 -", "i 2 2"}
        << QStringList{"0|0", "-|1", "1|-", "2|2"};
}

namespace {

ComparisonPtr buildFrom(int leftCount, int rightCount, const QStringList &links)
{
    ComparisonBuilder builder;
    builder.left(paragraphs(leftCount)).right(paragraphs(rightCount));
    for (const QString &spec : links) {
        const QStringList parts = spec.split(QLatin1Char(' '));
        const QChar k = parts[0].at(0);
        const LinkKind kind = k == 'i' ? LinkKind::Identical
            : k == 'm'                 ? LinkKind::Modified
            : k == 'p'                 ? LinkKind::Paraphrased
            : k == 'v'                 ? LinkKind::Moved
            : k == 'd'                 ? LinkKind::Deleted
                                       : LinkKind::Inserted;
        builder.link(kind, parseParagraphs(parts[1]), parseParagraphs(parts[2]));
    }
    return builder.build();
}

} // namespace

void TestRowModel::rows()
{
    QFETCH(int, leftCount);
    QFETCH(int, rightCount);
    QFETCH(QStringList, links);
    QFETCH(QStringList, expected);
    const RowModel model(*buildFrom(leftCount, rightCount, links));
    QCOMPARE(describe(model), expected);
}

void TestRowModel::everyParagraphOnceInOrder()
{
    QFETCH(int, leftCount);
    QFETCH(int, rightCount);
    QFETCH(QStringList, links);
    const RowModel model(*buildFrom(leftCount, rightCount, links));
    const std::array<int, 2> counts{leftCount, rightCount};
    for (Side side : {Left, Right}) {
        QVector<int> column;
        for (const Row &row : model.rows())
            column += row.paragraphs[side];
        QVector<int> expected;
        for (int p = 0; p < counts[side]; ++p)
            expected.append(p);
        QCOMPARE(column, expected);
        for (int p = 0; p < counts[side]; ++p)
            QVERIFY(model.row(model.rowOfParagraph(side, p)).paragraphs[side].contains(p));
    }
}

void TestRowModel::movedLinkRows()
{
    const RowModel model(*buildFrom(4, 4, {"i 0 0", "v 1 3", "i 2 1", "i 3 2"}));
    QCOMPARE(model.splitLinks(), QVector<int>{1});
    const auto rows = model.rowsOfLink(1);
    QCOMPARE(rows[Left], 1);
    QCOMPARE(rows[Right], 4);
    QVERIFY(!model.row(rows[Left]).hasSide(Right));
    QVERIFY(!model.row(rows[Right]).hasSide(Left));
    QVERIFY(model.row(rows[Right]).kind == LinkKind::Moved);
}

void TestRowModel::changeRows()
{
    ComparisonBuilder builder;
    builder.left({"The title", "Officials said security improved."})
        .right({"The title", "Officials said safety improved.", "A new closing line."})
        .link(LinkKind::Identical, {0}, {0})
        .link(LinkKind::Modified, {1}, {1})
        .link(LinkKind::Inserted, {}, {2})
        .change(Category::Synonym, Severity::Low, 1, "security", 1, "safety")
        .change(Category::Inserted, Severity::Medium, -1, {}, 2, "A new closing line.");
    const ComparisonPtr comparison = builder.build();
    const RowModel model(*comparison);
    QCOMPARE(model.rowsOfChange(comparison->changes[0]), (std::array<int, 2>{1, 1}));
    QCOMPARE(model.rowsOfChange(comparison->changes[1]), (std::array<int, 2>{-1, 2}));
    QCOMPARE(model.indexInCell(Right, 2), 0);
}

void TestRowModel::emptyComparison()
{
    const RowModel model(*buildFrom(0, 0, {}));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOfParagraph(Left, 0), -1);
}

void TestRowModel::clutterRows_data()
{
    QTest::addColumn<QVector<int>>("leftBefore");  // Document::setAside's `before` of each
    QTest::addColumn<QVector<int>>("rightBefore");
    QTest::addColumn<QStringList>("expected");      // aside rows as "a0|a-" (aside indices)
    QTest::newRow("one side's clutter between two passages")
        << QVector<int>{1} << QVector<int>{} << QStringList{"0|0", "a0|a-", "1|1", "2|2"};
    QTest::newRow("both sides' clutter at one place share a row")
        << QVector<int>{1} << QVector<int>{1} << QStringList{"0|0", "a0|a0", "1|1", "2|2"};
    QTest::newRow("a run of clutter at the end")
        << QVector<int>{3, 3} << QVector<int>{} << QStringList{"0|0", "1|1", "2|2", "a0+1|a-"};
    QTest::newRow("clutter above the first row")
        << QVector<int>{} << QVector<int>{0} << QStringList{"a-|a0", "0|0", "1|1", "2|2"};
}

void TestRowModel::clutterRows()
{
    QFETCH(QVector<int>, leftBefore);
    QFETCH(QVector<int>, rightBefore);
    QFETCH(QStringList, expected);
    auto comparison = std::make_shared<Comparison>(
        *buildFrom(3, 3, {"i 0 0", "m 1 1", "i 2 2"}));
    const std::array<QVector<int>, 2> before{leftBefore, rightBefore};
    for (Side side : {Left, Right}) {
        auto document = std::make_shared<Document>(*comparison->documents[side]);
        for (int b : before[side])
            document->setAside.append({Paragraph{QStringLiteral("Share this"), 1, 1}, -1, b, {}});
        comparison->documents[side] = document;
    }
    const RowModel model(*comparison, RowLayout::Clutter::Shown);
    QStringList rows;
    for (const Row &row : model.rows()) {
        if (!row.isAside()) {
            rows << formatParagraphs(row.paragraphs[Left]) + QLatin1Char('|')
                    + formatParagraphs(row.paragraphs[Right]);
            continue;
        }
        QStringList sides;
        for (Side side : {Left, Right})
            sides << QStringLiteral("a") + formatParagraphs(row.aside[side]);
        rows << sides.join(QLatin1Char('|'));
    }
    QCOMPARE(rows, expected);
    // The compared paragraphs keep their rows' order, and a link its rows.
    for (int p = 0; p < 3; ++p)
        QCOMPARE(model.row(model.rowOfParagraph(Left, p)).paragraphs[Left], QVector<int>{p});
    for (int l = 0; l < 3; ++l)
        QCOMPARE(model.rowsOfLink(l)[Left], model.rowOfParagraph(Left, l));
    // Without clutter shown, the rows are the plain layout.
    QCOMPARE(RowModel(*comparison).rowCount(), 3);
}

QTEST_GUILESS_MAIN(TestRowModel)
#include "tst_rowmodel.moc"
