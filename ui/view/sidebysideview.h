#pragma once

#include "compare/comparison.h"
#include "ui/view/changestyle.h"
#include "ui/view/palette.h"
#include "ui/view/rowgeometry.h"
#include "ui/view/rowlayoutcache.h"
#include "ui/view/rowmodel.h"
#include "ui/view/viewselection.h"

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QTimer>

class QHelpEvent;
class QAction;
class QMenu;

namespace Recension::Ui {

class OverviewStrip;

/// One occurrence of the find text. Offsets are UTF-16 into the paragraph.
struct FindMatch
{
    Side side = Left;
    int paragraph = 0;
    int start = 0;
    int length = 0;
    int row = 0;
};

/// @brief The comparison shown in two columns joined by a connector strip.
///
/// Rows come from RowModel; each visible cell is laid out on demand with QTextLayout and
/// cached. Rows not yet laid out have estimated heights, refined while visible and by a
/// background pass in small slices; the row at the top of the viewport stays put while
/// heights above it change.
class SideBySideView final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit SideBySideView(QWidget *parent = nullptr);
    ~SideBySideView() override;

    void setComparison(const ComparisonPtr &comparison);
    ComparisonPtr comparison() const { return m_comparison; }
    const RowModel &rowModel() const { return m_rows; }
    const RowGeometry &geometry() const { return m_geometry; }

    void setColours(const Palette &palette);
    const Palette &colours() const { return m_palette; }

    /// @brief Frames a change (index into Comparison::changes; -1 for none) and scrolls to it.
    void setCurrentChange(int changeIndex);
    int currentChange() const { return m_currentChange; }

    void setFindText(const QString &text);
    QString findText() const { return m_findText; }
    const QVector<FindMatch> &findMatches() const { return m_matches; }
    int currentFindMatch() const { return m_currentMatch; }
    /// @brief Moves to the next (or previous) match, wrapping; false when there is none.
    bool findNext(bool backwards = false);

    /// @brief Scrolls so that a row (and a pixel offset inside it) sits near the top third.
    void scrollToRow(int row, int offsetInRow = 0);
    int firstVisibleRow() const;
    int lastVisibleRow() const;
    bool isRowVisible(int row) const;
    /// @brief Lays out every row now instead of in the background (for tests and grabs).
    void layOutAllRows();

    /// @brief The change under a viewport position, or -1.
    int changeAt(const QPoint &viewportPos) const;
    /// @brief Where a change stands in the viewport (both sides), or an empty rect.
    QRect changeRect(int changeIndex) const;
    /// @brief Where one side of a change stands in the viewport, or an empty rect.
    QRect changeRect(int changeIndex, Side side) const;

    /// @brief The column of one pane in viewport coordinates.
    QRect columnRect(Side side) const;

    // Selection (sidebysideinput.cpp). Text is selected in one pane at a time.
    const ViewSelection &selection() const { return m_selection; }
    void setSelection(const TextPlace &anchor, const TextPlace &cursor);
    void clearSelection();
    /// @brief Selects the whole text of a pane.
    void selectAll(Side side);
    /// @brief The selected text as the pane shows it (ViewSelection::text).
    QString selectedText() const;
    /// @brief Puts the selected text on the clipboard; false when nothing is selected.
    bool copy();
    /// Edit › Copy and Select All; their shortcuts work while the view has the focus.
    QAction *copyAction() const { return m_copyAction; }
    QAction *selectAllAction() const { return m_selectAllAction; }
    /// @brief The text place nearest a viewport position in one pane (y clamped to the
    /// viewport), or a null place when the comparison is empty.
    TextPlace placeAt(const QPoint &viewportPos, Side side) const;
    /// @brief The caret's rectangle for a place, in viewport coordinates (empty for none).
    QRect placeRect(const TextPlace &place) const;
    /// @brief Scrolls the least needed to show a place.
    void ensurePlaceVisible(const TextPlace &place);

signals:
    void changeClicked(int changeIndex);
    /// A paragraph set aside as page clutter (index into Document::setAside of the
    /// comparison's document on `side`) was clicked: compare it after all.
    void keepAsideRequested(Recension::Side side, int asideIndex);
    void copyEvidenceRequested(int changeIndex);
    void findMatchesChanged(int count, int current);
    /// Heights were refined or the comparison changed (the overview repaints).
    void layoutChanged();
    /// The selection or the caret moved.
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Anchor
    {
        int row = -1;
        int offset = 0;
    };
    struct Hit
    {
        int row = -1;
        Side side = Left;
        int paragraph = -1; ///< document paragraph index
        int position = -1;  ///< UTF-16 cursor in that paragraph
    };

    struct AsideHit
    {
        Side side = Left;
        int index = -1; ///< into Document::setAside; -1: none
    };

    void rebuild();
    void relayout();
    void estimateAll();
    Anchor anchor() const;
    void restoreAnchor(const Anchor &anchor);
    void updateScrollBar();
    void updateOverviewSpan();
    void measureSlice();
    bool ensureVisibleExact();
    const CellLayout *cell(int row, Side side) const;
    CellContent content(int row, Side side) const;
    QStringList texts(int row, Side side) const;
    void updateColumns();
    int scrollY() const;
    Hit hitTest(const QPoint &pos) const;
    int changeAtHit(const Hit &hit) const;

    // Paragraphs set aside as clutter (sidebysideaside.cpp)
    bool showsSide(int row, Side side) const;
    QStringList asideTexts(int row, Side side) const;
    CellContent asideContent(int row, Side side) const;
    void paintAside(QPainter &painter, int row, Side side, const QRect &rect);
    AsideHit asideAt(const QPoint &pos) const;
    bool asideToolTip(QHelpEvent *event);
    bool keepAsideAt(const QPoint &pos);
    /// @brief Adds to a context menu one entry per paragraph set aside as clutter, each
    /// asking to compare it after all (keepAsideRequested).
    void addClutterMenu(QMenu *menu);

    void paintRow(QPainter &painter, int row, int y);
    void paintCell(QPainter &painter, int row, Side side, const QRect &rect);
    void paintConnector(QPainter &painter, int firstRow, int lastRow);
    void paintBand(QPainter &painter, std::array<int, 2> rows, LinkKind kind);

    /// Caret moves of the keyboard (sidebysideinput.cpp).
    enum class Move {
        CharacterBack, CharacterForward, WordBack, WordForward, LineUp, LineDown,
        LineStart, LineEnd, PageUp, PageDown, PaneStart, PaneEnd
    };
    void setUpInput();
    TextPlace moved(const TextPlace &from, Move move);
    /// @brief Where Shift+key starts when nothing is selected: the caret, else the start
    /// of the current change, else the first row in view.
    TextPlace keyboardStart() const;
    /// @brief The laid-out paragraph of a place and its origin in viewport coordinates.
    const QTextLayout *layoutOf(const TextPlace &place, QPointF *origin) const;
    int nextParagraph(int row, Side side) const;
    void extendSelectionTo(const QPoint &viewportPos);
    void autoScroll();
    QVector<QTextLayout::FormatRange> selectionFormats(Side side, int paragraph,
                                                       int length) const;
    void paintCaretAndFocus(QPainter &painter);

    ComparisonPtr m_comparison;
    RowModel m_rows;
    RowGeometry m_geometry;
    mutable RowLayoutCache m_layouts;
    Palette m_palette;
    /// Marks of each paragraph of each side, from Comparison::changes.
    std::array<QVector<QVector<MarkRange>>, 2> m_marks;
    /// Change indices of each paragraph's marks, parallel to m_marks.
    std::array<QVector<QVector<int>>, 2> m_markChanges;
    int m_currentChange = -1;
    QString m_findText;
    QVector<FindMatch> m_matches;
    std::array<QVector<QVector<int>>, 2> m_matchesOfParagraph;
    int m_currentMatch = -1;
    QTimer m_measureTimer;
    QTimer m_overviewTimer;
    int m_measureFrom = 0;
    OverviewStrip *m_overview = nullptr;
    int m_connectorWidth = 56;
    int m_cellPadding = 10;
    int m_lastWidth = -1;

    ViewSelection m_selection;
    QAction *m_copyAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    bool m_selecting = false;       ///< the left button is down over a pane
    QPoint m_pressPos;
    QPoint m_lastMousePos;
    QElapsedTimer m_doubleClicked;  ///< since the last double-click (a third click follows)
    QTimer m_autoScrollTimer;
    qreal m_goalX = -1;             ///< the x that line moves keep, -1 when unset
    /// First paragraph of each side at or after each row, for places in gaps (lazy).
    mutable std::array<QVector<int>, 2> m_nextParagraph;
};

} // namespace Recension::Ui
