// SideBySideView's keyboard, mouse and selection: scrolling keys as in a text viewer, text
// selected in one pane by mouse or keyboard, the caret, Copy and the focus frame.
#include "ui/view/sidebysideview.h"

#include "text/tokenizer.h"
#include "ui/view/viewaccessible.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextLine>

#include <optional>

namespace Recension::Ui {

namespace {

constexpr int AutoScrollMilliseconds = 40;

} // namespace

void SideBySideView::setUpInput()
{
    m_copyAction = new QAction(tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setToolTip(tr("Copy the text selected in a pane"));
    m_copyAction->setEnabled(false);
    connect(m_copyAction, &QAction::triggered, this, [this] { copy(); });
    addAction(m_copyAction);
    m_selectAllAction = new QAction(tr("Select &All"), this);
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    m_selectAllAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_selectAllAction->setToolTip(tr("Select the whole text of the pane with the caret"));
    connect(m_selectAllAction, &QAction::triggered, this,
            [this] { selectAll(m_selection.hasCaret() ? m_selection.side() : Left); });
    addAction(m_selectAllAction);
    connect(this, &SideBySideView::selectionChanged, this, [this] {
        m_copyAction->setEnabled(!m_selection.isEmpty());
        ViewAccessible::selectionChanged(this);
    });
    m_autoScrollTimer.setInterval(AutoScrollMilliseconds);
    connect(&m_autoScrollTimer, &QTimer::timeout, this, &SideBySideView::autoScroll);
}

void SideBySideView::setSelection(const TextPlace &anchor, const TextPlace &cursor)
{
    if (!m_comparison)
        return;
    const auto valid = [this](const TextPlace &place) {
        return !place.isNull()
            && place.paragraph < m_comparison->documents[place.side]->paragraphs.size();
    };
    if (!valid(anchor) || !valid(cursor))
        return;
    m_selection.select(anchor, cursor);
    viewport()->update();
    emit selectionChanged();
}

void SideBySideView::clearSelection()
{
    m_selection.clear();
    viewport()->update();
    emit selectionChanged();
}

void SideBySideView::selectAll(Side side)
{
    if (!m_comparison || m_comparison->documents[side]->paragraphs.isEmpty())
        return;
    const auto &paragraphs = m_comparison->documents[side]->paragraphs;
    const int last = int(paragraphs.size()) - 1;
    setSelection({side, 0, 0}, {side, last, int(paragraphs[last].text.size())});
}

QString SideBySideView::selectedText() const
{
    if (!m_comparison || m_selection.isEmpty())
        return {};
    return m_selection.text(*m_comparison->documents[m_selection.side()]);
}

bool SideBySideView::copy()
{
    const QString text = selectedText();
    if (text.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(text);
    return true;
}

int SideBySideView::nextParagraph(int row, Side side) const
{
    QVector<int> &next = m_nextParagraph[side];
    if (next.size() != m_rows.rowCount() + 1) {
        next.resize(m_rows.rowCount() + 1);
        next[m_rows.rowCount()] = int(m_comparison->documents[side]->paragraphs.size());
        for (int r = m_rows.rowCount() - 1; r >= 0; --r) {
            const Row &shown = m_rows.row(r);
            next[r] = shown.hasSide(side) ? shown.paragraphs[side].first() : next[r + 1];
        }
    }
    return next[qBound(0, row, m_rows.rowCount())];
}

TextPlace SideBySideView::placeAt(const QPoint &viewportPos, Side side) const
{
    if (!m_comparison || m_rows.rowCount() == 0
        || m_comparison->documents[side]->paragraphs.isEmpty())
        return {};
    const auto &paragraphs = m_comparison->documents[side]->paragraphs;
    const int y = qBound(0, viewportPos.y(), qMax(0, viewport()->height() - 1)) + scrollY();
    const int row = m_geometry.rowAt(qMin(y, qMax(0, m_geometry.totalHeight() - 1)));
    if (y >= m_geometry.totalHeight()) {
        const int last = int(paragraphs.size()) - 1;
        return {side, last, int(paragraphs[last].text.size())};
    }
    if (!m_rows.row(row).hasSide(side)) {
        // A gap: the place where the next paragraph of that side begins.
        const int next = nextParagraph(row, side);
        if (next < paragraphs.size())
            return {side, next, 0};
        return {side, int(paragraphs.size()) - 1, int(paragraphs.last().text.size())};
    }
    const Row &shown = m_rows.row(row);
    const CellLayout *c = cell(row, side);
    const qreal localY = y - m_geometry.rowTop(row) - m_geometry.padding();
    const qreal localX = viewportPos.x() - columnRect(side).left() - m_cellPadding;
    int k = 0;
    while (k + 1 < int(c->paragraphs.size()) && localY >= c->tops[k + 1])
        ++k;
    const QTextLayout &layout = *c->paragraphs[size_t(k)];
    const qreal inParagraph = localY - c->tops[k];
    int lineIndex = 0;
    while (lineIndex + 1 < layout.lineCount()
           && inParagraph >= layout.lineAt(lineIndex + 1).y())
        ++lineIndex;
    const QTextLine line = layout.lineAt(lineIndex);
    const int offset = line.isValid() ? line.xToCursor(localX, QTextLine::CursorBetweenCharacters)
                                      : 0;
    return {side, shown.paragraphs[side][k], offset};
}

const QTextLayout *SideBySideView::layoutOf(const TextPlace &place, QPointF *origin) const
{
    if (!m_comparison || place.isNull())
        return nullptr;
    const int row = m_rows.rowOfParagraph(place.side, place.paragraph);
    const int k = m_rows.indexInCell(place.side, place.paragraph);
    if (row < 0 || k < 0)
        return nullptr;
    const CellLayout *c = cell(row, place.side);
    if (k >= int(c->paragraphs.size()))
        return nullptr;
    *origin = QPointF(columnRect(place.side).left() + m_cellPadding,
                      m_geometry.rowTop(row) - scrollY() + m_geometry.padding() + c->tops[k]);
    return c->paragraphs[size_t(k)].get();
}

QRect SideBySideView::placeRect(const TextPlace &place) const
{
    QPointF origin;
    const QTextLayout *layout = layoutOf(place, &origin);
    if (!layout)
        return {};
    const QTextLine line = layout->lineForTextPosition(place.offset);
    if (!line.isValid())
        return QRect(origin.toPoint(), QSize(1, fontMetrics().height()));
    const qreal x = line.cursorToX(place.offset);
    return QRectF(origin.x() + x, origin.y() + line.y(), 1, line.height()).toAlignedRect();
}

void SideBySideView::ensurePlaceVisible(const TextPlace &place)
{
    // Laying out the rows brought into view can move the place; a few passes settle it.
    for (int pass = 0; pass < 3; ++pass) {
        const QRect rect = placeRect(place);
        if (rect.isEmpty())
            return;
        int delta = 0;
        if (rect.top() < 0)
            delta = rect.top();
        else if (rect.bottom() >= viewport()->height())
            delta = rect.bottom() - viewport()->height() + 1;
        if (delta == 0)
            break;
        verticalScrollBar()->setValue(scrollY() + delta);
        ensureVisibleExact();
    }
    viewport()->update();
}

TextPlace SideBySideView::keyboardStart() const
{
    if (m_selection.hasCaret())
        return m_selection.cursor();
    if (m_currentChange >= 0) {
        const Change &change = m_comparison->changes[m_currentChange];
        for (Side side : {Left, Right}) {
            if (!change.sides[side].isNull())
                return {side, change.sides[side].paragraph, change.sides[side].start};
        }
    }
    const int row = firstVisibleRow();
    if (row < 0)
        return {};
    for (Side side : {Left, Right}) {
        if (m_rows.row(row).hasSide(side))
            return {side, m_rows.row(row).paragraphs[side].first(), 0};
    }
    return {};
}

TextPlace SideBySideView::moved(const TextPlace &from, Move move)
{
    const Document &document = *m_comparison->documents[from.side];
    const int count = int(document.paragraphs.size());
    const int p = from.paragraph;
    const QString &text = document.paragraphs[p].text;
    const int length = int(text.size());
    const TextPlace previousEnd{from.side, p - 1,
                                p > 0 ? int(document.paragraphs[p - 1].text.size()) : 0};
    const TextPlace nextStart{from.side, p + 1, 0};
    QPointF origin;
    switch (move) {
    case Move::PaneStart:
        return {from.side, 0, 0};
    case Move::PaneEnd:
        return {from.side, count - 1, int(document.paragraphs[count - 1].text.size())};
    case Move::CharacterBack:
    case Move::CharacterForward: {
        const bool back = move == Move::CharacterBack;
        if (back ? from.offset <= 0 : from.offset >= length)
            return back ? (p > 0 ? previousEnd : from) : (p + 1 < count ? nextStart : from);
        const QTextLayout *layout = layoutOf(from, &origin);
        if (!layout)
            return from;
        // Whole graphemes: an accent or an emoji is never split.
        return {from.side, p, back ? layout->previousCursorPosition(from.offset)
                                   : layout->nextCursorPosition(from.offset)};
    }
    case Move::WordBack:
    case Move::WordForward: {
        // Words as the comparison sees them (ICU word breaks).
        const QVector<Token> tokens = tokenize(text, document.language);
        if (move == Move::WordForward) {
            for (const Token &token : tokens) {
                if (token.isWord() && token.end() > from.offset)
                    return {from.side, p, token.end()};
            }
            return from.offset < length ? TextPlace{from.side, p, length}
                                        : (p + 1 < count ? nextStart : from);
        }
        for (auto it = tokens.crbegin(); it != tokens.crend(); ++it) {
            if (it->isWord() && it->start < from.offset)
                return {from.side, p, it->start};
        }
        return from.offset > 0 ? TextPlace{from.side, p, 0} : (p > 0 ? previousEnd : from);
    }
    case Move::LineStart:
    case Move::LineEnd: {
        const QTextLayout *layout = layoutOf(from, &origin);
        const QTextLine line = layout ? layout->lineForTextPosition(from.offset) : QTextLine();
        if (!line.isValid())
            return from;
        if (move == Move::LineStart)
            return {from.side, p, line.textStart()};
        int end = line.textStart() + line.textLength();
        // A wrapped line's end before its trailing space, or the caret shows on the next line.
        if (end < length && end > line.textStart() && text.at(end - 1).isSpace())
            --end;
        return {from.side, p, end};
    }
    case Move::LineUp:
    case Move::LineDown: {
        const bool up = move == Move::LineUp;
        const QTextLayout *layout = layoutOf(from, &origin);
        const QTextLine line = layout ? layout->lineForTextPosition(from.offset) : QTextLine();
        if (!line.isValid())
            return from;
        if (m_goalX < 0)
            m_goalX = line.cursorToX(from.offset);
        const int target = line.lineNumber() + (up ? -1 : 1);
        if (target >= 0 && target < layout->lineCount())
            return {from.side, p, layout->lineAt(target).xToCursor(m_goalX)};
        const int next = p + (up ? -1 : 1);
        if (next < 0)
            return {from.side, p, 0};
        if (next >= count)
            return {from.side, p, length};
        const QTextLayout *other = layoutOf({from.side, next, 0}, &origin);
        if (!other || other->lineCount() == 0)
            return {from.side, next, 0};
        const QTextLine edge = other->lineAt(up ? other->lineCount() - 1 : 0);
        return {from.side, next, edge.xToCursor(m_goalX)};
    }
    case Move::PageUp:
    case Move::PageDown: {
        const int lines = qMax(1, viewport()->height() / qMax(1, fontMetrics().lineSpacing()) - 1);
        TextPlace place = from;
        for (int i = 0; i < lines; ++i)
            place = moved(place, move == Move::PageUp ? Move::LineUp : Move::LineDown);
        return place;
    }
    }
    return from;
}

void SideBySideView::keyPressEvent(QKeyEvent *event)
{
    // The actions' shortcuts do this while the window is active; the keys still work when
    // the shortcut map passed them on (an inactive window, a test).
    if (event == QKeySequence::Copy) {
        copy();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        m_selectAllAction->trigger();
        return;
    }
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    const bool control = event->modifiers().testFlag(Qt::ControlModifier);
    std::optional<Move> move;
    switch (event->key()) {
    case Qt::Key_Left: move = control ? Move::WordBack : Move::CharacterBack; break;
    case Qt::Key_Right: move = control ? Move::WordForward : Move::CharacterForward; break;
    case Qt::Key_Up: move = Move::LineUp; break;
    case Qt::Key_Down: move = Move::LineDown; break;
    case Qt::Key_PageUp: move = Move::PageUp; break;
    case Qt::Key_PageDown: move = Move::PageDown; break;
    case Qt::Key_Home: move = control ? Move::PaneStart : Move::LineStart; break;
    case Qt::Key_End: move = control ? Move::PaneEnd : Move::LineEnd; break;
    default: break;
    }
    if (move && *move != Move::LineUp && *move != Move::LineDown && *move != Move::PageUp
        && *move != Move::PageDown)
        m_goalX = -1;
    if (move && shift) {
        const TextPlace start = keyboardStart();
        if (start.isNull())
            return;
        if (!m_selection.hasCaret())
            m_selection.setCaret(start);
        const TextPlace to = moved(m_selection.cursor(), *move);
        m_selection.extendTo(to);
        ensurePlaceVisible(to);
        emit selectionChanged();
        return;
    }
    // Without Shift the keys scroll, as in a text viewer: Home and End (with or without
    // Ctrl) go to the top and the bottom; arrows and pages are the scroll area's.
    if (event->key() == Qt::Key_Home || event->key() == Qt::Key_End) {
        verticalScrollBar()->triggerAction(event->key() == Qt::Key_Home
                                               ? QAbstractSlider::SliderToMinimum
                                               : QAbstractSlider::SliderToMaximum);
        // The rows now in view get their exact heights; the end moves until it settles.
        for (int pass = 0; pass < 4 && ensureVisibleExact(); ++pass) {
            if (event->key() == Qt::Key_End)
                verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
        }
        return;
    }
    if (event->key() == Qt::Key_Escape && !m_selection.isEmpty()) {
        m_selection.setCaret(m_selection.cursor());
        viewport()->update();
        emit selectionChanged();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void SideBySideView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    if (keepAsideAt(pos)) { // a paragraph set aside as clutter, brought back
        event->accept();
        return;
    }
    std::optional<Side> side;
    for (Side s : {Left, Right}) {
        if (columnRect(s).contains(QPoint(pos.x(), 0)))
            side = s;
    }
    const TextPlace place = side ? placeAt(pos, *side) : TextPlace();
    const bool third = m_doubleClicked.isValid()
        && m_doubleClicked.elapsed() < QApplication::doubleClickInterval()
        && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance();
    m_doubleClicked.invalidate();
    m_goalX = -1;
    if (!place.isNull()) {
        if (third) {
            const int length
                = int(m_comparison->documents[place.side]->paragraphs[place.paragraph].text.size());
            m_selection.select({place.side, place.paragraph, 0},
                               {place.side, place.paragraph, length});
        } else if (event->modifiers().testFlag(Qt::ShiftModifier) && m_selection.hasCaret()
                   && place.side == m_selection.side()) {
            m_selection.extendTo(place);
        } else {
            m_selection.setCaret(place);
        }
        m_selecting = !third;
        m_pressPos = pos;
        viewport()->update();
        emit selectionChanged();
    }
    const int c = changeAt(pos);
    if (c >= 0) {
        setCurrentChange(c);
        emit changeClicked(c);
    }
    event->accept();
}

void SideBySideView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton || !m_selection.hasCaret()) {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
        return;
    }
    // The word under the pointer, as the comparison splits words.
    const TextPlace place = placeAt(pos, m_selection.side());
    if (place.isNull())
        return;
    const Document &document = *m_comparison->documents[place.side];
    const QVector<Token> tokens = tokenize(document.paragraphs[place.paragraph].text,
                                           document.language);
    for (const Token &token : tokens) {
        if (token.end() > place.offset || &token == &tokens.last()) {
            m_selection.select({place.side, place.paragraph, token.start},
                               {place.side, place.paragraph, token.end()});
            break;
        }
    }
    m_selecting = false;
    m_pressPos = pos;
    m_doubleClicked.start();
    viewport()->update();
    emit selectionChanged();
    event->accept();
}

void SideBySideView::extendSelectionTo(const QPoint &viewportPos)
{
    const TextPlace place = placeAt(viewportPos, m_selection.anchor().side);
    if (place.isNull() || place == m_selection.cursor())
        return;
    m_selection.extendTo(place);
    viewport()->update();
    emit selectionChanged();
}

void SideBySideView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_selecting && event->buttons().testFlag(Qt::LeftButton)) {
        m_lastMousePos = pos;
        if ((pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
            extendSelectionTo(pos);
        const bool outside = pos.y() < 0 || pos.y() >= viewport()->height();
        if (outside && !m_autoScrollTimer.isActive())
            m_autoScrollTimer.start();
        event->accept();
        return;
    }
    const bool overText = columnRect(Left).contains(QPoint(pos.x(), 0))
        || columnRect(Right).contains(QPoint(pos.x(), 0));
    const Qt::CursorShape shape = overText && m_comparison ? Qt::IBeamCursor : Qt::ArrowCursor;
    if (viewport()->cursor().shape() != shape)
        viewport()->setCursor(shape);
    QAbstractScrollArea::mouseMoveEvent(event);
}

void SideBySideView::autoScroll()
{
    const int y = m_lastMousePos.y();
    const int delta = y < 0 ? y : qMax(0, y - viewport()->height() + 1);
    if (!m_selecting || delta == 0) {
        m_autoScrollTimer.stop();
        return;
    }
    verticalScrollBar()->setValue(scrollY() + delta);
    ensureVisibleExact();
    extendSelectionTo(m_lastMousePos);
}

void SideBySideView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_selecting) {
        m_selecting = false;
        m_autoScrollTimer.stop();
        // X11's primary selection: what is selected pastes with the middle button.
        QClipboard *clipboard = QGuiApplication::clipboard();
        if (clipboard->supportsSelection() && !m_selection.isEmpty())
            clipboard->setText(selectedText(), QClipboard::Selection);
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void SideBySideView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update(); // the focus frame and the caret
}

void SideBySideView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

QVector<QTextLayout::FormatRange> SideBySideView::selectionFormats(Side side, int paragraph,
                                                                   int length) const
{
    const auto [from, to] = m_selection.rangeIn(side, paragraph, length);
    if (from >= to)
        return {};
    QTextLayout::FormatRange range;
    range.start = from;
    range.length = to - from;
    range.format.setBackground(m_palette.selection);
    range.format.setForeground(m_palette.selectionText);
    return {range};
}

void SideBySideView::paintCaretAndFocus(QPainter &painter)
{
    if (!hasFocus())
        return;
    if (m_selection.hasCaret()) {
        const QRect caret = placeRect(m_selection.cursor());
        if (!caret.isEmpty())
            painter.fillRect(QRect(caret.left(), caret.top(), 2, caret.height()), m_palette.text);
    }
    // A frame, not a colour change: it shows where the keys go in any scheme.
    painter.save();
    painter.setPen(QPen(m_palette.focusFrame, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
    painter.restore();
}

void SideBySideView::contextMenuEvent(QContextMenuEvent *event)
{
    const bool byMouse = event->reason() == QContextMenuEvent::Mouse;
    const Hit hit = byMouse ? hitTest(event->pos()) : Hit();
    int c = changeAtHit(hit);
    if (c < 0)
        c = m_currentChange;
    QMenu menu(this);
    menu.addAction(m_copyAction);
    menu.addAction(m_selectAllAction);
    menu.addSeparator();
    QAction *evidence = menu.addAction(tr("Copy as &Evidence"));
    evidence->setEnabled(c >= 0);
    connect(evidence, &QAction::triggered, this, [this, c] { emit copyEvidenceRequested(c); });
    if (hit.paragraph >= 0) {
        const QString text = m_comparison->documents[hit.side]->paragraphs[hit.paragraph].text;
        connect(menu.addAction(tr("Copy &Paragraph")), &QAction::triggered, this,
                [text] { QGuiApplication::clipboard()->setText(text); });
    }
    addClutterMenu(&menu);
    menu.exec(event->globalPos());
}

} // namespace Recension::Ui
