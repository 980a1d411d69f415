#include "ui/family/lineageview.h"

#include "family/lineagelayout.h"
#include "report/familytext.h"

#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QPainterPath>

namespace Recension::Ui {

namespace {

constexpr qreal kColumnWidth = 300;
constexpr qreal kRowHeight = 190;
constexpr qreal kNodeWidth = 230;
constexpr qreal kNodeHeight = 56;
constexpr int kExamplesOnEdge = 2;
constexpr int kExampleLength = 44;

// Item data keys, so that tests and clicks read back what was drawn.
constexpr int kVersionKey = 0;
constexpr int kParentKey = 1;
constexpr int kKindKey = 2;
enum class ItemKind { Node = 1, ApartNode, EdgeLabel };

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QStringLiteral("\u2026");
}

} // namespace

LineageView::LineageView(QWidget *parent)
    : QGraphicsView(parent)
    , m_palette(Palette::make(ColourScheme::System, QPalette()))
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setAccessibleName(tr("Lineage of the versions"));
}

void LineageView::setFamily(const FamilyPtr &family)
{
    m_family = family;
    rebuild();
}

void LineageView::setPalette(const Palette &palette)
{
    m_palette = palette;
    rebuild();
}

void LineageView::rebuild()
{
    QGraphicsScene *s = scene();
    s->clear();
    if (!m_family)
        return;
    const FamilyAnalysis &family = *m_family;
    const LineageLayout layout = layoutLineage(family);
    const auto centre = [&](int version) {
        const LineageNode &node = layout.nodes[version];
        return QPointF(node.column * kColumnWidth + kColumnWidth / 2,
                       node.row * kRowHeight + kNodeHeight / 2);
    };

    QPen edgePen(m_palette.text);
    edgePen.setWidthF(1.5);
    for (const LineageEdge &edge : family.lineage.edges) {
        const QPointF from = centre(edge.parent) + QPointF(0, kNodeHeight / 2);
        const QPointF to = centre(edge.child) - QPointF(0, kNodeHeight / 2);
        QPainterPath path(from);
        path.cubicTo(from + QPointF(0, kRowHeight / 3), to - QPointF(0, kRowHeight / 3), to);
        auto *line = s->addPath(path, edgePen, Qt::NoBrush);
        QPolygonF head;
        head << to << to + QPointF(-5, -9) << to + QPointF(5, -9);
        s->addPolygon(head, edgePen, QBrush(m_palette.text));
        line->setData(kVersionKey, edge.child);
        line->setData(kParentKey, edge.parent);

        // Simple text items: a rich-text document per label and node would hold the GUI
        // thread for tens of milliseconds on a family of fifty.
        QStringList lines = edgeEvidence(family, edge).split(QStringLiteral("; "));
        for (int k = 0; k < std::min<int>(kExamplesOnEdge, int(edge.examples.size())); ++k)
            lines.append(elided(edge.examples[k], kExampleLength));
        auto *label = new QGraphicsSimpleTextItem(lines.join(QLatin1Char('\n')));
        label->setBrush(m_palette.text);
        QFont small = label->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        label->setFont(small);
        QString tip = edgeEvidence(family, edge);
        for (const QString &example : edge.examples)
            tip += QLatin1Char('\n') + example;
        label->setToolTip(tip);
        line->setToolTip(tip);
        label->setData(kVersionKey, edge.child);
        label->setData(kParentKey, edge.parent);
        label->setData(kKindKey, int(ItemKind::EdgeLabel));
        const QPointF middle = (from + to) / 2;
        label->setPos(middle.x() + 6, middle.y() - label->boundingRect().height() / 2);
        auto *backing = s->addRect(label->mapRectToScene(label->boundingRect()),
                                   Qt::NoPen, QBrush(m_palette.base));
        backing->setOpacity(0.85);
        s->addItem(label);
    }

    for (const LineageNode &node : layout.nodes) {
        if (node.version < 0)
            continue;
        const QPointF c = centre(node.version);
        const QRectF box(c.x() - kNodeWidth / 2, c.y() - kNodeHeight / 2, kNodeWidth, kNodeHeight);
        QPen frame(m_palette.text);
        frame.setWidthF(node.version == family.base ? 3.0 : 1.2);
        if (node.outside)
            frame.setStyle(Qt::DashLine); // apart from the tree: dashed, not only greyed
        const Verdict &verdict = family.verdicts.value(node.version);
        auto *rect = s->addRect(box, frame, QBrush(node.outside ? m_palette.gapFill : m_palette.base));
        const QString name = elided(versionLabel(family, node.version), 30);
        const QString title = elided(family.versions[node.version]->title, 31);
        auto *heading = new QGraphicsSimpleTextItem(name, rect);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setBrush(m_palette.text);
        heading->setPos(box.left() + 5, box.top() + 3);
        auto *text = new QGraphicsSimpleTextItem(
            QStringLiteral("%1\n%2").arg(title, verdictName(verdict.kind)), rect);
        text->setBrush(m_palette.text);
        text->setPos(box.left() + 5, heading->pos().y() + heading->boundingRect().height());
        const qreal bottom = text->pos().y() + text->boundingRect().height() + 3;
        rect->setRect(box.adjusted(0, 0, 0, std::max<qreal>(0, bottom - box.bottom())));
        const QString tip = QStringLiteral("%1\n%2\n%3").arg(versionLabel(family, node.version),
                                                             family.versions[node.version]->title,
                                                             verdictName(verdict.kind))
            + (node.version == family.base ? QString() : QLatin1Char('\n') + verdictFigures(verdict));
        rect->setToolTip(tip);
        rect->setData(kVersionKey, node.version);
        rect->setData(kKindKey, int(node.outside ? ItemKind::ApartNode : ItemKind::Node));
    }
    if (!family.lineage.outside.isEmpty()) {
        const qreal y = layout.firstOutsideRow * kRowHeight - 30;
        auto *caption = s->addSimpleText(tr("Not copies of the base (other articles):"));
        caption->setBrush(m_palette.mutedText);
        caption->setPos(10, y);
    }
    s->setSceneRect(s->itemsBoundingRect().adjusted(-12, -12, 12, 12));
    fit();
}

QVector<std::pair<int, int>> LineageView::drawnEdges() const
{
    QVector<std::pair<int, int>> edges;
    for (QGraphicsItem *item : scene()->items(Qt::AscendingOrder))
        if (item->data(kKindKey).toInt() == int(ItemKind::EdgeLabel))
            edges.append({item->data(kParentKey).toInt(), item->data(kVersionKey).toInt()});
    std::sort(edges.begin(), edges.end());
    return edges;
}

QVector<int> LineageView::drawnApart() const
{
    QVector<int> apart;
    for (QGraphicsItem *item : scene()->items(Qt::AscendingOrder))
        if (item->data(kKindKey).toInt() == int(ItemKind::ApartNode))
            apart.append(item->data(kVersionKey).toInt());
    std::sort(apart.begin(), apart.end());
    return apart;
}

QStringList LineageView::edgeLabels() const
{
    QStringList labels;
    for (QGraphicsItem *item : scene()->items(Qt::AscendingOrder))
        if (item->data(kKindKey).toInt() == int(ItemKind::EdgeLabel))
            labels.append(static_cast<QGraphicsSimpleTextItem *>(item)->text());
    return labels;
}

void LineageView::fit()
{
    if (!scene() || scene()->items().isEmpty())
        return;
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    // Never larger than life: a small family stays at its natural size, centred.
    if (transform().m11() > 1.0)
        resetTransform();
}

void LineageView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void LineageView::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item = itemAt(event->pos()); item; item = item->parentItem()) {
        const int kind = item->data(kKindKey).toInt();
        if (kind == int(ItemKind::Node) || kind == int(ItemKind::ApartNode)) {
            emit versionActivated(item->data(kVersionKey).toInt());
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

} // namespace Recension::Ui
