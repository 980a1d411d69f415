#pragma once

#include "report/pdfpages.h"
#include "report/reportmodel.h"
#include "report/reportoptions.h"

#include <QCoreApplication>
#include <QHash>

namespace Recension {

/// Where things landed in the previous layout pass; 0: not known yet.
struct PdfPageMap
{
    QVector<int> rowPage;       ///< 1-based page of each ReportModel row
    QHash<int, int> changePage; ///< 1-based page of each change (by index), its first row's

    int pageOfRow(int row) const { return row >= 0 && row < rowPage.size() ? rowPage[row] : 0; }
    bool operator==(const PdfPageMap &o) const { return rowPage == o.rowPage && changePage == o.changePage; }
};

/// @brief The PDF report's blocks: summary, quote audit, facts, then the rows side by side.
/// Only the blocks that name pages are rebuilt from one layout pass to the next.
class PdfContent final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Report)
public:
    PdfContent(const Comparison &comparison, const ReportOptions &options, const PdfStyle &style,
               qreal bodyWidth);

    const ReportModel &model() const { return m_model; }
    /// @brief Every block in page order, page references taken from `pages`.
    QVector<PdfBlock> blocks(const PdfPageMap &pages, const ReportProgress &progress);
    /// @brief Where each row and change landed, from a pagination of blocks().
    PdfPageMap pageMap(const QVector<PdfBlock> &blocks, const QVector<PdfSlice> &slices) const;

    /// @brief x of the left and right columns of a row, from the body's left edge.
    qreal columnX(Side side) const;
    qreal columnWidth() const { return m_columnWidth; }

private:
    QVector<PdfBlock> summary(const PdfPageMap &pages) const;
    QVector<PdfBlock> quoteAudit() const;
    QVector<PdfBlock> facts() const;
    PdfBlock rowBlock(int row, const PdfPageMap &pages) const;
    PdfBlock omittedBlock(int count) const;
    PdfBlock heading(const QString &text, bool newPage) const;
    /// A row: a narrow caption column, then the two versions.
    PdfBlock threeColumns(PdfCell caption, PdfCell left, PdfCell right) const;
    PdfCell cell(Side side, PdfText text) const;
    PdfCell captionCell(const QStringList &lines) const;
    PdfText spanText(Side side, const Span &span) const;
    PdfText noteText(const QString &note, qreal width) const;
    QString pageList(const QVector<int> &changes, const PdfPageMap &pages) const;

    const Comparison &m_comparison;
    const ReportOptions &m_options;
    const PdfStyle &m_style;
    ReportModel m_model;
    qreal m_bodyWidth;
    qreal m_captionWidth;
    qreal m_gap;
    qreal m_columnWidth;
    qreal m_padding;
    QVector<PdfBlock> m_fixed;     ///< quote audit and facts: they name no page
    QVector<PdfBlock> m_rowBlocks; ///< one per row; moved rows are rebuilt each pass
};

} // namespace Recension
