#include "ui/view/sidebysideview.h"

#include "ui/panels/evidence.h"
#include "ui/view/overviewstrip.h"
#include "ui/view/viewaccessible.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QMenu>
#include <QScrollBar>
#include <QTextLine>
#include <QToolTip>

#include <cmath>

namespace Recension::Ui {

namespace {

constexpr int OverviewWidth = 14;
constexpr int RowPadding = 6;
constexpr int SliceMilliseconds = 8; // a background slice stays well under one frame

} // namespace

SideBySideView::SideBySideView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_palette(Palette::make(ColourScheme::System, palette()))
{
    ViewAccessible::install(); // before anything asks for the view's interface
    setAccessibleName(tr("Side-by-side comparison"));
    setAccessibleDescription(tr("The left version, a connector strip and the right version; "
                                "changes are marked in both columns."));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setViewportMargins(0, 0, OverviewWidth, 0);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    m_layouts.setFont(font());

    m_overview = new OverviewStrip(this);
    m_overview->setColours(m_palette);
    connect(m_overview, &OverviewStrip::jumpRequested, this, [this](qreal fraction) {
        const int y = int(fraction * m_geometry.totalHeight()) - viewport()->height() / 2;
        verticalScrollBar()->setValue(y);
    });
    // Heights change in every background slice; the overview follows a few times a second.
    m_overviewTimer.setSingleShot(true);
    m_overviewTimer.setInterval(150);
    connect(&m_overviewTimer, &QTimer::timeout, this, [this] {
        m_overview->setGeometry(m_geometry);
        updateOverviewSpan();
    });
    connect(this, &SideBySideView::layoutChanged, this, [this] {
        if (!m_overviewTimer.isActive())
            m_overviewTimer.start();
    });

    m_measureTimer.setInterval(0);
    connect(&m_measureTimer, &QTimer::timeout, this, &SideBySideView::measureSlice);
    setUpInput();
    rebuild();
}

SideBySideView::~SideBySideView() = default;

void SideBySideView::setComparison(const ComparisonPtr &comparison)
{
    m_comparison = comparison;
    m_currentChange = -1;
    rebuild();
    verticalScrollBar()->setValue(0);
    setFindText(m_findText);
    m_overviewTimer.stop();
    m_overview->setChanges(m_comparison, m_rows);
    m_overview->setGeometry(m_geometry);
    updateOverviewSpan();
    ViewAccessible::comparisonChanged(this);
}

void SideBySideView::setColours(const Palette &palette)
{
    m_palette = palette;
    m_overview->setColours(palette);
    m_layouts.clear(); // formats carry colours
    viewport()->update();
}

void SideBySideView::rebuild()
{
    m_rows = m_comparison ? RowModel(*m_comparison, RowLayout::Clutter::Shown) : RowModel();
    m_selection.clear(); // its places belong to the documents shown before
    m_nextParagraph = {};
    for (Side side : {Left, Right}) {
        const DocumentPtr doc = m_comparison ? m_comparison->documents[side] : nullptr;
        const int count = doc ? int(doc->paragraphs.size()) : 0;
        m_marks[side] = QVector<QVector<MarkRange>>(count);
        m_markChanges[side] = QVector<QVector<int>>(count);
    }
    if (m_comparison) {
        const QVector<Change> &changes = m_comparison->changes;
        // Each paragraph's lists sized once: growing them change by change was a third of
        // taking a result of 250,000 changes.
        for (Side side : {Left, Right}) {
            QVector<int> count(m_marks[side].size(), 0);
            for (const Change &change : changes) {
                const Span &span = change.sides[side];
                if (!span.isNull() && span.paragraph < count.size())
                    ++count[span.paragraph];
            }
            for (int p = 0; p < count.size(); ++p) {
                m_marks[side][p].reserve(count[p]);
                m_markChanges[side][p].reserve(count[p]);
            }
        }
        for (int c = 0; c < changes.size(); ++c) {
            for (Side side : {Left, Right}) {
                const Span &span = changes[c].sides[side];
                if (span.isNull() || span.paragraph >= m_marks[side].size())
                    continue;
                m_marks[side][span.paragraph].append(
                    {span.start, span.end, changes[c].category, changes[c].inQuote});
                m_markChanges[side][span.paragraph].append(c);
            }
        }
    }
    m_layouts.clear();
    m_geometry.reset(m_rows.rowCount(), RowPadding);
    m_lastWidth = -1;
    relayout();
}

void SideBySideView::updateColumns()
{
    m_layouts.setTextWidth(qMax(40, columnRect(Left).width() - 2 * m_cellPadding));
}

QRect SideBySideView::columnRect(Side side) const
{
    const int width = viewport()->width();
    const int column = qMax(0, (width - m_connectorWidth) / 2);
    return side == Left ? QRect(0, 0, column, viewport()->height())
                        : QRect(width - column, 0, column, viewport()->height());
}

int SideBySideView::scrollY() const
{
    return verticalScrollBar()->value();
}

QStringList SideBySideView::texts(int row, Side side) const
{
    if (!m_rows.row(row).aside[side].isEmpty())
        return asideTexts(row, side);
    QStringList result;
    const DocumentPtr &doc = m_comparison->documents[side];
    for (int p : m_rows.row(row).paragraphs[side])
        result << doc->paragraphs[p].text;
    return result;
}

CellContent SideBySideView::content(int row, Side side) const
{
    if (!m_rows.row(row).aside[side].isEmpty())
        return asideContent(row, side);
    CellContent c;
    c.texts = texts(row, side);
    for (int p : m_rows.row(row).paragraphs[side])
        c.formats.append(ChangeStyle::formatRanges(m_marks[side][p], m_palette));
    return c;
}

const CellLayout *SideBySideView::cell(int row, Side side) const
{
    if (const CellLayout *found = m_layouts.find(row, side))
        return found;
    return m_layouts.insert(row, side, content(row, side));
}

void SideBySideView::estimateAll()
{
    for (int r = 0; r < m_rows.rowCount(); ++r) {
        std::array<int, 2> h{0, 0};
        for (Side side : {Left, Right}) {
            if (showsSide(r, side))
                h[side] = int(std::ceil(m_layouts.estimate(texts(r, side))));
        }
        m_geometry.setCellHeights(r, h, false);
    }
}

/// Width changed: every height is an estimate again; keep the top row where it was.
void SideBySideView::relayout()
{
    const Anchor a = anchor();
    m_lastWidth = viewport()->width();
    updateColumns();
    estimateAll();
    m_measureFrom = 0;
    updateScrollBar();
    restoreAnchor(a);
    if (m_rows.rowCount() > 0)
        m_measureTimer.start();
    emit layoutChanged();
    viewport()->update();
}

SideBySideView::Anchor SideBySideView::anchor() const
{
    Anchor a;
    a.row = m_geometry.rowAt(scrollY());
    if (a.row >= 0)
        a.offset = scrollY() - m_geometry.rowTop(a.row);
    return a;
}

void SideBySideView::restoreAnchor(const Anchor &a)
{
    updateScrollBar();
    if (a.row >= 0 && a.row < m_geometry.rowCount())
        verticalScrollBar()->setValue(m_geometry.rowTop(a.row) + a.offset);
}

void SideBySideView::updateScrollBar()
{
    const int page = viewport()->height();
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, qMax(0, m_geometry.totalHeight() - page));
    // A page keeps one line of the last in view, as text viewers do.
    bar->setPageStep(qMax(1, page - fontMetrics().lineSpacing()));
    bar->setSingleStep(qMax(1, fontMetrics().lineSpacing() * 2));
}

void SideBySideView::measureSlice()
{
    if (!m_comparison) {
        m_measureTimer.stop();
        return;
    }
    const Anchor a = anchor();
    QElapsedTimer clock;
    clock.start();
    bool changed = false;
    while (clock.elapsed() < SliceMilliseconds) {
        const int r = m_geometry.nextInexact(m_measureFrom);
        if (r < 0) {
            m_measureTimer.stop();
            break;
        }
        std::array<int, 2> h{0, 0};
        for (Side side : {Left, Right}) {
            if (showsSide(r, side))
                h[side] = int(std::ceil(m_layouts.measure(texts(r, side))));
        }
        m_geometry.setCellHeights(r, h, true);
        m_measureFrom = r + 1;
        changed = true;
    }
    if (changed) {
        restoreAnchor(a);
        emit layoutChanged();
    }
}

void SideBySideView::layOutAllRows()
{
    m_measureFrom = 0;
    while (m_geometry.nextInexact(0) >= 0)
        measureSlice();
    ensureVisibleExact();
}

/// Lays out the rows in view exactly; rows below them move, the top row does not.
bool SideBySideView::ensureVisibleExact()
{
    if (!m_comparison)
        return false;
    const Anchor a = anchor();
    const int bottom = scrollY() + viewport()->height();
    bool changed = false;
    for (int r = qMax(0, a.row); r < m_rows.rowCount() && m_geometry.rowTop(r) < bottom; ++r) {
        if (m_geometry.isExact(r))
            continue;
        std::array<int, 2> h{0, 0};
        for (Side side : {Left, Right}) {
            if (showsSide(r, side))
                h[side] = int(std::ceil(cell(r, side)->height));
        }
        m_geometry.setCellHeights(r, h, true);
        changed = true;
    }
    if (changed) {
        restoreAnchor(a);
        emit layoutChanged();
    }
    return changed;
}

void SideBySideView::scrollToRow(int row, int offsetInRow)
{
    if (row < 0 || row >= m_rows.rowCount())
        return;
    // Laying out the rows in view can move the target; a few passes settle it.
    for (int pass = 0; pass < 4; ++pass) {
        const int target = m_geometry.rowTop(row) + offsetInRow - viewport()->height() / 4;
        verticalScrollBar()->setValue(target);
        if (!ensureVisibleExact())
            break;
    }
    viewport()->update();
}

int SideBySideView::firstVisibleRow() const
{
    return m_geometry.rowAt(scrollY());
}

int SideBySideView::lastVisibleRow() const
{
    return m_geometry.rowAt(scrollY() + viewport()->height() - 1);
}

bool SideBySideView::isRowVisible(int row) const
{
    if (row < 0 || row >= m_rows.rowCount())
        return false;
    const int top = m_geometry.rowTop(row) - scrollY();
    return top < viewport()->height() && top + m_geometry.rowHeight(row) > 0;
}

void SideBySideView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const QRect vp = viewport()->geometry();
    m_overview->setGeometry(vp.right() + 1, vp.top(), OverviewWidth, vp.height());
    if (viewport()->width() != m_lastWidth)
        relayout();
    else
        updateScrollBar();
}

void SideBySideView::updateOverviewSpan()
{
    const qreal total = m_geometry.totalHeight();
    m_overview->setViewportSpan(total > 0 ? scrollY() / total : 0.0,
                                total > 0 ? viewport()->height() / total : 1.0);
}

void SideBySideView::scrollContentsBy(int, int)
{
    updateOverviewSpan();
    viewport()->update();
}

void SideBySideView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_layouts.setFont(font());
        m_lastWidth = -1;
        relayout();
    }
}

void SideBySideView::setCurrentChange(int changeIndex)
{
    if (!m_comparison || changeIndex < 0 || changeIndex >= m_comparison->changes.size())
        changeIndex = -1;
    m_currentChange = changeIndex;
    viewport()->update();
    if (changeIndex < 0)
        return;
    const Change &change = m_comparison->changes[changeIndex];
    const auto rows = m_rows.rowsOfChange(change);
    const Side side = rows[Left] >= 0 ? Left : Right;
    if (rows[side] < 0)
        return;
    const QRect rect = changeRect(changeIndex);
    if (!rect.isEmpty() && viewport()->rect().contains(rect))
        return;
    // Scroll to the line of the change's first side.
    const Span &span = change.sides[side];
    const CellLayout *c = cell(rows[side], side);
    const int k = m_rows.indexInCell(side, span.paragraph);
    int offset = 0;
    if (k >= 0 && k < int(c->paragraphs.size())) {
        const QTextLine line = c->paragraphs[size_t(k)]->lineForTextPosition(span.start);
        offset = int(c->tops[k] + (line.isValid() ? line.y() : 0));
    }
    scrollToRow(rows[side], offset);
}

QRect SideBySideView::changeRect(int changeIndex) const
{
    return changeRect(changeIndex, Left).united(changeRect(changeIndex, Right));
}

QRect SideBySideView::changeRect(int changeIndex, Side side) const
{
    if (!m_comparison || changeIndex < 0 || changeIndex >= m_comparison->changes.size())
        return {};
    const Change &change = m_comparison->changes[changeIndex];
    const int row = m_rows.rowsOfChange(change)[side];
    if (row < 0)
        return {};
    const Span &span = change.sides[side];
    const int k = m_rows.indexInCell(side, span.paragraph);
    const CellLayout *c = cell(row, side);
    if (k < 0 || k >= int(c->paragraphs.size()))
        return {};
    const QTextLayout &layout = *c->paragraphs[size_t(k)];
    const QPointF origin(columnRect(side).left() + m_cellPadding,
                         m_geometry.rowTop(row) - scrollY() + RowPadding + c->tops[k]);
    const int end = span.lastParagraph() == span.paragraph ? span.end : int(layout.text().size());
    QRectF united;
    for (const QRectF &r : ChangeStyle::rangeRects(layout, origin, span.start,
                                                   qMax(end, span.start + 1)))
        united = united.isNull() ? r : united.united(r);
    return united.toAlignedRect();
}

void SideBySideView::setFindText(const QString &text)
{
    m_findText = text;
    m_matches.clear();
    m_currentMatch = -1;
    for (Side side : {Left, Right})
        m_matchesOfParagraph[side] = QVector<QVector<int>>(m_marks[side].size());
    if (m_comparison && !text.isEmpty()) {
        for (int r = 0; r < m_rows.rowCount(); ++r) {
            for (Side side : {Left, Right}) {
                for (int p : m_rows.row(r).paragraphs[side]) {
                    const QString &t = m_comparison->documents[side]->paragraphs[p].text;
                    for (qsizetype at = t.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
                         at = t.indexOf(text, at + text.size(), Qt::CaseInsensitive)) {
                        m_matchesOfParagraph[side][p].append(int(m_matches.size()));
                        m_matches.append({side, p, int(at), int(text.size()), r});
                    }
                }
            }
        }
    }
    emit findMatchesChanged(int(m_matches.size()), m_currentMatch);
    viewport()->update();
}

bool SideBySideView::findNext(bool backwards)
{
    const int count = int(m_matches.size());
    if (count == 0)
        return false;
    if (m_currentMatch < 0) {
        const int first = firstVisibleRow();
        m_currentMatch = backwards ? count - 1 : 0;
        for (int i = 0; i < count; ++i) {
            const int m = backwards ? count - 1 - i : i;
            if (backwards ? m_matches[m].row <= lastVisibleRow() : m_matches[m].row >= first) {
                m_currentMatch = m;
                break;
            }
        }
    } else {
        m_currentMatch = (m_currentMatch + (backwards ? count - 1 : 1)) % count;
    }
    const FindMatch &match = m_matches[m_currentMatch];
    const CellLayout *c = cell(match.row, match.side);
    const int k = m_rows.indexInCell(match.side, match.paragraph);
    const QTextLine line = c->paragraphs[size_t(k)]->lineForTextPosition(match.start);
    const int offset = int(c->tops[k] + (line.isValid() ? line.y() : 0));
    const int top = m_geometry.rowTop(match.row) + RowPadding + offset - scrollY();
    if (top < 0 || top + fontMetrics().lineSpacing() > viewport()->height())
        scrollToRow(match.row, offset);
    emit findMatchesChanged(count, m_currentMatch);
    viewport()->update();
    return true;
}

SideBySideView::Hit SideBySideView::hitTest(const QPoint &pos) const
{
    Hit hit;
    if (!m_comparison || m_rows.rowCount() == 0)
        return hit;
    const int y = pos.y() + scrollY();
    if (y >= m_geometry.totalHeight())
        return hit;
    hit.row = m_geometry.rowAt(y);
    if (columnRect(Left).contains(QPoint(pos.x(), 0)))
        hit.side = Left;
    else if (columnRect(Right).contains(QPoint(pos.x(), 0)))
        hit.side = Right;
    else
        return hit;
    const Row &row = m_rows.row(hit.row);
    if (!row.hasSide(hit.side))
        return hit;
    const CellLayout *c = cell(hit.row, hit.side);
    const qreal localY = y - m_geometry.rowTop(hit.row) - RowPadding;
    const qreal localX = pos.x() - columnRect(hit.side).left() - m_cellPadding;
    for (int k = int(c->paragraphs.size()) - 1; k >= 0; --k) {
        if (localY < c->tops[k])
            continue;
        const QTextLayout &layout = *c->paragraphs[size_t(k)];
        hit.paragraph = row.paragraphs[hit.side][k];
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            if (localY - c->tops[k] < line.y() || localY - c->tops[k] >= line.y() + line.height())
                continue;
            if (localX >= line.x() && localX <= line.x() + line.naturalTextWidth())
                hit.position = line.xToCursor(localX, QTextLine::CursorOnCharacter);
            break;
        }
        break;
    }
    return hit;
}

int SideBySideView::changeAtHit(const Hit &hit) const
{
    if (hit.paragraph < 0 || hit.position < 0)
        return -1;
    const QVector<MarkRange> &marks = m_marks[hit.side][hit.paragraph];
    for (int i = 0; i < marks.size(); ++i) {
        if (hit.position >= marks[i].start && hit.position < marks[i].end)
            return m_markChanges[hit.side][hit.paragraph][i];
    }
    return -1;
}

int SideBySideView::changeAt(const QPoint &viewportPos) const
{
    return changeAtHit(hitTest(viewportPos));
}

bool SideBySideView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (asideToolTip(help))
            return true;
        const int c = changeAt(help->pos());
        if (c >= 0) {
            const Change &change = m_comparison->changes[c];
            QString tip = Evidence::summary(*m_comparison, change);
            tip += QLatin1Char('\n')
                + (change.inQuote
                       ? tr("%1 severity, inside a quotation")
                             .arg(ChangeStyle::severityName(change.severity))
                       : tr("%1 severity").arg(ChangeStyle::severityName(change.severity)));
            QToolTip::showText(help->globalPos(), tip, viewport());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Recension::Ui
