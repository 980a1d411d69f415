#include "document/pdflayout.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Recension {

namespace {

// A running header or footer sits in the outer eighth of the page.
constexpr double marginShare = 0.125;

bool inMargin(const PdfLine &line, const QSizeF &page)
{
    const double height = page.height() > 0 ? page.height() : 842.0;
    return line.box.bottom() <= height * marginShare
        || line.box.top() >= height * (1.0 - marginShare);
}

/// The same running line on every page, whatever its page number or date says.
QString furnitureKey(const PdfLine &line)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString text = line.text.toCaseFolded();
    text.replace(digits, QStringLiteral("#"));
    return text + u'@' + QString::number(std::lround(line.box.center().y() / 6.0));
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(
        "^\\W*(?:\\p{L}{1,6}\\.?\\s*)?\\d{1,4}(?:\\s*(?:/|\\p{L}{1,3})\\s*\\d{1,4})?\\W*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return number.match(text.trimmed()).hasMatch();
}

bool endsSentence(QStringView text)
{
    static const QString enders = QStringLiteral(".!?:\"”»“’");
    return !text.isEmpty() && enders.contains(text.back());
}

bool endsWithHyphen(QStringView text)
{
    if (text.size() < 2)
        return false;
    const QChar last = text.back();
    return (last == u'-' || last == u'\u00AD' || last == u'\u2010') && text[text.size() - 2].isLetter();
}

double medianHeight(const QVector<PdfPage> &pages)
{
    QVector<double> heights;
    for (const PdfPage &page : pages) {
        for (const PdfLine &line : page.lines)
            heights.append(line.box.height());
    }
    if (heights.isEmpty())
        return 0;
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    return heights[heights.size() / 2];
}

/// True when `next` starts a new paragraph after `previous` on the same page and column.
bool breaksBelow(const PdfLine &previous, const PdfLine &next)
{
    const double height = std::min(previous.box.height(), next.box.height());
    const double gap = next.box.top() - previous.box.bottom();
    if (gap > 0.6 * height)
        return true;
    if (std::abs(previous.box.height() - next.box.height())
        > 0.25 * std::max(previous.box.height(), next.box.height()))
        return true;
    if (next.box.left() > previous.box.left() + 1.2 * height)
        return true; // a first-line indent
    return endsSentence(previous.text) && previous.box.right() < next.box.right() - 2 * height;
}

bool sameColumnBelow(const PdfLine &previous, const PdfLine &next)
{
    const bool below = next.box.top() >= previous.box.top() + 0.5 * previous.box.height();
    const bool overlaps = next.box.left() < previous.box.right()
        && previous.box.left() < next.box.right();
    return below && overlaps;
}

struct Column
{
    double left = 0;
    double right = 0;
    QVector<PdfLine> lines;

    bool overlaps(const QRectF &box) const { return box.left() < right && left < box.right(); }
};

/// Column ranges clustered from the lines narrower than half the text block.
QVector<Column> columnRanges(const QVector<PdfLine> &lines)
{
    double textLeft = lines.first().box.left();
    double textRight = lines.first().box.right();
    for (const PdfLine &line : lines) {
        textLeft = std::min(textLeft, line.box.left());
        textRight = std::max(textRight, line.box.right());
    }
    QVector<Column> columns;
    for (const PdfLine &line : lines) {
        if (line.box.width() >= 0.55 * (textRight - textLeft))
            continue;
        auto it = std::find_if(columns.begin(), columns.end(),
            [&](const Column &column) { return column.overlaps(line.box); });
        if (it == columns.end()) {
            columns.append({ line.box.left(), line.box.right(), {} });
        } else {
            it->left = std::min(it->left, line.box.left());
            it->right = std::max(it->right, line.box.right());
        }
    }
    std::sort(columns.begin(), columns.end(),
        [](const Column &a, const Column &b) { return a.left < b.left; });
    return columns;
}

} // namespace

void orderColumns(PdfPage &page)
{
    if (page.lines.size() < 2)
        return;
    QVector<PdfLine> lines = page.lines;
    std::stable_sort(lines.begin(), lines.end(), [](const PdfLine &a, const PdfLine &b) {
        return a.box.top() < b.box.top() - 0.5 * std::min(a.box.height(), b.box.height())
            || (std::abs(a.box.top() - b.box.top())
                    <= 0.5 * std::min(a.box.height(), b.box.height())
                && a.box.left() < b.box.left());
    });
    QVector<Column> columns = columnRanges(lines);
    page.lines.clear();
    const auto flushBand = [&] {
        for (Column &column : columns) {
            page.lines << column.lines;
            column.lines.clear();
        }
    };
    for (const PdfLine &line : std::as_const(lines)) {
        Column *home = nullptr;
        int overlapping = 0;
        for (Column &column : columns) {
            if (column.overlaps(line.box)) {
                home = &column;
                ++overlapping;
            }
        }
        if (overlapping == 1) {
            home->lines.append(line);
        } else {
            flushBand();
            page.lines.append(line);
        }
    }
    flushBand();
}

int dropPageFurniture(QVector<PdfPage> &pages)
{
    QHash<QString, QSet<int>> pagesOfKey;
    for (int p = 0; p < pages.size(); ++p) {
        for (const PdfLine &line : std::as_const(pages[p].lines)) {
            if (inMargin(line, pages[p].size))
                pagesOfKey[furnitureKey(line)].insert(p);
        }
    }
    const int needed = std::max(2, int(std::ceil(pages.size() / 2.0)));
    int dropped = 0;
    for (PdfPage &page : pages) {
        const auto furniture = [&](const PdfLine &line) {
            if (!inMargin(line, page.size))
                return false;
            return isPageNumber(line.text) || pagesOfKey.value(furnitureKey(line)).size() >= needed;
        };
        const auto kept = std::remove_if(page.lines.begin(), page.lines.end(), furniture);
        dropped += int(std::distance(kept, page.lines.end()));
        page.lines.erase(kept, page.lines.end());
    }
    return dropped;
}

void buildPdfParagraphs(const QVector<PdfPage> &pages, ExtractedText *out)
{
    const double bodyHeight = medianHeight(pages);
    QString text;
    int firstPage = 0;
    int lastPage = 0;
    int firstLine = 0;
    int lastLine = 0;
    bool headingCandidate = false;
    const PdfLine *previous = nullptr;
    int previousPage = 0;
    const auto flush = [&] {
        if (text.isEmpty())
            return;
        const int before = int(out->paragraphs.size());
        out->addParagraph(text, firstLine, lastLine, firstPage, lastPage);
        if (headingCandidate && out->heading.isEmpty() && out->paragraphs.size() > before)
            out->heading = out->paragraphs.last().text;
        text.clear();
    };
    for (int p = 0; p < pages.size(); ++p) {
        for (const PdfLine &line : pages[p].lines) {
            bool newParagraph = previous == nullptr;
            if (previous) {
                const bool flows = previousPage != p + 1 || !sameColumnBelow(*previous, line);
                newParagraph = flows ? endsSentence(previous->text) : breaksBelow(*previous, line);
            }
            if (newParagraph) {
                flush();
                firstPage = p + 1;
                firstLine = line.number;
                headingCandidate = p == 0 && line.box.height() > 1.2 * bodyHeight;
            } else if (endsWithHyphen(text) && !line.text.isEmpty() && line.text[0].isLower()) {
                text.chop(1);
            } else {
                text += u' ';
            }
            text += line.text;
            lastPage = p + 1;
            lastLine = line.number;
            previous = &line;
            previousPage = p + 1;
        }
    }
    flush();
}

} // namespace Recension
