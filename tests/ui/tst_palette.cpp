#include "ui/view/changestyle.h"
#include "ui/view/palette.h"

#include <QTest>

#include <set>

using namespace Recension;
using namespace Recension::Ui;

Q_DECLARE_METATYPE(Recension::Ui::ColourScheme)

namespace {

QPalette systemPalette(bool dark)
{
    QPalette p;
    p.setColor(QPalette::Window, dark ? QColor(45, 45, 48) : QColor(239, 239, 239));
    p.setColor(QPalette::Base, dark ? QColor(30, 30, 30) : QColor(255, 255, 255));
    p.setColor(QPalette::Text, dark ? QColor(220, 220, 220) : QColor(0, 0, 0));
    p.setColor(QPalette::Highlight, QColor(48, 140, 198));
    return p;
}

/// WCAG relative luminance, to check that marks stand out from the page.
qreal luminance(const QColor &c)
{
    auto channel = [](qreal v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
        + 0.0722 * channel(c.blueF());
}

qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace

class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void schemes_data();
    void schemes();
    void everyCategoryHasADistinctMark();
    void formatsCarryTheMarks_data();
    void formatsCarryTheMarks();
};

void TestPalette::schemes_data()
{
    QTest::addColumn<ColourScheme>("scheme");
    QTest::addColumn<bool>("dark");
    QTest::newRow("system colours on a light desktop") << ColourScheme::System << false;
    QTest::newRow("system colours on a dark desktop") << ColourScheme::System << true;
    QTest::newRow("colour-blind safe on a light desktop") << ColourScheme::ColourBlindSafe << false;
    QTest::newRow("colour-blind safe on a dark desktop") << ColourScheme::ColourBlindSafe << true;
}

void TestPalette::schemes()
{
    QFETCH(ColourScheme, scheme);
    QFETCH(bool, dark);
    const Palette p = Palette::make(scheme, systemPalette(dark));
    QCOMPARE(p.dark, dark);
    QCOMPARE(p.base, systemPalette(dark).color(QPalette::Base));
    for (int c = 0; c < CategoryCount; ++c) {
        const auto category = Category(c);
        QVERIFY2(p.fill(category) != p.base, qPrintable(toString(category)));
        // Text stays readable on every fill, and every mark is visible on the page.
        QVERIFY2(contrast(p.text, p.fill(category)) >= 4.5,
                 qPrintable(toString(category) + QLatin1Char(' ') + p.fill(category).name()));
        QVERIFY2(contrast(p.mark(category), p.base) >= 2.5,
                 qPrintable(toString(category) + QLatin1Char(' ') + p.mark(category).name()));
    }
    QVERIFY(p.gapFill != p.base);
    QVERIFY(p.band(LinkKind::Moved) != p.band(LinkKind::Identical));
}

void TestPalette::everyCategoryHasADistinctMark()
{
    std::set<Mark> marks;
    for (int c = 0; c < CategoryCount; ++c) {
        marks.insert(ChangeStyle::markFor(Category(c)));
        QVERIFY(!ChangeStyle::categoryName(Category(c)).isEmpty());
        QVERIFY(!ChangeStyle::markDescription(Category(c)).isEmpty());
    }
    QCOMPARE(int(marks.size()), CategoryCount);
}

void TestPalette::formatsCarryTheMarks_data()
{
    QTest::addColumn<int>("category");
    QTest::addColumn<bool>("inQuote");
    QTest::addColumn<bool>("strikeOut");
    QTest::addColumn<int>("underline");
    QTest::newRow("deleted words are struck through")
        << int(Category::Deleted) << false << true << int(QTextCharFormat::NoUnderline);
    QTest::newRow("inserted words are underlined")
        << int(Category::Inserted) << false << false << int(QTextCharFormat::SingleUnderline);
    QTest::newRow("synonyms get a dotted underline")
        << int(Category::Synonym) << false << false << int(QTextCharFormat::DotLine);
    QTest::newRow("a synonym inside a quotation also gets a line above")
        << int(Category::Synonym) << true << false << int(QTextCharFormat::DotLine);
    QTest::newRow("numbers are boxed, not underlined")
        << int(Category::Number) << false << false << int(QTextCharFormat::NoUnderline);
}

void TestPalette::formatsCarryTheMarks()
{
    QFETCH(int, category);
    QFETCH(bool, inQuote);
    QFETCH(bool, strikeOut);
    QFETCH(int, underline);
    const Palette p = Palette::make(ColourScheme::System, systemPalette(false));
    const QTextCharFormat f = ChangeStyle::format(Category(category), inQuote, p);
    QCOMPARE(f.fontStrikeOut(), strikeOut);
    QCOMPARE(int(f.underlineStyle()), underline);
    QCOMPARE(f.fontOverline(), inQuote);
    QCOMPARE(f.background().color(), p.fill(Category(category)));
}

QTEST_GUILESS_MAIN(TestPalette)
#include "tst_palette.moc"
