#include "document/documentset.h"

#include <QSignalSpy>
#include <QTest>

using namespace Recension;

namespace {

DocumentPtr makeDocument(const QString &title)
{
    auto document = std::make_shared<Document>();
    document->title = title;
    document->path = title + QStringLiteral(".txt");
    document->paragraphs = { { title, 1, 1 } };
    return document;
}

QStringList titles(const DocumentSet &set)
{
    QStringList result;
    for (const DocumentPtr &document : set.documents())
        result << document->title;
    return result;
}

} // namespace

class TestDocumentSet : public QObject
{
    Q_OBJECT
private slots:
    void addAndInsert()
    {
        DocumentSet set;
        QSignalSpy added(&set, &DocumentSet::documentAdded);
        QVERIFY(set.isEmpty());
        QCOMPARE(set.add(makeDocument(QStringLiteral("a"))), 0);
        QCOMPARE(set.add(makeDocument(QStringLiteral("c"))), 1);
        QCOMPARE(set.insert(1, makeDocument(QStringLiteral("b"))), 1);
        QCOMPARE(set.insert(99, makeDocument(QStringLiteral("d"))), 3);
        QCOMPARE(set.add(nullptr), -1);
        QCOMPARE(titles(set), (QStringList { "a", "b", "c", "d" }));
        QCOMPARE(set.count(), 4);
        QCOMPARE(added.size(), 4);
        QCOMPARE(added.at(2).at(0).toInt(), 1);
        QCOMPARE(added.at(3).at(0).toInt(), 3);
        QCOMPARE(set.indexOf(set.at(2)), 2);
        QVERIFY(!set.at(4));
        QVERIFY(!set.at(-1));
    }

    void remove()
    {
        DocumentSet set;
        set.add(makeDocument(QStringLiteral("a")));
        set.add(makeDocument(QStringLiteral("b")));
        QSignalSpy removed(&set, &DocumentSet::documentRemoved);
        QVERIFY(!set.remove(2));
        QVERIFY(set.remove(0));
        QCOMPARE(titles(set), QStringList { "b" });
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toInt(), 0);
    }

    void move_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QStringList>("order");
        QTest::addColumn<bool>("signalled");
        QTest::newRow("first to last") << 0 << 2 << QStringList { "b", "c", "a" } << true;
        QTest::newRow("last to first") << 2 << 0 << QStringList { "c", "a", "b" } << true;
        QTest::newRow("onto itself changes nothing")
            << 1 << 1 << QStringList { "a", "b", "c" } << false;
        QTest::newRow("out of range changes nothing")
            << 0 << 3 << QStringList { "a", "b", "c" } << false;
    }
    void move()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QStringList, order);
        QFETCH(bool, signalled);
        DocumentSet set;
        for (const char *title : { "a", "b", "c" })
            set.add(makeDocument(QString::fromLatin1(title)));
        QSignalSpy moved(&set, &DocumentSet::documentMoved);
        set.move(from, to);
        QCOMPARE(titles(set), order);
        QCOMPARE(moved.size(), signalled ? 1 : 0);
        if (signalled) {
            QCOMPARE(moved.at(0).at(0).toInt(), from);
            QCOMPARE(moved.at(0).at(1).toInt(), to);
        }
    }

    void retitleReplacesWithACopy()
    {
        DocumentSet set;
        const DocumentPtr original = makeDocument(QStringLiteral("Old title"));
        set.add(original);
        QSignalSpy changed(&set, &DocumentSet::documentChanged);
        QVERIFY(set.retitle(0, QStringLiteral("New title")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 0);
        QCOMPARE(set.at(0)->title, QStringLiteral("New title"));
        QCOMPARE(set.at(0)->paragraphs, original->paragraphs);
        QCOMPARE(original->title, QStringLiteral("Old title"));
        QVERIFY(set.at(0) != original);

        QVERIFY(set.retitle(0, QStringLiteral("New title")));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!set.retitle(1, QStringLiteral("x")));
    }

    void setLanguage()
    {
        DocumentSet set;
        set.add(makeDocument(QStringLiteral("a")));
        QSignalSpy changed(&set, &DocumentSet::documentChanged);
        QVERIFY(set.setLanguage(0, QStringLiteral("fr")));
        QCOMPARE(set.at(0)->language, QStringLiteral("fr"));
        QCOMPARE(changed.size(), 1);
    }

    void replace()
    {
        DocumentSet set;
        set.add(makeDocument(QStringLiteral("a")));
        QSignalSpy changed(&set, &DocumentSet::documentChanged);
        QVERIFY(!set.replace(0, nullptr));
        QVERIFY(set.replace(0, makeDocument(QStringLiteral("z"))));
        QCOMPARE(titles(set), QStringList { "z" });
        QCOMPARE(changed.size(), 1);
    }

    void clearRemovesLastFirst()
    {
        DocumentSet set;
        for (const char *title : { "a", "b", "c" })
            set.add(makeDocument(QString::fromLatin1(title)));
        QSignalSpy removed(&set, &DocumentSet::documentRemoved);
        set.clear();
        QVERIFY(set.isEmpty());
        QCOMPARE(removed.size(), 3);
        QCOMPARE(removed.at(0).at(0).toInt(), 2);
        QCOMPARE(removed.at(2).at(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDocumentSet)
#include "tst_documentset.moc"
