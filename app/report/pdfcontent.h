#pragma once

#include "report/pdfpages.h"
#include "report/reportmodel.h"
#include "report/reportoptions.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace Recension {

/// Where things landed in the previous layout pass; 0: not known yet.
struct PdfPageMap
{
    QVector<int> rowPage;       ///< 1-based page of each ReportModel row
    QHash<int, int> changePage; ///< 1-based page of each change (by index), its first row's
    QVector<int> findingPage;   ///< 1-based page where each finding first stands

    int pageOfRow(int row) const { return row >= 0 && row < rowPage.size() ? rowPage[row] : 0; }
    bool operator==(const PdfPageMap &o) const
    {
        return rowPage == o.rowPage && changePage == o.changePage && findingPage == o.findingPage;
    }
};

/// @brief The PDF report's blocks, in the order an editor reads: page one (the documents,
/// the two similarity figures, the findings), then both texts side by side at full width
/// with change numbers in the margins, then the appendix (quote audit, facts, the change
/// table when asked for, the legend and options). Only the blocks that name pages are
/// rebuilt from one layout pass to the next.
class PdfContent final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Report)
public:
    PdfContent(const Comparison &comparison, const ReportOptions &options, const PdfStyle &style,
               qreal bodyWidth);

    const ReportModel &model() const { return m_model; }
    /// @brief Every block in page order, page references taken from `pages`.
    QVector<PdfBlock> blocks(const PdfPageMap &pages, const ReportProgress &progress);
    /// @brief Where each row, change and finding landed, from a pagination of blocks().
    /// `firstPage`: the printed number of the first page (a pair inside a family report
    /// starts after the family's own pages).
    PdfPageMap pageMap(const QVector<PdfBlock> &blocks, const QVector<PdfSlice> &slices,
                       int firstPage = 1) const;

    /// @brief x of the text of each version on the side-by-side pages, from the body's left edge.
    qreal columnX(Side side) const;
    qreal columnWidth() const { return m_columnWidth; }

private:
    /// Fills one line of a table: (builder, table, line in the table, item index).
    using CellFiller = std::function<void(PdfTextBuilder &, class QTextTable *, int, int)>;

    // Page one (pdfsummary.cpp)
    QVector<PdfBlock> pageOne(const PdfPageMap &pages) const;
    void findings(QVector<PdfBlock> &blocks, const PdfPageMap &pages) const;
    /// @brief A review mark in a table cell: its sign and state in bold, then its note.
    void reviewCell(PdfTextBuilder &builder, const PlacedMark &mark) const;
    // The texts (pdfcontent.cpp)
    PdfBlock rowBlock(int row, const PdfPageMap &pages) const;
    PdfBlock omittedBlock(int count) const;
    PdfBlock key() const;
    // The appendix (pdfappendix.cpp)
    QVector<PdfBlock> appendix() const;
    void quoteAudit(QVector<PdfBlock> &blocks) const;
    void facts(QVector<PdfBlock> &blocks) const;
    void setAside(QVector<PdfBlock> &blocks) const;
    void changeTable(QVector<PdfBlock> &blocks) const;
    void about(QVector<PdfBlock> &blocks) const;

    /// Appends a table of `rows` rows in blocks of a few rows each, under a header block
    /// that the pagination repeats on every page the table runs on to.
    void table(QVector<PdfBlock> &blocks, const QVector<qreal> &widths, const QStringList &headers,
               int rows, const CellFiller &fill) const;
    PdfBlock heading(const QString &text, bool newPage) const;
    PdfBlock fullWidth(PdfText text) const;
    PdfText noteText(const QString &note, qreal width) const;
    /// @brief A span's text for a table cell, its changes marked, without numbers.
    void spanText(PdfTextBuilder &builder, Side side, const Span &span) const;

    const Comparison &m_comparison;
    const ReportOptions &m_options;
    const PdfStyle &m_style;
    ReportModel m_model;
    qreal m_bodyWidth;
    qreal m_margin;      ///< room for change numbers beside each text
    qreal m_gap;         ///< between the two texts
    qreal m_columnWidth;
    qreal m_padding;
    QVector<PdfBlock> m_appendix;  ///< names no page: built once
    QVector<PdfBlock> m_rowBlocks; ///< one per row; rows of moved passages are rebuilt each pass
};

} // namespace Recension
