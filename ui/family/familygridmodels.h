#pragma once

#include "family/family.h"
#include "ui/view/palette.h"
#include "workspace/familymarks.h"

#include <QAbstractTableModel>

namespace Recension::Ui {

/// @brief The quotation grid: one row per quotation of the base (its text, its speaker,
/// then what each other version did with it: verbatim, altered with the changed words,
/// unquoted, missing), then one row per quotation that only some copies have.
class QuoteGridModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { QuotationColumn = 0, SpeakerColumn = 1, FirstVersionColumn = 2 };

    explicit QuoteGridModel(QObject *parent = nullptr);
    void setFamily(const FamilyPtr &family);
    void setPalette(const Palette &palette) { m_palette = palette; }
    /// @brief The review marks on each quotation in each version, shown as ✓/✗ in its cell.
    void setMarks(const FamilyMarks &marks);
    /// @brief The version a column shows, or -1 for the text and speaker columns.
    int versionAt(int column) const;
    /// @brief Rows of the base's quotations; the rows after them are copies' own.
    int baseRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant quoteData(int rowIndex, int column, int role) const;
    QVariant copyQuoteData(const CopyQuote &quote, int column, int role) const;

    FamilyPtr m_family;
    FamilyMarks m_marks;
    QVector<int> m_columns; ///< versions other than the base, in order
    Palette m_palette;
};

/// @brief The fact grid: one row per name, number, title, organisation or date of the
/// base, and its form in each other version.
class FactGridModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn = 0, BaseColumn = 1, FirstVersionColumn = 2 };

    explicit FactGridModel(QObject *parent = nullptr);
    void setFamily(const FamilyPtr &family);
    void setPalette(const Palette &palette) { m_palette = palette; }
    /// @brief The review marks on each fact in each version, shown as ✓/✗ in its cell.
    void setMarks(const FamilyMarks &marks);
    int versionAt(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    FamilyPtr m_family;
    FamilyMarks m_marks;
    QVector<int> m_columns;
    Palette m_palette;
};

} // namespace Recension::Ui
