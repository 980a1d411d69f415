#pragma once

#include "family/family.h"
#include "ui/view/palette.h"

#include <QGraphicsView>

#include <utility>

namespace Recension::Ui {

/// @brief The lineage diagram: the base at the top, each copy under the version it most
/// likely derives from, each edge labelled with its evidence (shared changes and two
/// examples; all of it in the tooltip). Versions that are no copy of the base stand apart
/// in a row of their own. The drawing is zoomed to fit whenever the view is resized.
class LineageView final : public QGraphicsView
{
    Q_OBJECT
public:
    explicit LineageView(QWidget *parent = nullptr);

    void setFamily(const FamilyPtr &family);
    void setPalette(const Palette &palette);

    /// @brief The edges drawn, (parent, child), read back from the scene's items.
    QVector<std::pair<int, int>> drawnEdges() const;
    /// @brief The versions drawn apart from the tree.
    QVector<int> drawnApart() const;
    /// @brief The text of every edge label, in the order drawn.
    QStringList edgeLabels() const;

signals:
    /// A node was double-clicked: compare that version with the base.
    void versionActivated(int version);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void rebuild();
    void fit();

    FamilyPtr m_family;
    Palette m_palette;
};

} // namespace Recension::Ui
