// Paragraphs set aside as page clutter in SideBySideView: greyed and labelled where they
// stood, and brought back into the comparison with one click.
#include "ui/view/sidebysideview.h"

#include "document/clutter.h"

#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QToolTip>

namespace Recension::Ui {

namespace {

/// The label's end in an aside paragraph's text: the label, then a line separator.
qsizetype labelLength(const QString &text)
{
    return text.indexOf(QChar::LineSeparator);
}

} // namespace

bool SideBySideView::showsSide(int row, Side side) const
{
    const Row &r = m_rows.row(row);
    return r.hasSide(side) || !r.aside[side].isEmpty();
}

QStringList SideBySideView::asideTexts(int row, Side side) const
{
    QStringList result;
    const DocumentPtr &doc = m_comparison->documents[side];
    for (int a : m_rows.row(row).aside[side]) {
        const AsideParagraph &aside = doc->setAside[a];
        //: the label above a paragraph shown greyed in the view; %1 is what it was taken for
        result << tr("Set aside as page clutter (%1) · click to compare it")
                          .arg(describe(aside.kind))
                + QChar(QChar::LineSeparator) + aside.paragraph.text;
    }
    return result;
}

CellContent SideBySideView::asideContent(int row, Side side) const
{
    CellContent c;
    c.texts = asideTexts(row, side);
    for (const QString &text : std::as_const(c.texts)) {
        // Greyed, and italic with a bold label: the mark does not rest on colour alone.
        QTextCharFormat label;
        label.setForeground(m_palette.mutedText);
        label.setFontWeight(QFont::Bold);
        QTextCharFormat body;
        body.setForeground(m_palette.mutedText);
        body.setFontItalic(true);
        const int split = int(labelLength(text));
        c.formats.append({{0, split, label}, {split, int(text.size()) - split, body}});
    }
    return c;
}

void SideBySideView::paintAside(QPainter &painter, int row, Side side, const QRect &rect)
{
    painter.fillRect(rect, m_palette.gapFill);
    const CellLayout *c = cell(row, side);
    const qreal x = rect.left() + m_cellPadding;
    const qreal y = rect.top() + m_geometry.padding();
    painter.save();
    painter.setPen(QPen(m_palette.mutedText, 1, Qt::DashLine));
    painter.drawRect(rect.adjusted(3, 2, -4, -3));
    painter.restore();
    painter.setPen(m_palette.mutedText);
    for (size_t k = 0; k < c->paragraphs.size(); ++k)
        c->paragraphs[k]->draw(&painter, QPointF(x, y + c->tops[int(k)]));
}

SideBySideView::AsideHit SideBySideView::asideAt(const QPoint &pos) const
{
    AsideHit found;
    if (!m_comparison || m_rows.rowCount() == 0)
        return found;
    const int y = pos.y() + scrollY();
    if (y >= m_geometry.totalHeight())
        return found;
    const int row = m_geometry.rowAt(y);
    for (Side side : {Left, Right}) {
        const QVector<int> &aside = m_rows.row(row).aside[side];
        if (aside.isEmpty() || !columnRect(side).contains(QPoint(pos.x(), 0)))
            continue;
        const CellLayout *c = cell(row, side);
        const qreal localY = y - m_geometry.rowTop(row) - m_geometry.padding();
        int k = int(aside.size()) - 1;
        while (k > 0 && localY < c->tops[k])
            --k;
        found.side = side;
        found.index = aside[k];
    }
    return found;
}

bool SideBySideView::asideToolTip(QHelpEvent *event)
{
    const AsideHit hit = asideAt(event->pos());
    if (hit.index < 0)
        return false;
    const AsideParagraph &aside = m_comparison->documents[hit.side]->setAside[hit.index];
    QToolTip::showText(event->globalPos(),
                       tr("Taken for a %1 and left out of the comparison and its figures. "
                          "Click to compare this paragraph after all.")
                           .arg(describe(aside.kind)),
                       viewport());
    return true;
}

bool SideBySideView::keepAsideAt(const QPoint &pos)
{
    const AsideHit hit = asideAt(pos);
    if (hit.index < 0)
        return false;
    emit keepAsideRequested(hit.side, hit.index);
    return true;
}

void SideBySideView::addClutterMenu(QMenu *menu)
{
    // Reachable from the keyboard too (the menu key): a click on a greyed paragraph is not
    // the only way to compare it after all.
    QMenu *aside = nullptr;
    for (Side side : {Left, Right}) {
        const DocumentPtr document = m_comparison ? m_comparison->documents[side] : nullptr;
        for (int i = 0; document && i < document->setAside.size(); ++i) {
            if (!aside)
                aside = menu->addMenu(tr("Compare Clutter &After All"));
            const AsideParagraph &paragraph = document->setAside[i];
            QString text = paragraph.paragraph.text.simplified();
            if (text.size() > 50)
                text = text.left(49) + QChar(0x2026);
            //: a paragraph set aside as clutter: side, kind, its opening words
            const QString label = tr("%1, %2: %3")
                                      .arg(side == Left ? tr("left") : tr("right"),
                                           describe(paragraph.kind), text);
            connect(aside->addAction(label), &QAction::triggered, this,
                    [this, side, i] { emit keepAsideRequested(side, i); });
        }
    }
}

} // namespace Recension::Ui
