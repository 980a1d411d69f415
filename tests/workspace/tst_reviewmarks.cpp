// Review marks find their change or finding again after an options change and a reload.
#include "compare/comparator.h"
#include "document/documentloader.h"
#include "workspace/reviewmarks.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Recension;

namespace {

// A short article of the project's own, and an edited copy of it. The phrase "The council
// approved the plan in principle." stands in two paragraphs with different words before
// it, and one whole paragraph is repeated word for word.
const QStringList Original = {
    QStringLiteral("Harbour council delays the ferry vote"),
    QStringLiteral("The Northport harbour council voted on Tuesday to delay a decision on the "
                   "new ferry terminal until March."),
    QStringLiteral("Council chair Marta Lindqvist said the board needed more time to study the "
                   "costs, which have risen to 14 million euros."),
    QStringLiteral("Residents of the old quarter have opposed the terminal for two years. The "
                   "council approved the plan in principle."),
    QStringLiteral("Fishermen from the western basin spoke at the meeting as well. The council "
                   "approved the plan in principle."),
    QStringLiteral("Officials declined to comment on the delay."),
    QStringLiteral("Officials declined to comment on the delay."),
    QStringLiteral("A final vote is expected in the spring."),
};

const QStringList Edited = {
    QStringLiteral("Harbour council delays the ferry vote"),
    QStringLiteral("The Northport harbour council voted on Tuesday to postpone a decision on the "
                   "new ferry terminal until March."),
    QStringLiteral("Council chair Marta Lindquist said the board needed more time to study the "
                   "costs, which have risen to 41 million euros."),
    QStringLiteral("Residents of the old quarter have opposed the terminal for two years. The "
                   "council endorsed the plan in principle."),
    QStringLiteral("Fishermen from the western basin spoke at the meeting as well. The council "
                   "endorsed the plan in principle."),
    QStringLiteral("Officials refused to comment on the delay."),
    QStringLiteral("Officials refused to comment on the delay."),
    QStringLiteral("A final vote is expected in the spring."),
};

const QString Inserted = QStringLiteral("This article was updated on Wednesday with the views "
                                        "of the harbour pilots.");

DocumentPtr document(const QStringList &paragraphs, const QString &name)
{
    const LoadResult loaded = documentFromText(paragraphs.join(QStringLiteral("\n\n")), name);
    return loaded.document;
}

ComparisonPtr compare(const QStringList &left, const QStringList &right,
                      const CompareOptions &options = {})
{
    return compareDocuments(document(left, QStringLiteral("left.txt")),
                            document(right, QStringLiteral("right.txt")), options);
}

QStringList withInserted(QStringList paragraphs)
{
    paragraphs.insert(1, Inserted);
    return paragraphs;
}

/// The change whose left side reads `left` in paragraph `paragraph` (of the left), or -1.
int changeAt(const Comparison &comparison, const QString &left, int paragraph)
{
    for (int i = 0; i < comparison.changes.size(); ++i) {
        const Change &change = comparison.changes[i];
        if (change.sides[Left].paragraph == paragraph
            && comparison.spanText(Left, change.sides[Left]) == left)
            return i;
    }
    return -1;
}

int findingWith(const Comparison &comparison, const QString &leftGist)
{
    for (int i = 0; i < comparison.findings.size(); ++i)
        if (comparison.findings[i].gist[Left] == leftGist)
            return i;
    return -1;
}

QString describe(const Comparison &comparison, int changeIndex)
{
    if (changeIndex < 0)
        return QStringLiteral("none");
    const Change &change = comparison.changes[changeIndex];
    return QStringLiteral("%1 “%2” → “%3” (paragraph %4)")
        .arg(changeIndex)
        .arg(comparison.spanText(Left, change.sides[Left]),
             comparison.spanText(Right, change.sides[Right]))
        .arg(change.sides[Left].paragraph);
}

constexpr std::array<int, 2> Pair{{0, 1}};

} // namespace

class TestReviewMarks : public QObject
{
    Q_OBJECT

private slots:
    void anchorReadsTheContext();
    void reanchoring_data();
    void reanchoring();
    void findingSurvivesAnOptionsChange();
    void orphanedMarkIsKept();
    void markingAgainReplaces();
    void sidesSwapped();
    void otherPairsAreLeftAlone();
    void removingAVersion();
    void jsonRoundTrip();
    void malformedJson_data();
    void malformedJson();
    void sampleMarksAfterOptionsChange_data();
    void sampleMarksAfterOptionsChange();
};

void TestReviewMarks::anchorReadsTheContext()
{
    const ComparisonPtr comparison = compare(Original, Edited);
    QVERIFY(comparison);
    const int approved = changeAt(*comparison, QStringLiteral("approved"), 4);
    QVERIFY(approved >= 0);
    const MarkAnchor anchor = anchorOfChange(*comparison, approved);
    QCOMPARE(anchor.text[Left], QStringLiteral("approved"));
    QCOMPARE(anchor.text[Right], QStringLiteral("endorsed"));
    QCOMPARE(anchor.before[Left], (QStringList{"as", "well", "The", "council"}));
    QCOMPARE(anchor.after[Right], (QStringList{"the", "plan", "in", "principle"}));
    QCOMPARE(anchor.paragraph, (std::array<int, 2>{{4, 4}}));
    QCOMPARE(anchor.occurrence, 1);
}

void TestReviewMarks::reanchoring_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<int>("paragraph");
    QTest::addColumn<bool>("ignoreCase");
    QTest::addColumn<bool>("reload");

    QTest::newRow("a word after ignore case is turned on") << "delay" << 1 << true << false;
    QTest::newRow("a number after a paragraph is inserted above") << "14" << 2 << false << true;
    QTest::newRow("the first of two identical phrases after a reload") << "approved" << 3 << false << true;
    QTest::newRow("the second of two identical phrases after a reload") << "approved" << 4 << false << true;
    QTest::newRow("the second of two identical phrases after an options change")
        << "approved" << 4 << true << false;
    QTest::newRow("the first of two identical paragraphs after a reload") << "declined" << 5 << false << true;
    QTest::newRow("the second of two identical paragraphs after a reload") << "declined" << 6 << false << true;
}

void TestReviewMarks::reanchoring()
{
    QFETCH(QString, left);
    QFETCH(int, paragraph);
    QFETCH(bool, ignoreCase);
    QFETCH(bool, reload);

    const ComparisonPtr before = compare(Original, Edited);
    const int marked = changeAt(*before, left, paragraph);
    QVERIFY2(marked >= 0, qPrintable(left));
    ReviewMarks marks;
    const int index = marks.markChange(*before, marks.resolve(*before, Pair), Pair, marked,
                                       MarkState::Disputed, QStringLiteral("ask the desk"));
    QCOMPARE(marks.resolve(*before, Pair).forChange(marked), index);

    CompareOptions options;
    options.ignoreCase = ignoreCase;
    const ComparisonPtr after = reload ? compare(withInserted(Original), withInserted(Edited), options)
                                       : compare(Original, Edited, options);
    const int expected = changeAt(*after, left, reload ? paragraph + 1 : paragraph);
    QVERIFY(expected >= 0);
    const MarkResolution resolution = marks.resolve(*after, Pair);
    int found = -1;
    for (int i = 0; i < after->changes.size(); ++i)
        if (resolution.forChange(i) == index)
            found = i;
    QVERIFY2(found == expected, qPrintable(QStringLiteral("resolved to %1, expected %2")
                                               .arg(describe(*after, found), describe(*after, expected))));
    QVERIFY(resolution.orphaned.isEmpty());
}

void TestReviewMarks::findingSurvivesAnOptionsChange()
{
    const ComparisonPtr before = compare(Original, Edited);
    const int finding = findingWith(*before, QStringLiteral("Marta Lindqvist"));
    QVERIFY2(finding >= 0, "the respelled name is a finding");
    ReviewMarks marks;
    marks.markFinding(*before, {}, Pair, finding, MarkState::Checked, QStringLiteral("spelling confirmed"));

    CompareOptions options;
    options.ignorePunctuation = true;
    options.synonymsUnimportant = true;
    const ComparisonPtr after = compare(withInserted(Original), withInserted(Edited), options);
    const int expected = findingWith(*after, QStringLiteral("Marta Lindqvist"));
    QVERIFY(expected >= 0);
    const MarkResolution resolution = marks.resolve(*after, Pair);
    QCOMPARE(resolution.forFinding(expected), 0);
    QCOMPARE(std::count(resolution.findingMark.cbegin(), resolution.findingMark.cend(), 0), 1);
    QCOMPARE(std::count(resolution.changeMark.cbegin(), resolution.changeMark.cend(), 0), 0);
}

void TestReviewMarks::orphanedMarkIsKept()
{
    const ComparisonPtr before = compare(Original, Edited);
    ReviewMarks marks;
    marks.markChange(*before, {}, Pair, changeAt(*before, QStringLiteral("14"), 2), MarkState::Checked, {});
    marks.markChange(*before, {}, Pair, changeAt(*before, QStringLiteral("delay"), 1), MarkState::Checked, {});

    // The edited copy is put right: the figure is 14 again, so that change is gone.
    QStringList corrected = Edited;
    corrected[2].replace(QStringLiteral("41 million"), QStringLiteral("14 million"));
    const ComparisonPtr after = compare(Original, corrected);
    const MarkResolution resolution = marks.resolve(*after, Pair);
    QCOMPARE(resolution.orphaned, QVector<int>{0});
    QCOMPARE(resolution.forChange(changeAt(*after, QStringLiteral("delay"), 1)), 1);
    QCOMPARE(marks.size(), 2);
    QCOMPARE(std::count(resolution.changeMark.cbegin(), resolution.changeMark.cend(), 0), 0);
}

void TestReviewMarks::markingAgainReplaces()
{
    const ComparisonPtr comparison = compare(Original, Edited);
    const int change = changeAt(*comparison, QStringLiteral("delay"), 1);
    ReviewMarks marks;
    marks.markChange(*comparison, marks.resolve(*comparison, Pair), Pair, change, MarkState::Checked, {});
    marks.markChange(*comparison, marks.resolve(*comparison, Pair), Pair, change,
                     MarkState::Disputed, QStringLiteral("not the same"));
    QCOMPARE(marks.size(), 1);
    QCOMPARE(toString(marks.at(0).state), QStringLiteral("disputed"));
    marks.setNote(0, QStringLiteral("same after all"));
    QCOMPARE(marks.at(0).note, QStringLiteral("same after all"));
    marks.remove(0);
    QVERIFY(marks.isEmpty());
    QCOMPARE(marks.resolve(*comparison, Pair).forChange(change), -1);
}

void TestReviewMarks::sidesSwapped()
{
    const ComparisonPtr forward = compare(Original, Edited);
    ReviewMarks marks;
    marks.markChange(*forward, {}, Pair, changeAt(*forward, QStringLiteral("approved"), 4),
                     MarkState::Checked, {});
    const ComparisonPtr backward = compare(Edited, Original);
    const int expected = changeAt(*backward, QStringLiteral("endorsed"), 4);
    QVERIFY(expected >= 0);
    QCOMPARE(marks.resolve(*backward, {{1, 0}}).forChange(expected), 0);
}

void TestReviewMarks::otherPairsAreLeftAlone()
{
    const ComparisonPtr comparison = compare(Original, Edited);
    ReviewMarks marks;
    marks.markChange(*comparison, {}, {{0, 2}}, changeAt(*comparison, QStringLiteral("delay"), 1),
                     MarkState::Checked, {});
    const MarkResolution resolution = marks.resolve(*comparison, Pair);
    QCOMPARE(resolution.otherPairs, QVector<int>{0});
    QVERIFY(resolution.orphaned.isEmpty());
    QCOMPARE(std::count(resolution.changeMark.cbegin(), resolution.changeMark.cend(), 0), 0);
}

void TestReviewMarks::removingAVersion()
{
    const ComparisonPtr comparison = compare(Original, Edited);
    ReviewMarks marks;
    const int change = changeAt(*comparison, QStringLiteral("delay"), 1);
    marks.markChange(*comparison, {}, {{0, 1}}, change, MarkState::Checked, {});
    marks.markChange(*comparison, {}, {{0, 2}}, change, MarkState::Checked, {});
    marks.markChange(*comparison, {}, {{2, 3}}, change, MarkState::Disputed, {});
    marks.removeVersion(1);
    QCOMPARE(marks.size(), 2);
    QCOMPARE(marks.at(0).versions, (std::array<int, 2>{{0, 1}}));
    QCOMPARE(marks.at(1).versions, (std::array<int, 2>{{1, 2}}));
}

void TestReviewMarks::jsonRoundTrip()
{
    const ComparisonPtr comparison = compare(Original, Edited);
    ReviewMarks marks;
    marks.markChange(*comparison, {}, Pair, changeAt(*comparison, QStringLiteral("approved"), 3),
                     MarkState::Disputed, QStringLiteral("“endorsed” is stronger"));
    marks.markFinding(*comparison, {}, Pair, findingWith(*comparison, QStringLiteral("Marta Lindqvist")),
                      MarkState::Checked, {});
    const QJsonArray json = marks.toJson();
    ReviewMarks read;
    QString error;
    QVERIFY2(ReviewMarks::fromJson(json, &read, &error), qPrintable(error));
    QCOMPARE(read.size(), 2);
    QVERIFY(read == marks);
    QCOMPARE(read.at(1).anchor.findingKind, QStringLiteral("name"));
}

void TestReviewMarks::malformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    const QByteArray place = R"({"text": "a", "before": [], "after": [], "paragraph": 1})";
    QTest::newRow("not a list") << QByteArray(R"({"on": "change"})") << "is not a list";
    QTest::newRow("an unknown target")
        << R"([{"on": "word", "state": "checked", "versions": [0, 1], "left": )" + place
               + R"(, "right": )" + place + "}]"
        << "review mark 1: “on” is neither";
    QTest::newRow("an unknown state")
        << R"([{"on": "change", "state": "maybe", "versions": [0, 1], "left": )" + place
               + R"(, "right": )" + place + "}]"
        << "“state” is neither";
    QTest::newRow("versions that are not indices")
        << R"([{"on": "change", "state": "checked", "versions": ["a", 1], "left": )" + place
               + R"(, "right": )" + place + "}]"
        << "“versions” is not";
    QTest::newRow("a context word that is a number")
        << R"([{"on": "change", "state": "checked", "versions": [0, 1], "left": {"text": "a", "before": [3]}, "right": )"
               + place + "}]"
        << "“left.before” is not";
    QTest::newRow("a finding without its kind")
        << R"([{"on": "finding", "state": "checked", "versions": [0, 1], "left": )" + place
               + R"(, "right": )" + place + "}]"
        << "“kind” is not";
}

void TestReviewMarks::malformedJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    ReviewMarks marks;
    marks.append(ReviewMark{});
    QString error;
    QVERIFY(!ReviewMarks::fromJson(value, &marks, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(marks.size(), 1);
}

void TestReviewMarks::sampleMarksAfterOptionsChange_data()
{
    QTest::addColumn<bool>("ignoreCase");
    QTest::addColumn<bool>("ignorePunctuation");
    QTest::addColumn<bool>("synonymsUnimportant");
    QTest::newRow("ignore case") << true << false << false;
    QTest::newRow("ignore punctuation") << false << true << false;
    QTest::newRow("synonyms unimportant") << false << false << true;
}

// On the harbour story and its spun copy, every 7th change is marked; after the options
// change, each mark whose change still exists with the same places sits on that change,
// and after changing them back every mark is home again.
void TestReviewMarks::sampleMarksAfterOptionsChange()
{
    QFETCH(bool, ignoreCase);
    QFETCH(bool, ignorePunctuation);
    QFETCH(bool, synonymsUnimportant);
    const DocumentPtr left = loadDocument(QStringLiteral(RECENSION_SAMPLES "/harbour-original.txt")).document;
    const DocumentPtr right = loadDocument(QStringLiteral(RECENSION_SAMPLES "/harbour-spun.txt")).document;
    QVERIFY(left && right);
    const ComparisonPtr before = compareDocuments(left, right, {});
    ReviewMarks marks;
    QVector<int> marked;
    for (int i = 0; i < before->changes.size(); i += 7) {
        marks.markChange(*before, {}, Pair, i, MarkState::Checked, QString::number(i));
        marked << i;
    }
    QVERIFY(marked.size() > 10);

    CompareOptions options;
    options.ignoreCase = ignoreCase;
    options.ignorePunctuation = ignorePunctuation;
    options.synonymsUnimportant = synonymsUnimportant;
    const ComparisonPtr after = compareDocuments(left, right, options);
    const MarkResolution resolution = marks.resolve(*after, Pair);
    int same = 0;
    for (int m = 0; m < marked.size(); ++m) {
        const Change &change = before->changes[marked[m]];
        for (int i = 0; i < after->changes.size(); ++i) {
            if (after->changes[i].sides == change.sides) {
                ++same;
                QVERIFY2(resolution.forChange(i) == m,
                         qPrintable(QStringLiteral("mark on %1 resolved elsewhere")
                                        .arg(describe(*before, marked[m]))));
            }
        }
    }
    // A mark whose change the options took away (a synonym that no longer counts) is
    // orphaned, not moved to another change.
    QCOMPARE(same + resolution.orphaned.size(), marked.size());
    QVERIFY(same > 0);
    // Same marks, same comparison: the same answer.
    const MarkResolution again = marks.resolve(*after, Pair);
    QCOMPARE(again.changeMark, resolution.changeMark);
    QCOMPARE(again.orphaned, resolution.orphaned);
    // Back to the first options: every mark is where it was set.
    const MarkResolution back = marks.resolve(*before, Pair);
    QVERIFY(back.orphaned.isEmpty());
    for (int m = 0; m < marked.size(); ++m)
        QCOMPARE(back.forChange(marked[m]), m);
}

QTEST_GUILESS_MAIN(TestReviewMarks)
#include "tst_reviewmarks.moc"
