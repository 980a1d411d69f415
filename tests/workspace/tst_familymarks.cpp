// Review marks placed on a family (the harbour story's sample versions): a tally per pair
// whichever way round the mark was set, the quotation and fact cells each mark touches, and
// nothing for a mark whose words are gone.
#include "document/documentloader.h"
#include "workspace/familymarks.h"

#include <QtTest>

using namespace Recension;

namespace {

enum Version { Original, Spun, Condensed };

DocumentPtr load(const QString &name)
{
    return loadDocument(QStringLiteral(RECENSION_SAMPLES "/") + name, {}).document;
}

const FamilyAnalysis &family()
{
    static const FamilyPtr analysed = analyseFamily(
        {load(QStringLiteral("harbour-original.txt")), load(QStringLiteral("harbour-spun.txt")),
         load(QStringLiteral("harbour-condensed.txt"))},
        Original, CompareOptions{});
    return *analysed;
}

/// The index of the first change whose left words are `left`, or -1.
int changeWithLeft(const Comparison &c, const QString &left)
{
    for (int i = 0; i < c.changes.size(); ++i)
        if (c.spanText(Left, c.changes[i].sides[Left]) == left)
            return i;
    return -1;
}

int rowOfFact(const FamilyAnalysis &f, const QString &text)
{
    for (int row = 0; row < f.facts.size(); ++row)
        if (f.facts[row].text.contains(text))
            return row;
    return -1;
}

} // namespace

class TestFamilyMarks : public QObject
{
    Q_OBJECT

private slots:
    void noMarksPlaceNothing();
    void markCountsOnItsPairEitherWay_data();
    void markCountsOnItsPairEitherWay();
    void markOnAFigureShowsInItsFactCell();
    void markWhoseWordsAreGoneIsNotCounted();
    void signsAndSentences();
};

void TestFamilyMarks::noMarksPlaceNothing()
{
    const FamilyMarks placed = FamilyMarks::place(family(), ReviewMarks());
    QVERIFY(placed.isEmpty());
    QVERIFY(placed.pair(Original, Spun).isEmpty());
}

void TestFamilyMarks::markCountsOnItsPairEitherWay_data()
{
    QTest::addColumn<bool>("swapped");
    QTest::newRow("set with the base on the left") << false;
    QTest::newRow("set with the sides swapped") << true;
}

void TestFamilyMarks::markCountsOnItsPairEitherWay()
{
    QFETCH(bool, swapped);
    const Comparison &c = *family().pair(Original, Condensed)->comparison;
    const int figure = changeWithLeft(c, QStringLiteral("14"));
    QVERIFY(figure >= 0);
    ReviewMarks marks;
    marks.markChange(c, marks.resolve(c, {Original, Condensed}), {Original, Condensed}, figure,
                     MarkState::Disputed, QStringLiteral("ask the desk"));
    if (swapped) {
        // The same mark as the window keeps it when the pair was shown the other way round.
        ReviewMark mark = marks.at(0);
        std::swap(mark.versions[0], mark.versions[1]);
        std::swap(mark.anchor.text[0], mark.anchor.text[1]);
        std::swap(mark.anchor.before[0], mark.anchor.before[1]);
        std::swap(mark.anchor.after[0], mark.anchor.after[1]);
        std::swap(mark.anchor.paragraph[0], mark.anchor.paragraph[1]);
        marks.clear();
        marks.append(mark);
    }
    const FamilyMarks placed = FamilyMarks::place(family(), marks);
    QCOMPARE(placed.pair(Condensed, Original).disputed, 1);
    QCOMPARE(placed.pair(Original, Condensed).checked, 0);
    QVERIFY(placed.pair(Original, Spun).isEmpty());
}

void TestFamilyMarks::markOnAFigureShowsInItsFactCell()
{
    const Comparison &c = *family().pair(Original, Condensed)->comparison;
    ReviewMarks marks;
    marks.markChange(c, marks.resolve(c, {Original, Condensed}), {Original, Condensed},
                     changeWithLeft(c, QStringLiteral("14")), MarkState::Checked,
                     QStringLiteral("the port says 14"));
    const FamilyMarks placed = FamilyMarks::place(family(), marks);
    const int row = rowOfFact(family(), QStringLiteral("14 vessels"));
    QVERIFY(row >= 0);
    const QVector<PlacedMark> cell = placed.fact(row, Condensed);
    QCOMPARE(cell.size(), 1);
    QVERIFY(cell.first().state == MarkState::Checked);
    QCOMPARE(cell.first().note, QStringLiteral("the port says 14"));
    QVERIFY(placed.fact(row, Spun).isEmpty());
}

void TestFamilyMarks::markWhoseWordsAreGoneIsNotCounted()
{
    ReviewMark orphan;
    orphan.versions = {{Original, Spun}};
    orphan.anchor.text = {{QStringLiteral("no such words"), QStringLiteral("anywhere at all")}};
    ReviewMarks marks;
    marks.append(orphan);
    QVERIFY(FamilyMarks::place(family(), marks).pair(Original, Spun).isEmpty());
}

void TestFamilyMarks::signsAndSentences()
{
    QCOMPARE(tallySigns({2, 1}), QStringLiteral("\u27132 \u2717"));
    QCOMPARE(tallySigns({0, 0}), QString());
    QCOMPARE(markSigns({{MarkState::Disputed, {}}}), QStringLiteral("\u2717"));
    QCOMPARE(tallySentence({1, 2}), QStringLiteral("Review marks: 1 checked, 2 disputed."));
    QCOMPARE(markLines({{MarkState::Checked, QStringLiteral("seen")}, {MarkState::Disputed, {}}}),
             QStringLiteral("\u2713 Checked: seen\n\u2717 Disputed"));
}

QTEST_MAIN(TestFamilyMarks)
#include "tst_familymarks.moc"
