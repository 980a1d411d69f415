#pragma once

#include "family/family.h"
#include "ui/view/palette.h"
#include "workspace/familymarks.h"

#include <QAbstractTableModel>

namespace Recension::Ui {

/// @brief Every pair of a family as a square table: row and column are versions, a cell
/// shows meaning kept and wording kept ("94 % / 38 %") after the glyph of its band, with
/// the band's colour behind it and a sentence for tooltips and screen readers, and the
/// review marks set on that pair.
class FamilyMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// The band of a cell (a KeptBand value), or -1 on the diagonal.
    static constexpr int BandRole = Qt::UserRole + 1;

    explicit FamilyMatrixModel(QObject *parent = nullptr);

    void setFamily(const FamilyPtr &family);
    void setPalette(const Palette &palette);
    /// @brief The review marks of each pair, shown after its figures ("✓2 ✗1").
    void setMarks(const FamilyMarks &marks);
    const FamilyPtr &family() const { return m_family; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refreshAll();

    FamilyPtr m_family;
    FamilyMarks m_marks;
    Palette m_palette;
};

} // namespace Recension::Ui
