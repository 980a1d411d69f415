#pragma once

#include "compare/comparison.h"
#include "report/reportmodel.h"

#include <QFont>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

class QPaintDevice;
class QPainter;

namespace Recension {

/// Fonts and lengths of the PDF report. Lengths are in the paint device's units.
struct PdfStyle
{
    explicit PdfStyle(QPaintDevice *device);

    QPaintDevice *device;
    QFont body;    ///< the articles' text
    QFont small;   ///< notes, captions, page header and footer
    QFont heading; ///< section headings
    QFont title;   ///< the report's title
    QFont figure;  ///< the similarity figures on page one
    qreal mm(qreal millimetres) const;
};

/// A change number in the margin, beside the line where its change begins.
struct MarginNumber
{
    int position = 0; ///< document position of the change's first character
    int id = 0;       ///< the change's id
    bool strong = false;
};

/// Rich text laid out for the PDF device, with what QTextDocument cannot draw itself.
struct PdfText
{
    std::shared_ptr<QTextDocument> document;
    QVector<QPair<int, int>> doubleUnderlines; ///< document positions [start, end)
    QVector<QPair<qreal, qreal>> lines;        ///< [top, bottom) of every line, ascending
    QColor underlineColour;                    ///< of the double underlines
    QVector<MarginNumber> marginNumbers;       ///< ascending by position
    Side marginSide = Left;                    ///< the margin they stand in
    qreal marginWidth = 0;                     ///< room for them beside the text

    qreal height() const;
    /// @brief The lowest point in (from, limit] where a page may cut without cutting a line.
    qreal breakBefore(qreal from, qreal limit) const;
    /// @brief Paints [from, to) of the text with its top-left at the painter's origin;
    /// `from` and `to` are cuts given by breakBefore().
    void paint(QPainter &painter, qreal from, qreal to) const;
    /// @brief A copy holding the text from the line that starts at `from`.
    PdfText tail(qreal from) const;
    /// @brief Fills `lines` from the document's layout.
    void measureLines();

private:
    void paintMarginNumbers(QPainter &painter, qreal to) const;
};

/// Builds one PdfText: paragraphs of plain, noted or change-marked text.
class PdfTextBuilder final
{
public:
    PdfTextBuilder(const PdfStyle &style, qreal width);

    /// @brief Starts a paragraph (the first one exists already) with a gap after it.
    void paragraph(Qt::Alignment alignment = Qt::AlignLeft, qreal spaceAfterMm = 0);
    void text(const QString &text, const QFont &font, const QColor &colour = Qt::black);
    void body(const QString &text) { this->text(text, m_style.body); }
    void note(const QString &text);
    /// @brief Changed and shared text of a paragraph. Change numbers never go inside the
    /// words, so that a phrase reads, searches and copies whole: with a margin (see
    /// setMargin) each number stands beside the line where its change begins.
    void fragments(const ReportModel &model, const QVector<Fragment> &fragments);
    /// @brief Puts the change numbers in a margin of `width` on `side` of the text.
    void setMargin(Side side, qreal width);
    /// @brief `text` drawn the way a change of `category` is (legend samples).
    void sample(Category category, const QString &text, bool inQuote = false,
                ChangeWeight weight = ChangeWeight::Normal);
    /// @brief Inserts a table with columns of the given percentages of the width.
    class QTextTable *table(int rows, int columns, const QVector<qreal> &percentWidths);
    /// @brief Continues in the cell (row, column) of `table`, in a fresh paragraph.
    void cell(class QTextTable *table, int row, int column);
    /// @brief Continues after everything written so far, in a fresh paragraph.
    void atEnd();
    const PdfStyle &style() const { return m_style; }

    PdfText finish();

private:
    QTextCharFormat changeFormat(Category category, bool inQuote, ChangeWeight weight, const QFont &font);
    void marked(const QString &text, Category category, bool inQuote, ChangeWeight weight);

    const PdfStyle &m_style;
    PdfText m_text;
    QTextCursor m_cursor;
    bool m_first = true;
    bool m_margin = false;
};

} // namespace Recension
